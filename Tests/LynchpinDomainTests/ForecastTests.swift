import Testing
@testable import LynchpinDomain

/// The forecast of docs/kam-model.md, worked by hand: a calendar fiscal year, the reference
/// date 2026-11-27, the books' sales through 2026-10-02 and eight scorecard weeks after.
@Suite struct ForecastTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }
    static let asOf = day("2026-11-27")
    static let weekDates = stride(from: 0, to: 8, by: 1).map { day("2026-10-09").adding(days: 7 * $0) }

    static func weeks(_ rows: [Day: Double]) -> [ScorecardIndex.Week] {
        let index = ScorecardIndex(weeks: rows.keys.sorted().map { date in
            ScorecardWeek(date: date, sourcePath: "content/scorecards/\(date).csv",
                          entries: [.init(account: "acme", metric: "revenue", actual: rows[date]!, line: 2)])
        })
        return index.weeks(of: "acme")
    }

    /// 50,000 a week, 52,000 in the week of 2026-11-13: 402,000 over the eight weeks.
    static var rows: [Day: Double] {
        Dictionary(uniqueKeysWithValues: weekDates.map { ($0, $0 == day("2026-11-13") ? 52_000.0 : 50_000) })
    }

    static func opportunity(_ id: String, _ value: Double, _ stage: Opportunity.Stage, _ close: String,
                            crm: Double? = nil, table: Double? = nil) -> Opportunity {
        var opportunity = Opportunity(id: id, name: id, value: value, stage: stage, close: day(close), probability: crm)
        opportunity.stageProbability = table.map { .init(percent: $0, stage: stage.rawValue, table: .lynchpin) }
        return opportunity
    }

    static var account: Account {
        var account = Account(id: "acme", sourcePath: "a.md", name: "Acme")
        account.scorecard = [Measure(id: "revenue", perspective: .financial, name: "Sales", unit: "USD", target: 650_000,
                                     period: .quarter, aggregate: .sum)]
        account.revenue = Revenue(yearToDate: .init(through: day("2026-10-02"), amount: 1_790_000))
        account.opportunities = [
            opportunity("rollout", 1_200_000, .propose, "2026-12-18", crm: 75, table: 50),   // the CRM's 75% wins: 900,000
            opportunity("tms", 240_000, .negotiate, "2026-12-05", table: 80),                // the stage's 80%: 192,000
            opportunity("next-year", 500_000, .propose, "2027-02-01", table: 50),            // closes after the year
            opportunity("late", 90_000, .qualify, "2026-11-01", table: 20),                  // past its close date
            opportunity("won", 380_000, .won, "2026-11-10", crm: 100),                       // in the sales already
        ]
        return account
    }

    static func forecast(_ account: Account, rows: [Day: Double] = rows, weekDates: [Day] = weekDates) -> ForecastOutcome {
        var config = SiteConfig()
        config.currency = "USD"
        return Forecast.of(account, weeks: weeks(rows), weekDates: weekDates, asOf: asOf, config: config)
    }

    @Test func theWorkedExample() throws {
        let forecast = try #require(Self.forecast(Self.account).forecast)
        #expect(forecast.target == 2_600_000, "650,000 a quarter, four quarters")
        #expect(!forecast.targetIsDeclared)
        #expect(forecast.summed == 402_000 && forecast.weeksCounted == 8)
        #expect(forecast.soFar == 2_192_000, "1,790,000 from the books and 402,000 from the scorecards")
        #expect(forecast.pipeline.map(\.opportunity.id) == ["tms", "rollout"])
        #expect(forecast.pipeline.map(\.weighted) == [192_000, 900_000])
        #expect(forecast.pipeline.map { $0.stage?.table } == [.lynchpin, nil], "the CRM's probability needs no table")
        #expect(forecast.stale.map(\.id) == ["late"])
        #expect(forecast.value == 3_284_000)
        #expect(forecast.gap == 684_000 && forecast.isOnTrack)
        #expect(forecast.weeksLeft == 4, "34 days to 2026-12-31")
    }

    @Test func withoutTheRolloutItIsShort() throws {
        var account = Self.account
        account.opportunities.removeAll { $0.id == "rollout" }
        account.revenue.target = 2_600_000
        let forecast = try #require(Self.forecast(account).forecast)
        #expect(forecast.targetIsDeclared)
        #expect(forecast.value == 2_384_000)
        #expect(forecast.gap == -216_000 && !forecast.isOnTrack)
    }

    @Test func aScheduleThatStepsWithinAQuarterIsProRatedByDays() throws {
        var account = Self.account
        account.scorecard[0] = Measure(id: "revenue", perspective: .financial, name: "Sales", unit: "USD",
                                       targets: [.init(from: Self.day("2026-01-01"), target: 600_000),
                                                 .init(from: Self.day("2026-08-16"), target: 700_000)],
                                       period: .quarter, aggregate: .sum)
        // Q1 and Q2 600,000; Q3 600,000 x 46/92 + 700,000 x 46/92 = 650,000; Q4 700,000.
        #expect(Self.forecast(account).forecast?.target == 2_550_000)
        account.scorecard[0].targets[0].from = Self.day("2026-02-01")
        #expect(Self.forecast(account).reason?.contains("has no target before 2026-02-01") == true)
    }

    @Test func salesNotOnRecordWithholdTheForecast() {
        // No books' figure: the year's sales before the week of 2026-10-09 are unknown.
        var account = Self.account
        account.revenue.yearToDate = nil
        #expect(Self.forecast(account).reason?.hasPrefix("the scorecards of this fiscal year begin with the week of 2026-10-09, 281 days after it began on 2026-01-01") == true)
        // A week with no row is a week of sales left out.
        var rows = Self.rows
        rows[Self.day("2026-11-20")] = nil
        #expect(Self.forecast(Self.account, rows: rows).reason == "no 'Sales' row in the week of 2026-11-20: the sales so far would leave that week out")
        // A week the project has no scorecard for at all.
        #expect(Self.forecast(Self.account, weekDates: Self.weekDates.filter { $0 != Self.day("2026-10-30") }).reason
                == "no scorecard week between 2026-10-23 and 2026-11-06: the sales of the week between are not on record")
        // The books' figure must reach the week before the first one counted.
        account = Self.account
        account.revenue.yearToDate = .init(through: Self.day("2026-09-30"), amount: 1_790_000)
        #expect(Self.forecast(account).reason?.contains("move through to 2026-10-02") == true)
    }

    @Test func aMeasureWhoseRowsDoNotAddUpGivesNoForecast() {
        var account = Self.account
        account.scorecard[0].aggregate = .latest
        #expect(Self.forecast(account).reason?.hasPrefix("'Sales' compares each week's figure on its own (aggregate: latest)") == true)
        account.scorecard[0].unit = "EUR"
        #expect(Self.forecast(account).reason?.hasPrefix("'Sales' is in EUR, not the site's currency USD") == true)
        account.scorecard = []
        #expect(Self.forecast(account).reason?.hasPrefix("no revenue measure") == true)
    }

    @Test func aMeasureOfTheYearToDateReadsItsLatestRow() throws {
        var account = Self.account
        account.scorecard[0] = Measure(id: "revenue", perspective: .financial, name: "Sales this year", unit: "USD",
                                       target: 2_600_000, period: .year, aggregate: .latest)
        let forecast = try #require(Self.forecast(account).forecast)
        #expect(forecast.summed == 50_000 && forecast.booked == nil && forecast.target == 2_600_000)
    }

    @Test func totalsCountOnlyTheAccountsWithAForecastAndNameTheOthers() throws {
        let made = try #require(Self.forecast(Self.account).forecast)
        let total = ForecastTotal([("acme", .made(made)), ("beta", .withheld("why")), ("gamma", .made(made))])
        #expect(total.made == 2 && total.withheld == ["beta"])
        #expect(total.target == 5_200_000 && total.value == 6_568_000 && total.gap == 1_368_000)
    }
}
