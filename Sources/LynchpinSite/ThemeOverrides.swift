import Foundation
import LynchpinDomain
import LynchpinTheme
import LynchpinViews
import Mustache

/// What a project's `templates/` changes in the built-in theme:
/// - `<kind>.mustache` replaces a whole kind of page (`account.mustache`), rendered by
///   swift-mustache from the page's view model encoded once as plain data;
/// - `slots/<name>.mustache` adds HTML to every page at a named place (`head`, `header`,
///   `footer`, `cover`), rendered with the page's chrome so its links can start at `page.root`;
/// - any other file is copied to the site at its path: `assets/lynchpin.css` replaces the
///   stylesheet, and every other `.css` file under `assets/` is linked from every page.
public struct ThemeOverrides: Sendable {
    let library: MustacheLibrary
    let pages: Set<PageKind>
    let slots: Set<Slot>
    /// Files for the site, by path: the built-in stylesheet unless replaced, and additions.
    public let assets: [String: [UInt8]]
    let extraStylesheets: [String]

    enum Slot: String, CaseIterable {
        case head, header, footer, cover
    }

    static let templateExtension = ".mustache"

    /// Templates of earlier versions of the theme, and what took their place.
    static let replaced: [String: String] = [
        "layout": "the frame is built in; add to it with slots/head.mustache, slots/header.mustache and slots/footer.mustache",
        "dashboard": "the dashboard is part of portfolio.mustache; override that page",
        "plan": "the plan is part of account.mustache; override that page",
        "portfolio-chart": "charts are part of their page; override portfolio.mustache",
        "sparkline": "charts are part of their page; override account.mustache",
        "pilot-timeline": "charts are part of their page; override account.mustache",
        "value-gap-chart": "charts are part of their page; override account.mustache",
    ]

    public static let none = ThemeOverrides(library: MustacheLibrary(), pages: [], slots: [],
                                            assets: BuiltInStylesheet.assets, extraStylesheets: [])

    /// Reads a project's `templates/` files, reporting every one that cannot be used.
    public static func make(files: [String: [UInt8]], templatesFolder: String = "templates")
        -> (ThemeOverrides?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var pages: Set<PageKind> = []
        var slots: Set<Slot> = []
        var assets = BuiltInStylesheet.assets
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
            let shown = "\(templatesFolder)/\(path)"
            guard path.hasSuffix(templateExtension) else {
                assets[path] = bytes
                continue
            }
            let name = String(path.dropLast(templateExtension.count))
            let registered: String
            if let kind = PageKind(rawValue: name) {
                pages.insert(kind)
                registered = name
            } else if name.hasPrefix("slots/"), let slot = Slot(rawValue: String(name.dropFirst("slots/".count))) {
                slots.insert(slot)
                registered = name
            } else if let successor = replaced[name] {
                diagnostics.append(.error(shown, "\(path) is no longer a template of the theme: \(successor) (see docs/themes.md)"))
                continue
            } else {
                let pageNames = PageKind.allCases.map { $0.rawValue + templateExtension }
                let slotNames = Slot.allCases.map { "slots/" + $0.rawValue + templateExtension }
                diagnostics.append(.error(shown, "expected a page template (\(pageNames.joined(separator: ", "))) or a slot (\(slotNames.joined(separator: ", "))), found \(path)"))
                continue
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                diagnostics.append(.error(shown, "expected UTF-8 text, found bytes that are not"))
                continue
            }
            do {
                try library.register(text, named: registered)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(shown, line: error.context.lineNumber, column: error.context.columnNumber,
                                          "template does not parse: \(error.error)"))
            } catch {
                diagnostics.append(.error(shown, "template does not parse: \(error)"))
            }
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        let extra = assets.keys.filter { $0.hasPrefix("assets/") && $0.hasSuffix(".css") && $0 != SiteLinks.stylesheet }.sorted()
        return (ThemeOverrides(library: library, pages: pages, slots: slots, assets: assets, extraStylesheets: extra),
                diagnostics)
    }

    func overrides(_ kind: PageKind) -> Bool { pages.contains(kind) }

    /// An overridden page: its model encoded once to plain data, then rendered by Mustache.
    func render(_ kind: PageKind, data: Any) -> HTML {
        HTML(raw: library.render(data, withTemplate: kind.rawValue) ?? "")
    }

    /// The slots of one page: the project's slot templates and a link to each added stylesheet.
    func slots(for chrome: PageChrome?) -> LynchpinTheme.Slots {
        guard let chrome, !slots.isEmpty || !extraStylesheets.isEmpty else { return .none }
        let data = PlainData.of(["page": chrome])
        func slot(_ slot: Slot) -> HTML? {
            slots.contains(slot) ? HTML(raw: library.render(data, withTemplate: "slots/" + slot.rawValue) ?? "") : nil
        }
        var head = slot(.head)
        if !extraStylesheets.isEmpty {
            var links = HTML()
            for path in extraStylesheets { links = "\(links)<link rel=\"stylesheet\" href=\"\(chrome.root + path)\">\n" }
            head = "\(links)\(head)"
        }
        return LynchpinTheme.Slots(head: head, header: slot(.header), footer: slot(.footer), cover: slot(.cover))
    }
}

/// The built-in stylesheet, compiled into the binary from `templates/assets/lynchpin.css`.
enum BuiltInStylesheet {
    static let bytes = BuiltInTheme.stylesheet
    /// The theme's files: a project's `templates/assets/` file of the same path replaces one.
    static var assets: [String: [UInt8]] {
        [SiteLinks.stylesheet: bytes, SiteLinks.searchScript: BuiltInTheme.searchScript]
    }
}
