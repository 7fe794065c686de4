import LynchpinViews

extension BuiltInTheme {
    /// `reviews/index.html`: the archive, newest first.
    public static func reviews(_ page: ReviewIndexPage, slots: Slots) -> HTML {
        let body: HTML
        if page.hasReviews {
            let items = page.reviews.map { (entry: ReviewIndexPage.Entry) -> HTML in
                """
                <li><a href="\(entry.href)">\(entry.title)</a> <time datetime="\(entry.date)">\(entry.date)</time>\
                \(present(entry.attendees) { "<p class=\"attendees\">Attendees: \($0)</p>" })</li>

                """
            }
            body = "<ul class=\"review-list\">\n\(items)</ul>\n"
        } else {
            body = "<p>No reviews yet. Add the notes of a meeting as <code>content/reviews/YYYY-MM-DD.md</code>.</p>\n"
        }
        return layout(page.page, slots, main: "<h1>Weekly reviews</h1>\n\(body)")
    }

    /// `reviews/<date>/index.html`: one weekly review.
    public static func review(_ page: ReviewPage, slots: Slots) -> HTML {
        let attendees: HTML = page.hasAttendees
            ? "<ul>\n\(page.attendees.map { (name: String) -> HTML in "<li>\(name)</li>\n" })</ul>\n"
            : "<p>No attendees recorded.</p>\n"
        let focus = page.focus.map { (link: PageLink) -> HTML in "<li><a href=\"\(link.href)\">\(link.title)</a></li>\n" }
        let pager = [page.previous.map { (link: PageLink) -> HTML in "<a rel=\"prev\" href=\"\(link.href)\">Previous: \(link.title)</a>\n" },
                     page.next.map { (link: PageLink) -> HTML in "<a rel=\"next\" href=\"\(link.href)\">Next: \(link.title)</a>\n" }]
            .compactMap { $0 }
        return layout(page.page, slots, main: """
            <article class="review">
            <header>
            <p class="eyebrow">Weekly review · <time datetime="\(page.date)">\(page.date)</time></p>
            <h1>\(page.title)</h1>
            \(present(page.mailHref) { "<p class=\"screen-only\"><a href=\"\($0)\" download>This review as an e-mail</a>: open it in your mail client, add the recipients and send.</p>\n" })</header>
            <div class="plan-grid">
            <section class="card" aria-labelledby="attendees_heading">
            <h2 id="attendees_heading">Attendees</h2>
            \(attendees)</section>
            <section class="card" aria-labelledby="focus_heading">
            <h2 id="focus_heading">Accounts reviewed</h2>
            \(when(page.coversAllActive, "<p>\(page.coverage)</p>\n"))\(when(page.listsFocus, "<ul>\n\(focus)</ul>\n"))\
            </section>
            </div>
            <section class="prose" aria-labelledby="notes_heading">
            <h2 id="notes_heading">Notes</h2>
            \(page.hasNotes ? page.notes : "<p>No notes were taken.</p>")
            </section>
            \(reviewChanges(page.changes))\(when(page.hasFeedback, reviewFeedback(page)))\(when(page.hasActionLog, reviewActions(page)))<nav class="pager" aria-label="Other reviews">
            \(pager)</nav>
            </article>
            """)
    }
}

/// The review's actions: raised now, still open from before (overdue marked), closed now.
private func reviewActions(_ page: ReviewPage) -> HTML {
    func part(_ view: ActionsView, _ title: String, empty: String) -> HTML {
        view.hasRows ? "<h3>\(title)</h3>\n\(tableWrap(title, actionsTable(view, caption: nil)))" : "<h3>\(title)</h3>\n<p>\(empty)</p>\n"
    }
    let overdue = page.openActions.overdueCount
    return """
        <section aria-labelledby="actions_heading">
        <h2 id="actions_heading">Actions</h2>
        \(part(page.raisedActions, "Raised this week", empty: "No action was raised at this review."))\
        \(part(page.openActions, overdue > 0 ? "Still open from earlier reviews (\(overdue) overdue)" : "Still open from earlier reviews",
               empty: "No action from an earlier review is still open."))\
        \(part(page.closedActions, "Closed this week", empty: "No earlier action was closed at this review."))</section>

        """
}

