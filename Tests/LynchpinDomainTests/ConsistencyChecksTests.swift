import Testing
import LynchpinDomain

/// The warnings a director would want about the data, each from a hand-made project.
@Suite struct ConsistencyChecksTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }
    static let asOf = day("2026-11-27")

    static func account(_ id: String, revenue: Double? = nil) -> Account {
        var account = Account(id: id, sourcePath: "content/accounts/\(id).md", name: id.capitalized)
        account.revenue = Revenue(current: revenue)
        account.scorecard = [Measure(id: "sales", perspective: .financial, name: "Weekly sales", unit: "USD", target: 10_000,
                                     period: .quarter, aggregate: .sum)]
        return account
    }

    static func week(_ date: String, _ rows: [(String, Double)], file: String? = nil) -> ScorecardWeek {
        ScorecardWeek(date: day(date), sourcePath: file ?? "content/scorecards/\(date).csv",
                      entries: rows.enumerated().map { .init(account: $1.0, metric: "sales", actual: $1.1, line: $0 + 2) })
    }

    static func warnings(_ accounts: [Account], _ weeks: [ScorecardWeek]) -> [String] {
        let project = Project(config: SiteConfig(), accounts: accounts, playbooks: [], reviews: [], weeks: weeks)
        let index = ScorecardIndex(weeks: project.asItStood(on: asOf).weeks)
        return ConsistencyChecks.warnings(project: project, asOf: asOf, index: index).map(\.description)
    }

    @Test func weeksAfterTheReferenceDateAreNamedByFile() {
        let found = Self.warnings([Self.account("acme")], [
            Self.week("2026-11-27", [("acme", 1)]),
            Self.week("2026-12-04", [("acme", 1)], file: "content/scorecards/erp.xlsx"),
            Self.week("2026-12-11", [("acme", 1)], file: "content/scorecards/erp.xlsx"),
        ])
        #expect(found == ["content/scorecards/erp.xlsx: warning: the weeks 2026-12-04, 2026-12-11 are after the reference date 2026-11-27 and left out of this build; set as_of in lynchpin.yml or pass --as-of to include them"])
    }

    @Test func aWeekMissingSomeAccountsNamesThem() {
        let accounts = (1...8).map { Self.account("a\($0)") }
        let found = Self.warnings(accounts, [Self.week("2026-11-27", [("a2", 1)]), Self.week("2026-11-20", accounts.map { ($0.id, 1) })])
        #expect(found == ["content/scorecards/2026-11-27.csv: warning: the week 2026-11-27 has no rows for 7 of 8 active accounts with measures (a1, a3, a4, a5, a6 and 2 more); their figures stay as they were, and the review of that week lists them as not updated"])
    }

    @Test func aContactAfterTheReferenceDateIsPointedOut() {
        var acme = Self.account("acme")
        acme.stakeholders = [Stakeholder(name: "Maria Chen", lastContact: Self.day("2026-11-20")),
                             Stakeholder(name: "Jonas Berg", lastContact: Self.day("2026-12-02"))]
        let found = Self.warnings([acme], [])
        #expect(found == ["content/accounts/acme.md: warning: stakeholders[1].last_contact: Jonas Berg's last contact 2026-12-02 is after the reference date 2026-11-27; the plan and the reviews count it from that day on"])
    }

    @Test func typedRevenueFarBelowTheYearsActualsIsPointedOut() {
        // 30 weeks of 20,000: 600,000 in the year; typed 250,000 is under half, 400,000 is not.
        let weeks = (0..<30).map { Self.week(Self.asOf.adding(days: -7 * $0).description, [("low", 20_000), ("fine", 20_000)]) }
        let found = Self.warnings([Self.account("low", revenue: 250_000), Self.account("fine", revenue: 400_000)], weeks)
        #expect(found == ["content/accounts/low.md: warning: revenue.current: expected the last 12 months' revenue, found USD 250,000, less than half the USD 600,000 that the scorecard's Weekly sales adds up to in the 12 months to 2026-11-27; is one of them out of date?"])
    }

    @Test func aReviewDoesNotCountAnAccountThatSentNoFiguresAsChanged() {
        // A quarter-to-date sum that stood still while its pro-rated target grew: on its own
        // it would read as a fall from green; without a row this week it is "not updated".
        var quiet = Self.account("quiet")
        // Quarterly: 150,000 over 92 days. On record from 2026-10-03 (its first week): 11,413
        // due on 2026-10-09, 22,826 a week later.
        quiet.scorecard[0] = Measure(id: "sales", perspective: .financial, name: "Sales", unit: "USD", target: 150_000,
                                     period: .quarter, aggregate: .sum)
        let weeks = [Self.week("2026-10-09", [("quiet", 20_000), ("busy", 1)]), Self.week("2026-10-16", [("busy", 2)])]
        let project = Project(config: SiteConfig(), accounts: [quiet, Self.account("busy")], playbooks: [], reviews: [], weeks: weeks)
        let delta = ReviewDelta(review: Review(date: Self.day("2026-10-16"), sourcePath: "r.md"), project: project)
        #expect(delta.notUpdated == ["quiet"])
        #expect(!delta.transitions.contains { $0.accountID == "quiet" } && !delta.moves.contains { $0.accountID == "quiet" })
        #expect(delta.moves.map(\.accountID) == ["busy"])
        // The same figures with quiet's row repeated in the second week do show its change.
        let reported = Project(config: SiteConfig(), accounts: project.accounts, playbooks: [], reviews: [],
                               weeks: [weeks[0], Self.week("2026-10-16", [("busy", 2), ("quiet", 0)])])
        let changed = ReviewDelta(review: Review(date: Self.day("2026-10-16"), sourcePath: "r.md"), project: reported)
        #expect(changed.transitions.contains { $0.accountID == "quiet" })
    }
}
