import LynchpinDomain

/// An account's forecast as its plan shows it: the verdict in words, the four figures, where
/// the sales so far come from, and each opportunity counted with where its probability came
/// from. Or, when there is none, why.
public struct ForecastView: Encodable {
    public struct Line: Encodable {
        public let name: String
        public let value: String
        public let close: String
        public let probability: String
        /// "from the CRM", "the stage 'Proposal/Price Quote' in Salesforce's defaults".
        public let source: String
        public let weighted: String
    }

    /// "2026-01-01 to 2026-12-31".
    public let year: String
    /// "Short by USD 310,000" or "On track".
    public let verdict: String?
    public let onTrack: Bool
    public let figures: [PortfolioPage.Figure]
    /// Where the sales so far come from, and what the forecast leaves out.
    public let basis: String?
    public let lines: [Line]
    public let stale: [String]
    public let reason: String?

    public init(_ outcome: ForecastOutcome, asOf: Day, fiscalYearStart: Int, currency: String) {
        let period = ReportingPeriod(.year, containing: asOf, fiscalYearStart: fiscalYearStart)!
        year = "\(period.start) to \(period.end)"
        guard let forecast = outcome.forecast else {
            reason = outcome.reason
            verdict = nil
            onTrack = false
            figures = []
            basis = nil
            lines = []
            stale = []
            return
        }
        reason = nil
        let money = { (value: Double) in Format.money(value, currency: currency)! }
        (verdict, onTrack) = Self.verdict(gap: forecast.gap, money: money)
        figures = [
            .init(label: "Target for the year", value: money(forecast.target)),
            .init(label: "Sales so far", value: money(forecast.soFar)),
            .init(label: "Pipeline, weighted", value: money(forecast.weightedPipeline)),
            .init(label: "Forecast", value: money(forecast.value)),
        ]
        let target = forecast.targetIsDeclared ? "The target is the plan's revenue.target"
            : "The target is \(forecast.measure.name)'s targets over the year"
        var sources: [String] = []
        if let booked = forecast.booked { sources.append("\(money(booked.amount)) from the books through \(booked.through)") }
        if let first = forecast.firstWeek, let last = forecast.lastWeek {
            sources.append(forecast.weeksCounted == 1
                ? "\(money(forecast.summed)) in the week of \(last)"
                : "\(money(forecast.summed)) in \(forecast.weeksCounted) weekly rows of \(forecast.measure.name) from \(first) to \(last)")
        }
        basis = "\(target). Sales so far: \(sources.isEmpty ? "none yet" : sources.joined(separator: " and ")). "
            + "The forecast adds the open opportunities closing by \(period.end), each weighted by its probability; "
            + "sales not yet in the pipeline are not counted, with \(Format.count(forecast.weeksLeft, "week")) of the year left."
        lines = forecast.pipeline.map { item in
            Line(name: item.opportunity.name, value: money(item.opportunity.value), close: item.opportunity.close.description,
                 probability: Format.number(item.probability) + "%", source: Self.source(item.stage),
                 weighted: money(item.weighted))
        }
        stale = forecast.stale.map { "\($0.name) (\(money($0.value)), close date \($0.close) passed)" }
    }

    /// "Short by USD 310,000" or "On track", and which.
    static func verdict(gap: Double, money: (Double) -> String) -> (String, Bool) {
        gap >= 0 ? ("On track: \(money(gap)) above target", true) : ("Short by \(money(-gap))", false)
    }

    /// Where a probability came from, in words.
    static func source(_ stage: Opportunity.StageProbability?) -> String {
        guard let stage else { return "from the CRM" }
        switch stage.table {
        case .declared: return "stage '\(stage.stage)' in lynchpin.yml's forecast.probabilities"
        case .salesforce: return "stage '\(stage.stage)', Salesforce's default"
        case .hubSpot: return "stage '\(stage.stage)', HubSpot's default"
        case .lynchpin: return "stage \(stage.stage), Lynchpin's default"
        }
    }
}

/// Forecasts added up over a manager's accounts or the portfolio.
public struct ForecastTotalView: Encodable {
    public let verdict: String?
    public let onTrack: Bool
    public let target: String
    public let value: String
    /// "8 of 10 active accounts; without a forecast: Helix Energy, Quarry Lane Builders".
    public let counted: String
    public let withheld: [PageLink]

    /// - Parameter link: the page of an account without a forecast, where its plan says why.
    public init(_ total: ForecastTotal, currency: String, name: (String) -> PageLink) {
        let money = { (value: Double) in Format.money(value, currency: currency)! }
        if total.made > 0 {
            let (text, on) = ForecastView.verdict(gap: total.gap, money: money)
            (verdict, onTrack) = (text, on)
        } else {
            (verdict, onTrack) = (nil, false)
        }
        target = money(total.target)
        value = money(total.value)
        withheld = total.withheld.map(name)
        let all = total.made + total.withheld.count
        counted = "\(total.made) of \(Format.count(all, "active account")) with a forecast"
            + (withheld.isEmpty ? "" : "; the target and forecast leave out the \(withheld.count) without one")
    }
}
