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
        let report = SiteBuilder().build(options)
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
        #expect(try Self.pageCount(managerPack) > Self.pageCount(root + "/site/pdf/meridian-freight.pdf") + Self.pageCount(root + "/site/pdf/vantage-pharma.pdf"))

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
        let report = SiteBuilder().build(options)
        #expect(report.succeeded)
        #expect(report.notes.contains { $0.hasPrefix("PDFs skipped: --browser") && $0.contains("apt-get install chromium") })
        #expect(FileManager.default.fileExists(atPath: root + "/site/index.html"))
        #expect(!FileManager.default.fileExists(atPath: root + "/site/pdf"))
    }

    @Test func aBrowserThatEndsAtOnceCountsNoPDFAsPrinted() throws {
        let root = try FailedBuildTests().copyOfSample()
        var options = BuildOptions(location: ProjectLocation(root: root), output: root + "/site", today: Day(iso: "2026-12-01")!)
        options.pdf = PDFRequest(browser: "/bin/false")
        let report = SiteBuilder().build(options)
        #expect(report.succeeded)
        #expect(report.notes.first == "Printed 0 PDFs into pdf/ with /bin/false.", "\(report.notes)")
        #expect(report.notes.contains { $0.hasPrefix("PDFs not printed with /bin/false:") }, "\(report.notes)")
    }

    /// The outline as poppler reads it: each bookmark's title and page, nesting dropped.
    static func bookmarks(_ pdf: String) throws -> [(title: String, page: Int)] {
        let xml = try run("/usr/bin/pdftohtml", ["-xml", "-i", "-stdout", "-q", pdf])
        guard let start = xml.range(of: "<outline>") else { return [] }
        return xml[start.lowerBound...].components(separatedBy: "<item page=\"").dropFirst().compactMap { part in
            guard let quote = part.firstIndex(of: "\""), let page = Int(part[..<quote]),
                  let open = part.firstIndex(of: ">"), let close = part.range(of: "</item>") else { return nil }
            return (String(part[part.index(after: open)..<close.lowerBound]), page)
        }
    }

    /// Every link's address, as poppler reads the annotations.
    static func links(_ pdf: String) throws -> [String] {
        try run("/usr/bin/pdfinfo", ["-url", pdf]).split(separator: "\n").dropFirst()
            .compactMap { $0.split(separator: " ", omittingEmptySubsequences: true).last.map(String.init) }
    }

    static func info(_ pdf: String) throws -> [String: String] {
        var fields: [String: String] = [:]
        for line in try run("/usr/bin/pdfinfo", [pdf]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// Words printed past the page's right edge less its margin: a clipped column.
    static func wordsPastTheEdge(_ pdf: String) throws -> [String] {
        let xml = try run("/usr/bin/pdftotext", ["-bbox", pdf, "-"])
        var width = 0.0
        var past: [String] = []
        for line in xml.split(separator: "\n") {
            if line.contains("<page width=\""), let value = Self.attribute("width", in: line) { width = value }
            guard line.contains("<word"), let xMax = Self.attribute("xMax", in: line) else { continue }
            // The pages' right margin is 14 mm (40 pt): a word beyond the page less 30 pt ran off.
            if xMax > width - 30 { past.append(String(line)) }
        }
        return past
    }

    static func attribute(_ name: String, in line: Substring) -> Double? {
        guard let start = line.range(of: name + "=\"")?.upperBound, let end = line[start...].firstIndex(of: "\"") else { return nil }
        return Double(line[start..<end])
    }

    @Test(arguments: [("a4", "594.96 x 841.92 pts (A4)"), ("letter", "612 x 792 pts (letter)")])
    func packsAndPlansHaveBookmarksMetadataAndNoClippedColumnOnEitherPaper(paper: String, size: String) throws {
        let root = try FailedBuildTests().copyOfSample()
        let config = try String(contentsOfFile: root + "/lynchpin.yml", encoding: .utf8)
        try config.replacingOccurrences(of: "paper: letter", with: "paper: \(paper)")
            .write(toFile: root + "/lynchpin.yml", atomically: true, encoding: .utf8)
        var options = BuildOptions(location: ProjectLocation(root: root), output: root + "/site", today: Day(iso: "2026-12-01")!)
        options.pdf = PDFRequest()
        let report = SiteBuilder().build(options)
        #expect(report.succeeded && report.notes.first?.hasPrefix("Printed 18 PDFs") == true, "\(report.notes)")

        let pack = root + "/site/pdf/executive-pack.pdf"
        let info = try Self.info(pack)
        #expect(info["Page size"] == size)
        #expect(info["Title"] == "Executive pack · Kestrel Key Accounts" && info["Author"] == "Kestrel Components")
        #expect(info["Tagged"] == "yes")
        // A bookmark for each active account's summary, on the page its summary is on.
        let marks = try Self.bookmarks(pack)
        for account in ["Meridian Freight", "Vantage Pharma", "Northgate Foods", "Solace Health Devices"] {
            let mark = try #require(marks.first { $0.title == account }, "\(account) in \(marks.map(\.title))")
            #expect(try Self.text(pack, page: mark.page).contains("\(account) · account plan as of 2026-11-27"))
        }

        // The contents names the real page of each entry: printed, read back, numbered, printed again.
        let contents = try Self.text(pack, page: 2)
        let entries = contents.split(separator: "\n").compactMap { line -> (String, Int)? in
            guard let range = line.range(of: " page ") else { return nil }
            return (line[..<range.lowerBound].trimmingCharacters(in: .whitespaces), Int(line[range.upperBound...].trimmingCharacters(in: .whitespaces)) ?? 0)
        }
        #expect(entries.count == 11, "Portfolio and 10 active accounts: \(contents)")
        // Numbered: a dash (unnumbered) or anything but a page of the pack fails here.
        let packPages = try Self.pageCount(pack)
        #expect(entries.allSatisfy { $0.1 > 2 && $0.1 <= packPages }, "\(entries)")
        for (title, page) in entries where title != "Portfolio" {
            #expect(try Self.text(pack, page: page).contains("\(title) · account plan as of 2026-11-27"), "\(title) on page \(page)")
        }
        #expect(try Self.text(pack, page: try #require(entries.first).1).contains("Portfolio"))
        #expect(!FileManager.default.fileExists(atPath: root + "/site/print/.numbered-index.html"))
        // Only the contents was printed again: the footer counts the whole pack, and the
        // contents pages are tagged as the first print's were (their numbers had a placeholder).
        #expect(contents.contains("Page 2 of \(try Self.pageCount(pack))"))

        // A manager's pack, assembled from its cover, contents and portfolio and the plans'
        // own PDFs: each plan's pages as its PDF has them, a bookmark per plan with the plan's
        // bookmarks beneath it, and the contents numbered with the pages each plan starts on.
        let managerPack = root + "/site/pdf/plans-dana-whitfield.pdf"
        let plans = ["Meridian Freight": "meridian-freight", "Vantage Pharma": "vantage-pharma"]
        let packMarks = try Self.bookmarks(managerPack)
        let packContents = try Self.text(managerPack, page: 2)
        // The portfolio follows the cover and the contents: its page read from the first print.
        #expect(packContents.range(of: #"Portfolio\s+page 3\n"#, options: .regularExpression) != nil, "\(packContents)")
        var expectedPages = try Self.pageCount(managerPack)
        for (title, id) in plans.sorted(by: { $0.key > $1.key }) {
            let start = try #require(packMarks.first { $0.title == title }?.page, "\(title) in \(packMarks.map(\.title))")
            #expect(packContents.contains(title) && packContents.contains("page \(start)"), "\(title) starts on page \(start)")
            let own = root + "/site/pdf/\(id).pdf"
            expectedPages -= try Self.pageCount(own)
            #expect(try Self.text(managerPack, page: start) == Self.text(own, page: 1), "\(title)'s first page is its PDF's")
            #expect(try Self.bookmarks(own).allSatisfy { mark in packMarks.contains { $0.title == mark.title && $0.page == start + mark.page - 1 } })
        }
        #expect(try Self.info(managerPack)["Page size"] == size && Self.info(managerPack)["Author"] == "Kestrel Components")
        #expect(try Self.info(root + "/site/pdf/meridian-freight.pdf")["Tagged"] == "yes", "every plan's own PDF stays tagged")
        #expect(expectedPages == (try #require(packMarks.first { $0.title == "Meridian Freight" }).page) - 1, "the head, then the plans")

        let plan = root + "/site/pdf/meridian-freight.pdf"
        #expect(try Self.bookmarks(plan).contains { $0.title == "Balanced scorecard" })
        let pages = try (1...Self.pageCount(plan)).map { try Self.text(plan, page: $0) }
        // The scorecard's last column is printed, and no word runs off any page of any PDF.
        #expect(pages.contains { $0.contains("Balanced scorecard") && $0.contains("Weight") })
        // Links are to the published site (base_url), never to the folder Chromium printed from.
        // Read by poppler: the objects are packed in compressed object streams.
        #expect(try Self.links(plan).contains("https://plans.kestrel.example/playbooks/ninety-day-pilot/index.html"))
        #expect(try Self.info(plan)["Tagged"] == "yes")
        for name in try FileManager.default.contentsOfDirectory(atPath: root + "/site/pdf") {
            let pdf = root + "/site/pdf/" + name
            #expect(try Self.links(pdf).allSatisfy { !$0.hasPrefix("file:") }, "\(name) links to where it was printed")
            #expect(try Self.wordsPastTheEdge(pdf) == [], "\(name) on \(paper)")
            // No heading ends a page: each is kept with what follows it.
            for mark in try Self.bookmarks(pdf) {
                let lines = try Self.text(pdf, page: mark.page).split(separator: "\n")
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("Page ") }
                #expect(lines.last != mark.title, "\(name) page \(mark.page) ends with the heading \(mark.title) on \(paper)")
            }
        }
    }

    @Test func anUnchangedRebuildKeepsEveryPDFAndAChangedPageIsPrintedAgain() throws {
        let root = try FailedBuildTests().copyOfSample()
        var options = BuildOptions(location: ProjectLocation(root: root), output: root + "/site", today: Day(iso: "2026-12-01")!)
        options.pdf = PDFRequest()
        #expect(SiteBuilder().build(options).succeeded)
        let before = try Data(contentsOf: URL(fileURLWithPath: root + "/site/pdf/meridian-freight.pdf"))
        let again = SiteBuilder().build(options)
        #expect(again.notes.first == "Printed 18 PDFs into pdf/ with \(PDFPrinter.locate()!) (18 unchanged, kept from the previous site).")
        #expect(try Data(contentsOf: URL(fileURLWithPath: root + "/site/pdf/meridian-freight.pdf")) == before)
        // One plan's narrative changes: its page, the packs that hold it, and nothing else, print again.
        let path = root + "/content/accounts/orion-rail.md"
        try (String(contentsOfFile: path, encoding: .utf8) + "\nOne more line.\n").write(toFile: path, atomically: true, encoding: .utf8)
        let changed = SiteBuilder().build(options)
        let kept = try #require(changed.notes.first)
        #expect(kept.hasPrefix("Printed 18 PDFs") && !kept.contains("(18 unchanged") && kept.contains("unchanged"), "\(kept)")
        let orion = root + "/site/pdf/orion-rail.pdf"
        #expect(try (1...Self.pageCount(orion)).contains { try Self.text(orion, page: $0).contains("One more line.") })
    }
}
