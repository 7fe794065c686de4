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

    /// Prints every job with one browser, a few pages at a time; a page whose HTML and
    /// whose site's other files (stylesheet, images) are the same as in the previous site
    /// takes that site's PDF instead. A manager's pack is printed as its cover, contents and
    /// portfolio, then assembled with the plans' PDFs (`PDFAssembly`): no plan is laid out
    /// twice. Returns notes for the build output.
    func run(in site: String) -> [String] {
        let printer: PDFPrinter
        switch Self.printer(for: request) {
        case .success(let found): printer = found
        case .failure(let note): return [note.description]
        }
        try? io.createFolder(site + "/pdf")
        let (toPrint, reused) = plan(site)
        var problems: [String] = []
        var printed = 0
        if !toPrint.isEmpty {
            do {
                let session = try ChromiumSession(browser: printer.browser, io: io)
                defer { session.close() }
                let heads = try printAll(toPrint, with: session, site: site, printed: &printed, problems: &problems)
                printed += try assemble(heads, with: session, site: site, problems: &problems)
            } catch {
                problems.append("PDFs not printed with \(printer.browser): \(error)")
            }
        }
        let kept = reused == 0 ? "" : " (\(reused) unchanged, kept from the previous site)"
        return ["Printed \(printed + reused) PDFs into pdf/ with \(printer.browser)\(kept)."] + problems
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
            let plansKept = packPlans(job.page).map { $0.allSatisfy { kept.contains("accounts/\($0.id)/index.html") } } ?? true
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

    /// Prints the jobs; writes every PDF but a manager's pack's cover and contents, which
    /// are returned (page path to PDF) for assembling once the plans are printed.
    private func printAll(_ toPrint: [(page: String, pdf: String)], with session: ChromiumSession, site: String,
                          printed: inout Int, problems: inout [String]) throws -> [String: [UInt8]] {
        // The executive pack's contents gets page numbers from its first print; only the
        // contents is printed again, and put in place of the first print's.
        var numbering = numberedPack.map { numbered in
            ContentsNumbering(page: "print/index.html", site: site, io: io) {
                numbered($0, $1, $3, $2 == 0 ? nil : $2)
            }
        }
        defer { numbering?.finish() }
        var heads: [String: [UInt8]] = [:]
        let first = numbering?.firstCopy()
        let urls = toPrint.map { job in
            job.page == numbering?.page ? first ?? URL(fileURLWithPath: site + "/" + job.page).absoluteString
                : URL(fileURLWithPath: site + "/" + job.page).absoluteString
        }
        try session.printPDFs(urls: urls) { index, result in
            let job = toPrint[index]
            let numbers = job.page == numbering?.page
            let bytes: [UInt8]
            switch result {
            case .success(let pdf):
                if numbers, let again = numbering?.take(pdf) { return again }
                bytes = numbers ? numbering?.best ?? pdf : pdf
            case .failure(let failure):
                guard numbers, let best = numbering?.best else {
                    problems.append("PDF not printed: \(job.pdf): \(failure)")
                    return nil
                }
                bytes = best
            }
            if packPlans(job.page) != nil {
                heads[job.page] = bytes
            } else if (try? io.write(published(bytes, site: site, problems: &problems), site + "/" + job.pdf)) != nil {
                printed += 1
            } else {
                problems.append("PDF not written: \(job.pdf)")
            }
            return nil
        }
        if let note = numbering?.note { problems.append(note) }
        return heads
    }

    /// Each manager's pack: its cover and contents printed again with the page each plan
    /// starts on, then joined with the plans' PDFs, each under a bookmark of its own.
    /// Returns how many packs were written.
    private func assemble(_ heads: [String: [UInt8]], with session: ChromiumSession, site: String,
                          problems: inout [String]) throws -> Int {
        let pdfs = Dictionary(jobs.map { ($0.page, $0.pdf) }, uniquingKeysWith: { first, _ in first })
        var numbered: [(page: String, head: [UInt8], copy: String, plans: [PDFAssembly.Part])] = []
        for (page, head) in heads.sorted(by: { $0.key < $1.key }) {
            guard let listed = packPlans(page) else { continue }
            var parts: [PDFAssembly.Part] = []
            for plan in listed {
                guard let pdf = try? io.read(site + "/pdf/\(plan.id).pdf") else { break }
                parts.append(PDFAssembly.Part(title: plan.title, pdf: pdf, linkedAs: "accounts/\(plan.id)/index.html"))
            }
            guard parts.count == listed.count, let headPages = try? PDFAssembly.pageCount(head) else {
                problems.append("PDF not assembled: \(pdfs[page] ?? page): a plan's PDF was not printed")
                continue
            }
            var pages = PDFDestinations.pages(in: head).filter { $0.key == "pack-portfolio" }
            var next = headPages + 1
            for (plan, part) in zip(listed, parts) {
                pages[plan.id] = next
                next += (try? PDFAssembly.pageCount(part.pdf)) ?? 0
            }
            let copy = site + "/" + (page as NSString).deletingLastPathComponent + "/.numbered-index.html"
            guard let html = numberedPack?(page, pages, false, next - 1), (try? io.write(html, copy)) != nil else {
                numbered.append((page, head, "", parts))
                continue
            }
            numbered.append((page, head, copy, parts))
        }
        defer { for entry in numbered where !entry.copy.isEmpty { try? io.remove(entry.copy) } }
        let reprints = numbered.filter { !$0.copy.isEmpty }
        var heads = Dictionary(numbered.map { ($0.page, $0.head) }, uniquingKeysWith: { first, _ in first })
        try session.printPDFs(urls: reprints.map { URL(fileURLWithPath: $0.copy).absoluteString }) { index, result in
            let entry = reprints[index]
            // The numbers hold only if the contents took the pages it took unnumbered.
            if case .success(let pdf) = result, (try? PDFAssembly.pageCount(pdf)) == (try? PDFAssembly.pageCount(entry.head)) {
                heads[entry.page] = pdf
            } else {
                problems.append("\(pdfs[entry.page] ?? entry.page): its contents is left without page numbers (the numbered print did not fit)")
            }
            return nil
        }
        var written = 0
        for entry in numbered {
            let pdf = pdfs[entry.page] ?? entry.page
            do {
                let bytes = try PDFAssembly.pack(head: heads[entry.page] ?? entry.head, parts: entry.plans)
                try io.write(published(bytes, site: site, problems: &problems), site + "/" + pdf)
                written += 1
            } catch {
                problems.append("PDF not assembled: \(pdf): \(error)")
            }
        }
        return written
    }

    /// A PDF as it is published: its links into the staging folder Chromium printed from
    /// made links into the site, and its author set. Should that fail, the PDF as printed,
    /// and a note.
    func published(_ pdf: [UInt8], site: String, problems: inout [String]) -> [UInt8] {
        do {
            // The form Chromium resolved the pages' links to: the folder's URL, one slash at its end.
            var folder = URL(fileURLWithPath: site, isDirectory: true).absoluteString
            if !folder.hasSuffix("/") { folder += "/" }
            return try PDFAssembly.relinked(pdf, from: folder, to: baseURL ?? "../", author: author)
        } catch {
            problems.append("PDF links left as printed: \(error)")
            return PDFMetadata.withAuthor(author, in: pdf)
        }
    }

    /// Whether every file a page may draw on (all but the pages and the PDFs) is unchanged.
    func sameAssets(_ site: String, _ previous: String) -> Bool {
        let files = { (root: String) in Set(io.files(root).filter { !$0.hasSuffix(".html") && !$0.hasPrefix("pdf/") }) }
        let now = files(site)
        guard now == files(previous) else { return false }
        return now.allSatisfy { io.sameContents(site + "/" + $0, previous + "/" + $0) }
    }
}
