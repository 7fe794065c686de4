import LynchpinDomain

/// `site/portfolio.xlsx`: every figure of the build in a workbook to filter and pivot, the
/// same figures as portfolio.json. Five sheets: Accounts, Measures (every account, measure
/// and week), Pipeline, Actions and Feedback; numbers as numbers in their formats, dates as
/// dates, a frozen header and an autofilter on each.
public struct PortfolioWorkbook: Sendable {
    public let sheets: [SpreadsheetFile.Table]
    /// The reference date, which the workbook is dated by: the same input, the same bytes.
    public let created: Day

    public init(portfolio: PortfolioAnalysis, config: SiteConfig) {
        let money = "\"\(config.currency) \"#,##0"
        created = portfolio.asOf
        sheets = [
            Self.accounts(portfolio, money: money),
            Self.measures(portfolio, config: config),
            Self.pipeline(portfolio, money: money),
            Self.actions(portfolio),
            Self.feedback(portfolio),
        ].map { sheet in
            var sheet = sheet
            sheet.created = portfolio.asOf
            sheet.autofilter = true
            return sheet
        }
    }

    /// What its figures add up to (`TableFingerprint`): the keywords the written workbook
    /// carries, so a build can tell whether the last one still holds.
    public func fingerprint() -> String {
        TableFingerprint.of(sheets, created: created)
    }

    /// The workbook's bytes; the same input gives the same bytes (dated by the reference date).
    public func bytes() throws(SpreadsheetFile.Failure) -> [UInt8] {
        try SpreadsheetFile.xlsx(sheets, created: created)
    }

    typealias Cell = SpreadsheetFile.Cell

    static let percent = "0.0%"

    static func text(_ value: String?) -> Cell { value.map { .text($0) } ?? .empty }
    static func number(_ value: Double?, _ format: String) -> Cell { value.map { .formatted($0, format: format) } ?? .empty }

    /// A sheet, dated by `init`.
    static func table(_ name: String, _ columns: [(String, Double)], _ rows: [[Cell]]) -> SpreadsheetFile.Table {
        SpreadsheetFile.Table(sheet: name, header: columns.map(\.0), rows: rows, widths: columns.map(\.1),
                              created: Day(year: 1900, month: 1, day: 1)!)
    }

    static func accounts(_ portfolio: PortfolioAnalysis, money: String) -> SpreadsheetFile.Table {
        let rows = portfolio.accounts.map { analysis -> [Cell] in
            let account = analysis.account
            let scorecard = analysis.scorecard
            let forecast = analysis.forecast?.forecast
            let verdict: String? = analysis.forecast.map { outcome in
                outcome.forecast.map { $0.isOnTrack ? "on track" : "short" } ?? "withheld: " + (outcome.reason ?? "")
            }
            return [
                .text(account.id), .text(account.name), text(account.manager), .text(account.status.rawValue),
                text(account.parent), text(analysis.position.quadrant?.rawValue),
                number(analysis.position.attractiveness, "0.00"), number(analysis.position.strength, "0.00"),
                number(account.revenue.current, money), number(account.revenue.profit, money), number(account.revenue.potential, money),
                number(scorecard.overall, percent), .text(scorecard.overallRAG.rawValue),
                text(scorecard.redPerspectives.isEmpty ? nil : scorecard.redPerspectives.map(\.rawValue).joined(separator: ", ")),
                number(forecast?.target, money), number(forecast?.soFar, money), number(forecast?.weightedPipeline, money),
                number(forecast?.value, money), number(forecast?.gap, money), text(verdict),
                text(analysis.flags.isEmpty ? nil : analysis.flags.map(\.rawValue).joined(separator: ", ")),
            ]
        }
        return table("Accounts", [
            ("ID", 22), ("Account", 28), ("Manager", 18), ("Status", 10), ("Division of", 18), ("Quadrant", 11),
            ("Attractiveness", 13), ("Strength", 10), ("Revenue (12 months)", 18), ("Profit (12 months)", 18),
            ("Potential (3 years)", 18), ("Overall score", 12), ("Overall status", 13), ("Red perspectives", 18),
            ("Forecast target", 16), ("Sales so far", 16), ("Pipeline, weighted", 16), ("Forecast", 16),
            ("Forecast less target", 18), ("Forecast status", 24), ("Flags", 40),
        ], rows)
    }

    /// Every account, measure and week with a row: the week's row, the figure compared
    /// (for a summed measure, the period so far), the target in force and the one compared,
    /// the ratio and the status, each as the plan worked it out that week. At 3,000 accounts
    /// that is 280,000 rows, so they are made as they are written, never held together, and
    /// carry ids, not names (the Accounts sheet names each account): a name on every row
    /// made the sheet's XML a third larger and its write a fifth slower.
    static func measures(_ portfolio: PortfolioAnalysis, config: SiteConfig) -> SpreadsheetFile.Table {
        let asOf = portfolio.asOf
        var count = 0
        for analysis in portfolio.accounts where !analysis.account.scorecard.isEmpty {
            let ids = analysis.account.scorecard.map(\.id)
            for week in portfolio.index.weeks(of: analysis.account.id) where week.date <= asOf {
                count += ids.reduce(0) { $0 + (week.row($1) == nil ? 0 : 1) }
            }
        }
        var sheet = table("Measures", [
            ("Account ID", 22), ("Measure ID", 16), ("Week", 11), ("Week's row", 14), ("Figure compared", 16),
            ("Target in force", 16), ("Target compared", 16), ("Of target", 10), ("Status", 8),
        ], [])
        sheet.streamed = (count, { row in
            for analysis in portfolio.accounts where !analysis.account.scorecard.isEmpty {
                measureRows(analysis.account, portfolio: portfolio, config: config, row)
            }
        })
        return sheet
    }

