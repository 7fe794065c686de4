import Foundation
import LynchpinOutput

/// `--pdf`: prints the executive packs and every plan from the staged site into its `pdf/`
/// folder, so they are published with the site. Without a browser the build still succeeds
/// and says how to get one.
struct PDFStep {
    let request: PDFRequest
    /// Every path of the site.
    let paths: [String]

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
            guard FileManager.default.isExecutableFile(atPath: named) else {
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

    /// Prints every job; returns notes for the build output.
    func run(in site: String) -> [String] {
        let printer: PDFPrinter
        switch Self.printer(for: request) {
        case .success(let found): printer = found
        case .failure(let note): return [note.description]
        }
        let browser = printer.browser
        try? FileManager.default.createDirectory(atPath: site + "/pdf", withIntermediateDirectories: true)
        // One print at a time: Chromium already spreads each print over both cores, and
        // running two side by side measured no faster here.
        var problems: [String] = []
        for job in jobs {
            do {
                try printer.print(page: site + "/" + job.page, to: site + "/" + job.pdf)
            } catch {
                problems.append("PDF not printed: \(job.pdf): \(error)")
            }
        }
        return ["Printed \(jobs.count - problems.count) PDFs into pdf/ with \(browser)."] + problems
    }
}
