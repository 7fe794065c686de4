import LynchpinTheme
import LynchpinViews

/// A page's view model, typed by its kind. The built-in theme renders each kind through its
/// own function; a project's Mustache override receives the same model as plain data.
enum PageModel {
    case portfolio(PortfolioPage)
    case account(AccountPage)
    case pack(PackPage)
    case people(PeopleIndexPage)
    case selection(SelectionPage)
    case person(PersonPage)
    case playbooks(PlaybookIndexPage)
    case playbook(PlaybookPage)
    case reviews(ReviewIndexPage)
    case review(ReviewPage)
    case feed(ReviewFeed)
    case notFound(NotFoundPage)

    var kind: PageKind {
        switch self {
        case .portfolio: .portfolio
        case .account: .account
        case .pack: .pack
        case .people: .people
        case .selection: .selection
        case .person: .person
        case .playbooks: .playbooks
        case .playbook: .playbook
        case .reviews: .reviews
        case .review: .review
        case .feed: .feed
        case .notFound: .notFound
        }
    }

    /// The page chrome, for the slots; the feed has none.
    var chrome: PageChrome? {
        switch self {
        case .portfolio(let page): page.page
        case .account(let page): page.page
        case .pack(let page): page.page
        case .people(let page): page.page
        case .selection(let page): page.page
        case .person(let page): page.page
        case .playbooks(let page): page.page
        case .playbook(let page): page.page
        case .reviews(let page): page.page
        case .review(let page): page.page
        case .notFound(let page): page.page
        case .feed: nil
        }
    }

    var data: any Encodable {
        switch self {
        case .portfolio(let page): page
        case .account(let page): page
        case .pack(let page): page
        case .people(let page): page
        case .selection(let page): page
        case .person(let page): page
        case .playbooks(let page): page
        case .playbook(let page): page
        case .reviews(let page): page
        case .review(let page): page
        case .feed(let page): page
        case .notFound(let page): page
        }
    }

    /// - Parameter spill: where a page that can be long (a pack, the dashboard, the selection)
    ///   hands on its finished part.
    func builtIn(_ slots: Slots, spill: PageSpill? = nil) -> HTML {
        switch self {
        case .portfolio(let page): BuiltInTheme.portfolio(page, slots: slots, spill: spill)
        case .account(let page): BuiltInTheme.account(page, slots: slots)
        case .pack(let page): BuiltInTheme.pack(page, slots: slots, spill: spill)
        case .people(let page): BuiltInTheme.people(page, slots: slots)
        case .selection(let page): BuiltInTheme.selection(page, slots: slots, spill: spill)
        case .person(let page): BuiltInTheme.person(page, slots: slots)
        case .playbooks(let page): BuiltInTheme.playbooks(page, slots: slots)
        case .playbook(let page): BuiltInTheme.playbook(page, slots: slots)
        case .reviews(let page): BuiltInTheme.reviews(page, slots: slots)
        case .review(let page): BuiltInTheme.review(page, slots: slots)
        case .feed(let page): BuiltInTheme.feed(page)
        case .notFound(let page): BuiltInTheme.notFound(page, slots: slots)
        }
    }
}

/// The kinds of page, each named as the Mustache file that overrides it.
public enum PageKind: String, CaseIterable, Sendable {
    case portfolio, account, pack, selection, people, person, playbooks, playbook, reviews, review, feed
    case notFound = "404"
}
