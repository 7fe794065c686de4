import LynchpinViews

extension BuiltInTheme {
    /// `selection/index.html`: which candidates become key accounts.
    public static func selection(_ page: SelectionPage, slots: Slots) -> HTML {
        guard page.hasRows else {
            return layout(page.page, slots, main: "<h1>Selection</h1>\n<p>No accounts yet.</p>\n")
        }
        let rows = page.rows.map { (row: SelectionPage.Row) -> HTML in
            """
            <tr><td class="num">\(row.rank)</td><th scope="row"><a href="\(row.href)">\(row.name)</a></th>\
            <td><span class="status status-\(row.status)">\(row.status)</span></td>\
            <td class="num">\(row.attractiveness) <span class="coverage">(\(row.attractivenessCoverage))</span></td>\
            <td class="num">\(row.strength) <span class="coverage">(\(row.strengthCoverage))</span>\
            \(when(row.thin, " <span class=\"warning\">thinly scored</span>"))</td>\
            <td>\(row.quadrant)</td><td>\(row.qualification ?? "")</td><td>\(row.decision ?? "none recorded")</td></tr>

            """
        }
        func criteria(_ title: String, _ columns: [SelectionPage.Column], _ scores: (SelectionPage.Row) -> [String]) -> HTML {
            let heads = columns.map { (column: SelectionPage.Column) -> HTML in
                "<th scope=\"col\" class=\"num\">\(column.label) <span class=\"coverage\">×\(column.weight)</span></th>"
            }
            let body = page.rows.map { (row: SelectionPage.Row) -> HTML in
                "<tr><th scope=\"row\">\(row.name)</th>\(scores(row).map { (score: String) -> HTML in "<td class=\"num\">\(score)</td>" })</tr>\n"
            }
            return tableWrap("\(title) by criterion", """
                <table class="criteria">
                <caption>\(title): each criterion's score from 1 to 5, and its weight; – not scored</caption>
                <thead>
                <tr><th scope="col">Account</th>\(heads)</tr>
                </thead>
                <tbody>
                \(body)</tbody>
                </table>

                """)
        }
        return layout(page.page, slots, main: """
            <h1>Selection</h1>
            <p class="note">Every account, prospects included, ranked by attractiveness. Beside each axis: how many of its \
            criteria were scored. An axis with fewer than half scored is marked thinly scored: its place on the matrix rests \
            on too little. Prospects show their qualification profile; the last column is the recorded decision.</p>
            \(tableWrap("Accounts ranked by attractiveness", """
            <table class="selection">
            <caption>Accounts ranked by attractiveness as of \(page.page.site.asOf)</caption>
            <thead>
            <tr><th scope="col" class="num">Rank</th><th scope="col">Account</th><th scope="col">Status</th>\
            <th scope="col" class="num">Attractiveness (scored)</th><th scope="col" class="num">Strength (scored)</th>\
            <th scope="col">Quadrant</th><th scope="col">Qualification</th><th scope="col">Decision</th></tr>
            </thead>
            <tbody>
            \(rows)</tbody>
            </table>

            """))<section aria-labelledby="attractiveness_heading">
            <h2 id="attractiveness_heading">Attractiveness criteria</h2>
            \(criteria("Attractiveness", page.attractivenessColumns, \.attractivenessScores))</section>
            <section aria-labelledby="strength_heading">
            <h2 id="strength_heading">Strength criteria</h2>
            \(criteria("Strength", page.strengthColumns, \.strengthScores))</section>
            """)
    }
}

/// The plan's criteria, both axes, each criterion's label, weight and score.
func criteriaSection(_ plan: AccountPage) -> HTML {
    func axis(_ view: BreakdownView) -> HTML {
        let rows = view.items.map { (item: BreakdownView.Item) -> HTML in
            "<tr><th scope=\"row\">\(item.label)</th><td class=\"num\">\(item.weight)</td><td class=\"num\">\(item.score)</td></tr>\n"
        }
        return tableWrap("\(plan.name): \(view.axis.lowercased()) criteria", """
            <table class="criteria">
            <caption>\(view.axis): \(view.coverage) criteria scored\(view.thin ? ", fewer than half: thinly scored" : "")</caption>
            <thead>
            <tr><th scope="col">Criterion</th><th scope="col" class="num">Weight</th><th scope="col" class="num">Score</th></tr>
            </thead>
            <tbody>
            \(rows)</tbody>
            </table>

            """)
    }
    return planSection(plan, "criteria_heading", "Selection criteria", """
        \(present(plan.selection) { "<p><strong>Selection:</strong> \($0)</p>\n" })\(axis(plan.attractivenessCriteria))\(axis(plan.strengthCriteria))
        """)
}
