import Testing
@testable import LynchpinDomain

/// The status rules, and the words that explain them, come from one place.
@Suite struct StatusRulesTests {
    @Test func ratiosScoresAndContactsGetTheirStatus() {
        let bands = RAGBands(green: 1.0, amber: 0.9)
        #expect([1.2, 1.0, 0.95, 0.9, 0.89, nil].map { StatusRules.rag(forRatio: $0, bands: bands) } == [.green, .green, .amber, .amber, .red, .grey])
        #expect([1, 0.75, 0.74, 0.25, 0.24, nil].map { StatusRules.rag(forScore: $0) } == [.green, .green, .amber, .amber, .red, .grey])
        #expect(RAG.allCases.map(StatusRules.points) == [0, 0.5, 1, nil])
        #expect([0, 15, 16, 30, 31, nil].map { StatusRules.recency(daysSinceContact: $0, staleAfterDays: 30) }
                == [.recent, .recent, .fading, .fading, .stale, .stale])
        #expect(StatusRules.isStale(daysSinceContact: 31, staleAfterDays: 30) && !StatusRules.isStale(daysSinceContact: 30, staleAfterDays: 30))
    }

    /// The sentences follow the settings and the points they explain.
    @Test func theWordsFollowTheRules() {
        let percent = { (fraction: Double) in "\(Int((fraction * 100).rounded()))%" }
        #expect(StatusRules.bandsSentence(RAGBands(green: 0.95, amber: 0.8), percent: percent)
                == "Green at 95% of target or more, amber from 80%, red below, grey without an actual.")
        #expect(StatusRules.bandsSentenceForCustomer(RAGBands(green: 0.95, amber: 0.8), percent: percent)
                == "Green: at 95% of the target or better; amber: from 80%; red: below that.")
        #expect(StatusRules.pointsPhrase { "\($0)" } == "green as 1.0, amber as 0.5, red as 0.0")
        var weights = PerspectiveWeights()
        #expect(StatusRules.overallSentence(weights) { "\($0)" }.hasPrefix("The overall score is the mean of the perspectives' scores; its status is never better than amber"))
        weights[.financial] = 2
        #expect(StatusRules.overallSentence(weights) { "\(Int($0))" }.hasPrefix("The overall score is the weighted mean of the perspectives' scores (financial 2, growth 1, customer 1, internal 1)"))
    }
}
