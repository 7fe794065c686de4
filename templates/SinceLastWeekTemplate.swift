import LynchpinViews

/// The dashboard's "Since last week": a sentence of counts, then each kind of change that
/// has something, worst news first, each line linked to its place in the plan.
func sinceLastWeek(_ view: SinceLastWeekView) -> HTML {
    guard view.comparable else {
        return """
            <section aria-labelledby="since_heading" class="since">
            <h2 id="since_heading">Since last week</h2>
            <p>\(view.changes.comparison) Once a second week's scorecard is in, this section says what changed.</p>
            </section>

            """
    }
    let changes = view.changes
    var parts: [HTML] = []
    if changes.byMeasure {
        if changes.hasTransitions { parts.append("<h3>Status changes</h3>\n\(statusChanges(changes))") }
    } else if !view.accounts.isEmpty {
        parts.append("<h3>Status changes by account</h3>\n<p>\(changes.counted).</p>\n\(changedAccounts(view.accounts))")
    }
    if !view.overall.isEmpty {
        parts.append("<h3>Overall status changes</h3>\n\(shownList(view.overall, overallMove))")
    }
    if !view.actions.isEmpty {
        parts.append("<h3>Review actions that fell overdue</h3>\n\(shownList(view.actions) { (line: SinceLastWeekView.ActionLine) -> HTML in "<a href=\"\(line.account.href)\">\(line.account.title)</a>: \(line.action) (\(line.owner)), due \(line.due)" })")
    }
    if !view.decisions.isEmpty {
        parts.append("<h3>Pilot decisions overdue or due within \(view.soonDays) days</h3>\n\(shownList(view.decisions, decisionLine))")
    }
    if !view.notUpdated.isEmpty {
        parts.append("<h3>Not updated this week</h3>\n\(shownList(view.notUpdated) { (link: PageLink) -> HTML in "<a href=\"\(link.href)\">\(link.title)</a>: no actuals in this week's scorecard" })")
    }
    if view.feedback.hasRows {
        parts.append("""
            <h3>Feedback that fell</h3>
            \(feedbackFallsTable(view.feedback, label: "Survey scores that fell since last week", caption: "Accounts with survey answers since \(view.since) whose latest quarter scored below the one before, the largest fall first"))\
            \(when(view.feedbackMore > 0, "<p class=\"note\">And \(view.feedbackMore) more.</p>\n"))
            """)
    }
    return """
        <section aria-labelledby="since_heading" class="since">
        <h2 id="since_heading">Since last week</h2>
        <p class="note">\(view.changes.comparison)</p>
        <p><strong>\(view.changes.headline)</strong></p>
        \(parts)\(present(view.changes.quiet) { "<p class=\"note\">\($0)</p>\n" })</section>

        """
}

/// Each measure that changed status, newly red first, linked to its row in the plan.
private func statusChanges(_ changes: ReviewChangesView) -> HTML {
    let items = changes.transitions.map { (row: ReviewChangesView.Transition) -> HTML in
        "<li><a href=\"\(row.account.href)\">\(row.account.title)</a>: \(row.measure) \(badge(row.from)) → \(badge(row.to))\(present(row.actual) { " (\($0))" })</li>\n"
    }
    return "<ul>\n\(items)</ul>\n"
}

/// Above the review's limit: a row an account, counted, most newly red first.
private func changedAccounts(_ shown: SinceLastWeekView.Shown<ReviewChangesView.AccountChanges>) -> HTML {
    let rows = shown.rows.map { (row: ReviewChangesView.AccountChanges) -> HTML in
        """
        <tr><th scope="row"><a href="\(row.account.href)">\(row.account.title)</a></th><td class="num">\(row.toRed)</td>\
        <td class="num">\(row.toAmber)</td><td class="num">\(row.toGreen)</td><td class="num">\(row.worse)</td></tr>

        """
    }
    return """
        \(tableWrap("Status changes by account", """
        <table>
        <caption>The accounts with the most measures newly red first\(shown.more > 0 ? "; \(shown.more) more accounts changed" : "")</caption>
        <thead><tr><th scope="col">Account</th><th scope="col" class="num">Now red</th><th scope="col" class="num">Now amber</th>\
        <th scope="col" class="num">Now green</th><th scope="col" class="num">Moved the wrong way</th></tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """))
        """
}

/// A list's shown rows, and how many more there are.
private func shownList<Row>(_ shown: SinceLastWeekView.Shown<Row>, _ item: (Row) -> HTML) -> HTML {
    let items = shown.rows.map { (row: Row) -> HTML in "<li>\(item(row))</li>\n" }
    return "<ul>\n\(items)</ul>\n\(when(shown.more > 0, "<p class=\"note\">And \(shown.more) more.</p>\n"))"
}
