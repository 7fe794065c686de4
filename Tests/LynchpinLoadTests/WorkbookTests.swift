import Foundation
import Testing
import LynchpinDomain
@testable import LynchpinLoad

/// Workbooks written by openpyxl and XlsxWriter (scripts/fixtures/workbooks.py) load to the
/// same weeks as the CSVs of those weeks, in each layout; bad cells are named as `file:Sheet!C17`.
@Suite struct WorkbookTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Workbooks")

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static let earlierWeek = "account,metric,actual,note\nacme,revenue,598000,\nacme,lead-time,14,\n"

    /// The fixture project with its scorecards folder replaced.
    static func load(scorecards: [String: [UInt8]], config: String = "title: Test accounts\nas_of: 2026-11-27\n")
        -> (LoadedProject?, [Diagnostic]) {
        var files = Fixtures.files().mapValues { Array($0.utf8) }
        files = files.filter { !$0.key.hasPrefix("/p/content/scorecards/") }
        files["/p/lynchpin.yml"] = Array(config.utf8)
        for (name, bytes) in scorecards { files["/p/content/scorecards/" + name] = bytes }
        return ProjectLoader(reader: .memory(bytes: files)).load(Fixtures.location)
    }

    /// What the analysis reads of a week: its date and each row's account, metric, actual and note.
    static func figures(_ weeks: [ScorecardWeek]) -> [String] {
        weeks.sorted { $0.date < $1.date }.flatMap { week in
            week.entries.map { "\(week.date) \($0.account) \($0.metric) \($0.actual) \($0.note ?? "-")" }
        }
    }

    static var fromCSV: [String] {
        get throws {
            let (loaded, diagnostics) = load(scorecards: ["2026-11-20.csv": Array(earlierWeek.utf8),
                                                          "2026-11-27.csv": Array(Fixtures.week.utf8)])
            #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
            return figures(try #require(loaded).project.weeks)
        }
    }

    @Test(arguments: ["long-by-sheet-openpyxl.xlsx", "long-week-column-openpyxl.xlsx", "wide-xlsxwriter.xlsx",
                      "wide-1904-inline-xlsxwriter.xlsx"])
    func aWorkbookGivesTheSameWeeksAsItsCSVs(name: String) throws {
        let (loaded, diagnostics) = Self.load(scorecards: [name: try Self.fixture(name)])
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        let figures = Self.figures(try #require(loaded).project.weeks)
        #expect(figures.count == 4)
        // A wide report has no place for notes.
        let expected = try Self.fromCSV.map { name.hasPrefix("wide") ? $0.replacingOccurrences(of: " slow, again", with: " -") : $0 }
        #expect(figures == expected)
    }

    @Test func aSheetOfNotesIsLeftOutWithAWarning() throws {
        let (loaded, diagnostics) = Self.load(scorecards: ["erp.xlsx": try Self.fixture("long-by-sheet-openpyxl.xlsx")])
        #expect(loaded != nil)
        #expect(diagnostics.map(\.description).contains {
            $0.hasPrefix("content/scorecards/erp.xlsx:'Read me'!A1: warning: sheet of notes left out")
        }, "\(diagnostics)")
    }

    @Test func aWeekInAWorkbookAndACSVIsAnError() throws {
        let (loaded, diagnostics) = Self.load(scorecards: ["erp.xlsx": try Self.fixture("wide-xlsxwriter.xlsx"),
                                                           "2026-11-27.csv": Array(Fixtures.week.utf8)])
        #expect(loaded == nil)
        #expect(diagnostics.errors.map(\.description).contains {
            $0.contains("expected each week in one file, found 2026-11-27") && $0.contains("content/scorecards/2026-11-27.csv")
        }, "\(diagnostics)")
    }

    /// Rebuilt from the XlsxWriter fixture's parts with the cells changed, so the test does
    /// not rest on a writer of Lynchpin's own.
    static func wideSheet(_ rows: String) throws -> [UInt8] {
        let sheet = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\(rows)</sheetData></worksheet>
            """
        return try replacingPart("xl/worksheets/sheet1.xml", in: try fixture("wide-1904-inline-xlsxwriter.xlsx"), with: sheet)
    }

    static func replacingPart(_ path: String, in bytes: [UInt8], with text: String) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lynchpin-workbook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = folder.appendingPathComponent("in.xlsx")
        try Data(bytes).write(to: original)
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        unzip.arguments = ["python3", "-c", """
            import sys, zipfile
            src, dst, part, text = sys.argv[1:5]
            with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as b:
                for item in a.infolist():
                    b.writestr(item, text.encode() if item.filename == part else a.read(item.filename))
            """, original.path, folder.appendingPathComponent("out.xlsx").path, path, text]
        try unzip.run()
        unzip.waitUntilExit()
        return Array(try Data(contentsOf: folder.appendingPathComponent("out.xlsx")))
    }

    @Test func everyBadCellIsNamedAndReportedAtOnce() throws {
        // 44891 is 2026-11-27 in the 1904 system this workbook uses.
        let rows = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>Account</t></is></c><c r="B1" t="inlineStr"><is><t>Metric</t></is></c>\
            <c r="C1" s="1"><v>44891</v></c></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><t>acme</t></is></c><c r="B2" t="inlineStr"><is><t>revenue</t></is></c>\
            <c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>\
            <row r="3"><c r="A3" t="inlineStr"><is><t>acme</t></is></c><c r="B3" t="inlineStr"><is><t>lead-time</t></is></c>\
            <c r="C3" t="b"><v>1</v></c></row>\
            <row r="4"><c r="A4" t="inlineStr"><is><t>acmee</t></is></c><c r="B4" t="inlineStr"><is><t>revenue</t></is></c>\
            <c r="C4"><v>5</v></c></row>\
            <row r="5"><c r="A5" t="inlineStr"><is><t>acme</t></is></c><c r="B5" t="inlineStr"><is><t>nps</t></is></c>\
            <c r="C5"><v>5</v></c></row>\
            <row r="6"><c r="A6" t="inlineStr"><is><t>acme</t></is></c><c r="B6" t="inlineStr"><is><t>revenue</t></is></c>\
            <c r="C6" t="inlineStr"><is><t>$612,000</t></is></c></row>
            """
        let (loaded, diagnostics) = Self.load(scorecards: ["erp.xlsx": try Self.wideSheet(rows)])
        #expect(loaded == nil)
        let errors = diagnostics.errors.map(\.description)
        let file = "content/scorecards/erp.xlsx:'ERP report'!"
        #expect(errors.contains { $0.hasPrefix(file + "C2: error: actual: expected a number, found the formula error #DIV/0!") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix(file + "C3: error: actual: expected a number, found TRUE") })
        #expect(errors.contains { $0.hasPrefix(file + "A4: error: account: expected the id, name or one of the crm_ids of an account") && $0.contains("'acmee'") })
        #expect(errors.contains { $0.hasPrefix(file + "B5: error: metric: expected a measure of acme's scorecard") })
        #expect(errors.contains { $0.hasPrefix(file + "B6: error: metric: expected one row per account and measure, found acme/revenue again (first on row 2)") })
        #expect(errors.count == 5, "\(errors)")
    }

    @Test func aRowWithABadFigureStillHasItsMeasureChecked() throws {
        let rows = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>account</t></is></c><c r="B1" t="inlineStr"><is><t>metric</t></is></c>\
            <c r="C1" s="1"><v>44891</v></c></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><t>acme</t></is></c><c r="B2" t="inlineStr"><is><t>nps</t></is></c>\
            <c r="C2" t="b"><v>0</v></c></row>
            """
        let (loaded, diagnostics) = Self.load(scorecards: ["erp.xlsx": try Self.wideSheet(rows)])
        #expect(loaded == nil)
        #expect(diagnostics.errors.map(\.description).sorted() == [
            "content/scorecards/erp.xlsx:'ERP report'!B2: error: metric: expected a measure of acme's scorecard (its measures: lead-time, revenue), found 'nps'",
            "content/scorecards/erp.xlsx:'ERP report'!C2: error: actual: expected a number, found FALSE",
        ])
    }

    @Test func textDatesAreReadInTheDeclaredStyleAndAnAmbiguousOneNamesBothReadings() throws {
        let rows = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>account</t></is></c><c r="B1" t="inlineStr"><is><t>metric</t></is></c>\
            <c r="C1" t="inlineStr"><is><t>03/04/2026</t></is></c></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><t>acme</t></is></c><c r="B2" t="inlineStr"><is><t>revenue</t></is></c>\
            <c r="C2" t="inlineStr"><is><t>1.200,50 $</t></is></c></row>
            """
        let workbook = try Self.wideSheet(rows)
        let declared = "as_of: 2026-11-27\ndate_formats: {scorecards: \"d/m/yyyy\"}\nnumber_formats: {scorecards/erp.xlsx: \"1.234,56\"}\n"
        let (loaded, diagnostics) = Self.load(scorecards: ["erp.xlsx": workbook], config: declared)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        #expect(Self.figures(try #require(loaded).project.weeks) == ["2026-04-03 acme revenue 1200.5 -"])

        let (_, undeclared) = Self.load(scorecards: ["erp.xlsx": workbook])
        let message = try #require(undeclared.errors.first?.description)
        #expect(message == "content/scorecards/erp.xlsx:'ERP report'!C1: error: header: expected a date written yyyy-mm-dd (it reads as 4 March 2026 in m/d/yyyy or as 3 April 2026 in d/m/yyyy; declare the file's style under date_formats in lynchpin.yml), found '03/04/2026'", "\(message)")
        #expect(undeclared.errors.count == 1)
        #expect(TextDate.parse("03/04/2026", style: .iso).failureDescription
                == "a date written yyyy-mm-dd (it reads as 4 March 2026 in m/d/yyyy or as 3 April 2026 in d/m/yyyy; declare the file's style under date_formats in lynchpin.yml)")
    }

    @Test func excelSerialsInBothDateSystems() {
        #expect(ExcelDate.day(serial: 46353, uses1904: false) == Day(iso: "2026-11-27"))
        #expect(ExcelDate.day(serial: 44891, uses1904: true) == Day(iso: "2026-11-27"))
        #expect(ExcelDate.day(serial: 1, uses1904: false) == Day(iso: "1900-01-01"))
        #expect(ExcelDate.day(serial: 61, uses1904: false) == Day(iso: "1900-03-01"))
        #expect(ExcelDate.day(serial: 60, uses1904: false) == nil, "1900-02-29 never was")
        #expect(ExcelDate.day(serial: 46353.5, uses1904: false) == nil, "a time is not a week")
    }

    @Test func aDateFormatIsOneThatShowsADayMonthOrYear() {
        #expect(Workbook.isDateFormat("d mmm yyyy") && Workbook.isDateFormat("yyyy-mm-dd") && Workbook.isDateFormat("[$-409]m/d/yy"))
        #expect(!Workbook.isDateFormat("#,##0.00") && !Workbook.isDateFormat("General"))
        #expect(!Workbook.isDateFormat("0.0\" days\""), "letters in quotes are text")
        #expect(!Workbook.isDateFormat("[Red]0.00"), "a colour in brackets is not a date")
        #expect(!Workbook.isDateFormat("0\\d"), "an escaped letter is text")
    }

    @Test func aFileThatIsNotAWorkbookSaysSo() {
        let (loaded, diagnostics) = Self.load(scorecards: ["erp.xlsx": Array("account,metric\n".utf8)])
        #expect(loaded == nil)
        #expect(diagnostics.errors.map(\.description) == ["content/scorecards/erp.xlsx: error: expected an .xlsx workbook (a zip archive), found a file that is not one"])
    }
}