    private static func measureRows(_ account: Account, portfolio: PortfolioAnalysis, config: SiteConfig, _ row: ([Cell]) -> Void) {
        let byDate = Dictionary(portfolio.index.weeks(of: account.id).map { ($0.date, $0) }, uniquingKeysWith: { first, _ in first })
        for measure in account.scorecard {
            let figure = { (value: Double?) -> Cell in
                value.map { .formatted($0, format: SpreadsheetFile.format($0, unit: measure.unit ?? "")) } ?? .empty
            }
            let history = MeasureHistory(account: account.id, measure: measure, index: portfolio.index, asOf: portfolio.asOf,
                                         fiscalYearStart: config.fiscalYearStart)
            for point in history.points {
                let compared = PeriodFigure.comparedTarget(measure, on: point.week, fiscalYearStart: config.fiscalYearStart,
                                                           firstWeek: history.points.first?.week)
                let ratio = compared.flatMap { Scorecard.ratio(actual: point.actual, target: $0, direction: measure.direction) }
                row([
                    .text(account.id), .text(measure.id), .date(point.week),
                    figure(byDate[point.week]?.row(measure.id)?.actual), figure(point.actual),
                    figure(measure.target(on: point.week)), figure(compared), number(ratio, percent),
                    .text(StatusRules.rag(forRatio: ratio, bands: config.rag).rawValue),
                ])
            }
        }
    }

    static func pipeline(_ portfolio: PortfolioAnalysis, money: String) -> SpreadsheetFile.Table {
        var rows: [[Cell]] = []
        for analysis in portfolio.accounts {
            let counted = Dictionary((analysis.forecast?.forecast?.pipeline ?? []).map { ($0.opportunity.id, $0) },
                                     uniquingKeysWith: { first, _ in first })
            for opportunity in analysis.account.opportunities.sorted(by: { $0.id < $1.id }) {
                let weighted = counted[opportunity.id]
                rows.append([
                    .text(analysis.account.id), .text(analysis.account.name), .text(opportunity.id), .text(opportunity.name),
                    .text(opportunity.stage.rawValue), .formatted(opportunity.value, format: money), .date(opportunity.close),
                    .text(opportunity.fit.rawValue), text(opportunity.owner), number(opportunity.probability.map { $0 / 100 }, percent),
                    .text(opportunity.isStale(on: portfolio.asOf) ? "yes" : "no"), .text(weighted == nil ? "no" : "yes"),
                    number(weighted.map { $0.probability / 100 }, percent),
                    text(weighted.map { $0.stage.map { "stage table: \($0.table.rawValue)" } ?? "crm" }),
                    number(weighted?.weighted, money),
                ])
            }
        }
        return table("Pipeline", [
            ("Account ID", 22), ("Account", 28), ("Opportunity ID", 22), ("Opportunity", 34), ("Stage", 10), ("Value", 16),
            ("Close", 11), ("Fit", 10), ("Owner", 18), ("CRM probability", 14), ("Past close date", 14), ("In forecast", 11),
            ("Probability counted", 18), ("Probability from", 20), ("Counted", 16),
        ], rows)
    }

    static func actions(_ portfolio: PortfolioAnalysis) -> SpreadsheetFile.Table {
        let names = Dictionary(portfolio.accounts.map { ($0.account.id, $0.account.name) }, uniquingKeysWith: { first, _ in first })
        let rows = portfolio.actions.map { action -> [Cell] in
            [.text(action.id), .text(action.account), text(names[action.account]), .text(action.action), .text(action.owner),
             .date(action.due), .text(action.status.rawValue), .text(action.isOverdue(on: portfolio.asOf) ? "yes" : "no"),
             .date(action.raised), action.closed.map { .date($0) } ?? .empty]
        }
        return table("Actions", [
            ("ID", 22), ("Account ID", 22), ("Account", 28), ("Action", 50), ("Owner", 18), ("Due", 11), ("Status", 9),
            ("Overdue", 9), ("Raised", 11), ("Closed", 11),
        ], rows)
    }

    static func feedback(_ portfolio: PortfolioAnalysis) -> SpreadsheetFile.Table {
        var rows: [[Cell]] = []
        for analysis in portfolio.accounts {
            for trend in analysis.feedback {
                for quarter in trend.quarters {
                    rows.append([
                        .text(analysis.account.id), .text(analysis.account.name), .text(trend.side.rawValue), .text(trend.survey.label),
                        .date(quarter.period.start), .date(quarter.period.end), .number(Double(quarter.score)),
                        .number(Double(quarter.responses)),
                    ])
                }
            }
        }
        return table("Feedback", [
            ("Account ID", 22), ("Account", 28), ("Side", 10), ("Survey", 8), ("Quarter from", 12), ("Quarter to", 12),
            ("Score", 8), ("Responses", 10),
        ], rows)
    }
}
