import Testing
import LynchpinDomain
import LynchpinLoad

@Suite struct ProjectLoaderTests {
    @Test func loadsEveryFieldOfAGoodAccount() throws {
        let (loaded, diagnostics) = Fixtures.load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let project = try #require(loaded?.project)
        let acme = try #require(project.account(id: "acme"))
        #expect(acme.name == "Acme Logistics")
        #expect(acme.sourcePath == "content/accounts/acme.md")
        #expect(acme.team == [TeamMember(name: "Lee Park", role: "Solutions engineer")])
        #expect(acme.revenue == Revenue(current: 2_400_000, profit: 410_000, potential: nil))
        #expect(acme.attractiveness == ["current_revenue": 4, "future_volume": 5])
        #expect(acme.strength == ["relationship": 3])
        #expect(acme.expectations == [Expectation(need: "On-time delivery", importance: 5, us: 3, competitor: 4)])
        #expect(acme.stakeholders.first?.role == .decisionMaker)
        #expect(acme.stakeholders.first?.lastContact == Day(iso: "2026-11-20"))
        #expect(acme.objectives.first?.status == .inProgress)
        #expect(acme.scorecard.map(\.id) == ["revenue", "lead-time"])
        #expect(acme.scorecard[0].weight == 2 && acme.scorecard[1].direction == .down && acme.scorecard[1].weight == 1)
        #expect(acme.pilot?.days == 90)
        #expect(acme.pilot?.milestones.map(\.status) == [.done, .planned])
        #expect(acme.qualification.first?.score == 4)
        #expect(acme.playbooks == ["congruence-model"])
        #expect(acme.narrative.outline.map(\.id) == ["acme-strategy"], "ids carry the account, so plans can share a pack")
    }

    @Test func loadsConfigPlaybooksReviewsAndWeeks() throws {
        let project = try #require(Fixtures.load().0?.project)
        #expect(project.config.title == "Test accounts")
        #expect(project.config.currency == "USD")
        #expect(project.config.asOf == Day(iso: "2026-11-27"))
        #expect(project.playbooks.map(\.title) == ["The congruence model"])
        #expect(project.reviews.first?.title == "Account review 2026-11-27")
        #expect(project.reviews.first?.accounts == ["acme"])
        let entries = try #require(project.weeks.first?.entries)
        #expect(entries.map(\.actual) == [612_000, 13])
        #expect(entries.map(\.line) == [2, 3])
        #expect(entries[1].note == "slow, again")
    }

    @Test func acceptsByteOrderMarkAndCRLF() throws {
        let text = "\u{FEFF}" + Fixtures.account.split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "\r\n")
        let (loaded, diagnostics) = Fixtures.load(["content/accounts/acme.md": text])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(loaded?.project.account(id: "acme")?.name == "Acme Logistics")
    }

    @Test func aProjectWithoutConfigUsesDefaults() throws {
        let (loaded, diagnostics) = Fixtures.load(["lynchpin.yml": nil])
        #expect(diagnostics.isEmpty)
        #expect(loaded?.project.config == SiteConfig())
    }
}