extension Result where Failure == TextDate.Expected {
    var failureDescription: String? {
        if case .failure(let expected) = self { return expected.description }
        return nil
    }
}

/// A cell reference no program writes, found by the fuzzer: read, never an overflow.
extension WorkbookTests {
    @Test func aColumnPastExcelsLastIsNotReadAsOne() throws {
        let xml = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="1"><c r="A1" t="inlineStr"><is><t>week</t></is></c>\
            <c r="\(String(repeating: "Z", count: 40))1"><v>7</v></c><c r="XFD1"><v>8</v></c></row></sheetData></worksheet>
            """
        let read = try Workbook.rows(Array(xml.utf8), part: "xl/worksheets/sheet1.xml", strings: [], dateStyles: [])
        #expect(read.rows.first?.cells.map(\.column) == [1, 2, 16_384], "the bad reference takes the next column; XFD is the last")
    }
}

/// Zips ZIPFoundation could not be trusted with, checked before it reads them.
extension WorkbookTests {
    /// The fuzzer's workbook (Workbooks/damaged/, kept out of the fuzz seeds, which must unzip): eight entries where its directory declares nine, the eighth's
    /// local header in the middle of another part. ZIPFoundation read it for good; it is an
    /// error at once.
    @Test func aWorkbookWithACorruptDirectoryIsAnErrorNotAHang() throws {
        let bytes = try Self.fixture("damaged/corrupt-directory.xlsx")
        #expect(ZipBounds.problem(in: bytes) == "entry 8 of 9 pointing past its data")
        #expect(throws: Workbook.Failure(message: "expected a readable workbook (a zip archive), found one damaged: entry 8 of 9 pointing past its data")) {
            try Workbook(bytes: bytes)
        }
        // A workbook as xlsxwriter and openpyxl write them passes.
        for name in ["hubspot-xlsxwriter.xlsx", "salesforce-openpyxl.xlsx", "wide-1904-inline-xlsxwriter.xlsx"] {
            #expect(ZipBounds.problem(in: try Self.fixture(name)) == nil, "\(name)")
        }
        // Cut short, an entry's data would run past the directory.
        let good = try Self.fixture("hubspot-xlsxwriter.xlsx")
        let cut = Array(good.prefix(good.count / 3)) + Array(good.suffix(good.count / 2))
        #expect(ZipBounds.problem(in: cut) != nil)
    }
}
