import LynchpinViews

/// HTML a project adds to every page from `templates/slots/`: a logo in the header, a
/// notice in the footer, a line on the pack's cover. Empty in the built-in theme.
public struct Slots: Sendable {
    public var head: HTML?
    public var header: HTML?
    public var footer: HTML?
    public var cover: HTML?

    public init(head: HTML? = nil, header: HTML? = nil, footer: HTML? = nil, cover: HTML? = nil) {
        self.head = head
        self.header = header
        self.footer = footer
        self.cover = cover
    }

    public static let none = Slots()
}

/// The frame around every page: head, skip link, site header with navigation, footer.
func layout(_ page: PageChrome, _ slots: Slots, head: HTML = "", main: HTML) -> HTML {
    layout(page, slots, head: head) { $0.append(main) }
}

/// The frame, with the page's main part written straight into the page's buffer: a pack
/// of a thousand plans is never copied from one buffer into another.
func layout(_ page: PageChrome, _ slots: Slots, head: HTML = "", writingMain main: (inout HTML) -> Void) -> HTML {
    var out = layoutTop(page, slots, head: head)
    main(&out)
    out.append(layoutBottom(page, slots))
    return out
}

/// Every page's first lines, up to its title: the site's pages and the customer edition's.
let documentStart: HTML = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">

    """

private func layoutTop(_ page: PageChrome, _ slots: Slots, head: HTML) -> HTML {
    """
    \(documentStart)<title>\(page.title) · \(page.site.title)</title>
    <link rel="stylesheet" href="\(page.stylesheet)">
    <style>@page { size: \(page.paperSize); }</style>
    \(head)\(slots.head)
    </head>
    <body>
    <a class="skip-link" href="#page_main">Skip to content</a>
    <header class="site-header">
    \(slots.header)<p class="brand"><a href="\(page.home)">\(page.site.title)</a>\(organization(page.site.organization))</p>
    <nav aria-label="Site">
    <ul>
    \(page.nav.map(navItem))
    </ul>
    </nav>
    \(searchBox(page))</header>
    <main id="page_main">

    """
}

private func layoutBottom(_ page: PageChrome, _ slots: Slots) -> HTML {
    """

    </main>
    <footer class="site-footer">
    <p>Figures as of <time datetime="\(page.site.asOf)">\(page.site.asOf)</time>. Published with Lynchpin.</p>
    \(slots.footer)
    </footer>
    </body>
    </html>

    """
}

/// Hidden until search.js shows it: without JavaScript a box that finds nothing would mislead.
private func searchBox(_ page: PageChrome) -> HTML {
    """
    <form class="site-search" id="site_search" role="search" aria-label="Site" hidden>
    <label for="site_search_input">Search</label>
    <input id="site_search_input" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" \
    aria-controls="site_search_results" autocomplete="off" spellcheck="false" placeholder="Accounts, people, playbooks (/)">
    <ul id="site_search_results" role="listbox" aria-label="Search results" hidden></ul>
    <p class="visually-hidden" role="status"></p>
    </form>
    <script src="\(page.root)\(SiteLinks.searchScript)" data-root="\(page.root)" defer></script>

    """
}

private func organization(_ name: String?) -> HTML {
    guard let name else { return "" }
    return " <span class=\"organization\">\(name)</span>"
}

private func navItem(_ item: PageChrome.NavItem) -> HTML {
    "<li><a href=\"\(item.href)\"\(when(item.current, item.isPage ? " aria-current=\"page\"" : " aria-current=\"true\""))>\(item.label)</a></li>\n"
}

/// A status word in its colour: the word is always there, the colour only adds to it. An
/// overall status held down by a red perspective says which, beside the badge, where it
/// can wrap in a narrow column.
func badge(_ rag: RAGBadge) -> HTML {
    "<span class=\"\(rag.css)\">\(rag.word)</span>\(present(rag.reason) { "<span class=\"rag-reason\">: \($0)</span>" })"
}

func flagList(_ flags: [FlagBadge], label: String? = nil) -> HTML {
    let items = flags.map { (flag: FlagBadge) -> HTML in "<li class=\"flag flag-\(flag.code)\">\(flag.label)</li>" }
    guard let label else { return "<ul class=\"flags\">\(items)</ul>" }
    return "<ul class=\"flags\" aria-label=\"\(label)\">\n\(items.map { "\($0)\n" as HTML })</ul>\n"
}

/// A wide table in a scrolling box. The box can take focus, so a keyboard user can scroll
/// it too, and it is named after the table it holds.
func tableWrap(_ label: String, _ table: HTML) -> HTML {
    "<div class=\"table-wrap\" role=\"region\" aria-label=\"\(label)\" tabindex=\"0\">\n\(table)</div>\n"
}

/// The same, written straight into the page's buffer: for tables of thousands of rows.
func tableWrap(_ label: String, into out: inout HTML, _ table: (inout HTML) -> Void) {
    out.append("<div class=\"table-wrap\" role=\"region\" aria-label=\"\(label)\" tabindex=\"0\">\n")
    table(&out)
    out.append("</div>\n")
}

/// `<dl class="figures">` of label and value pairs.
func figures(_ items: [(label: String, value: String)]) -> HTML {
    let rows = items.map { (item: (label: String, value: String)) -> HTML in
        "<div class=\"figure\"><dt>\(item.label)</dt><dd>\(item.value)</dd></div>\n"
    }
    return "<dl class=\"figures\">\n\(rows)</dl>\n"
}

/// Markup shown only when `condition` holds. A bare `cond ? "<b>" : ""` inside an
/// interpolation is typed `String` and would be escaped, so templates say `when` instead.
func when(_ condition: Bool, _ html: @autoclosure () -> HTML) -> HTML {
    condition ? html() : HTML()
}

/// Markup made from a value that may be missing; nothing when it is.
func present<Value>(_ value: Value?, _ html: (Value) -> HTML) -> HTML {
    value.map(html) ?? HTML()
}
