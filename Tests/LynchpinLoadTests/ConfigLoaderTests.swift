import Testing
import LynchpinDomain
import LynchpinLoad

@Suite struct ConfigLoaderTests {
    @Test func readsEveryKey() throws {
        let yaml = """
        title: Northwind
        organization: Northwind Components
        currency: EUR
        as_of: 2026-11-27
        rag: {green: 1.05, amber: 0.8}
        focus_limit: 3
        stale_contact_days: 14
        unsafe_html: true
        smart_punctuation: false
        base_url: https://plans.example.com
        criteria:
          strength:
            relationship: {label: Depth, weight: 3}
            price: {weight: 1}
        """
        let (loaded, diagnostics) = Fixtures.load(["lynchpin.yml": yaml])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let config = try #require(loaded?.project.config)
        #expect(config.organization == "Northwind Components")
        #expect(config.currency == "EUR")
        #expect(config.rag == RAGBands(green: 1.05, amber: 0.8))
        #expect(config.focusLimit == 3 && config.staleContactDays == 14)
        #expect(config.unsafeHTML && !config.smartPunctuation)
        #expect(config.baseURL == "https://plans.example.com/")
        #expect(config.criteria.attractiveness == SelectionCriteria.standard.attractiveness)
        #expect(config.criteria.strength == [
            Criterion(id: "relationship", label: "Depth", weight: 3), Criterion(id: "price", label: "Price", weight: 1),
        ])
    }

    /// A criterion's key is checked where it stands: a bad id in lynchpin.yml is an error,
    /// and a plan's score for a criterion the settings do not name is a warning, both at the
    /// key's line and column with its field path.
    @Test func criterionKeysAreReportedAtTheKey() throws {
        let yaml = "criteria:\n  strength:\n    Bad Id: {weight: 1}\n"
        let (_, bad) = Fixtures.load(["lynchpin.yml": yaml])
        let error = try #require(bad.errors.first)
        #expect(bad.errors.count == 1)
        #expect(error.file == "lynchpin.yml" && error.line == 3 && error.column == 5)
        #expect(error.field == "criteria.strength.Bad Id")
        #expect(error.message.hasSuffix("found \"Bad Id\""), "\(error.message)")

        let account = Fixtures.account.replacingOccurrences(of: "  relationship: 3\n", with: "  relationship: 3\n  charm: 2\n")
        let (_, found) = Fixtures.load(["content/accounts/acme.md": account])
        let warning = try #require(found.warnings.first { $0.field == "strength.charm" }, "\(found)")
        let line = account.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("  charm:") }! + 1
        #expect(warning.file == "content/accounts/acme.md" && warning.line == line && warning.column == 3)
        #expect(warning.message.hasPrefix("unknown criterion, ignored"))
    }

    @Test func amberAboveGreenIsAnError() throws {
        let (_, diagnostics) = Fixtures.load(["lynchpin.yml": "rag:\n  green: 0.9\n  amber: 1.0\n"])
        #expect(diagnostics.errors.count == 1)
        #expect(diagnostics.errors.first?.field == "rag.amber")
        #expect(diagnostics.errors.first?.line == 3)
    }
}

@Suite struct ScoredToRankTests {
    @Test func scoredToRankIsAWholeNumberOfCriteria() throws {
        let config = { (yaml: String) in Fixtures.load(["lynchpin.yml": yaml]) }
        #expect(try #require(config("criteria: {scored_to_rank: 4}\n").0).project.config.scoredToRank == 4)
        #expect(try #require(config("title: x\n").0).project.config.scoredToRank == nil, "all of them by default")
        let (_, problems) = config("criteria: {scored_to_rank: 2.5}\n")
        #expect(problems.errors.map(\.message) == ["expected a whole number of criteria, 1 or more, found \"2.5\""])
    }
}
