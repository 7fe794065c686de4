import Testing
@testable import LynchpinDomain

@Suite struct ScorecardTests {
    let day = { (text: String) in Day(iso: text)! }

    func week(_ date: String, _ rows: [(String, Double)], account: String = "acme") -> ScorecardWeek {
        ScorecardWeek(date: day(date), sourcePath: "content/scorecards/\(date).csv",
                      entries: rows.enumerated().map { .init(account: account, metric: $1.0, actual: $1.1, line: $0 + 2) })
    }

    var account: Account {
        var account = Account(id: "acme", sourcePath: "a.md", name: "Acme")
        account.scorecard = [
            Measure(id: "revenue", perspective: .financial, name: "Revenue", target: 100, weight: 2),
            Measure(id: "margin", perspective: .financial, name: "Margin", target: 20),
            Measure(id: "lead-time", perspective: .internal, name: "Lead time", target: 10, direction: .down),
            Measure(id: "nps", perspective: .customer, name: "NPS", target: 40),
        ]
        return account
    }

    /// Financial, growth and customer green with internal red average 75%, which alone reads
    /// green: the status is held at amber and the red perspective is named.
    @Test func aRedPerspectiveHoldsTheOverallStatusAtAmber() throws {
        var account = Account(id: "acme", sourcePath: "a.md", name: "Acme")
        account.scorecard = [
            Measure(id: "revenue", perspective: .financial, name: "Revenue", target: 100),
            Measure(id: "lanes", perspective: .growth, name: "Lanes", target: 2),
            Measure(id: "nps", perspective: .customer, name: "NPS", target: 40),
            Measure(id: "lead-time", perspective: .internal, name: "Lead time", target: 10, direction: .down),
        ]
        let weeks = [week("2026-11-27", [("revenue", 120), ("lanes", 3), ("nps", 45), ("lead-time", 30)])]
        let card = Scorecard(account: account, weeks: weeks, asOf: day("2026-11-27"), config: SiteConfig())
        #expect(card.overall == 0.75, "the score stays the mean")
        #expect(StatusRules.rag(forScore: card.overall) == .green)
        #expect(card.overallRAG == .amber)
        #expect(card.redPerspectives == [.internal])
        // Without the red perspective the mean's own status stands.
        let healthy = Scorecard(account: account, weeks: [week("2026-11-27", [("revenue", 120), ("lanes", 3), ("nps", 45), ("lead-time", 9)])],
                                asOf: day("2026-11-27"), config: SiteConfig())
        #expect(healthy.overallRAG == .green)
        #expect(healthy.redPerspectives.isEmpty)
        // A red mean stays red; amber stays amber.
        #expect(StatusRules.overall(score: 0.1, perspectives: [.red, .red]) == .red)
        #expect(StatusRules.overall(score: 0.5, perspectives: [.green, .red]) == .amber)
        #expect(StatusRules.overall(score: 0.8, perspectives: [.green, .amber]) == .green)
    }

    @Test func ratiosAreDirectionAware() {
        #expect(Scorecard.ratio(actual: 150, target: 200, direction: .up) == 0.75)
        #expect(Scorecard.ratio(actual: 8, target: 10, direction: .down) == 1.25)
        #expect(Scorecard.ratio(actual: 20, target: 10, direction: .down) == 0.5)
        #expect(Scorecard.ratio(actual: 0, target: 10, direction: .down) == 1, "an actual of 0 is on target when less is better")
    }

    @Test func bandsGiveRedAmberGreenAndGrey() {
        let bands = RAGBands()
        #expect(StatusRules.rag(forRatio: 1.0, bands: bands) == .green)
        #expect(StatusRules.rag(forRatio: 0.9, bands: bands) == .amber)
        #expect(StatusRules.rag(forRatio: 0.8999, bands: bands) == .red)
        #expect(StatusRules.rag(forRatio: nil, bands: bands) == .grey)
    }

    @Test func latestActualIsTheNewestWeekOnOrBeforeTheReferenceDateWithARow() throws {
        let weeks = [
            week("2026-11-13", [("revenue", 80), ("margin", 21), ("lead-time", 12)]),
            week("2026-11-20", [("revenue", 95)]),
            week("2026-11-27", [("revenue", 120)]),
        ]
        let card = Scorecard(account: account, weeks: weeks, asOf: day("2026-11-20"), config: SiteConfig())
        let lines = Dictionary(uniqueKeysWithValues: card.lines.map { ($0.measure.id, $0) })
        #expect(lines["revenue"]?.actual == 95)
        #expect(lines["revenue"]?.actualWeek == day("2026-11-20"))
        #expect(lines["margin"]?.actual == 21, "a week without a row keeps the older value")
        #expect(lines["margin"]?.actualWeek == day("2026-11-13"))
        #expect(lines["nps"]?.actual == nil)
        #expect(lines["nps"]?.rag == .grey)
        // revenue 95/100 = 0.95 amber; margin 21/20 = 1.05 green; lead-time 10/12 = 0.83 red.
        #expect(lines.mapValues(\.rag) == ["revenue": .amber, "margin": .green, "lead-time": .red, "nps": .grey])
    }

