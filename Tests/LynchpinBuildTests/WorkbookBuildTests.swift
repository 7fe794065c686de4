import Foundation
import Testing
import LynchpinDomain
import LynchpinBuild
import LynchpinLoad

/// The sample project built from its weekly CSVs and built from one workbook of the same
/// weeks (written by XlsxWriter, scripts/fixtures/workbooks.py) gives the same site, byte
/// for byte.
@Suite struct WorkbookBuildTests {
    static let repository = SampleSiteTests.repository

    /// A copy of the sample project; `workbook` replaces its scorecard CSVs.
    static func project(workbook: String?) throws -> String {
        let root = try SampleSiteTests.temporaryFolder() + "/project"
        let files = FileManager.default
        try files.createDirectory(atPath: root, withIntermediateDirectories: true)
        for item in ["lynchpin.yml", "content", "templates"] {
            try files.copyItem(atPath: repository + "/" + item, toPath: root + "/" + item)
        }
        if let workbook {
            let scorecards = root + "/content/scorecards"
            for name in try files.contentsOfDirectory(atPath: scorecards) { try files.removeItem(atPath: scorecards + "/" + name) }
            try files.copyItem(atPath: URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Workbooks/" + workbook,
                               toPath: scorecards + "/" + workbook)
        }
        return root
    }

    static func files(_ site: String) throws -> [String: Data] {
        let paths = (FileManager.default.subpaths(atPath: site) ?? []).filter {
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: site + "/" + $0, isDirectory: &folder) && !folder.boolValue
        }
        return Dictionary(uniqueKeysWithValues: try paths.map { ($0, try Data(contentsOf: URL(fileURLWithPath: site + "/" + $0))) })
    }

    @Test func theSampleBuildsTheSameFromAWorkbookAsFromItsCSVs() throws {
        let fromCSV = try Self.project(workbook: nil)
        let fromWorkbook = try Self.project(workbook: "sample-scorecards-xlsxwriter.xlsx")
        let csvReport = SampleSiteTests.build(into: fromCSV + "/site", location: ProjectLocation(root: fromCSV))
        let workbookReport = SampleSiteTests.build(into: fromWorkbook + "/site", location: ProjectLocation(root: fromWorkbook))
        #expect(csvReport.succeeded && workbookReport.succeeded, "\(workbookReport.diagnostics)")
        // The same warnings (two weeks in which an account sent nothing), about the workbook.
        #expect(workbookReport.diagnostics.map(\.message) == csvReport.diagnostics.map(\.message))
        #expect(workbookReport.diagnostics.allSatisfy { $0.file == "content/scorecards/sample-scorecards-xlsxwriter.xlsx" })
        let expected = try Self.files(fromCSV + "/site")
        let built = try Self.files(fromWorkbook + "/site")
        #expect(expected.count > 30)
        #expect(Set(built.keys) == Set(expected.keys))
        let different = expected.keys.filter { built[$0] != expected[$0] }.sorted()
        #expect(different.isEmpty, "pages that differ: \(different)")
    }

    /// `lynchpin scorecard template`'s form for 2026-12-04, filled in with openpyxl (each
    /// Actual its last entry plus one) and saved by LibreOffice (`soffice --headless
    /// --convert-to xlsx`): a third program's workbook, loaded as the week it was made for.
    @Test func theWeeklyFormFilledInAndSavedByLibreOfficeLoadsAsItsWeek() throws {
        let root = try Self.project(workbook: nil)
        let form = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Workbooks/template-filled-libreoffice.xlsx"
        try FileManager.default.copyItem(atPath: form, toPath: root + "/content/scorecards/filled-in.xlsx")
        let site = root + "/site"
        let options = BuildOptions(location: ProjectLocation(root: root), output: site, today: Day(iso: "2026-12-05")!,
                                   asOf: Day(iso: "2026-12-04")!)
        let report = SiteBuilder().build(options)
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.diagnostics.errors.isEmpty)
        let portfolio = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: site + "/portfolio.json"))) as? [String: Any]
        #expect(portfolio?["as_of"] as? String == "2026-12-04")
        let accounts = portfolio?["accounts"] as? [[String: Any]] ?? []
        let meridian = accounts.first { $0["id"] as? String == "meridian-freight" }
        let measures = (meridian?["scorecard"] as? [String: Any])?["measures"] as? [[String: Any]] ?? []
        // Meridian's on-time rate was 95.2 in the week of 2026-11-27; the form says 96.2.
        let onTime = measures.first { $0["id"] as? String == "on-time" }
        #expect(onTime?["actual"] as? Double == 96.2, "\(measures)")
    }
}
