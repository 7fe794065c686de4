import Testing
import LynchpinDomain

@Suite struct IdentifierTests {
    @Test(arguments: ["acme", "acme-logistics", "3m", "a", String(repeating: "a", count: 80)])
    func acceptsValidIDs(_ id: String) {
        #expect(Identifier.isValid(id))
    }

    @Test(arguments: ["", "-acme", "Acme", "acme_logistics", "acme logistics", "acmé", String(repeating: "a", count: 81)])
    func rejectsInvalidIDs(_ id: String) {
        #expect(!Identifier.isValid(id))
    }

    @Test func slugsFreeText() {
        #expect(Identifier.slug("Q4 Review & Plan") == "q4-review-plan")
        #expect(Identifier.slug("  Acme, Inc. ") == "acme-inc")
    }
}
