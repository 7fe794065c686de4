import LynchpinViews

/// The built-in theme: one function per kind of page, from its typed view model to HTML.
public enum BuiltInTheme {
    /// `assets/lynchpin.css`, compiled in from `templates/assets/lynchpin.css`.
    public static var stylesheet: [UInt8] { PackageResources.lynchpin_css }
    public static var searchScript: [UInt8] { PackageResources.search_js }

    /// `people/index.html`: the team page, the managers' own scorecards side by side.
    public static func people(_ page: PeopleIndexPage, slots: Slots) -> HTML {
        let body: HTML
        if page.hasManagers {
            let perspectiveHeads = page.managers.first.map { entry in
                entry.scorecard.perspectives.map { (cell: ManagerScorecardView.Cell) -> HTML in "<th scope=\"col\">\(cell.title)</th>" }
            } ?? []
            let rows = page.managers.map { (entry: PeopleIndexPage.Entry) -> HTML in
                let card = entry.scorecard
                let cells = card.perspectives.map { (cell: ManagerScorecardView.Cell) -> HTML in
                    "<td>\(cell.score ?? "none") \(badge(cell.rag))</td>"
                }
                return """
                    <tr><th scope="row"><a href="\(entry.href)">\(entry.name)</a></th><td class="num">\(card.accountCount)</td>\
                    \(cells)<td>\(card.overall ?? "none") \(badge(card.overallRAG))</td>\
                    <td>\(present(card.trend, scoreTrend))</td><td class="num">\(card.redMeasures)</td><td class="num">\(card.notUpdated)</td>\
                    <td class="num">\(card.overdueActions)</td>\(when(page.showsBonus, "<td class=\"num\">\(card.bonus ?? "none")</td>"))\
                    <td class="num">\(entry.flagCount)</td></tr>

                    """
            }
            body = """
                <p class="note">\(page.rule) Active accounts only; "not updated" counts accounts with no actuals \
                in the newest scorecard week\(when(page.showsBonus, "; bonus is attainment as a percentage of target bonus"))\
                .</p>
                \(tableWrap("Key account managers compared", """
                <table class="team">
                <caption>Each key account manager's own scorecard as of \(page.page.site.asOf)</caption>
                <thead>
                <tr><th scope="col">Manager</th><th scope="col" class="num">Accounts</th>\(perspectiveHeads)\
                <th scope="col">Overall</th><th scope="col">Last 8 weeks</th><th scope="col" class="num">Red measures</th>\
                <th scope="col" class="num">Not updated</th><th scope="col" class="num">Overdue actions</th>\
                \(when(page.showsBonus, "<th scope=\"col\" class=\"num\">Bonus</th>"))<th scope="col" class="num">Flags</th></tr>
                </thead>
                <tbody>
                \(rows)</tbody>
                </table>

                """))
                """
        } else {
            body = "<p>No account names a <code>manager</code> yet.</p>\n"
        }
        return layout(page.page, slots, main: "<h1>Key account managers</h1>\n\(body)")
    }

    /// `people/<id>/index.html`: one key account manager's scorecard and accounts.
    public static func person(_ page: PersonPage, slots: Slots) -> HTML {
        let card = page.scorecard
        let perspectives = card.perspectives.map { (cell: ManagerScorecardView.Cell) -> HTML in
            "<li>\(cell.title): \(cell.score ?? "no score") \(badge(cell.rag))</li>\n"
        }
        var facts: [(label: String, value: String)] = [
            ("Red measures", String(card.redMeasures)), ("Accounts not updated this week", String(card.notUpdated)),
            ("Overdue actions", String(card.overdueActions)),
        ]
        if page.showsBonus { facts.append(("Bonus attainment (of target bonus)", card.bonus ?? "none")) }
        return layout(page.page, slots, main: """
            <p class="eyebrow">Key account manager</p>
            <h1>\(page.name)</h1>
            <p>Current revenue of their active accounts: <strong>\(page.revenue)</strong></p>
            <p><a href="\(page.packHref)">Their accounts' plans, ready to print</a></p>
            <section aria-labelledby="own_scorecard_heading">
            <h2 id="own_scorecard_heading">Their scorecard</h2>
            <div class="plan-grid">
            <div class="card">
            <p class="big">\(card.overall ?? "No score") \(badge(card.overallRAG))</p>
            <ul class="perspective-scores">
            \(perspectives)</ul>
            \(present(card.trend) { "<p>Last 8 weeks: \(scoreTrend($0))</p>\n" })</div>
            <div class="card">
            \(figures(facts))</div>
            <div class="card">
            <h3>Forecast for the year</h3>
            \(forecastTotal(page.forecast))</div>
            </div>
            <p class="note">\(page.rule)\(present(page.curve) { " \($0)" })</p>
            </section>
            <section aria-labelledby="accounts_heading">
            <h2 id="accounts_heading">Accounts</h2>
            \(tableWrap("\(page.name): accounts", """
            <table class="accounts">
            <thead>
            <tr><th scope="col">Account</th><th scope="col">Status</th><th scope="col">Quadrant</th>\
            <th scope="col" class="num">Current revenue</th><th scope="col" class="num">Score</th><th scope="col">Flags</th></tr>
            </thead>
            <tbody>
            \(page.rows.map { accountRow($0, showManager: false) })</tbody>
            </table>

            """))</section>
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
