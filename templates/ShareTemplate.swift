import LynchpinViews

extension BuiltInTheme {
    /// `share/<id>/index.html`: the customer edition of a plan, one page with its stylesheet
    /// inside it and no link anywhere into the internal site.
    public static func share(_ page: SharePage) -> HTML {
        let prepared: HTML = page.preparedBy.isEmpty ? "Prepared for \(page.accountName)" : "Prepared for \(page.accountName) by \(page.preparedBy)"
        return """
            \(documentStart)<title>\(page.title)</title>
            <style>
            \(HTML(bytes: stylesheet))@page { size: \(page.paperSize); }
            </style>
            </head>
            <body>
            <main id="page_main" class="share">
            <header>
            <h1>\(page.title)</h1>
            <p class="note">\(prepared), as of \(page.asOf).</p>
            </header>
            \(shareObjectives(page))\(present(page.pilot) { sharePilot($0, page: page) })\(shareMeasures(page))\(shareActions(page))\
            \(when(!page.narrative.isEmpty, "<section class=\"narrative\" aria-label=\"Our plan together\">\n\(page.narrative)</section>\n"))\
            </main>
            <footer class="site-footer share-footer"><p>\(prepared), as of \(page.asOf).</p></footer>
            </body>
            </html>

            """
    }
}

private func shareSection(_ id: String, _ title: String, _ body: HTML) -> HTML {
    """
    <section aria-labelledby="share-\(id)">
    <h2 id="share-\(id)">\(title)</h2>
    \(body)</section>

    """
}

private func overdue(_ flag: Bool) -> HTML {
    when(flag, " <span class=\"warning\">overdue</span>")
}

private func shareObjectives(_ page: SharePage) -> HTML {
    guard !page.objectives.isEmpty else { return "" }
    let rows = page.objectives.map { (row: SharePage.Objective) -> HTML in
        """
        <tr\(when(row.overdue, " class=\"overdue\""))><th scope="row">\(row.name)</th><td>\(row.owner)</td><td>\(row.customerOwner)</td>\
        <td class="date">\(row.due)\(overdue(row.overdue))</td><td>\(row.status)</td></tr>

        """
    }
    return shareSection("objectives", "Our joint objectives", tableWrap("Joint objectives", """
        <table>
        <thead>
        <tr><th scope="col">Objective</th><th scope="col">Our owner</th><th scope="col">Your owner</th>\
        <th scope="col">Due</th><th scope="col">Status</th></tr>
        </thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """))
}

private func sharePilot(_ pilot: SharePage.Pilot, page: SharePage) -> HTML {
    let facts: [(label: String, value: String)] = [
        ("Dates", pilot.dates), ("Where it stands", pilot.progress), ("What we want to show", pilot.hypothesis),
        ("How we judge success", pilot.success), ("Our team", pilot.team), ("Your lead", pilot.customerStakeholder),
        ("Decision", pilot.decision),
    ].compactMap { label, value in value.map { (label, $0) } }
    let rows = pilot.milestones.map { (row: SharePage.Milestone) -> HTML in
        """
        <tr\(when(row.overdue, " class=\"overdue\""))><th scope="row">\(row.name)</th><td class="num">\(row.day)</td>\
        <td class="date">\(row.date)</td><td>\(row.overdue ? "overdue" : row.state)</td><td>\(row.owner)</td><td>\(row.customerOwner)</td></tr>

        """
    }
    return shareSection("pilot", "The pilot: \(pilot.name)", """
        <dl class="share-facts">
        \(facts.map { (fact: (label: String, value: String)) -> HTML in "<dt>\(fact.label)</dt><dd>\(fact.value)</dd>\n" })</dl>
        \(when(!rows.isEmpty, tableWrap("Pilot milestones", """
        <table>
        <thead>
        <tr><th scope="col">Milestone</th><th scope="col" class="num">Day</th><th scope="col">Date</th>\
        <th scope="col">Status</th><th scope="col">Our owner</th><th scope="col">Your owner</th></tr>
        </thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """)))
        """)
}

private func shareMeasures(_ page: SharePage) -> HTML {
    guard !page.measures.isEmpty else { return "" }
    let rows = page.measures.map { (row: SharePage.Measure) -> HTML in
        """
        <tr><th scope="row">\(row.name)</th><td>\(row.period)</td><td class="num">\(row.target)</td>\
        <td class="num">\(row.actual)</td><td>\(badge(row.rag))</td></tr>

        """
    }
    return shareSection("measures", "How we measure up", """
        <p class="note">The measures we agreed with you, as of \(page.asOf). \(page.ragRule)</p>
        \(tableWrap("Agreed measures", """
        <table>
        <thead>
        <tr><th scope="col">Measure</th><th scope="col">Period</th><th scope="col" class="num">Target</th>\
        <th scope="col" class="num">Actual</th><th scope="col">Status</th></tr>
        </thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """))
        """)
}

private func shareActions(_ page: SharePage) -> HTML {
    guard !page.actions.isEmpty else { return "" }
    let rows = page.actions.map { (row: SharePage.Action) -> HTML in
        """
        <tr\(when(row.overdue, " class=\"overdue\""))><th scope="row">\(row.action)</th><td>\(row.owner)</td><td>\(row.customerOwner)</td>\
        <td class="date">\(row.due)\(overdue(row.overdue))</td></tr>

        """
    }
    return shareSection("actions", "Open joint actions", tableWrap("Joint actions: who owns each, and by when", """
        <table>
        <thead>
        <tr><th scope="col">Action</th><th scope="col">Our owner</th><th scope="col">Your owner</th><th scope="col">Due</th></tr>
        </thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """))
}
