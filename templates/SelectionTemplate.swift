import LynchpinViews

extension BuiltInTheme {
    /// `selection/index.html`: which candidates become key accounts.
    /// - Parameter spill: takes the finished part of the page between rows (`PageSpill`):
    ///   at 10,000 accounts the page is 7 MB.
    public static func selection(_ page: SelectionPage, slots: Slots, spill: PageSpill? = nil) -> HTML {
        guard page.hasRows else {
            return layout(page.page, slots, main: "<h1>Selection</h1>\n<p>No accounts yet.</p>\n")
        }
        func criteria(_ title: String, _ columns: [SelectionPage.Column], _ scores: (SelectionPage.Row) -> [String],
                      into out: inout HTML) {
            let heads = columns.map { (column: SelectionPage.Column) -> HTML in
                "<th scope=\"col\" class=\"num\">\(column.label) <span class=\"coverage\">×\(column.weight)</span></th>"
            }
            tableWrap("\(title) by criterion", into: &out) { out in
                out.append("""
                    <table class="criteria">
                    <caption>\(title): each criterion's score from 1 to 5, and its weight; – not scored</caption>
                    <thead>
                    <tr><th scope="col">Account</th>\(heads)</tr>
                    </thead>
                    <tbody>

                    """)
                for row in page.rows + page.partlyScored {
                    out.append("<tr><th scope=\"row\">\(row.name)</th>\(scores(row).map { (score: String) -> HTML in "<td class=\"num\">\(score)</td>" })</tr>\n")
                    spill?.take(&out)
                }
                out.append("</tbody>\n</table>\n")
            }
        }
        return layout(page.page, slots) { out in
            out.append("""
                <h1>Selection</h1>
                <p class="note">Every account, prospects included, ranked by attractiveness. Beside each axis: how many of its \
                criteria were scored; an account scored on fewer attractiveness criteria than the others is listed apart, below, \
                unranked. An axis with fewer than half scored is marked thinly scored: its place on the matrix rests \
                on too little. Prospects show their qualification profile; the last column is the recorded decision.</p>

                """)
            tableWrap("Accounts ranked by attractiveness", into: &out) { out in
                out.append("""
                    <table class="selection">
                    <caption>Accounts ranked by attractiveness as of \(page.page.site.asOf)</caption>
                    <thead>
                    <tr><th scope="col" class="num">Rank</th><th scope="col">Account</th><th scope="col">Status</th>\
                    <th scope="col" class="num">Attractiveness (scored)</th><th scope="col" class="num">Strength (scored)</th>\
                    <th scope="col">Quadrant</th><th scope="col">Qualification</th><th scope="col">Decision</th></tr>
                    </thead>
                    <tbody>

                    """)
                for (index, row) in (page.rows + page.partlyScored).enumerated() {
                    if index == page.rows.count {
                        // The unranked accounts as a group of their own, headed by why.
                        out.append("</tbody>\n<tbody class=\"unranked\">\n<tr><th scope=\"rowgroup\" colspan=\"8\">\(page.partlyScoredHeading)</th></tr>\n")
                    }
                    out.append("""
                        <tr><td class="num">\(row.rank.map(String.init) ?? "–")</td><th scope="row"><a href="\(row.href)">\(row.name)</a></th>\
                        <td><span class="status status-\(row.status)">\(row.status)</span></td>\
                        <td class="num">\(row.attractiveness) <span class="coverage">(\(row.attractivenessCoverage))</span></td>\
                        <td class="num">\(row.strength) <span class="coverage">(\(row.strengthCoverage))</span>\
                        \(when(row.thin, " <span class=\"warning\">thinly scored</span>"))</td>\
                        <td>\(row.quadrant)</td><td>\(row.qualification ?? "")</td><td>\(row.decision ?? "none recorded")</td></tr>

                        """)
                    spill?.take(&out)
                }
                out.append("</tbody>\n</table>\n")
            }
            out.append("<section aria-labelledby=\"attractiveness_heading\">\n<h2 id=\"attractiveness_heading\">Attractiveness criteria</h2>\n")
            criteria("Attractiveness", page.attractivenessColumns, \.attractivenessScores, into: &out)
            out.append("</section>\n<section aria-labelledby=\"strength_heading\">\n<h2 id=\"strength_heading\">Strength criteria</h2>\n")
            criteria("Strength", page.strengthColumns, \.strengthScores, into: &out)
            out.append("</section>")
        }
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
