import LynchpinDomain

/// A printable pack: a cover, contents, the portfolio, then one part per active account,
/// each starting on a new page. The executive pack (`print/index.html`) gives each account
/// its one-page summary, or its full plan with `executive_pack: full`. A key account
/// manager's pack (`print/<manager>/index.html`) is the cover, the contents and their
/// portfolio: its contents link to the plans' own pages, and `build --pdf` makes the whole
/// pack one PDF from the plans' PDFs, so no plan is written or laid out twice.
public struct PackPage: Encodable {
    /// The portfolio section's id: its contents entry, and the named destination a print of
    /// the pack says its page by (`ContentsNumbering`, `PrintRun`).
    public static let portfolioID = "pack-portfolio"

    public struct ContentsEntry: Encodable {
        /// What a print's page numbers are keyed by: the part's element id, or for a plan
        /// outside the pack, its account id.
        public let id: String
        public let title: String
        public let href: String
        /// The printed page it starts on: only in the copy made for printing, once a first
        /// print has shown where each part falls.
        public var page: Int?
    }

    /// The running header of one account's pages, through a named CSS page.
    public struct NamedPage: Encodable {
        public let name: String
        public let printHeader: String
    }

    public let page: PageChrome
    public let organization: String?
    public let title: String
    public let subtitle: String
    public let asOf: String
    public private(set) var contents: [ContentsEntry]
    public let dashboard: PortfolioPage
    /// One-page summaries (the executive pack by default), made one at a time as they are used.
    public let summaries: PackParts<ExecutiveSummary>
    /// Full plans, each written for this pack's place, made one at a time as they are used.
    public let plans: PackParts<Plan>
    public let namedPages: [NamedPage]
    public let printHeader: String
    /// A manager's pack: its plans are linked, not held.
    public let linksPlans: Bool
    /// The whole pack as one PDF, when the build prints PDFs.
    public let pdfHref: String?

    /// A full plan in the executive pack (`executive_pack: full`).
    public struct Plan: Encodable {
        public let model: AccountPage

        public init(_ model: AccountPage) {
            self.model = model
        }

        /// As the plan alone: an override's data does not change with how the pack was made.
        public func encode(to encoder: Encoder) throws { try model.encode(to: encoder) }
    }

    public static let path = SiteLinks.pack
    public static func path(manager: PortfolioAnalysis.Manager) -> String { SiteLinks.managerPack(manager.id) }

    /// - Parameters:
    ///   - manager: the manager whose accounts the pack covers; nil for the executive pack.
    ///   - plan: makes an account's full plan for this pack (a build that also writes the
    ///     plan's own page from the same view model); nil makes each one here.
    /// - Parameter printsPDFs: whether the build prints PDFs, so the pack links to its own.
    public init(project: Project, portfolio: PortfolioAnalysis, manager: PortfolioAnalysis.Manager?, printsPDFs: Bool = false) {
        let config = project.config
        let path = manager.map(Self.path(manager:)) ?? Self.path
        let links = SiteLinks(pagePath: path)
        let scope = manager.map { Set($0.accountIDs) }
        // The pack's dashboard sums only the accounts it covers.
        let covered = scope.map { portfolio.restricted(to: $0) } ?? portfolio
        page = PageChrome(title: manager.map { "Account plans: \($0.name)" } ?? "Executive pack", path: path,
                          section: .print, config: config, asOf: portfolio.asOf)
        organization = config.organization.isEmpty ? nil : config.organization
        title = config.title
        asOf = portfolio.asOf.description
        dashboard = PortfolioPage(portfolio: covered, config: config, pagePath: path)
        let active = manager.map { Self.planOrder($0, in: portfolio) } ?? Self.byName(covered.accounts.filter { $0.account.status == .active })
        let full = manager != nil || config.executivePack == .full
        linksPlans = manager != nil
        pdfHref = printsPDFs ? SiteLinks.pdf(forPage: path).map(links.to) : nil
        let asOf = portfolio.asOf
        plans = PackParts(analyses: full && !linksPlans ? active : []) {
            Plan(AccountPage(analysis: $0, project: project, asOf: asOf, pagePath: path, portfolio: portfolio))
        }
        summaries = PackParts(analyses: full ? [] : active) { ExecutiveSummary(analysis: $0, config: config, asOf: asOf, links: links) }
        if full {
            subtitle = manager.map { "Account plans of \($0.name)" } ?? "Executive pack: the full plans of all active key accounts"
        } else {
            subtitle = "Executive pack: a one-page summary of each active key account"
        }
        let linked = linksPlans
        contents = [ContentsEntry(id: Self.portfolioID, title: "Portfolio", href: "#" + Self.portfolioID)] + active.map {
            linked ? ContentsEntry(id: $0.account.id, title: $0.account.name, href: links.to(SiteLinks.account($0.account.id)))
                : ContentsEntry(id: Self.anchor($0.account.id, full: full), title: $0.account.name,
                                href: "#" + Self.anchor($0.account.id, full: full))
        }
        namedPages = active.map {
            NamedPage(name: Self.pageName($0.account.id), printHeader: AccountPage.printHeader(for: $0.account, asOf: portfolio.asOf))
        }
        printHeader = CSSString.quoted("\(config.title) · \(manager.map { "plans of \($0.name)" } ?? "executive pack") as of \(portfolio.asOf)")
    }

