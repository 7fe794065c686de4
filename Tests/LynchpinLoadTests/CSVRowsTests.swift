import Testing
import LynchpinDomain
@testable import LynchpinLoad

/// What CSV.swift handled for the scorecard loader, now read on bytes by `CSVRows`.
@Suite struct CSVRowsTests {
    func rows(_ text: String) -> ([CSVRows.Row], CSVRows.Problem?) {
        var reader = CSVRows(text)
        var rows: [CSVRows.Row] = []
        while let row = reader.next() { rows.append(row) }
        return (rows, reader.problem)
    }

    @Test func plainRowsWithLFOrCRLFOrCR() {
        for text in ["a,b,c\n1,2,3\n", "a,b,c\r\n1,2,3\r\n", "a,b,c\r1,2,3", "a,b,c\n1,2,3"] {
            let (found, problem) = rows(text)
            #expect(found == [.init(line: 1, fields: ["a", "b", "c"]), .init(line: 2, fields: ["1", "2", "3"])], "\(text.debugDescription)")
            #expect(problem == nil)
        }
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() {
        let (found, problem) = rows("note,x\n\"a, b\",1\n\"say \"\"hi\"\"\",2\n\"two\r\nlines\",3\n\"\",4\nlast,5\n")
        #expect(problem == nil)
        #expect(found.map(\.fields) == [["note", "x"], ["a, b", "1"], ["say \"hi\"", "2"], ["two\r\nlines", "3"], ["", "4"], ["last", "5"]])
        #expect(found.map(\.line) == [1, 2, 3, 4, 6, 7], "the quoted line break moves later rows down")
    }

    @Test func emptyFieldsLinesAndTrailingCommasAreKept() {
        let (found, _) = rows("a,b,\n\n,,\nx,\"\",")
        #expect(found.map(\.fields) == [["a", "b", ""], [""], ["", "", ""], ["x", "", ""]])
        #expect(found.map(\.line) == [1, 2, 3, 4])
        #expect(CSVRows("a,b,\n\n,,\nx,\"\",").maximumRowCount == 4, "one row a line at most")
        #expect(CSVRows("a\nb\n").maximumRowCount == 3)
    }

    @Test func anUnclosedQuoteNamesWhereItOpened() {
        let (found, problem) = rows("a,b\n1,\"open\n2,3\n")
        #expect(found.map(\.fields) == [["a", "b"]])
        #expect(problem == .init(line: 2, column: 3, message: "expected a closing quote for the field opened here, found the end of the file"))
    }

    @Test func textAfterAClosingQuoteIsRefused() {
        let (_, problem) = rows("a,b\n\"x\"y,2\n")
        #expect(problem?.line == 2 && problem?.column == 4)
        #expect(problem?.message.contains("found 'y'") == true)
    }

    @Test func quotesInsideAnUnquotedFieldAreText() {
        #expect(rows("a\n5\" pipe\n").0.map(\.fields) == [["a"], ["5\" pipe"]])
    }

    @Test func theLoaderTrimsSpacesAndAcceptsABOMAndCRLF() throws {
        let csv = "\u{FEFF}account , metric,actual,note\r\n acme ,\trevenue, 950 ,\"first \"\"real\"\" week\"\r\n"
        let (loaded, diagnostics) = Fixtures.load(["content/scorecards/2026-11-27.csv": csv])
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        let entry = try #require(loaded?.project.weeks.first?.entries.first)
        #expect(entry.account == "acme" && entry.metric == "revenue" && entry.actual == 950 && entry.line == 2)
        #expect(entry.note == "first \"real\" week")
    }

    @Test func theLoaderReportsAnUnclosedQuoteWithLineAndColumn() throws {
        let (_, diagnostics) = Fixtures.load(["content/scorecards/2026-11-27.csv": "account,metric,actual,note\nacme,revenue,1,\"oops\n"])
        let error = try #require(diagnostics.errors.first)
        #expect(error.file == "content/scorecards/2026-11-27.csv" && error.line == 2 && error.column == 16)
    }
}
