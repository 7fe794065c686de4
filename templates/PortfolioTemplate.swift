import LynchpinViews

extension BuiltInTheme {
    /// `index.html`: the portfolio dashboard.
    /// - Parameter spill: takes the finished part of the page as it is written (`PageSpill`).
    public static func portfolio(_ page: PortfolioPage, slots: Slots, spill: PageSpill? = nil) -> HTML {
        layout(page.page, slots) { out in dashboard(page, spill: spill, into: &out) }
    }
}

/// The dashboard itself, also the first part of every pack.
/// - Parameter headingID: in a pack the dashboard is a part under the cover's title, so it
///   opens with an `<h2>` of that id instead of the page's `<h1>`.
/// Each section is appended to the page's buffer as it is made: at 10,000 accounts the
/// dashboard is 12 MB, and building it as one value copied it from partial to partial.
/// - Parameter spill: takes the finished part of the page between rows of its long tables.
func dashboard(_ view: PortfolioPage, headingID: String? = nil, spill: PageSpill? = nil, into out: inout HTML) {
    let heading: HTML = headingID.map { "<h2 id=\"\($0)\">Portfolio</h2>" } ?? "<h1>Portfolio</h1>"
    out.append("\(heading)\n")
    if let since = view.since { out.append(sinceLastWeek(since)) }
    out.append("""
    <section aria-labelledby="totals_heading">
    <h2 id="totals_heading">Totals</h2>
    \(figures(view.totals.map { ($0.label, $0.value) }))<div class="plan-grid">
    <div class="card">
    <h3>Accounts per quadrant</h3>
    <p class="measure-note">\(view.quadrantNote)</p>
    <ul class="quadrant-counts">
    \(view.quadrants.map(quadrantCount))</ul>
    </div>
    <div class="card">
    <h3>Measures by status</h3>
    <p class="measure-note">\(view.ragNote)</p>
    <ul class="rag-counts">
    \(view.ragCounts.map { (cell: PortfolioPage.RAGCell) -> HTML in "<li>\(badge(cell.badge)) \(cell.count)</li>\n" })</ul>
    </div>
    \(when(view.hasActions, """
        <div class="card">
        <h3>Review actions</h3>
        <p class="big">\(view.openActionCount) open</p>
        <p>\(when(view.overdueActions.overdueCount > 0, "<span class=\"warning\">\(view.overdueActions.overdueCount) overdue</span>"))\
        \(when(view.overdueActions.overdueCount == 0, "None overdue"))</p>
        </div>

        """))</div>
    </section>

    """)
    out.append(dashboardForecast(view))
    if view.pipeline.hasPipeline { out.append(pipelineOverview(view.pipeline)) }
    if view.overdueActions.hasRows { out.append(overdueActionsSection(view)) }
    if view.feedbackFalls.hasRows { out.append(feedbackFallsSection(view.feedbackFalls)) }
    matrixSection(view, spill: spill, into: &out)
    if view.hasPilots { out.append(pilotsSection(view)) }
    accountsSection(view, spill: spill, into: &out)
}

