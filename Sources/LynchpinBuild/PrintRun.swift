import Foundation
import LynchpinConcurrency
import LynchpinDisk
import LynchpinOutput
import LynchpinViews

/// The prints of one `--pdf` run and what each becomes, made as soon as they can be: the
/// pages first; a manager's pack's head again, its contents numbered, the moment its first
/// print and every plan in it are back (not after the last plan of the site); the executive
/// pack's contents once its first print says where each part starts. What becomes of a
/// print (its links made links into the site, a pack assembled, the file written) is done
/// through libqpdf in the background, in the order handed over, while the browser lays out
/// the next pages: the browser's tabs never wait on qpdf.
final class PrintRun {
    private enum Print {
        /// A page published as printed: a plan, a playbook, a manager's portfolio.
        case page(page: String, pdf: String)
        /// A manager's pack's cover, contents and portfolio, printed to be assembled.
        case packHead(page: String)
        /// The same head with the page each plan starts on, and footers counting the pack.
        case packNumbered(page: String)
        /// The executive pack, or its numbered contents (`ContentsNumbering`).
        case executive(pdf: String)
    }

    private let step: PDFStep
    private let site: String
    /// What each index handed to the browser prints, in the order handed over.
    private var prints: [Print] = []
    /// The addresses to print first, index for index with `prints`.
    private(set) var urls: [String] = []
    private var numbering: ContentsNumbering?
    /// Each pack's head as first printed, and its layout.
    private var heads: [String: (bytes: [UInt8], layout: PDFAssembly.Layout)] = [:]
    /// Each pack's plans still being printed in this run, by account id.
    private var waiting: [String: Set<String>] = [:]
    /// The packs a plan belongs to, by account id.
    private var packsOf: [String: [String]] = [:]
    /// The account of each plan page a pack holds.
    private var planOf: [String: String] = [:]
    /// The pages of each plan printed in this run, by account id; nil for a failed print.
    private var planPages: [String: Int?] = [:]
    /// Packs whose head went back to be numbered, or that were given up.
    private var settled: Set<String> = []
    /// The numbered copies written beside their packs, removed by `finish`.
    private var copies: [String] = []
    /// The addresses of the packs' heads: printed without tags, which assembling drops.
    private var headAddresses: Set<String> = []
    private let background = BackgroundWork()
    private let outcome = Outcome()

    init(step: PDFStep, site: String, jobs: [(page: String, pdf: String)]) {
        self.step = step
        self.site = site
        // The executive pack's first print has a placeholder in every contents number.
        numbering = step.numberedPack.map { ContentsNumbering(site: site, io: step.io, numbered: $0) }
        let printing = Set(jobs.map(\.page))
        for job in jobs {
            if let plans = step.packPlans(job.page) {
                prints.append(.packHead(page: job.page))
                urls.append(Self.address(site + "/" + job.page))
                headAddresses.insert(Self.address(site + "/" + job.page))
                waiting[job.page] = Set(plans.map(\.id).filter { printing.contains(SiteLinks.account($0)) })
                for plan in plans {
                    packsOf[plan.id, default: []].append(job.page)
                    planOf[SiteLinks.account(plan.id)] = plan.id
                }
            } else if job.page == numbering?.page {
                prints.append(.executive(pdf: job.pdf))
                urls.append(numbering?.firstCopy() ?? Self.address(site + "/" + job.page))
            } else {
                prints.append(.page(page: job.page, pdf: job.pdf))
                urls.append(Self.address(site + "/" + job.page))
            }
        }
    }

    /// Takes the print for `index`; returns the pages it made ready to print.
    func took(_ index: Int, _ result: Result<[UInt8], ChromiumSession.Failure>) -> [String] {
        switch prints[index] {
        case .page(let page, let pdf):
            let plan = planOf[page]
            switch result {
            case .success(let bytes):
                if let plan { planPages[plan] = try? PDFAssembly.pageCount(bytes) }
                publish(bytes, as: pdf)
            case .failure(let failure):
                if let plan { planPages[plan] = .some(nil) }
                outcome.note("PDF not printed: \(pdf): \(failure)")
            }
            guard let plan else { return [] }
            return (packsOf[plan] ?? []).flatMap { pack in
                waiting[pack]?.remove(plan)
                return numberedHead(of: pack)
            }
        case .packHead(let page):
            switch result {
            case .success(let bytes):
                guard let layout = try? PDFAssembly.Layout(bytes) else {
                    settled.insert(page)
                    outcome.note("PDF not assembled: \(pdf(of: page)): its head could not be read")
                    return []
                }
                heads[page] = (bytes, layout)
                return numberedHead(of: page)
            case .failure(let failure):
                settled.insert(page)
                outcome.note("PDF not printed: \(pdf(of: page)): \(failure)")
                return []
            }
        case .packNumbered(let page):
            guard let head = heads[page] else { return [] }
            // The numbers hold only if the contents took the pages it took unnumbered.
            if case .success(let bytes) = result, (try? PDFAssembly.pageCount(bytes)) == head.layout.pages {
                assemble(page, head: bytes)
            } else {
                outcome.note("\(pdf(of: page)): its contents is left without page numbers (the numbered print did not fit)")
                assemble(page, head: head.bytes)
            }
            return []
        case .executive(let pdf):
            if case .success(let bytes) = result, let again = numbering?.take(bytes) {
                prints.append(.executive(pdf: pdf))
                return [again]
            }
            switch result {
            case .success(let bytes): publish(numbering?.best ?? bytes, as: pdf)
            case .failure(let failure):
                guard let best = numbering?.best else {
                    outcome.note("PDF not printed: \(pdf): \(failure)")
                    return []
                }
                publish(best, as: pdf)
            }
            return []
        }
    }

