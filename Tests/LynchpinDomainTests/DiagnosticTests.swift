import Testing
import LynchpinDomain

@Suite struct DiagnosticTests {
    @Test func printsInTheFormEditorsAnnotate() {
        let d = Diagnostic.error("content/accounts/acme.md", line: 4, column: 9, field: "revenue.current",
                                 "expected a plain number, found \"2.4m\"")
        #expect(d.description == "content/accounts/acme.md:4:9: error: revenue.current: expected a plain number, found \"2.4m\"")
        #expect(Diagnostic.warning("lynchpin.yml", "x").description == "lynchpin.yml: warning: x")
    }

    @Test func sortsByFileThenLine() {
        let list = [
            Diagnostic.error("b.md", line: 1, "x"), Diagnostic.error("a.md", line: 9, "y"),
            Diagnostic.warning("a.md", line: 2, "z"),
        ]
        #expect(list.sortedForReading().map { "\($0.file):\($0.line!)" } == ["a.md:2", "a.md:9", "b.md:1"])
        #expect(list.hasErrors)
        #expect(list.warnings.count == 1)
    }
}
