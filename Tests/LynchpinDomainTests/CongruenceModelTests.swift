import Testing
import LynchpinDomain

@Suite struct CongruenceModelTests {
    @Test func matchesHeadingsWithoutRegardToCaseOrAmpersand() {
        #expect(CongruenceBlock(heading: "STRATEGY") == .strategy)
        #expect(CongruenceBlock(heading: "Systems & Processes") == .systemsAndProcesses)
        #expect(CongruenceBlock(heading: "human  resources") == .humanResources)
        #expect(CongruenceBlock(heading: "Organisation") == nil)
        #expect(CongruenceBlock(heading: "Strategy notes") == nil)
        // ASCII headings are read on bytes, others by character: the same rule either way.
        for heading in ["Systems&Processes", "\tsystems  &  PROCESSES ", "Systèmes & Processes"] {
            #expect(CongruenceBlock(heading: heading) == (heading.hasPrefix("Systè") ? nil : .systemsAndProcesses), "\(heading)")
        }
        #expect(CongruenceBlock(heading: "Human\u{A0}Resources") == nil, "a no-break space is not a space here")
        #expect(CongruenceBlock(heading: "Ｓtrategy") == nil)
    }

    @Test func coverageCountsOnlySecondLevelSections() {
        let outline = [
            Heading(level: 2, text: "Strategy", id: "strategy"),
            Heading(level: 3, text: "Organization", id: "organization"),
            Heading(level: 2, text: "Systems and processes", id: "systems-and-processes"),
        ]
        let coverage = CongruenceCoverage(outline: outline)
        #expect(coverage.presentCount == 2)
        #expect(!coverage.isCongruent)
        #expect(coverage.entries.map(\.headingID) == ["strategy", nil, nil, "systems-and-processes"])
    }
}

@Suite struct EmptyCongruenceSectionTests {
    /// The four headings `lynchpin new account` writes, with nothing under them, cover no
    /// building block: "4 of 4 Present" for an empty plan was a headline saying more than the plan.
    @Test func anEmptySectionIsNotPresent() {
        let outline = CongruenceBlock.allCases.enumerated().map { index, block in
            Heading(level: 2, text: block.title, id: "b\(index)", hasContent: index == 0)
        }
        let coverage = CongruenceCoverage(outline: outline)
        #expect(coverage.presentCount == 1)
        #expect(coverage.entries.map(\.isEmpty) == [false, true, true, true])
        #expect(coverage.entries.map(\.headingID) == ["b0", "b1", "b2", "b3"])
    }
}