    /// Whether the print of an address is to be tagged: all but the packs' heads.
    func tagged(_ address: String) -> Bool {
        !headAddresses.contains(address)
    }

    /// A note for the build's output.
    func note(_ text: String) {
        outcome.note(text)
    }

    /// Waits for the background's work and removes the numbered copies: how many PDFs were
    /// written, and the notes.
    func finish() -> (written: Int, notes: [String]) {
        background.wait()
        for copy in copies { try? step.io.remove(copy) }
        numbering?.finish()
        if let note = numbering?.note { outcome.note(note) }
        return outcome.result
    }

    // MARK: Packs

    /// The address of `pack`'s head numbered, once its first print and all its plans are
    /// back (to be printed next); none before, or when the pack cannot be assembled.
    private func numberedHead(of pack: String) -> [String] {
        guard !settled.contains(pack), let head = heads[pack], waiting[pack]?.isEmpty ?? true else { return [] }
        settled.insert(pack)
        let plans = step.packPlans(pack) ?? []
        var pages = head.layout.destinations.filter { $0.key == PackPage.portfolioID }
        var next = head.layout.pages + 1
        for plan in plans {
            // A plan kept from the previous site is in `pdf/` already.
            let count = planPages[plan.id] ?? step.io.read(site + "/" + step.planPDF(plan.id)).flatMap { try? PDFAssembly.pageCount($0) }
            guard let count else {
                outcome.note("PDF not assembled: \(pdf(of: pack)): the PDF of \(plan.title) was not printed")
                return []
            }
            pages[plan.id] = next
            next += count
        }
        let copy = ContentsNumbering.copy(of: pack, in: site)
        guard let html = step.numberedPack?(pack, pages, false, next - 1), (try? step.io.write(html, copy)) != nil else {
            assemble(pack, head: head.bytes)
            return []
        }
        copies.append(copy)
        prints.append(.packNumbered(page: pack))
        headAddresses.insert(Self.address(copy))
        return [Self.address(copy)]
    }

    /// The pack joined from its head and its plans' PDFs as published (their links already
    /// into the site), in the background after those plans are written.
    private func assemble(_ pack: String, head: [UInt8]) {
        let plans = step.packPlans(pack) ?? []
        let (step, site, outcome, pdf) = (step, site, outcome, pdf(of: pack))
        background.add {
            do {
                var parts: [PDFAssembly.Part] = []
                for plan in plans {
                    guard let bytes = step.io.read(site + "/" + step.planPDF(plan.id)) else {
                        return outcome.note("PDF not assembled: \(pdf): the PDF of \(plan.title) is missing")
                    }
                    parts.append(PDFAssembly.Part(title: plan.title, pdf: bytes, linkedAs: SiteLinks.account(plan.id)))
                }
                let bytes = try PDFAssembly.pack(head: head, parts: parts, relinking: step.linkPrefix(site), to: step.linkBase,
                                                 author: step.author)
                try step.io.write(bytes, site + "/" + pdf)
                outcome.wrote()
            } catch {
                outcome.note("PDF not assembled: \(pdf): \(error)")
            }
        }
    }

    // MARK: Publishing

    /// A print written as published (`PDFStep.published`), in the background.
    private func publish(_ bytes: [UInt8], as pdf: String) {
        let (step, site, outcome) = (step, site, outcome)
        background.add {
            var problems: [String] = []
            let published = step.published(bytes, site: site, problems: &problems)
            problems.forEach(outcome.note)
            if (try? step.io.write(published, site + "/" + pdf)) != nil {
                outcome.wrote()
            } else {
                outcome.note("PDF not written: \(pdf)")
            }
        }
    }

    private func pdf(of page: String) -> String {
        step.pdfPath(page) ?? page
    }

    private static func address(_ path: String) -> String {
        URL(fileURLWithPath: path).absoluteString
    }

}

/// What the run's prints came to, from the loop and the background alike.
private final class Outcome: @unchecked Sendable {
    private let lock = DispatchMutex()
    private var written = 0
    private var notes: [String] = []

    func wrote() { lock.withLock { written += 1 } }
    func note(_ text: String) { lock.withLock { notes.append(text) } }
    var result: (written: Int, notes: [String]) { lock.withLock { (written, notes) } }
}
