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
}