private func accountLink(_ link: PageLink) -> HTML { "<a href=\"\(link.href)\">\(link.title)</a>" }

private func reviewChanges(_ changes: ReviewChangesView) -> HTML {
    """
    <section aria-labelledby="changes_heading">
    <h2 id="changes_heading">What the data says</h2>
    <p class="note">\(changes.comparison)</p>
    <p><strong>\(changes.headline)</strong></p>
    \(changes.byMeasure ? "<h3>Status changes</h3>\n\(transitions(changes))<h3>Measures that moved</h3>\n\(moves(changes))" : changesByAccount(changes))\
    <h3>Overall status changes</h3>
    \(list(changes.overall, empty: "No account's overall status changed.", overallMove))<h3>Pilot milestones</h3>
    \(milestones(changes))<h3>Pilot decisions due</h3>
    \(list(changes.decisions, empty: "No pilot decision is due within \(changes.soonDays) days.", decisionLine))\
    <h3>Overdue objectives</h3>
    \(list(changes.objectives, empty: "No objective is overdue.") { (objective: ReviewChangesView.Objective) -> HTML in
        "\(accountLink(objective.account)): \(objective.name)\(objective.owner.map { " (\($0))" } ?? ""), due \(objective.due), \(objective.status)"
    })<h3>Stakeholders gone stale</h3>
    \(list(changes.contacts, empty: "Every stakeholder was contacted recently.") { (contact: ReviewChangesView.Contact) -> HTML in
        "\(accountLink(contact.account)): \(contact.name), \(contact.role), last contact \(contact.lastContact ?? "never") (\(contact.days) days)"
    })<h3>Not updated this week</h3>
    \(list(changes.notUpdated, empty: "Every account reported this week.") { (link: PageLink) -> HTML in
        "\(accountLink(link)): no actuals in this week's scorecard"
    })</section>

    """
}

private func reviewFeedback(_ page: ReviewPage) -> HTML {
    let since = page.feedbackSince.map { "since the review of \($0)" } ?? "so far"
    return """
        <section aria-labelledby="feedback_heading">
        <h2 id="feedback_heading">Feedback that fell</h2>
        \(when(page.feedbackFalls.hasRows, feedbackFallsTable(page.feedbackFalls, label: "Accounts whose survey score fell",
                                                              caption: "Accounts with survey answers \(since) whose latest quarter scored below the one before, the largest fall first")))\
        \(when(!page.feedbackFalls.hasRows, "<p>No account's survey score fell with answers \(since).</p>\n"))</section>

        """
}

/// A bulleted list, or a sentence saying there is nothing to list.
private func list<Item>(_ items: [Item], empty: String, _ item: (Item) -> HTML) -> HTML {
    guard !items.isEmpty else { return "<p>\(empty)</p>\n" }
    return "<ul>\n\(items.map { (one: Item) -> HTML in "<li>\(item(one))</li>\n" })</ul>\n"
}

private func transitions(_ changes: ReviewChangesView) -> HTML {
    guard changes.hasTransitions else { return "<p>No measure changed status.</p>\n" }
    let rows = changes.transitions.map { (row: ReviewChangesView.Transition) -> HTML in
        """
        <tr><th scope="row">\(accountLink(row.account))</th><td>\(row.measure)</td><td>\(badge(row.from))</td>\
        <td>\(badge(row.to))</td><td class="num">\(row.actual)</td></tr>

        """
    }
    return tableWrap("Status changes table", """
        <table>
        <thead><tr><th scope="col">Account</th><th scope="col">Measure</th><th scope="col">Was</th><th scope="col">Now</th>\
        <th scope="col" class="num">Actual</th></tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """)
}

