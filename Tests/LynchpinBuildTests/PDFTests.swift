import Foundation
import Testing
import LynchpinDomain
import LynchpinBuild
import LynchpinLoad
import LynchpinOutput

/// Prints the sample's executive pack and one plan through a real headless Chromium. The
/// Makefile's test set-up installs Debian's chromium and poppler-utils; where they are
/// missing the tests are skipped with that reason shown, never passed silently.
@Suite(.enabled(if: PDFPrinter.locate() != nil, "Chromium or Chrome is not installed (scripts/setup --test installs it)"),
       .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"),
                "pdftotext (poppler-utils) is not installed (scripts/setup --test installs it)"))
struct PDFTests {
    static func pageCount(_ pdf: String) throws -> Int {
        let text = try run("/usr/bin/pdfinfo", [pdf])
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("Pages:") })
        return try #require(Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)))
    }

    static func text(_ pdf: String, page: Int) throws -> String {
        try run("/usr/bin/pdftotext", ["-f", "\(page)", "-l", "\(page)", "-layout", pdf, "-"])
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func buildWithPDFPrintsThePackAndEveryPlan() throws {
        let root = try FailedBuildTests().copyOfSample()
        var options = BuildOptions(location: ProjectLocation(root: root), output: root + "/site", today: Day(iso: "2026-12-01")!)
        options.pdf = PDFRequest()
        let report = BuildPipeline().build(options)
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.notes.first?.hasPrefix("Printed 18 PDFs into pdf/") == true, "\(report.notes)")

        let pack = root + "/site/pdf/executive-pack.pdf"
        let cover = try Self.text(pack, page: 1)
        #expect(cover.contains("Kestrel Components"))
        #expect(cover.contains("Kestrel Key Accounts"))
        #expect(cover.contains("As of 2026-11-27"))
        let contents = try Self.text(pack, page: 2)
        #expect(contents.contains("Contents") && contents.contains("Meridian Freight") && contents.contains("Vantage Pharma"))
        // One page per active account's summary, each under its own running header.
        let pages = try (1...Self.pageCount(pack)).map { try Self.text(pack, page: $0) }
        let summaries = pages.filter { $0.contains("EXECUTIVE SUMMARY") }
        #expect(summaries.count == 10, "10 active accounts (divisions included), one summary page each")
        #expect(summaries.contains { $0.contains("Meridian Freight · account plan as of 2026-11-27") && $0.contains("Top risks") })
        let first = try #require(pages.firstIndex { $0.contains("EXECUTIVE SUMMARY") })
        #expect(pages.count - first == 10, "after the portfolio, exactly one page an account")

        let managerPack = root + "/site/pdf/plans-dana-whitfield.pdf"
        let planPages = try (1...Self.pageCount(managerPack)).map { try Self.text(managerPack, page: $0) }
        #expect(planPages.contains { $0.contains("Balanced scorecard") && $0.contains("Meridian Freight") }, "full plans")

        let plan = root + "/site/pdf/meridian-freight.pdf"
        #expect(try Self.pageCount(plan) >= 3)
        let summary = try Self.text(plan, page: 1)
        #expect(summary.contains("Meridian Freight · account plan as of 2026-11-27"), "the running header")
        #expect(summary.contains("EXECUTIVE SUMMARY"))
        #expect(summary.contains("Strategic"))
        #expect(summary.contains("Top risks"))
        #expect(summary.contains("Overdue objective: Close the on-time delivery gap to 95%, due 2026-11-15"))
        #expect(!summary.contains("Balanced scorecard"), "the plan itself starts on page 2")
    }

    @Test func aMissingBrowserSkipsThePDFsButNotTheBuild() throws {
        let root = try FailedBuildTests().copyOfSample()
        var options = BuildOptions(location: ProjectLocation(root: root), output: root + "/site", today: Day(iso: "2026-12-01")!)
        options.pdf = PDFRequest(browser: root + "/no-such-browser")
        let report = BuildPipeline().build(options)
        #expect(report.succeeded)
        #expect(report.notes.contains { $0.hasPrefix("PDFs skipped: --browser") && $0.contains("apt-get install chromium") })
        #expect(FileManager.default.fileExists(atPath: root + "/site/index.html"))
        #expect(!FileManager.default.fileExists(atPath: root + "/site/pdf"))
    }
}
