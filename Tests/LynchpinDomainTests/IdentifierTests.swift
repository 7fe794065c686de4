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

    @Test(arguments: [
        ("Ünïcode Sørensen & Co", "unicode-sorensen-co"),
        ("Müller Logistik GmbH", "muller-logistik-gmbh"),
        ("Nestlé Waters", "nestle-waters"),
        ("Łódź Rail", "lodz-rail"),
        ("Straße & Æbeltoft Øl", "strasse-aebeltoft-ol"),
        ("Αθήνα Cargo", "athena-cargo"),
        ("Москва Транс", "moskva-trans"),
    ])
    func namesFromAroundTheWorldKeepTheirLetters(name: String, id: String) {
        #expect(Identifier.slug(name) == id)
    }

    @Test(arguments: ["東京物流", "شركة النقل", "!!!"])
    func scriptsWithoutOneRomanizationGiveNothing(name: String) {
        #expect(Identifier.slug(name) == "")
    }
}