    /// Only the cover and the contents, for printing the contents again with its numbers.
    public private(set) var contentsOnly = false
    /// The whole printed pack's pages, for the footers of a print that is only part of it.
    public private(set) var pageTotal: Int?

    /// The pack with each contents entry's printed page, by its id; `contentsOnly` for a
    /// print of the contents alone.
    /// - Parameter total: the pages of the whole pack, when this print is only part of it.
    public func numbered(_ pages: [String: Int], contentsOnly: Bool = false, total: Int? = nil) -> PackPage {
        var copy = self
        copy.contentsOnly = contentsOnly
        copy.pageTotal = total
        copy.contents = contents.map { entry in
            var entry = entry
            // "*" numbers every entry alike: a first print whose contents has the numbers'
            // place already, so the numbered one's tags match it (docs/performance.md).
            entry.page = pages[entry.id] ?? pages["*"]
            return entry
        }
        return copy
    }

    /// The accounts a manager's pack links, in its order (by name): the parts its PDF is
    /// assembled from.
    public static func planOrder(_ manager: PortfolioAnalysis.Manager, in portfolio: PortfolioAnalysis) -> [AccountAnalysis] {
        byName(manager.accountIDs.compactMap { portfolio.analysis(of: $0) }.filter { $0.account.status == .active })
    }

    private static func byName(_ accounts: [AccountAnalysis]) -> [AccountAnalysis] {
        accounts.sorted { ($0.account.name, $0.account.id) < ($1.account.name, $1.account.id) }
    }

    /// Where an account's part of a pack starts.
    static func anchor(_ accountID: String, full: Bool) -> String {
        AccountPage.idPrefix(accountID) + (full ? "plan" : "summary")
    }

    /// The CSS page name that gives an account's printed pages its running header.
    public static func pageName(_ accountID: String) -> String { "plan-\(accountID)" }
}

/// The parts of a pack, one per account, each view model made when it is reached and let
/// go after: a manager's pack at 10,000 accounts holds 1,000 plans, and the executive pack
/// 10,000 summaries, too many to keep as view models while the page is written. Encodes as
/// a list for Mustache overrides.
public struct PackParts<Part: Encodable>: Encodable, Sequence {
    let analyses: [AccountAnalysis]
    let make: (AccountAnalysis) -> Part

    public var count: Int { analyses.count }

    public func makeIterator() -> AnyIterator<Part> {
        var rest = analyses.makeIterator()
        return AnyIterator { rest.next().map(make) }
    }

    public func encode(to encoder: Encoder) throws {
        var list = encoder.unkeyedContainer()
        for part in self { try list.encode(part) }
    }
}
