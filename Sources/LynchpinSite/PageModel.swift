import LynchpinTheme
import LynchpinViews

/// A page's view model with what the site needs of it: the template that may override it
/// (`kind`), its chrome for the slots, its data for an override, and its built-in rendering.
/// Each page kind makes its own in its file under `Pages/`.
struct PageModel {
    let kind: PageKind
    let chrome: PageChrome?
    let data: any Encodable
    private let theme: (Slots, PageSpill?) -> HTML

    /// - Parameter theme: the built-in theme's function for the page; given a `PageSpill`
    ///   when the page can be long and hands on its finished part.
    init<Page: Encodable>(_ kind: PageKind, _ page: Page, chrome: PageChrome?,
                          theme: @escaping (Page, Slots, PageSpill?) -> HTML) {
        self.kind = kind
        self.chrome = chrome
        data = page
        self.theme = { slots, spill in theme(page, slots, spill) }
    }

    /// A page whose theme function needs no `PageSpill`: most of them.
    init<Page: Encodable>(_ kind: PageKind, _ page: Page, chrome: PageChrome?, theme: @escaping (Page, Slots) -> HTML) {
        self.init(kind, page, chrome: chrome) { page, slots, _ in theme(page, slots) }
    }

    func builtIn(_ slots: Slots, spill: PageSpill? = nil) -> HTML {
        theme(slots, spill)
    }
}

/// A kind of page a project's Mustache template can replace, named as its file
/// (`account.mustache`). The kinds are those the registry's page kinds declare.
public struct PageKind: Hashable, Sendable {
    public let rawValue: String

    init(_ name: String) { rawValue = name }

    /// A kind the registry knows by this name; nil for any other.
    public init?(rawValue: String) {
        guard SiteRenderer.templates.contains(where: { $0.rawValue == rawValue }) else { return nil }
        self.rawValue = rawValue
    }

    public static var allCases: [PageKind] { SiteRenderer.templates }
}

/// One kind of page (or file) of the site: where its files go and how each is made, in
/// one file under `Pages/`, listed once in `SiteRenderer.kinds`.
protocol PageRoutes {
    /// The templates that replace this kind's pages; none for files no template makes.
    static var templates: [PageKind] { get }
    /// The jobs that make this kind's files; `notes` takes what the build should say.
    static func jobs(_ inputs: SiteInputs, notes: inout [String]) -> [SitePages.Job]
}
