import Testing
@testable import LynchpinViews

/// The portfolio matrix's names do not overlap each other or another account's bubble.
@Suite struct ChartLabelsTests {
    static let bounds = ChartLabels.Box(left: 60, top: 20, right: 620, bottom: 430)

    /// The sample's crowded corner: Meridian's label used to sit on Solace's bubble, Vantage's on Helix's.
    static let circles = [
        ChartLabels.Circle(x: 480, y: 120, r: 36), ChartLabels.Circle(x: 400, y: 130, r: 32),
        ChartLabels.Circle(x: 340, y: 50, r: 26), ChartLabels.Circle(x: 410, y: 160, r: 28),
        ChartLabels.Circle(x: 255, y: 175, r: 20), ChartLabels.Circle(x: 290, y: 140, r: 16),
        ChartLabels.Circle(x: 200, y: 80, r: 5),
    ]
    static let names = ["Northgate Foods", "Meridian Freight", "Northgate Dairy", "Solace Health Devices", "Helix Energy",
                        "Vantage Pharma", "Aurora Aerostructures"]

    static func box(_ placement: ChartLabels.Placement, _ name: String) -> ChartLabels.Box {
        let width = Double(name.count) * ChartLabels.characterWidth
        let left = placement.anchor == "start" ? placement.x : placement.anchor == "end" ? placement.x - width : placement.x - width / 2
        return ChartLabels.Box(left: left, top: placement.y - ChartLabels.height + 2, right: left + width, bottom: placement.y + 2)
    }

    @Test func crowdedNamesFindFreePlaces() {
        let placements = ChartLabels.place(Self.names, on: Self.circles, within: Self.bounds)
        let boxes = zip(placements, Self.names).map { Self.box($0, $1) }
        for (i, box) in boxes.enumerated() {
            for (j, other) in boxes.enumerated() where j > i {
                #expect(box.overlap(other) == 0, "\(Self.names[i]) and \(Self.names[j])")
            }
            for (j, circle) in Self.circles.enumerated() where j != i {
                #expect(box.overlap(circle) == 0, "\(Self.names[i]) on \(Self.names[j])'s bubble")
            }
        }
        // With room below, a name goes below its bubble, as before.
        #expect(ChartLabels.place(["Alone"], on: [.init(x: 300, y: 200, r: 10)], within: Self.bounds)
            == [.init(x: 300, y: 224, anchor: "middle")])
    }
}