private func pipelineOverview(_ pipeline: PortfolioPipelineView) -> HTML {
    let stages = pipeline.stages.map { (stage: PortfolioPipelineView.Stage) -> HTML in
        "<tr><th scope=\"row\">\(stage.stage)</th><td class=\"num\">\(stage.count)</td><td class=\"num\">\(stage.value)</td></tr>\n"
    }
    let closing = pipeline.closing.map { (row: PortfolioPipelineView.Closing) -> HTML in
        """
        <tr><th scope="row">\(row.name)</th><td><a href="\(row.account.href)">\(row.account.title)</a></td><td>\(row.stage)</td>\
        <td class="num">\(row.value)</td><td class="date">\(row.close)</td><td>\(row.fit)</td></tr>

        """
    }
    let soon: HTML = pipeline.closing.isEmpty
        ? "<p>No open opportunity closes in the next \(pipeline.soonDays) days.</p>\n"
        : tableWrap("Opportunities closing soon", """
            <table class="pipeline">
            <caption>Open opportunities closing in the next \(pipeline.soonDays) days, soonest first</caption>
            <thead>
            <tr><th scope="col">Opportunity</th><th scope="col">Account</th><th scope="col">Stage</th>\
            <th scope="col" class="num">Value</th><th scope="col">Close</th><th scope="col">Fit</th></tr>
            </thead>
            <tbody>
            \(closing)</tbody>
            </table>

            """)
    return """
        <section aria-labelledby="pipeline_heading">
        <h2 id="pipeline_heading">Open pipeline</h2>
        <p>\(pipeline.openCount) open opportunities worth <strong>\(pipeline.openValue)</strong>.</p>
        \(tableWrap("Open pipeline by stage", """
        <table class="pipeline-stages">
        <caption>Open opportunities by stage: how many, and their value</caption>
        <thead>
        <tr><th scope="col">Stage</th><th scope="col" class="num">Opportunities</th><th scope="col" class="num">Value</th></tr>
        </thead>
        <tbody>
        \(stages)</tbody>
        </table>

        """))\(soon)</section>

        """
}

private func overdueActionsSection(_ view: PortfolioPage) -> HTML {
    """
    <section aria-labelledby="overdue_actions_heading">
    <h2 id="overdue_actions_heading">Overdue actions</h2>
    \(tableWrap("Overdue actions table", actionsTable(view.overdueActions, caption: "Actions from the weekly reviews, open past their due date on \(view.page.site.asOf).")))</section>

    """
}

private func quadrantCount(_ cell: PortfolioPage.QuadrantCell) -> HTML {
    "<li class=\"\(cell.css)\"><strong>\(cell.title)</strong>: \(cell.count) <span class=\"policy\">\(cell.policy)</span></li>\n"
}

private func matrixSection(_ view: PortfolioPage, spill: PageSpill?, into out: inout HTML) {
    out.append("""
        <section aria-labelledby="matrix_heading">
        <h2 id="matrix_heading">Portfolio matrix</h2>
        \(view.chart.hasBubbles ? portfolioChart(view.chart) : "")
        """)
    tableWrap("Portfolio matrix table", into: &out) { out in
        out.append("""
            <table class="matrix">
            <caption>Weighted scores from 1 to 5; 3.0 or more is high. A global account's divisions are placed one by one, each by its own scores: a division buys on its own, and one dot for the group would average away the difference.</caption>
            <thead>
            <tr><th scope="col">Account</th><th scope="col" class="num">Attractiveness</th><th scope="col" class="num">Strength</th>\
            <th scope="col">Quadrant</th><th scope="col" class="num">Current revenue</th></tr>
            </thead>
            <tbody>

            """)
        for row in view.matrix {
            out.append("""
                <tr><th scope="row"><a href="\(row.href)">\(row.name)</a></th><td class="num">\(row.attractiveness)</td>\
                <td class="num">\(row.strength)</td><td>\(row.quadrant)</td><td class="num">\(row.revenue)</td></tr>

                """)
            spill?.take(&out)
        }
        out.append("</tbody>\n</table>\n")
    }
    if view.hasUnplaced {
        out.append("<p class=\"note\">Not placed (an axis has no scored criterion): \(view.unplaced.map { (link: PageLink) -> HTML in "<a href=\"\(link.href)\">\(link.title)</a> " })</p>\n")
    }
    out.append("</section>\n")
}