    @Test func scoresAreWeightedMeansWithGreyLeftOut() throws {
        let weeks = [week("2026-11-27", [("revenue", 95), ("margin", 21), ("lead-time", 12)])]
        let card = Scorecard(account: account, weeks: weeks, asOf: day("2026-11-27"), config: SiteConfig())
        // financial: revenue amber 0.5 x 2 + margin green 1 x 1 = 2 over weight 3.
        let financial = try #require(card.perspectives.first { $0.perspective == .financial })
        #expect(try #require(financial.score) == 2.0 / 3.0)
        #expect(financial.rag == .amber)
        let customer = try #require(card.perspectives.first { $0.perspective == .customer })
        #expect(customer.score == nil, "only grey measures: no score")
        #expect(customer.rag == .grey)
        // overall: the mean of the perspectives' scores, financial 2/3 and internal 0 (lead
        // time red); customer has none. (2/3 + 0) / 2 = 1/3. The v1 mean over measures gave 0.5.
        #expect(try #require(card.overall) == (2.0 / 3.0) / 2)
        #expect(card.overallRAG == .amber)
        #expect(card.perspectives.map(\.perspective) == [.financial, .customer, .internal], "contract order, empty ones left out")
    }

    @Test func customBandsAreUsed() throws {
        var config = SiteConfig()
        config.rag = RAGBands(green: 0.95, amber: 0.8)
        let card = Scorecard(account: account, weeks: [week("2026-11-27", [("revenue", 95), ("lead-time", 12)])],
                             asOf: day("2026-11-27"), config: config)
        #expect(card.lines.map(\.rag) == [.green, .grey, .grey, .amber], "perspective order: revenue, margin, nps, lead-time")
    }

    @Test func perspectivesOverTheFocusLimitAreMarked() {
        var config = SiteConfig()
        config.focusLimit = 1
        let card = Scorecard(account: account, weeks: [], asOf: day("2026-11-27"), config: config)
        #expect(card.perspectives.map(\.isOverFocusLimit) == [true, false, false])
    }

    /// The manager's trend works its past scores out without the lines; they must be the
    /// scorecard's own controllable scores, bit for bit, whatever the measures are like.
    @Test func pastControllableScoresMatchTheFullScorecard() {
        var account = account
        account.scorecard += [
            Measure(id: "orders", perspective: .financial, name: "Orders", target: 300, period: .month, aggregate: .sum),
            Measure(id: "tickets", perspective: .customer, name: "Tickets", target: 5, direction: .down, period: .quarter,
                    aggregate: .mean),
            Measure(id: "share", perspective: .growth, name: "Share", target: 30, controllable: false),
            Measure(id: "visits", perspective: .growth, name: "Visits", target: 4, weight: 0),
            Measure(id: "pilots", perspective: .growth, name: "Pilots",
                    targets: [.init(from: day("2026-11-10"), target: 2), .init(from: day("2026-11-24"), target: 3)], weight: 3),
        ]
        let weeks = [
            week("2026-10-30", [("revenue", 80), ("orders", 90), ("tickets", 7), ("share", 31), ("pilots", 1)]),
            week("2026-11-06", [("margin", 19), ("orders", 70), ("tickets", 4), ("visits", 5)]),
            week("2026-11-13", [("revenue", 101), ("lead-time", 12), ("orders", 85), ("pilots", 2), ("nps", 41)]),
            week("2026-11-20", [("revenue", 95), ("lead-time", 0), ("tickets", 6), ("share", 20)]),
            week("2026-11-27", [("margin", 22), ("orders", 120), ("pilots", 3), ("nps", 12)]),
        ]
        let index = ScorecardIndex(weeks: weeks)
        var config = SiteConfig()
        config.fiscalYearStart = 11
        config.rag = RAGBands(green: 0.95, amber: 0.7)
        var compared = 0
        for date in ["2026-10-29", "2026-10-30", "2026-11-06", "2026-11-09", "2026-11-13", "2026-11-20", "2026-11-27", "2026-12-31"] {
            let full = Scorecard(account: account, index: index, asOf: day(date), config: config).controllableScores
            #expect(Scorecard.controllableScores(account: account, index: index, asOf: day(date), config: config) == full,
                    "as of \(date)")
            compared += Measure.Perspective.allCases.filter { full[$0] != nil }.count
        }
        #expect(compared > 20, "most weeks score most perspectives")
    }
}

/// The index hands each account its rows of each week as a slice of the week's own rows.
@Suite struct ScorecardIndexTests {
    let day = Day(iso: "2026-11-20")!

    @Test func rowsWrittenOutOfOrderStillComeTogetherByAccount() throws {
        let week = ScorecardWeek(date: day, sourcePath: "w.csv", entries: [
            .init(account: "b", metric: "m1", actual: 1, line: 2),
            .init(account: "a", metric: "m1", actual: 2, line: 3),
            .init(account: "b", metric: "m2", actual: 3, line: 4),
            .init(account: "a", metric: "m2", actual: 4, line: 5),
        ])
        let index = ScorecardIndex(weeks: [week])
        let a = try #require(index.weeks(of: "a").first)
        let b = try #require(index.weeks(of: "b").first)
        #expect(a.rows.map(\.line) == [3, 5], "in file order within the account")
        #expect(b.rows.map(\.line) == [2, 4])
        #expect(b.row("m2")?.actual == 3)
        #expect(a.row("m3") == nil)
        #expect(index.weeks(of: "c").isEmpty)
        #expect(index.hasRows(for: "a", in: day))
    }

    @Test func groupedRowsAreUsedAsTheyAre() {
        let rows: [ScorecardWeek.Entry] = [
            .init(account: "a", metric: "m1", actual: 1, line: 2), .init(account: "a", metric: "m2", actual: 2, line: 3),
            .init(account: "b", metric: "m1", actual: 3, line: 4),
        ]
        #expect(ScorecardIndex.groupedByAccount(rows) == rows)
        #expect(ScorecardIndex.groupedByAccount([rows[2], rows[0], rows[1]]).map(\.line) == [4, 2, 3],
                "grouped, though not in ascending order")
        #expect(ScorecardIndex.groupedByAccount([rows[0], rows[2], rows[1]]).map(\.line) == [2, 3, 4])
    }
}
