import Testing
import LynchpinDomain
@testable import LynchpinViews

@Suite struct RelationshipViewTests {
    @Test func stakeholdersSharingANameGetARowAndALineEach() throws {
        let people = [
            Stakeholder(name: "Kim Lee", role: .sponsor, lastContact: Day(iso: "2026-11-20"), owners: ["Dana"]),
            Stakeholder(name: "Kim Lee", role: .user, owners: ["Sam"]),
        ]
        let entries = StakeholderMap(stakeholders: people, asOf: Day(iso: "2026-11-27")!, staleAfterDays: 30).entries
        let map = try #require(RelationshipMap(entries: entries, manager: "Dana", staleAfterDays: 30))
        let view = RelationshipView(map, manager: "Dana", staleAfterDays: 30)
        #expect(view.rows.map(\.role) == ["sponsor", "user"])
        #expect(view.lines.map(\.y1) == ["30.0", "70.0"], "each from its own row")
        #expect(view.rows.map(\.recency) == ["recent", "stale"])
    }
}
