import LynchpinTheme
import LynchpinViews

/// A plan per account, archived ones included.
enum AccountRoutes: PageRoutes {
    static let kind = PageKind("account")
    static let templates = [kind]

    static func jobs(_ inputs: SiteInputs, notes: inout [String]) -> [SitePages.Job] {
        inputs.portfolio.accounts.indices.map { index in
            .page(AccountPage.path(inputs.portfolio.accounts[index].account)) {
                model(AccountPage(analysis: inputs.portfolio.accounts[index], project: inputs.project, asOf: inputs.asOf,
                                  portfolio: inputs.portfolio, documents: inputs.documents))
            }
        }
    }

    static func model(_ page: AccountPage) -> PageModel {
        PageModel(kind, page, chrome: page.page) { page, slots in BuiltInTheme.account(page, slots: slots) }
    }
}
