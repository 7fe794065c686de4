import LynchpinDomain

/// Geometry of the portfolio bubble chart: our strength across, attractiveness up, the
/// 3.0 split drawn as the quadrant lines, bubble area proportional to current revenue.
/// The SVG markup itself lives in the theme (`portfolio-chart.mustache`).
struct PortfolioChart {
    struct Bubble {
        let name: String
        let href: String
        let cx: String
        let cy: String
        let r: String
        let labelX: String
        let labelY: String
        let quadrant: String
        let summary: String
    }

    struct Tick {
        let value: String
        let x: String
        let y: String
    }

    static let width = 640.0
    static let height = 480.0
    static let plot = (left: 60.0, top: 20.0, right: 620.0, bottom: 430.0)
    static let maxRadius = 36.0
    static let minRadius = 5.0

    let width = Int(PortfolioChart.width)
    let height = Int(PortfolioChart.height)
    let bubbles: [Bubble]
    let hasBubbles: Bool
    let splitX: String
    let splitY: String
    let left = Int(plot.left)
    let right = Int(plot.right)
    let top = Int(plot.top)
    let bottom = Int(plot.bottom)
    let xTicks: [Tick]
    let yTicks: [Tick]
    let axisLabelX: String
    let axisLabelY: String
    let midX: String
    let midY: String
    let description: String

    init(accounts: [AccountAnalysis], links: SiteLinks, currency: String) {
        let placed = accounts.filter(\.position.isPlaced)
        let largest = placed.compactMap(\.account.revenue.current).max() ?? 0
        bubbles = placed.sorted {
            // Big bubbles first so small ones are drawn on top and stay clickable.
            ($0.account.revenue.current ?? 0, $1.account.id) > ($1.account.revenue.current ?? 0, $0.account.id)
        }.map { analysis in
            let x = Self.x(analysis.position.strength!)
            let y = Self.y(analysis.position.attractiveness!)
            let revenue = max(0, analysis.account.revenue.current ?? 0)
            let r = largest > 0 ? max(Self.minRadius, Self.maxRadius * (revenue / largest).squareRoot()) : Self.minRadius
            let money = Format.money(analysis.account.revenue.current, currency: currency) ?? "no revenue recorded"
            return Bubble(
                name: analysis.account.name, href: links.to(SiteLinks.account(analysis.account.id)),
                cx: Self.svg(x), cy: Self.svg(y), r: Self.svg(r),
                labelX: Self.svg(x), labelY: Self.svg(y + r + 14),
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

    static func x(_ strength: Double) -> Double {
        plot.left + (strength - 1) / 4 * (plot.right - plot.left)
    }

    static func y(_ attractiveness: Double) -> Double {
        plot.bottom - (attractiveness - 1) / 4 * (plot.bottom - plot.top)
    }

    /// Coordinates with one decimal: enough for a screen, and stable text for diffs.
    static func svg(_ value: Double) -> String { Format.oneDecimal(value) }
}
