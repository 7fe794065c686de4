import Foundation
import LynchpinDisk
import LynchpinOutput

/// `--pdf`: prints the executive packs and every plan from the staged site into its `pdf/`
/// folder, so they are published with the site. Without a browser the build still succeeds
/// and says how to get one.
struct PDFStep {
    let request: PDFRequest
    /// Every path of the site.
    let paths: [String]
    /// The site being replaced, whose PDFs are kept where nothing they show has changed.
    var previous: String?
    /// Set as each PDF's author (the project's organization); empty for none.
    var author = ""
    /// A pack's page again with its contents numbered by the pages given (element id to
    /// page); nil leaves the contents without numbers.
    var numberedPack: (@Sendable (String, [String: Int]) -> [UInt8]?)?
    /// The door to the disk: the staged site and the previous one are read and written through it.
    var io: FileIO = .disk

    static let howToInstall = "install Chromium or Chrome (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium) or name one with --browser PATH"

    /// The pages to print and the PDF each becomes.
    var jobs: [(page: String, pdf: String)] {
        paths.sorted().compactMap { path in
            let parts = path.split(separator: "/").map(String.init)
            switch (parts.first, parts.count, parts.last) {
            case ("print", 2, "index.html"): return (path, "pdf/executive-pack.pdf")
            case ("print", 3, "index.html"): return (path, "pdf/plans-\(parts[1]).pdf")
            case ("accounts", 3, "index.html"): return (path, "pdf/\(parts[1]).pdf")
            default: return nil
            }
        }
    }

    /// The browser a request names or the first one found, or the note saying why there is none.
    static func printer(for request: PDFRequest) -> Result<PDFPrinter, Note> {
        if let named = request.browser {
            guard Programs.isExecutable(named) else {
                return .failure(Note("PDFs skipped: --browser \(named) is not an executable file; \(Self.howToInstall)."))
            }
            return .success(PDFPrinter(browser: named))
        }
        guard let found = PDFPrinter.locate() else {
            return .failure(Note("PDFs skipped: no Chromium or Chrome found (looked for \(PDFPrinter.candidates.prefix(5).joined(separator: ", "))); \(Self.howToInstall)."))
        }
        return .success(PDFPrinter(browser: found))
    }

    struct Note: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// Prints every job with one browser, a few pages at a time; a page whose HTML and
    /// whose site's other files (stylesheet, images) are the same as in the previous site
    /// takes that site's PDF instead. Returns notes for the build output.
    func run(in site: String) -> [String] {
        let printer: PDFPrinter
        switch Self.printer(for: request) {
        case .success(let found): printer = found
        case .failure(let note): return [note.description]
        }
        let reusable = previous.map { sameAssets(site, $0) } ?? false
        var toPrint: [(page: String, pdf: String)] = []
        var reused = 0
        try? io.createFolder(site + "/pdf")
        for job in jobs {
            if reusable, let previous, io.sameContents(site + "/" + job.page, previous + "/" + job.page),
               io.copy(previous + "/" + job.pdf, to: site + "/" + job.pdf) {
                reused += 1
            } else {
                toPrint.append(job)
            }
        }
        // The packs are the longest prints: started first, they do not leave one tab busy
        // at the end while the others idle.
        toPrint.sort { ($0.page.hasPrefix("print/") ? 0 : 1, $0.page) < ($1.page.hasPrefix("print/") ? 0 : 1, $1.page) }
        var problems: [String] = []
        var printed = 0
        if !toPrint.isEmpty {
            // The executive pack's contents gets page numbers. A manager's pack of full plans
            // keeps its bookmarks only: printing it twice cost a third of a 300-account
            // build's PDFs (docs/performance.md).
            var numbering = numberedPack.map { ContentsNumbering(page: "print/index.html", site: site, io: io, numbered: $0) }
            defer { numbering?.finish() }
            do {
                let session = try ChromiumSession(browser: printer.browser, io: io)
                defer { session.close() }
                try session.printPDFs(urls: toPrint.map { URL(fileURLWithPath: site + "/" + $0.page).absoluteString }) { index, result in
                    let job = toPrint[index]
                    let numbers = job.page == numbering?.page
                    let bytes: [UInt8]
                    switch result {
                    case .success(let pdf):
                        if numbers, let again = numbering?.take(pdf) { return again }
                        bytes = pdf
                    case .failure(let failure):
                        guard numbers, let best = numbering?.best else {
                            problems.append("PDF not printed: \(job.pdf): \(failure)")
                            return nil
                        }
                        bytes = best
                    }
                    if (try? io.write(PDFMetadata.withAuthor(author, in: bytes), site + "/" + job.pdf)) != nil {
                        printed += 1
                    } else {
                        problems.append("PDF not written: \(job.pdf)")
                    }
                    return nil
                }
            } catch {
                problems.append("PDFs not printed with \(printer.browser): \(error)")
            }
        }
        let kept = reused == 0 ? "" : " (\(reused) unchanged, kept from the previous site)"
        return ["Printed \(printed + reused) PDFs into pdf/ with \(printer.browser)\(kept)."] + problems
    }

    /// Whether every file a page may draw on (all but the pages and the PDFs) is unchanged.
    func sameAssets(_ site: String, _ previous: String) -> Bool {
        let files = { (root: String) in Set(io.files(root).filter { !$0.hasSuffix(".html") && !$0.hasPrefix("pdf/") }) }
        let now = files(site)
        guard now == files(previous) else { return false }
        return now.allSatisfy { io.sameContents(site + "/" + $0, previous + "/" + $0) }
    }
}
