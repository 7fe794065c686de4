import LynchpinDomain
import LynchpinTheme
import LynchpinViews

/// The printable packs: the executive pack, and each manager's pack of full plans beside
/// the manager's own page.
enum PackRoutes: PageRoutes {
    static let kind = PageKind("pack")
    static let person = PageKind("person")
    static let templates = [kind, person]

    static func jobs(_ inputs: SiteInputs, notes: inout [String]) -> [SitePages.Job] {
        [.page(PackPage.path) {
            model(PackPage(project: inputs.project, portfolio: inputs.portfolio, manager: nil))
        }.long] + inputs.portfolio.managers.indices.flatMap { managerJobs($0, inputs: inputs) }
    }

    static func model(_ page: PackPage) -> PageModel {
        PageModel(kind, page, chrome: page.page) { BuiltInTheme.pack($0, slots: $1, spill: $2) }
    }

    /// A manager's page and pack. The pack makes each plan's view model once, for the
    /// plan's own page, and moves it to the pack.
    private static func managerJobs(_ index: Int, inputs: SiteInputs) -> [SitePages.Job] {
        let (asOf, config) = (inputs.asOf, inputs.config)
        let packPath = PackPage.path(manager: inputs.portfolio.managers[index])
        // Listed only by a full build: `serve` makes the plan pages one by one.
        let planPaths: @Sendable () -> [String] = {
            PackPage.planned(by: inputs.portfolio.managers[index], in: inputs.portfolio).map { AccountPage.path($0.account) }
        }
        let own = SitePages.Job.page(PersonPage.path(inputs.portfolio.managers[index])) {
            let page = PersonPage(manager: inputs.portfolio.managers[index], portfolio: inputs.portfolio, config: config)
            return PageModel(person, page, chrome: page.page, theme: BuiltInTheme.person(_:slots:))
        }
        let pack = SitePages.Job.pack(packPath, planPaths: planPaths) { ownPage in
            let manager = inputs.portfolio.managers[index]
            guard let ownPage else {
                return model(PackPage(project: inputs.project, portfolio: inputs.portfolio, manager: manager))
            }
            // Each plan's view model is made once, for its own page, and moved to the pack,
            // which sits at the plans' folder depth. Its article is rendered again only
            // when something in it reads differently from the pack (a narrative link).
            return model(PackPage(project: inputs.project, portfolio: inputs.portfolio, manager: manager) { analysis in
                let own = AccountPage(analysis: analysis, project: inputs.project, asOf: asOf, portfolio: inputs.portfolio,
                                      documents: inputs.documents)
                let article = BuiltInTheme.planArticle(own)
                ownPage(own, article)
                guard let moved = own.relocated(to: packPath, account: analysis.account, config: config, asOf: asOf,
                                                documents: inputs.documents) else {
                    return PackPage.Plan(AccountPage(analysis: analysis, project: inputs.project, asOf: asOf,
                                                     pagePath: packPath, portfolio: inputs.portfolio, documents: inputs.documents))
                }
                return PackPage.Plan(moved.plan, article: moved.sameArticle ? article : nil)
            })
        }
        return [own, pack]
    }
}
