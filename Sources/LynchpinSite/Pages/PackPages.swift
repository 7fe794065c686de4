import LynchpinDomain
import LynchpinTheme
import LynchpinViews

/// The printable packs: the executive pack, and each manager's pack beside the manager's
/// own page.
enum PackRoutes: PageRoutes {
    static let kind = PageKind("pack")
    static let person = PageKind("person")
    static let templates = [kind, person]

    static func jobs(_ inputs: SiteInputs, notes: inout [String]) -> [SitePages.Job] {
        [.page(PackPage.path) {
            model(PackPage(project: inputs.project, portfolio: inputs.portfolio, manager: nil, printsPDFs: inputs.printsPDFs))
        }.long] + inputs.portfolio.managers.indices.flatMap { managerJobs($0, inputs: inputs) }
    }

    static func model(_ page: PackPage) -> PageModel {
        PageModel(kind, page, chrome: page.page) { BuiltInTheme.pack($0, slots: $1, spill: $2) }
    }

    /// A manager's page and pack: the pack links the plans, whose pages are written once,
    /// by `AccountRoutes`.
    private static func managerJobs(_ index: Int, inputs: SiteInputs) -> [SitePages.Job] {
        let manager = inputs.portfolio.managers[index]
        let own = SitePages.Job.page(PersonPage.path(manager)) {
            let page = PersonPage(manager: manager, portfolio: inputs.portfolio, config: inputs.config)
            return PageModel(person, page, chrome: page.page, theme: BuiltInTheme.person(_:slots:))
        }
        let pack = SitePages.Job.page(PackPage.path(manager: manager)) {
            model(PackPage(project: inputs.project, portfolio: inputs.portfolio, manager: manager, printsPDFs: inputs.printsPDFs))
        }
        return [own, pack]
    }
}
