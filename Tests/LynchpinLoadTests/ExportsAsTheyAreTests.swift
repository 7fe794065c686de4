import Foundation
import Testing
import LynchpinDomain
@testable import LynchpinLoad

/// Scorecards and exports as teams have them: rows that name accounts as the CRM does, a
/// wide ERP report saved as CSV, a week column that must agree with the file's week, days
/// that do not exist, tabs in YAML, and files a folder does not read.
@Suite struct ExportsAsTheyAreTests {
    static func load(_ scorecards: [String: String], config: String = "title: Test accounts\nas_of: 2026-11-27\n")
        -> (LoadedProject?, [Diagnostic]) {
        WorkbookTests.load(scorecards: scorecards.mapValues { Array($0.utf8) }, config: config)
    }

    /// Rows may name the account by id, by name (any case and punctuation) or by a crm_id.
    @Test func scorecardRowsMatchAccountsAsCRMRowsDo() throws {
        let account = Fixtures.account.replacingOccurrences(of: "name: Acme Logistics\n", with: "name: Acme Logistics\ncrm_ids: [ACME-0042]\n")
        var files = Fixtures.files(["content/accounts/acme.md": account]).mapValues { Array($0.utf8) }
        files["/p/content/scorecards/2026-11-27.csv"] = Array("account,metric,actual\nACME LOGISTICS,revenue,612000\nACME-0042,lead-time,13\n".utf8)
        files["/p/content/scorecards/2026-11-20.csv"] = Array("account,metric,actual\nacme,revenue,598000\n".utf8)
        let (loaded, diagnostics) = ProjectLoader(reader: .memory(bytes: files)).load(Fixtures.location)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let weeks = try #require(loaded).project.weeks
        #expect(WorkbookTests.figures(weeks) == [
            "2026-11-20 acme revenue 598000.0 -", "2026-11-27 acme revenue 612000.0 -", "2026-11-27 acme lead-time 13.0 -",
        ])
    }

    @Test func anUnknownNameGetsTheClosestAccountAndTheAliasToAdd() {
        let (_, diagnostics) = Self.load(["2026-11-27.csv": "account,metric,actual\nAcme Logistics B.V.,revenue,612000\n"])
        #expect(diagnostics.errors.map(\.description) == [
            "content/scorecards/2026-11-27.csv:2: error: account: expected the name, id or one of the crm_ids of an account in content/accounts/, found 'Acme Logistics B.V.' (the closest is acme, 'Acme Logistics'; if it is that one, add crm_ids: [\"Acme Logistics B.V.\"] to content/accounts/acme.md)",
        ])
    }

    /// An ERP report saved as CSV: account, metric and a column per week, any file name.
    @Test func aWideCSVGivesAWeekPerColumn() throws {
        let (loaded, diagnostics) = Self.load(["erp-report.csv": "Account;Metric;20/11/2026;27/11/2026\nacme;revenue;598000;612000\nacme;lead-time;;13\n"],
                                              config: "title: Test accounts\nas_of: 2026-11-27\ndate_formats: {scorecards: \"d/m/yyyy\"}\n")
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        #expect(WorkbookTests.figures(try #require(loaded).project.weeks) == [
            "2026-11-20 acme revenue 598000.0 -", "2026-11-27 acme revenue 612000.0 -", "2026-11-27 acme lead-time 13.0 -",
        ])
    }

    @Test func aWideCSVWithABadCellNamesItsLine() {
        let (loaded, diagnostics) = Self.load(["erp-report.csv": "account,metric,2026-11-20,2026-11-27\nacme,revenue,598000,n/a\n"])
        #expect(loaded == nil)
        #expect(diagnostics.errors.map(\.description) == [
            "content/scorecards/erp-report.csv:2: error: actual: expected a plain number (no currency sign, separators or %; declare the file's style under number_formats in lynchpin.yml to read 1,234.56 or 1.234,56), found 'n/a'",
        ])
    }

    /// A week column is checked against the week the file is named by, in its date style.
    @Test func aWeekColumnMustAgreeWithTheFilesWeek() {
        let (loaded, diagnostics) = Self.load(["2026-11-27.csv": "account,metric,week,actual\nacme,revenue,27/11/2026,612000\nacme,lead-time,20/11/2026,13\nacme,lead-time,31/11/2026,13\n"],
                                              config: "title: Test accounts\nas_of: 2026-11-27\ndate_formats: {scorecards: \"d/m/yyyy\"}\n")
        #expect(loaded == nil)
        #expect(diagnostics.errors.map(\.description) == [
            "content/scorecards/2026-11-27.csv:3: error: week: expected the week the file is named by, 2026-11-27, found 2026-11-20; move the row to that week's file, or name the file by its week",
            "content/scorecards/2026-11-27.csv:4: error: week: expected a date that exists (November 2026 has 30 days), found '31/11/2026'",
        ])
    }

    @Test func aCSVNamedByNoWeekWithoutAWeekColumnSaysWhatItNeeds() {
        let (_, diagnostics) = Self.load(["actuals.csv": Fixtures.week])
        #expect(diagnostics.errors.map(\.description) == [
            "content/scorecards/actuals.csv:1: error: header: expected a week column, a column per week headed by its date, or the file named by its week's date (2026-11-27.csv), found none of them",
        ])
    }

    /// Excel's "Unicode Text" is UTF-16 and tab separated: saved as .txt it is refused with
    /// what the folder reads, and read once renamed to .csv.
    @Test func aTextExportIsAnErrorThatSaysWhatIsRead() throws {
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "account\tmetric\tactual\r\nacme\trevenue\t612000\r\n".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (refused, diagnostics) = WorkbookTests.load(scorecards: ["2026-11-27.txt": utf16])
        #expect(refused == nil)
        #expect(diagnostics.errors.map(\.description) == [
            "content/scorecards/2026-11-27.txt: error: expected a file content/scorecards/ reads (a week's .csv named by its date (2026-11-27.csv; comma, semicolon or tab separated) and .xlsx workbooks of any name), found one it does not; an export saved as text (Excel's \"Unicode Text\" is UTF-16 and tab separated) is read once renamed to .csv",
        ])
        let (loaded, problems) = WorkbookTests.load(scorecards: ["2026-11-27.csv": utf16])
        #expect(!problems.hasErrors, "\(problems)")
        #expect(WorkbookTests.figures(try #require(loaded).project.weeks) == ["2026-11-27 acme revenue 612000.0 -"])
    }

    @Test func aTabInYAMLIndentationIsNamed() {
        let account = Fixtures.account.replacingOccurrences(of: "  current: 2400000", with: "\tcurrent: 2400000")
        let (_, diagnostics) = Fixtures.load(["content/accounts/acme.md": account])
        #expect(diagnostics.errors.map(\.description).first?.hasPrefix(
            "content/accounts/acme.md:8:1: error: invalid YAML: expected indentation of spaces, found a tab; YAML does not allow tabs to indent, so replace it with spaces") == true,
            "\(diagnostics)")
    }

    @Test func aReviewNamingAMistypedAccountGetsADidYouMean() {
        let review = Fixtures.review.replacingOccurrences(of: "accounts: [acme]", with: "accounts: [acmee]")
        let (_, diagnostics) = Fixtures.load(["content/reviews/2026-11-27.md": review])
        #expect(diagnostics.errors.map(\.message) == ["expected the id of an account in content/accounts/, found \"acmee\" (did you mean acme?)"])
    }

    @Test func anImpossibleDayInAPlanIsNamedSo() {
        let account = Fixtures.account.replacingOccurrences(of: "due: 2027-03-31", with: "due: 2027-02-29")
        let (_, diagnostics) = Fixtures.load(["content/accounts/acme.md": account])
        #expect(diagnostics.errors.map(\.message) == ["expected a date that exists (February 2027 has 28 days), found \"2027-02-29\""])
    }
}

