import Foundation
import LynchpinDisk
import LynchpinDomain
import LynchpinLoad
import LynchpinOutput
import LynchpinSite

/// `lynchpin share`: the customer edition of each named account, written to
/// `<output>/<id>/` (an HTML page that stands alone, and its PDF), each folder replaced in
/// one step. A project with errors writes nothing, as a build does.
public struct ShareBuilder: Sendable {
    public struct Options: Sendable {
        public var location: ProjectLocation
        public var accounts: [String]
        /// Absolute path of the folder that holds one folder per account.
        public var output: String
        public var today: Day
        public var asOf: Day?
        /// nil: no PDF (`--no-pdf`).
        public var pdf: PDFRequest?

        public init(location: ProjectLocation, accounts: [String], output: String? = nil, today: Day, asOf: Day? = nil,
                    pdf: PDFRequest? = PDFRequest()) {
            self.location = location
            self.accounts = accounts
            self.output = output ?? location.root + "/share"
            self.today = today
            self.asOf = asOf
            self.pdf = pdf
        }
    }

    public var reader: ContentReader
    public var io: FileIO

    public init(reader: ContentReader = .disk, io: FileIO = .disk) {
        self.reader = reader
        self.io = io
    }

    /// The edition's cover says who prepared it: never nobody, nor init's placeholder.
    static func organizationProblem(_ organization: String, location: ProjectLocation) -> Diagnostic? {
        let name = organization.trimmingCharacters(in: .whitespaces)
        guard name.isEmpty || name == StarterProject.placeholderOrganization else { return nil }
        let found = name.isEmpty ? "none" : "'\(name)', the placeholder lynchpin init writes"
        return .error(location.display(location.configFile), field: "organization",
                      "expected your company's name for the customer edition's cover, found \(found); set organization: in \(location.display(location.configFile))")
    }

    /// The browser that prints the PDFs; nil, with a note saying why, when there is none.
    static func browser(for request: PDFRequest?, io: FileIO, notes: inout [String]) -> ChromiumSession? {
        switch request.map({ PDFStep.printer(for: $0) }) {
        case .success(let printer)?:
            do {
                return try ChromiumSession(browser: printer.browser, io: io)
            } catch {
                notes.append("PDFs not printed: \(error)")
            }
        case .failure(let note)?: notes.append(note.description)
        case nil: break
        }
        return nil
    }

    public func run(_ options: Options) -> BuildReport {
        // The same steps as a build's up to rendering: the same load, checks and analysis.
        let prepared = SiteBuilder(reader: reader, io: io)
            .prepare(BuildOptions(location: options.location, output: options.output, today: options.today, asOf: options.asOf))
        var report = prepared.report
        guard let pages = prepared.pages, report.succeeded else { return report }
        if let problem = Self.organizationProblem(pages.organization, location: options.location) {
            report.diagnostics.append(problem)
            report.failedStep = .organization
            return report
        }
        let unknown = options.accounts.filter { !pages.accountIDs.contains($0) }
        guard unknown.isEmpty else {
            let known = pages.accountIDs.joined(separator: ", ")
            report.diagnostics += unknown.map {
                .error(options.location.display(options.location.contentFolder + "/accounts"), field: "ACCOUNT",
                       "expected the id of an account in content/accounts/ (\(known)), found '\($0)'")
            }
            report.failedStep = .accounts
            return report
        }
        let editions = pages.editions(of: Array(Set(options.accounts)).sorted())
        // One browser prints every edition.
        let session = Self.browser(for: options.pdf, io: io, notes: &report.notes)
        defer { session?.close() }
        let writer = SiteWriter(io: io)
        for edition in editions {
            let id = edition.accountID
            let folder = options.output + "/" + id
            if edition.isEmpty {
                report.diagnostics.append(.warning(edition.sourcePath,
                    "nothing is marked for the customer edition yet (joint objectives, shared measures, a pilot, joint actions or share.sections), so \(options.location.display(folder))/ holds a title alone"))
            }
            do {
                let page = SiteFile(path: "index.html", bytes: edition.file.bytes)
                try writer.write([page], to: folder) { staging in
                    guard let session else { return }
                    do {
                        try session.printPDFs(urls: [URL(fileURLWithPath: staging + "/index.html").absoluteString]) { _, result in
                            switch result {
                            case .success(let bytes):
                                // Should qpdf not read it, the PDF as printed, without an author.
                                let stamped = (try? PDFAssembly.withAuthor(pages.organization, in: bytes)) ?? bytes
                                if (try? io.write(stamped, staging + "/\(id).pdf")) == nil {
                                    report.notes.append("PDF not written for \(id)")
                                }
                            case .failure(let failure): report.notes.append("PDF not printed for \(id): \(failure)")
                            }
                            return []
                        }
                    } catch {
                        report.notes.append("PDF not printed for \(id): \(error)")
                    }
                }
                report.fileCount += 1
                report.notes.append("Wrote \(options.location.display(folder))/ for \(edition.accountName).")
            } catch {
                report.diagnostics.append(.error(options.location.display(folder), "not written: \(error)"))
                report.failedStep = .write
            }
        }
        return report
    }
}