private func moves(_ changes: ReviewChangesView) -> HTML {
    guard changes.hasMoves else { return "<p>No other measure moved.</p>\n" }
    let rows = changes.moves.map { (row: ReviewChangesView.Move) -> HTML in
        """
        <tr><th scope="row">\(accountLink(row.account))</th><td>\(row.measure)</td><td class="num">\(row.previous)</td>\
        <td class="num">\(row.current)</td><td class="num"><span class="\(row.trendCSS)">\(row.change) \
        <span class="trend-word">\(row.trend)</span></span></td></tr>

        """
    }
    return tableWrap("Measures that moved table", """
        <table>
        <thead><tr><th scope="col">Account</th><th scope="col">Measure</th><th scope="col" class="num">Previous</th>\
        <th scope="col" class="num">Now</th><th scope="col" class="num">Change</th></tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """)
}

/// A review of many accounts: one row an account with its changes counted.
private func changesByAccount(_ changes: ReviewChangesView) -> HTML {
    let intro: HTML = """
        <h3>Changes by account</h3>
        <p>\(changes.counted). A review of more than \(ReviewChangesView.measureRowsUpTo) accounts counts them by \
        account, most newly red first; a review of fewer lists every measure, as does each account's plan for its \
        latest week.</p>

        """
    guard !changes.accounts.isEmpty else { return "\(intro)<p>No measure changed status or moved.</p>\n" }
    let rows = changes.accounts.map { (row: ReviewChangesView.AccountChanges) -> HTML in
        """
        <tr><th scope="row">\(accountLink(row.account))</th><td class="num">\(row.toRed)</td><td class="num">\(row.toAmber)</td>\
        <td class="num">\(row.toGreen)</td><td class="num">\(row.toGrey)</td><td class="num">\(row.better)</td>\
        <td class="num">\(row.worse)</td></tr>

        """
    }
    return """
        \(intro)\(tableWrap("Changes by account table", """
        <table>
        <thead><tr><th scope="col" rowspan="2">Account</th><th scope="colgroup" colspan="4">Status changes, by new status</th>\
        <th scope="colgroup" colspan="2">Other moves</th></tr>
        <tr><th scope="col" class="num">Now red</th><th scope="col" class="num">Now amber</th><th scope="col" class="num">Now green</th>\
        <th scope="col" class="num">Now grey (no data)</th><th scope="col" class="num">Better</th><th scope="col" class="num">Worse</th></tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """))
        """
}

private func milestones(_ changes: ReviewChangesView) -> HTML {
    guard changes.hasOverdueMilestones || changes.hasUpcomingMilestones else {
        return "<p>No pilot milestone overdue or due within \(changes.soonDays) days.</p>\n"
    }
    let overdue = changes.overdueMilestones.map { (m: ReviewChangesView.Milestone) -> HTML in
        "<li><span class=\"warning\">overdue</span> \(accountLink(m.account)), \(m.pilot): \(m.name) (day \(m.day), \(m.date))</li>\n"
    }
    let upcoming = changes.upcomingMilestones.map { (m: ReviewChangesView.Milestone) -> HTML in
        "<li>due within \(changes.soonDays) days: \(accountLink(m.account)), \(m.pilot): \(m.name) (day \(m.day), \(m.date), \(m.state))</li>\n"
    }
    return "\(when(!overdue.isEmpty, "<ul>\n\(overdue)</ul>\n"))\(when(!upcoming.isEmpty, "<ul>\n\(upcoming)</ul>\n"))"
}

/// "Orion Rail: overall Green (83.3%) → Amber (66.7%); Growth is red".
func overallMove(_ move: ReviewChangesView.OverallMove) -> HTML {
    "<a href=\"\(move.account.href)\">\(move.account.title)</a>: overall \(badge(move.from)) (\(move.fromScore)) → \(badge(move.to)) (\(move.toScore))\(present(move.reason) { "; \($0)" })"
}

/// A pilot's decision, past due or coming: the call to make, and when.
func decisionLine(_ decision: ReviewChangesView.Decision) -> HTML {
    decision.overdue
        ? "<span class=\"warning\">decision due</span> <a href=\"\(decision.account.href)\">\(decision.account.title)</a>, \(decision.pilot): its last day was \(decision.end) (\(decision.when)); scale, extend or stop?"
        : "<a href=\"\(decision.account.href)\">\(decision.account.title)</a>, \(decision.pilot): last day \(decision.end) (\(decision.when)); scale, extend or stop?"
}
