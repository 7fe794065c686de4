import LynchpinDomain
import LynchpinOutput
import LynchpinTheme
import LynchpinViews

/// The dashboard, at the site's root; it grows with the portfolio, so it starts first.
enum DashboardRoutes: PageRoutes {
    static let kind = PageKind("portfolio")
    static let templates = [kind]

    static func jobs(_ inputs: SiteInputs, notes: inout [String]) -> [SitePages.Job] {
        [.page(PortfolioPage.path) {
            let delta = ReviewDelta(date: inputs.asOf, accounts: nil, project: inputs.project, weeks: inputs.reviewWeeks)
            let page = PortfolioPage(portfolio: inputs.portfolio, config: inputs.config, changes: (delta, inputs.project))
            return PageModel(kind, page, chrome: page.page) { BuiltInTheme.portfolio($0, slots: $1, spill: $2) }
        }.long]
    }
}

/// The key account managers compared.
enum PeopleIndexRoutes: PageRoutes {
    static let kind = PageKind("people")
    static let templates = [kind]

    static func jobs(_ inputs: SiteInputs, notes: inout [String]) -> [SitePages.Job] {
        [.page(PeopleIndexPage.path) {
            let page = PeopleIndexPage(portfolio: inputs.portfolio, config: inputs.config)
            return PageModel(kind, page, chrome: page.page, theme: BuiltInTheme.people(_:slots:))
        }]
    }
}

/// Every account ranked by attractiveness.
enum SelectionRoutes: PageRoutes {
    static let kind = PageKind("selection")
    static let templates = [kind]

    static func jobs(_ inputs: SiteInputs, notes: inout [String]) -> [SitePages.Job] {
        [.page(SelectionPage.path) {
            let page = SelectionPage(portfolio: inputs.portfolio, config: inputs.config)
            return PageModel(kind, page, chrome: page.page) { BuiltInTheme.selection($0, slots: $1, spill: $2) }
        }.long]
    }
}

/// The page a web server shows for a missing address.
enum NotFoundRoutes: PageRoutes {
    static let kind = PageKind("404")
    static let templates = [kind]

    static func jobs(_ inputs: SiteInputs, notes: inout [String]) -> [SitePages.Job] {
        [.page(NotFoundPage.path) {
            let page = NotFoundPage(project: inputs.project, asOf: inputs.asOf)
            return PageModel(kind, page, chrome: page.page, theme: BuiltInTheme.notFound(_:slots:))
        }]
    }
}

/// The computed figures for other tools and for Excel, and the search box's index: files, not pages.
enum DataFileRoutes: PageRoutes {
    static let templates: [PageKind] = []

    static func jobs(_ inputs: SiteInputs, notes: inout [String]) -> [SitePages.Job] {
        [
            .written(SiteLinks.portfolioJSON) { PortfolioJSON(portfolio: inputs.portfolio, config: inputs.config).bytes(spill: $0) }.long,
            .fallible(SiteLinks.portfolioWorkbook) {
                let workbook = PortfolioWorkbook(portfolio: inputs.portfolio, config: inputs.config)
                // The same figures as the replaced site's: its workbook, not compressed again.
                if let previous = inputs.previousWorkbook, workbook.fingerprint() == previous.fingerprint { return previous.bytes }
                return try workbook.bytes()
            }.long,
            .bytes(SearchIndex.path) { SearchIndex(project: inputs.project, portfolio: inputs.portfolio).bytes },
        ]
    }
}
