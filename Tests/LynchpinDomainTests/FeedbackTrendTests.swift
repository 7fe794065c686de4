import Testing
@testable import LynchpinDomain

@Suite struct FeedbackTrendTests {
    static func answer(_ date: String, _ survey: FeedbackResponse.Survey, _ score: Int,
                       side: FeedbackResponse.Side = .customer) -> FeedbackResponse {
        FeedbackResponse(date: Day(iso: date)!, side: side, survey: survey, score: score)
    }

    @Test func npsIsPromotersLessDetractorsAndCSATTheShareSatisfied() {
        #expect(FeedbackTrend.score(of: [10, 9, 8, 6], survey: .nps) == 25)    // 2 promoters, 1 detractor of 4
        #expect(FeedbackTrend.score(of: [0, 6, 7], survey: .nps) == -67)
        #expect(FeedbackTrend.score(of: [5, 4, 3], survey: .csat) == 67)
        #expect(FeedbackTrend.score(of: [1, 2], survey: .csat) == 0)
    }

    @Test func quartersFollowTheFiscalYearAndTheChangeIsAgainstTheLastQuarterWithAnswers() throws {
        let answers = [Self.answer("2026-03-10", .nps, 10), Self.answer("2026-08-04", .nps, 9),
                       Self.answer("2026-08-20", .nps, 9), Self.answer("2026-11-24", .nps, 5),
                       Self.answer("2026-11-25", .nps, 9), Self.answer("2026-12-20", .nps, 0),
                       Self.answer("2026-11-01", .csat, 4), Self.answer("2026-11-02", .nps, 3, side: .employee)]
        let trends = FeedbackTrend.trends(of: answers, through: Day(iso: "2026-11-27")!, fiscalYearStart: 1)
        #expect(trends.map { "\($0.side.rawValue) \($0.survey.rawValue)" } == ["customer nps", "customer csat", "employee nps"])
        let nps = trends[0]
        #expect(nps.quarters.map(\.period.start.description) == ["2026-01-01", "2026-07-01", "2026-10-01"])
        #expect(nps.quarters.map(\.score) == [100, 100, 0])     // December's answer is after the day
        #expect(nps.latest?.responses == 2 && nps.change == -100 && nps.fell)
        #expect(trends[1].change == nil && !trends[1].fell)    // one quarter: no trend yet
        let fiscal = FeedbackTrend.trends(of: answers, through: Day(iso: "2026-11-27")!, fiscalYearStart: 4)
        #expect(fiscal[0].quarters.map(\.period.start.description) == ["2026-01-01", "2026-07-01", "2026-10-01"])
        let shifted = FeedbackTrend.trends(of: answers, through: Day(iso: "2026-11-27")!, fiscalYearStart: 2)
        #expect(shifted[0].quarters.map(\.period.start.description) == ["2026-02-01", "2026-08-01", "2026-11-01"])
    }

    @Test func aReviewListsOnlyFallsWithAnswersSinceTheLastReview() {
        var acme = Account(id: "acme", sourcePath: "a.md", name: "Acme")
        acme.feedback = [Self.answer("2026-08-04", .nps, 9), Self.answer("2026-11-10", .nps, 5)]
        var zenith = Account(id: "zenith", sourcePath: "z.md", name: "Zenith")
        zenith.feedback = [Self.answer("2026-08-04", .csat, 5), Self.answer("2026-11-24", .csat, 3)]
        let day = Day(iso: "2026-11-27")!
        let all = FeedbackFall.falls(among: [acme, zenith], through: day, fiscalYearStart: 1)
        #expect(all.map(\.accountID) == ["acme", "zenith"] && all.map(\.change) == [-200, -100])
        let sinceLastReview = FeedbackFall.falls(among: [acme, zenith], through: day, since: Day(iso: "2026-11-20")!, fiscalYearStart: 1)
        #expect(sinceLastReview.map(\.accountID) == ["zenith"])
    }

    @Test func theNewestCommentsOfOneSideComeFirst() {
        var answers = [Self.answer("2026-08-04", .nps, 9), Self.answer("2026-11-10", .nps, 5), Self.answer("2026-11-11", .nps, 5, side: .employee)]
        answers[0].comment = "old"
        answers[1].comment = "new"
        answers[2].comment = "ours"
        let comments = FeedbackTrend.latestComments(of: answers, side: .customer, through: Day(iso: "2026-11-27")!)
        #expect(comments.compactMap(\.comment) == ["new", "old"])
    }
}

extension FeedbackTrendTests {
    @Test func answersAfterTheReferenceDateAreLeftOutWithAWarningByFile() {
        var acme = Account(id: "acme", sourcePath: "a.md", name: "Acme")
        acme.feedback = [FeedbackResponse(date: Day(iso: "2026-11-20")!, side: .customer, survey: .nps, score: 9, sourcePath: "content/feedback/s.csv"),
                         FeedbackResponse(date: Day(iso: "2026-12-02")!, side: .customer, survey: .nps, score: 2, sourcePath: "content/feedback/s.csv")]
        let project = Project(config: SiteConfig(), accounts: [acme], playbooks: [], reviews: [], weeks: [])
        #expect(ConsistencyChecks.laterAnswers(project, Day(iso: "2026-11-27")!).map(\.description) == [
            "content/feedback/s.csv: warning: 1 answer dated after the reference date 2026-11-27 (from 2026-12-02) left out of this build's feedback; set as_of in lynchpin.yml or pass --as-of to include them",
        ])
    }
}
