import LynchpinDomain

/// Geometry of the portfolio bubble chart: our strength across, attractiveness up, the
/// 3.0 split drawn as the quadrant lines, bubble area proportional to current revenue.
/// The SVG markup itself lives in the theme (`templates/PortfolioChartTemplate.swift`).
public struct PortfolioChart: Encodable {
    public struct Bubble: Encodable {
        public let name: String
        public let href: String
        public let cx: String
        public let cy: String
        public let r: String
        public let labelX: String
        public let labelY: String
        /// `middle`, `start` or `end`: where the name sits beside its bubble (`ChartLabels`).
        public let labelAnchor: String
        public let quadrant: String
        public let summary: String
    }

    public struct Tick: Encodable {
        public let value: String
        public let x: String
        public let y: String
    }

    public static let width = 640.0
    public static let height = 480.0
    public static let plot = (left: 60.0, top: 20.0, right: 620.0, bottom: 430.0)
    public static let maxRadius = 36.0
    public static let minRadius = 5.0

    public let width = Int(PortfolioChart.width)
    public let height = Int(PortfolioChart.height)
    public let bubbles: [Bubble]
    public let hasBubbles: Bool
    public let splitX: String
    public let splitY: String
    public let left = Int(plot.left)
    public let right = Int(plot.right)
    public let top = Int(plot.top)
    public let bottom = Int(plot.bottom)
    public let xTicks: [Tick]
    public let yTicks: [Tick]
    public let axisLabelX: String
    public let axisLabelY: String
    public let midX: String
    public let midY: String
    public let description: String

    public init(accounts: [AccountAnalysis], links: SiteLinks, currency: String) {
        let placed = accounts.filter(\.position.isPlaced)
        let largest = placed.compactMap(\.account.revenue.current).max() ?? 0
        let ordered = placed.sorted {
            // Big bubbles first so small ones are drawn on top and stay clickable.
            ($0.account.revenue.current ?? 0, $1.account.id) > ($1.account.revenue.current ?? 0, $0.account.id)
        }
        let circles = ordered.map { analysis in
            let revenue = max(0, analysis.account.revenue.current ?? 0)
            return ChartLabels.Circle(x: Self.x(analysis.position.strength!), y: Self.y(analysis.position.attractiveness!),
                                      r: largest > 0 ? max(Self.minRadius, Self.maxRadius * (revenue / largest).squareRoot()) : Self.minRadius)
        }
        let labels = ChartLabels.place(ordered.map(\.account.name), on: circles,
                                       within: .init(left: Self.plot.left, top: Self.plot.top, right: Self.plot.right, bottom: Self.plot.bottom))
        bubbles = zip(ordered, zip(circles, labels)).map { analysis, placed in
            let (circle, label) = placed
            let money = Format.money(analysis.account.revenue.current, currency: currency) ?? "no revenue recorded"
            return Bubble(
                name: analysis.account.name, href: links.to(SiteLinks.account(analysis.account.id)),
                cx: Self.svg(circle.x), cy: Self.svg(circle.y), r: Self.svg(circle.r),
                labelX: Self.svg(label.x), labelY: Self.svg(label.y), labelAnchor: label.anchor,
                quadrant: analysis.position.quadrant!.rawValue,
                summary: "\(analysis.account.name): \(analysis.position.quadrant!.title), attractiveness \(Format.oneDecimal(analysis.position.attractiveness!)), strength \(Format.oneDecimal(analysis.position.strength!)), revenue \(money)")
        }
        hasBubbles = !bubbles.isEmpty
        splitX = Self.svg(Self.x(MatrixPosition.split))
        splitY = Self.svg(Self.y(MatrixPosition.split))
        xTicks = (1...5).map { Tick(value: String($0), x: Self.svg(Self.x(Double($0))), y: Self.svg(Self.plot.bottom + 18)) }
        yTicks = (1...5).map { Tick(value: String($0), x: Self.svg(Self.plot.left - 12), y: Self.svg(Self.y(Double($0)) + 4)) }
        axisLabelX = "Our strength with the account"
        axisLabelY = "Attractiveness to us"
        midX = Self.svg((Self.plot.left + Self.plot.right) / 2)
        midY = Self.svg((Self.plot.top + Self.plot.bottom) / 2)
        description = "Bubble chart of \(bubbles.count) accounts: strength from 1 to 5 across, attractiveness from 1 to 5 up, bubble area by current revenue. The table below lists the same figures."
    }

    public static func x(_ strength: Double) -> Double {
        plot.left + (strength - 1) / 4 * (plot.right - plot.left)
    }

    public static func y(_ attractiveness: Double) -> Double {
        plot.bottom - (attractiveness - 1) / 4 * (plot.bottom - plot.top)
    }

    /// Coordinates with one decimal: enough for a screen, and stable text for diffs.
    public static func svg(_ value: Double) -> String { Format.oneDecimal(value) }
}
