import Foundation
import LynchpinDisk
import LynchpinOutput
import LynchpinViews

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
    /// The site's address (`base_url`): the PDFs' links into the site are made absolute
    /// under it; without it, relative to `pdf/`, for reading the PDFs beside the site.
    var baseURL: String?
    /// A pack's page again with its contents numbered by the pages given (entry id to
    /// page), whole or only its cover and contents, its footers counting the given total of
    /// pages when the print is part of a larger PDF; nil leaves the contents without numbers.
    var numberedPack: (@Sendable (String, [String: Int], Bool, Int?) -> [UInt8]?)?
    /// The plans a manager's pack links, by account id and title, in its order; nil for a
    /// page that is not such a pack.
    var packPlans: @Sendable (String) -> [(id: String, title: String)]? = { _ in nil }
    /// The PDF a page prints to, nil for a page not printed (`SiteLinks.pdf(forPage:)`).
    var pdfPath: @Sendable (String) -> String? = { _ in nil }
    /// The door to the disk: the staged site and the previous one are read and written through it.
    var io: FileIO = .disk

    static let howToInstall = "install Chromium or Chrome (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium) or name one with --browser PATH"

    /// The pages to print and the PDF each becomes.
    var jobs: [(page: String, pdf: String)] {
        paths.sorted().compactMap { path in pdfPath(path).map { (path, $0) } }
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

    /// Prints every job with one browser, a few pages at a time (`PrintRun`); a page whose
    /// HTML and whose site's other files (stylesheet, images) are the same as in the
    /// previous site takes that site's PDF instead. A manager's pack is printed as its cover,
    /// contents and portfolio, then assembled with the plans' PDFs (`PDFAssembly`): no plan is
    /// laid out twice. Returns notes for the build output.
    func run(in site: String) -> [String] {
        let printer: PDFPrinter
        switch Self.printer(for: request) {
        case .success(let found): printer = found
        case .failure(let note): return [note.description]
        }
        try? io.createFolder(site + "/pdf")
        let (toPrint, reused) = plan(site)
        var written = 0
        var notes: [String] = []
        if !toPrint.isEmpty {
            let run = PrintRun(step: self, site: site, jobs: toPrint)
            do {
                let session = try ChromiumSession(browser: printer.browser, io: io)
                defer { session.close() }
                try session.printPDFs(urls: run.urls, tagged: run.tagged) { run.took($0, $1) }
            } catch {
                run.note("PDFs not printed with \(printer.browser): \(error)")
            }
            (written, notes) = run.finish()
        }
        let kept = reused == 0 ? "" : " (\(reused) unchanged, kept from the previous site)"
        return ["Printed \(written + reused) PDFs into pdf/ with \(printer.browser)\(kept)."] + notes
    }

    /// The jobs to print, and how many PDFs were kept from the previous site. A manager's
    /// pack is kept only when its page and every plan in it are.
    func plan(_ site: String) -> (toPrint: [(page: String, pdf: String)], reused: Int) {
        let reusable = previous.map { sameAssets(site, $0) } ?? false
        var toPrint: [(page: String, pdf: String)] = []
        var reused = 0
        var kept: Set<String> = []
        let keep = { (job: (page: String, pdf: String)) -> Bool in
            guard reusable, let previous else { return false }
            return io.sameContents(site + "/" + job.page, previous + "/" + job.page)
                && io.copy(previous + "/" + job.pdf, to: site + "/" + job.pdf)
        }
        // Plans first, so a manager's pack knows whether its plans were kept.
        let ordered = jobs.sorted { (packPlans($0.page) == nil ? 0 : 1, $0.page) < (packPlans($1.page) == nil ? 0 : 1, $1.page) }
        for job in ordered {
            let plansKept = packPlans(job.page).map { $0.allSatisfy { kept.contains(SiteLinks.account($0.id)) } } ?? true
            if plansKept, keep(job) {
                reused += 1
                kept.insert(job.page)
            } else {
                toPrint.append(job)
            }
        }
        // The packs are the longest prints: started first, they do not leave one tab busy
        // at the end while the others idle.
        toPrint.sort { ($0.page.hasPrefix("print/") ? 0 : 1, $0.page) < ($1.page.hasPrefix("print/") ? 0 : 1, $1.page) }
        return (toPrint, reused)
    }

    /// A PDF as it is published: its links into the staging folder Chromium printed from
    /// made links into the site, and its author set. Should that fail, the PDF as printed,
    /// and a note.
    func published(_ pdf: [UInt8], site: String, problems: inout [String]) -> [UInt8] {
        do {
            return try PDFAssembly.relinked(pdf, from: linkPrefix(site), to: linkBase, author: author)
        } catch {
            problems.append("PDF links and author left as printed: \(error)")
            return pdf
        }
    }

    /// How Chromium writes a link into the staging folder: the folder's URL, one slash at its end.
    func linkPrefix(_ site: String) -> String {
        let folder = URL(fileURLWithPath: site, isDirectory: true).absoluteString
        return folder.hasSuffix("/") ? folder : folder + "/"
    }

    /// What such a link starts with once published: `base_url`, else the site from `pdf/`.
    var linkBase: String { baseURL ?? "../" }

    /// The PDF of an account's plan.
    func planPDF(_ id: String) -> String {
        pdfPath(SiteLinks.account(id)) ?? "pdf/\(id).pdf"
    }

    /// Whether every file a page may draw on (all but the pages and the PDFs) is unchanged.
    func sameAssets(_ site: String, _ previous: String) -> Bool {
        let files = { (root: String) in Set(io.files(root).filter { !$0.hasSuffix(".html") && !$0.hasPrefix("pdf/") }) }
        let now = files(site)
        guard now == files(previous) else { return false }
        return now.allSatisfy { io.sameContents(site + "/" + $0, previous + "/" + $0) }
    }
}
