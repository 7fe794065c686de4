import LynchpinViews

/// The built-in theme: one function per kind of page, from its typed view model to HTML.
public enum BuiltInTheme {
    /// `assets/lynchpin.css`, compiled in from `templates/assets/lynchpin.css`.
    public static var stylesheet: [UInt8] { PackageResources.lynchpin_css }

    /// `people/index.html`: the key account managers.
    public static func people(_ page: PeopleIndexPage, slots: Slots) -> HTML {
        let body: HTML
        if page.hasManagers {
            let rows = page.managers.map { (entry: PeopleIndexPage.Entry) -> HTML in
                """
                <tr><th scope="row"><a href="\(entry.href)">\(entry.name)</a></th><td class="num">\(entry.accountCount)</td>\
                <td class="num">\(entry.flagCount)</td></tr>

                """
            }
            body = tableWrap("Key account managers table", """
                <table>
                <thead>
                <tr><th scope="col">Key account manager</th><th scope="col" class="num">Accounts</th><th scope="col" class="num">Flags</th></tr>
                </thead>
                <tbody>
                \(rows)</tbody>
                </table>

                """)
        } else {
            body = "<p>No account names a <code>manager</code> yet.</p>\n"
        }
        return layout(page.page, slots, main: "<h1>Key account managers</h1>\n\(body)")
    }

    /// `people/<id>/index.html`: one key account manager's accounts.
    public static func person(_ page: PersonPage, slots: Slots) -> HTML {
        layout(page.page, slots, main: """
            <p class="eyebrow">Key account manager</p>
            <h1>\(page.name)</h1>
            <p>Current revenue of their active accounts: <strong>\(page.revenue)</strong></p>
            <p><a href="\(page.packHref)">Their accounts' plans, ready to print</a></p>
            \(tableWrap("\(page.name): accounts", """
            <table class="accounts">
            <thead>
            <tr><th scope="col">Account</th><th scope="col">Status</th><th scope="col">Quadrant</th>\
            <th scope="col" class="num">Current revenue</th><th scope="col" class="num">Score</th><th scope="col">Flags</th></tr>
            </thead>
            <tbody>
            \(page.rows.map { accountRow($0, showManager: false) })</tbody>
            </table>

            """))
            """)
    }

    /// `playbooks/index.html`.
    public static func playbooks(_ page: PlaybookIndexPage, slots: Slots) -> HTML {
        let body: HTML
        if page.hasPlaybooks {
            let items = page.playbooks.map { (entry: PlaybookIndexPage.Entry) -> HTML in
                "<li><a href=\"\(entry.href)\">\(entry.title)</a>\(present(entry.summary) { "<p>\($0)</p>" })</li>\n"
            }
            body = "<ol class=\"playbook-list\">\n\(items)</ol>\n"
        } else {
            body = "<p>No playbooks yet. Add one as <code>content/playbooks/&lt;id&gt;.md</code>.</p>\n"
        }
        return layout(page.page, slots, main: "<h1>Playbooks</h1>\n\(body)")
    }

    /// `playbooks/<id>/index.html`.
    public static func playbook(_ page: PlaybookPage, slots: Slots) -> HTML {
        let outline: HTML
        if page.hasOutline {
            let items = page.outline.map { (entry: OutlineEntry) -> HTML in
                "<li class=\"depth-\(entry.depth)\"><a href=\"\(entry.href)\">\(entry.text)</a></li>\n"
            }
            outline = "<nav class=\"outline\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ul>\n\(items)</ul>\n</nav>\n"
        } else {
            outline = ""
        }
        return layout(page.page, slots, main: """
            <article class="playbook">
            <header>
            <p class="eyebrow">Playbook</p>
            <h1>\(page.title)</h1>
            \(present(page.summary) { "<p class=\"summary\">\($0)</p>\n" })</header>
            \(outline)<div class="prose">
            \(page.body)
            </div>
            </article>
            """)
    }

    /// `404.html`.
    public static func notFound(_ page: NotFoundPage, slots: Slots) -> HTML {
        layout(page.page, slots, main: """
            <h1>Page not found</h1>
            <p>There is no page at this address. It may belong to an account that was renamed or archived.</p>
            <p><a href="\(page.page.home)">Go to the portfolio</a></p>
            """)
    }

    /// `reviews/feed.xml`: escaping for HTML is escaping for XML text and attributes too.
    public static func feed(_ feed: ReviewFeed) -> HTML {
        let entries = feed.entries.map { (entry: ReviewFeed.Entry) -> HTML in
            """
            <entry>
            <title>\(entry.title)</title>
            <link rel="alternate" type="text/html" href="\(entry.url)"/>
            <id>\(entry.url)</id>
            <updated>\(entry.updated)</updated>
            <summary>\(entry.summary)</summary>
            <content type="html">\(entry.content)</content>
            </entry>

            """
        }
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <title>\(feed.title)</title>
            <link rel="alternate" type="text/html" href="\(feed.url)"/>
            <link rel="self" type="application/atom+xml" href="\(feed.feedURL)"/>
            <id>\(feed.id)</id>
            <updated>\(feed.updated)</updated>
            <author><name>\(feed.author)</name></author>
            \(entries)</feed>

            """
    }
}