private func pilotsSection(_ view: PortfolioPage) -> HTML {
    let rows = view.pilots.map { (pilot: PortfolioPage.RunningPilot) -> HTML in
        let overdue: HTML = pilot.hasOverdue
            ? "<ul class=\"plain\">\(pilot.overdue.map { (text: String) -> HTML in "<li><span class=\"warning\">overdue</span> \(text)</li>" })</ul>"
            : "none"
        return """
            <tr><th scope="row"><a href="\(pilot.account.href)">\(pilot.account.title)</a></th><td>\(pilot.name)</td>\
            <td>\(pilot.day)</td><td>\(overdue)</td></tr>

            """
    }
    let table: HTML = """
        <table class="pilots">
        <thead>
        <tr><th scope="col">Account</th><th scope="col">Pilot</th><th scope="col">Progress</th><th scope="col">Overdue milestones</th></tr>
        </thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """
    return """
        <section aria-labelledby="pilots_heading">
        <h2 id="pilots_heading">Running pilots</h2>
        \(tableWrap("Running pilots table", table))</section>

        """
}

private func accountsSection(_ view: PortfolioPage, spill: PageSpill?, into out: inout HTML) {
    out.append("""
        <section aria-labelledby="accounts_heading">
        <h2 id="accounts_heading">Key accounts</h2>

        """)
    if view.hasAccounts {
        tableWrap("Key accounts table", into: &out) { out in
            out.append("""
                <table class="accounts" data-sortable>
                <caption>\(view.accountCount) accounts, active first. Score: the weighted balanced scorecard.</caption>
                <thead>
                <tr><th scope="col">Account</th><th scope="col">Key account manager</th><th scope="col">Status</th>\
                <th scope="col">Quadrant</th><th scope="col" class="num">Current revenue</th><th scope="col" class="num">Score</th>\
                <th scope="col">Flags</th></tr>
                </thead>
                <tbody>

                """)
            for row in view.rows {
                out.append(accountRow(row, showManager: true))
                spill?.take(&out)
            }
            out.append("</tbody>\n</table>\n")
        }
    } else {
        out.append("<p>No key accounts yet. Add one as <code>content/accounts/&lt;id&gt;.md</code>.</p>\n")
    }
    out.append("""
        <p class="note">Every figure as a workbook to filter and pivot in Excel: <a href="\(view.workbookHref)" download>portfolio.xlsx</a> \
        (accounts, measures week by week, pipeline, actions, feedback); the same figures as JSON for other tools: \
        <a href="\(view.jsonHref)">portfolio.json</a>.</p>
        </section>

        """)
}

/// One account in the dashboard's or a manager's table. Its data-* values are what the
/// dashboard's filters (search.js) match, so they read as the cells do.
func accountRow(_ row: AccountRow, showManager: Bool) -> HTML {
    let manager: HTML
    if !showManager {
        manager = ""
    } else if let href = row.managerHref {
        manager = "<td><a href=\"\(href)\">\(row.manager)</a></td>"
    } else {
        manager = "<td>\(row.manager)</td>"
    }
    return """
        <tr data-manager="\(row.manager ?? "")" data-quadrant="\(row.quadrant ?? "unplaced")" data-status="\(row.status)" \
        data-flags="\(row.flags.map(\.label).joined(separator: "|"))"><th scope="row"><a href="\(row.href)">\(row.name)</a>\(present(row.parent) { "<span class=\"measure-note\">division of \($0)</span>" })</th>\(manager)\
        <td><span class="status status-\(row.status)">\(row.status)</span></td><td>\(row.quadrant ?? "unplaced")</td>\
        <td class="num">\(row.revenue)\(present(row.revenueNote) { "<span class=\"measure-note\">\($0)</span>" })</td><td class="num">\(row.score) \(badge(row.rag))</td>\
        <td>\(row.hasFlags ? flagList(row.flags) : "")</td></tr>

        """
}

private func feedbackFallsSection(_ falls: FeedbackFallsView) -> HTML {
    """
    <section aria-labelledby="feedback_heading">
    <h2 id="feedback_heading">Feedback that fell</h2>
    \(feedbackFallsTable(falls, label: "Accounts whose survey score fell", caption: "Accounts whose latest quarter of survey answers scored below the quarter before, the largest fall first"))</section>

    """
}
