/// Where each bubble's name goes so that no two names, and no name and another bubble,
/// overlap: below the bubble if there is room, else above, right or left of it, else the
/// place that overlaps least. Text widths are estimated from the label's font size (11 px:
/// about 6.2 px a character), which is what a chart can know without a browser.
struct ChartLabels {
    struct Circle {
        var x: Double
        var y: Double
        var r: Double
    }

    struct Placement: Equatable {
        var x: Double
        var y: Double
        /// `middle`, `start` or `end`, as SVG's `text-anchor`.
        var anchor: String
    }

    struct Box {
        var left: Double, top: Double, right: Double, bottom: Double

        func overlap(_ other: Box) -> Double {
            max(0, min(right, other.right) - max(left, other.left)) * max(0, min(bottom, other.bottom) - max(top, other.top))
        }

        /// How much of the box a circle covers, roughly (its overlap with the circle's
        /// bounding square); 0 when they do not touch at all.
        func overlap(_ circle: Circle) -> Double {
            let nearestX = min(max(circle.x, left), right), nearestY = min(max(circle.y, top), bottom)
            let (dx, dy) = (circle.x - nearestX, circle.y - nearestY)
            guard dx * dx + dy * dy < circle.r * circle.r else { return 0 }
            return max(1, overlap(Box(left: circle.x - circle.r, top: circle.y - circle.r, right: circle.x + circle.r,
                                      bottom: circle.y + circle.r)))
        }
    }

    static let characterWidth = 6.2
    static let height = 12.0

    /// - Parameters: bounds: the plot area the names stay inside.
    static func place(_ names: [String], on circles: [Circle], within bounds: Box) -> [Placement] {
        var taken: [Box] = []
        var placements: [Placement] = []
        for (index, (name, circle)) in zip(names, circles).enumerated() {
            let width = Double(name.count) * characterWidth
            let candidates = [
                Placement(x: circle.x, y: circle.y + circle.r + 14, anchor: "middle"),
                Placement(x: circle.x, y: circle.y - circle.r - 5, anchor: "middle"),
                Placement(x: circle.x + circle.r + 4, y: circle.y + 4, anchor: "start"),
                Placement(x: circle.x - circle.r - 4, y: circle.y + 4, anchor: "end"),
            ]
            let scored = candidates.map { candidate -> (Placement, Box, Double) in
                let left = switch candidate.anchor {
                case "start": candidate.x
                case "end": candidate.x - width
                default: candidate.x - width / 2
                }
                let box = Box(left: left, top: candidate.y - height + 2, right: left + width, bottom: candidate.y + 2)
                var cost = taken.reduce(0) { $0 + box.overlap($1) }
                for (other, bubble) in circles.enumerated() where other != index { cost += box.overlap(bubble) }
                let outside = (box.right - box.left) * (box.bottom - box.top) - box.overlap(bounds)
                return (candidate, box, cost + outside * 4)
            }
            // The first free place in the order above, else the least crowded.
            let chosen = scored.first { $0.2 == 0 } ?? scored.min { $0.2 < $1.2 }!
            taken.append(chosen.1)
            placements.append(chosen.0)
        }
        return placements
    }
}
