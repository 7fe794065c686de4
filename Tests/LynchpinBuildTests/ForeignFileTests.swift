import Foundation
import Testing
import LynchpinDomain
import LynchpinBuild
import LynchpinLoad

/// Files made by other programs (openpyxl, pandas, a Windows-1252 export written through
/// Python's codecs, a Salesforce report with its totals and footer), dropped into a copy of
/// the sample as a team would: a build either reads every figure in them or fails, naming
/// the place, with the previous site byte for byte as it was. Made by
/// scripts/fixtures/foreign.py.
@Suite struct ForeignFileTests {
    static let fixtures = SampleSiteTests.repository + "/Tests/LynchpinBuildTests/Foreign/"

    /// A copy of the sample, built once, and its site as it stands.
    func builtSample() throws -> (root: String, before: [String: Data]) {
        let root = try FailedBuildTests().copyOfSample()
        let report = SampleSiteTests.build(into: root + "/site", location: ProjectLocation(root: root))
        #expect(report.succeeded, "\(report.diagnostics)")
        return (root, FailedBuildTests().snapshot(root + "/site"))
    }

    func place(_ fixture: String, at path: String, in root: String) throws {
        try? FileManager.default.removeItem(atPath: root + "/" + path)
        try FileManager.default.copyItem(atPath: Self.fixtures + fixture, toPath: root + "/" + path)
    }

    func build(_ root: String, asOf: Day? = nil) -> BuildReport {
        SiteBuilder().build(BuildOptions(location: ProjectLocation(root: root), output: root + "/site",
                                           today: Day(iso: "2026-12-01")!, asOf: asOf))
    }

