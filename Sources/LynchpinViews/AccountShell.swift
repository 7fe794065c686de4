import LynchpinDomain

/// An account's own page: the layout around its plan, which is rendered once
/// (`plan.mustache`) and also placed in the executive packs.
struct AccountShell {
    let page: PageChrome
    let printHeader: String
    /// The rendered plan, its links already made relative to this page.
    let plan: String

    init(analysis: AccountAnalysis, project: Project, asOf: Day, plan: String) {
        page = PageChrome(title: analysis.account.name, path: AccountPage.path(analysis.account), section: .portfolio,
                          config: project.config, asOf: asOf)
        printHeader = AccountPage.printHeader(for: analysis.account, asOf: asOf)
        self.plan = plan
    }
}
