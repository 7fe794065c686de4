import Foundation
import Testing
import LynchpinDomain
import LynchpinOutput
@testable import LynchpinLoad

/// The weekly form: what it holds, and that it loads back as the week once filled in.
@Suite struct ScorecardTemplateTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }

    static var project: Project {
        get throws { try #require(Fixtures.load().0).project }
    }

    @Test func eachActiveAccountsMeasuresWithWhatTheWeekIsHeldAgainst() throws {
        let project = try Self.project
        #expect(ScorecardTemplate.defaultWeek(project: project, today: Self.day("2026-12-01")) == Self.day("2026-12-04"))
        let template = ScorecardTemplate(project: project, week: Self.day("2026-12-04"))
        #expect(template.rows.map { "\($0.accountID)/\($0.measureID)" } == ["acme/revenue", "acme/lead-time"])
        let revenue = template.rows[0]
        #expect(revenue.accountName == "Acme Logistics" && revenue.measureName == "Sales" && revenue.unit == "USD")
        #expect(revenue.periodTarget == 650_000 && revenue.dueByNow == 650_000 && revenue.period == "week")
        #expect(revenue.lastEntry == 612_000 && revenue.lastEntryWeek == Self.day("2026-11-27"))
        // A week before any figure: nothing entered yet.
        let first = ScorecardTemplate(project: project, week: Self.day("2026-11-20"))
        #expect(first.rows.allSatisfy { $0.lastEntry == nil && $0.lastEntryWeek == nil })
    }

    static func temporary(_ name: String) -> String {
        NSTemporaryDirectory() + "lynchpin-template-\(UUID().uuidString)-" + name
    }

    @Test func anUnfilledWorkbookLoadsAsNoWeekAndSaysSo() throws {
        let template = ScorecardTemplate(project: try Self.project, week: Self.day("2026-12-04"))
        let path = Self.temporary("form.xlsx")
        try SpreadsheetFile.writeXLSX(SpreadsheetFile.Table(template), to: path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let workbook = try Workbook(bytes: bytes)
        #expect(workbook.sheets.map(\.name) == ["2026-12-04"])
        #expect(workbook.sheets[0].rows.first?.cells.map(\.value) == ScorecardTemplate.header.map { .text($0) })
        // The same table gives the same bytes (libxlsxwriter stamps the week, not the clock).
        let again = Self.temporary("again.xlsx")
        try SpreadsheetFile.writeXLSX(SpreadsheetFile.Table(template), to: again)
        defer { try? FileManager.default.removeItem(atPath: again) }
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: again))) == bytes)

        let (loaded, diagnostics) = WorkbookTests.load(scorecards: ["2026-11-27.csv": Array(Fixtures.week.utf8), "form.xlsx": bytes])
        #expect(try #require(loaded).project.weeks.map(\.date) == [Self.day("2026-11-27")], "an empty form is no week")
        #expect(diagnostics.map(\.description) == [
            "content/scorecards/form.xlsx:'2026-12-04'!K2: warning: actual: 2 rows have no actual and are left out as no figure this week (the first in row 2)",
        ])
    }

    /// A pro-rated quarter's target is 459,239.13…: the form shows it as the plan does, to
    /// the unit, in the measure's number format, never `459239.1304347826`.
    @Test func everyFigureOfTheFormHasItsMeasuresFormat() throws {
        let account = Fixtures.account.replacingOccurrences(of: "{id: revenue, perspective: financial, name: Sales, unit: USD, target: 650000, weight: 2}",
                                                            with: "{id: revenue, perspective: financial, name: Sales, unit: USD, target: 650000, period: quarter, aggregate: sum, weight: 2}")
            .replacingOccurrences(of: "unit: days, target: 12,", with: "unit: days, target: 12.345,")
        let project = try #require(Fixtures.load(["content/accounts/acme.md": account]).0).project
        let template = ScorecardTemplate(project: project, week: Self.day("2026-12-04"))
        #expect(template.rows[0].dueByNow.map { $0 != $0.rounded() } == true, "the pro-rated target has cents")
        let table = SpreadsheetFile.Table(template)
        #expect(table.rows[0][7] == .formatted(template.rows[0].dueByNow!.rounded(), format: "\"USD \"#,##0"))
        #expect(table.rows[1][6] == .formatted(12.35, format: "#,##0.00\" days\""))
        let csv = String(decoding: SpreadsheetFile.csv(table), as: UTF8.self).split(separator: "\n")
        #expect(csv[1].split(separator: ",")[7] == "\(Int(template.rows[0].dueByNow!.rounded()))")
        #expect(csv[2].split(separator: ",")[6] == "12.35")
    }

    @Test func aFilledCSVFormLoadsAsTheWeek() throws {
        let template = ScorecardTemplate(project: try Self.project, week: Self.day("2026-12-04"))
        let text = String(decoding: SpreadsheetFile.csv(SpreadsheetFile.Table(template)), as: UTF8.self)
        var lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Account,Account name,Metric,Measure,Unit,Period,Period target,Due by this week,Last entry,Last entry's week,Actual,Note")
        #expect(lines[1] == "acme,Acme Logistics,revenue,Sales,USD,week,650000,650000,612000,2026-11-27,,")
        lines[1] = lines[1].dropLast(1) + "630500,\"a good week, finally\""
        let (loaded, diagnostics) = WorkbookTests.load(scorecards: ["2026-11-27.csv": Array(Fixtures.week.utf8),
                                                                    "2026-12-04.csv": Array((lines.joined(separator: "\n") + "\n").utf8)],
                                                       config: "as_of: 2026-12-04\n")
        #expect(diagnostics.map(\.description) == [
            "content/scorecards/2026-12-04.csv:3: warning: actual: a row has no actual and is left out as no figure this week (the first on line 3)",
        ])
        let week = try #require(loaded?.project.weeks.last)
        #expect(week.date == Self.day("2026-12-04"))
        #expect(week.entries.map { "\($0.account)/\($0.metric) \($0.actual) \($0.note ?? "-")" } == ["acme/revenue 630500.0 a good week, finally"])
    }

    @Test func aNoteWithoutAnActualIsAnErrorInAWorkbook() throws {
        let rows = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>account</t></is></c><c r="B1" t="inlineStr"><is><t>metric</t></is></c>\
            <c r="C1" t="inlineStr"><is><t>actual</t></is></c><c r="D1" t="inlineStr"><is><t>note</t></is></c>\
            <c r="E1" t="inlineStr"><is><t>week</t></is></c></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><t>acme</t></is></c><c r="B2" t="inlineStr"><is><t>revenue</t></is></c>\
            <c r="D2" t="inlineStr"><is><t>see the call notes</t></is></c><c r="E2" t="inlineStr"><is><t>2026-11-27</t></is></c></row>
            """
        let (loaded, diagnostics) = WorkbookTests.load(scorecards: ["erp.xlsx": try WorkbookTests.wideSheet(rows)])
        #expect(loaded == nil)
        #expect(diagnostics.errors.map(\.description) == [
            "content/scorecards/erp.xlsx:'ERP report'!C2: error: actual: expected an actual beside the note, found nothing",
        ])
    }
}