    /// A merged title row above the header, as an ERP report has it: the sheet is refused,
    /// not left out, so five weeks can never vanish from a quarter with exit status 0.
    @Test(arguments: [
        ("merged-title-openpyxl.xlsx", "content/scorecards/erp.xlsx:Actuals!A1: error: merged cells: expected one value in each cell, found a merged range, A1:E1", "row 1 looks like a title above the header"),
        ("merged-header-openpyxl.xlsx", "content/scorecards/erp.xlsx:'ERP report'!A1: error: merged cells: expected one value in each cell, found a merged range, A1:B1", "unmerge the cells"),
    ])
    func aWorkbookWithMergedCellsFailsTheBuild(fixture: String, message: String, hint: String) throws {
        let (root, before) = try builtSample()
        try place(fixture, at: "content/scorecards/erp.xlsx", in: root)
        let report = build(root, asOf: Day(iso: "2026-12-04"))
        #expect(!report.succeeded)
        let errors = report.diagnostics.errors.map(\.description)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix(message) == true, "\(errors)")
        #expect(errors.first?.contains(hint) == true)
        #expect(FailedBuildTests().snapshot(root + "/site") == before)
    }

    /// pandas' workbook, the week column as datetimes: the same figures as the CSV week.
    @Test func aPandasWorkbookGivesTheSameWeekAsItsCSV() throws {
        let (root, _) = try builtSample()
        let csvWeek = try String(contentsOfFile: root + "/content/scorecards/2026-11-27.csv", encoding: .utf8)
        try csvWeek.write(toFile: root + "/content/scorecards/2026-12-04.csv", atomically: true, encoding: .utf8)
        let (fromCSV, _) = ProjectLoader().load(ProjectLocation(root: root))
        try FileManager.default.removeItem(atPath: root + "/content/scorecards/2026-12-04.csv")
        try place("pandas-long.xlsx", at: "content/scorecards/pandas.xlsx", in: root)
        let (fromPandas, problems) = ProjectLoader().load(ProjectLocation(root: root))
        #expect(!problems.hasErrors, "\(problems)")
        let week = { (project: Project?) in
            project?.weeks.first { $0.date == Day(iso: "2026-12-04") }?.entries
                .map { "\($0.account)/\($0.metric)=\($0.actual) \($0.note ?? "-")" }.sorted() ?? []
        }
        #expect(week(fromPandas?.project).count == 32)
        #expect(week(fromPandas?.project) == week(fromCSV?.project))
    }

    /// Excel's "CSV" on Windows is Windows-1252: refused at its first ü with the byte, its
    /// line and the declaration to add; read once declared, the report's grand totals row
    /// and footer skipped and its total checked.
    @Test func aWindows1252ExportNeedsItsDeclarationAndThenReadsWhole() throws {
        let (root, before) = try builtSample()
        try place("salesforce-windows-1252.csv", at: "content/crm/salesforce-opportunities.csv", in: root)
        let refused = build(root)
        #expect(!refused.succeeded)
        #expect(refused.diagnostics.errors.map(\.description) == [
            "content/crm/salesforce-opportunities.csv:5:17: error: expected UTF-8 text, found the byte 0xFC that UTF-8 does not allow here; save the file as UTF-8, or declare its encoding in lynchpin.yml (a CSV Excel saved on Windows is Windows-1252: encodings: {crm/salesforce-opportunities.csv: \"windows-1252\"}; also \"iso-8859-1\" or \"utf-16\")",
        ])
        #expect(FailedBuildTests().snapshot(root + "/site") == before)

        let config = try String(contentsOfFile: root + "/lynchpin.yml", encoding: .utf8)
        try (config + "encodings:\n  crm: windows-1252\n").write(toFile: root + "/lynchpin.yml", atomically: true, encoding: .utf8)
        let report = build(root)
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(!report.diagnostics.contains { $0.file.hasPrefix("content/crm") }, "\(report.diagnostics)")
        let (loaded, _) = ProjectLoader().load(ProjectLocation(root: root))
        let vantage = try #require(loaded?.project.account(id: "vantage-pharma"))
        #expect(vantage.opportunities.map(\.name).contains("Drucksensoren für das Werk Düsseldorf"))
        let fromCRM = loaded?.project.accounts.flatMap(\.opportunities).filter { $0.owner != nil }
        #expect(fromCRM?.count == 4, "the totals row is no opportunity")
    }

    /// A grand total that does not match the rows read says so, with both figures.
    @Test func aGrandTotalThatDisagreesIsAWarningWithBothFigures() throws {
        let (root, _) = try builtSample()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "salesforce-windows-1252.csv"))
        bytes = Data(String(decoding: bytes.map { $0 < 0x80 ? $0 : UInt8(ascii: "?") }, as: UTF8.self)
            .replacingOccurrences(of: "Grand Totals (4 records)", with: "Grand Totals (5 records)").utf8)
        try bytes.write(to: URL(fileURLWithPath: root + "/content/crm/salesforce-opportunities.csv"))
        let report = build(root)
        #expect(report.succeeded)
        #expect(report.diagnostics.warnings.map(\.description).contains(
            "content/crm/salesforce-opportunities.csv:6: warning: total: the report's grand total states 5 records, where 4 rows were read; check that the export holds every row (a filter, or rows refused above)"),
            "\(report.diagnostics)")
    }

    /// A plan copied to start another and never renamed: an error naming both files, where
    /// the account was counted twice in every total.
    @Test func aCopiedPlanIsAnErrorNamingBothFiles() throws {
        let (root, before) = try builtSample()
        try FileManager.default.copyItem(atPath: root + "/content/accounts/orion-rail.md",
                                         toPath: root + "/content/accounts/orion-rail-copy.md")
        let report = build(root)
        #expect(report.diagnostics.errors.map(\.description) == [
            "content/accounts/orion-rail-copy.md:2: error: name: expected a name no other account has, found 'Orion Rail Services', the name of orion-rail (content/accounts/orion-rail.md) too; two plans of one account would count it twice in every total: delete the copy, or give it the name of the account it is about",
        ])
        #expect(FailedBuildTests().snapshot(root + "/site") == before)
    }

    /// Every total equals the sum of its parts on a portfolio where a plan writes an
    /// opportunity the CRM export has too (under another id), and a copied plan was renamed
    /// into an account of its own.
    @Test func everyTotalIsTheSumOfItsParts() throws {
        let (root, _) = try builtSample()
        let copy = try String(contentsOfFile: root + "/content/accounts/orion-rail.md", encoding: .utf8)
            .replacingOccurrences(of: "name: Orion Rail Services", with: "name: Orion Rail Freight")
        try copy.write(toFile: root + "/content/accounts/orion-freight.md", atomically: true, encoding: .utf8)
        let plan = root + "/content/accounts/northgate-foods.md"
        let written = try String(contentsOfFile: plan, encoding: .utf8).replacingOccurrences(
            of: "  - {id: seal-sensors-on-all-four-fresno-lines, fit: pursue}\n",
            with: "  - {id: seal-sensors-on-all-four-fresno-lines, fit: pursue}\n  - {id: modesto, name: Standard range at the Modesto plant, value: 650000, stage: identify, close: 2027-03-31}\n")
        try written.write(toFile: plan, atomically: true, encoding: .utf8)

        let (loaded, problems) = ProjectLoader().load(ProjectLocation(root: root))
        #expect(!problems.hasErrors, "\(problems)")
        #expect(problems.warnings.map(\.description).contains { $0.hasPrefix("content/accounts/northgate-foods.md:70: warning: opportunities.modesto: the same opportunity as content/crm/salesforce-opportunities.csv:4") },
                "\(problems)")
        let project = try #require(loaded?.project)
        let northgate = try #require(project.account(id: "northgate-foods"))
        #expect(northgate.opportunities.filter { $0.name == "Standard range at the Modesto plant" }.count == 1)

        let portfolio = PortfolioAnalysis(project: project, asOf: Day(iso: "2026-11-27")!)
        let active = portfolio.accounts.filter { $0.account.status == .active }
        let current = portfolio.current
        #expect(portfolio.totalRevenue == active.reduce(0) { $0 + ($1.account.revenue.current ?? 0) })
        #expect(portfolio.totalProfit == active.reduce(0) { $0 + ($1.account.revenue.profit ?? 0) })
        #expect(portfolio.totalPotential == active.reduce(0) { $0 + ($1.account.revenue.potential ?? 0) })
        let open = current.flatMap(\.account.opportunities).filter(\.stage.isOpen)
        #expect(portfolio.pipeline.openValue == open.reduce(0) { $0 + $1.value })
        #expect(portfolio.pipeline.openCount == open.count)
        #expect(Set(open.map { "\($0.name)" }).count == open.count, "no opportunity twice")
        #expect(portfolio.quadrantCounts.reduce(0) { $0 + $1.count } == current.filter(\.position.isPlaced).count)
        #expect(portfolio.ragCounts.reduce(0) { $0 + $1.count } == active.reduce(0) { $0 + $1.scorecard.lines.count })
        #expect(portfolio.managers.reduce(0) { $0 + $1.accountIDs.count } == current.filter { $0.account.manager != nil }.count)
        #expect(portfolio.managers.reduce(0) { $0 + $1.scorecard.accountCount } == active.filter { $0.account.manager != nil }.count)
    }

    /// The command itself: exit status 1, the message on standard error, the site untouched.
    @Test func theCommandExitsWithOneAndLeavesTheSite() throws {
        let binary = try #require(KilledBuildTests.binary, "swift test builds .build/debug/lynchpin")
        let (root, before) = try builtSample()
        try place("merged-title-openpyxl.xlsx", at: "content/scorecards/erp.xlsx", in: root)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["build", "--quiet", "--source", root, "--as-of", "2026-12-04"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(text.contains("content/scorecards/erp.xlsx:Actuals!A1: error: merged cells: expected one value in each cell, found a merged range, A1:E1"), "\(text)")
        #expect(FailedBuildTests().snapshot(root + "/site") == before)
    }
}