/// A name a slip away from one Lynchpin reads is an error: as written its value would be
/// left out of a figure without a word. A name far from any stays a warning.
@Suite struct MisspeltNameTests {
    @Test func aMisspeltKeyIsAnError() {
        let account = Fixtures.account.replacingOccurrences(of: "target: 650000, weight: 2", with: "target: 650000, weigth: 2")
        let (loaded, diagnostics) = Fixtures.load(["content/accounts/acme.md": account])
        #expect(loaded == nil)
        #expect(diagnostics.errors.map(\.message) == ["expected a key Lynchpin reads, found 'weigth' (did you mean weight?); as written its value would be left out"])
    }

    @Test func anUnrelatedKeyIsAWarning() {
        let account = Fixtures.account.replacingOccurrences(of: "status: active\n", with: "status: active\ncolour: teal\n")
        let (loaded, diagnostics) = Fixtures.load(["content/accounts/acme.md": account])
        #expect(loaded != nil)
        #expect(diagnostics.warnings.map(\.message).contains { $0.hasPrefix("unknown key, ignored") })
    }

    @Test func aMisspeltColumnIsAnErrorAnUnrelatedOneAWarning() {
        let (_, diagnostics) = WorkbookTests.load(scorecards: ["2026-11-27.csv": Array("account,metric,actual,nots,region\nacme,revenue,612000,x,EMEA\n".utf8)])
        #expect(diagnostics.errors.map(\.description) == [
            "content/scorecards/2026-11-27.csv:1: error: nots: expected a column Lynchpin reads, found 'nots' (did you mean note?); as written its values would be left out",
        ])
        #expect(diagnostics.warnings.map(\.description).contains("content/scorecards/2026-11-27.csv:1: warning: region: unknown column, ignored"))
    }
}

/// What a project's templates/ folder is read for: Mustache templates and assets, nothing else.
@Suite struct TemplateFolderTests {
    @Test func onlyTemplatesAndAssetsAreOverrides() throws {
        let (loaded, diagnostics) = Fixtures.load([
            "templates/account.mustache": "{{page.title}}",
            "templates/slots/header.mustache": "<b>logo</b>",
            "templates/assets/logo.svg": "<svg/>",
            "templates/AccountTemplate.swift": "func account() {}",
            "templates/notes.txt": "what we changed",
        ])
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        #expect(try #require(loaded).templates.keys.sorted() == ["account.mustache", "assets/logo.svg", "slots/header.mustache"])
    }
}
