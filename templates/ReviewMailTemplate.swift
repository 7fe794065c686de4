import LynchpinViews

/// A weekly review as mail clients show it: inline styles only (they strip stylesheets),
/// no script, no SVG, tables for layout-free data, every status a word in its colour, every
/// link absolute. Rendered for the message, never made from the review page's HTML.
extension BuiltInTheme {
    public static func reviewMailHTML(_ mail: ReviewMail) -> HTML {
        let page = mail.review
        let changes = page.changes
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(mail.subject)</title>
            </head>
            <body style="margin:0;padding:12px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45">
            <main style="max-width:680px;margin:0 auto">
            <p style="margin:0 0 4px;color:#555555;font-size:13px">\(mail.siteTitle)\(present(mail.organization) { " · \($0)" }) · weekly review</p>
            <h1 style="margin:0 0 8px;font-size:26px;line-height:1.25">\(page.title)</h1>
            <p style="margin:0 0 12px">\(page.date)\(when(page.hasAttendees, " · Attendees: \(page.attendees.joined(separator: ", "))"))</p>
            <p style="margin:0 0 12px"><strong>\(changes.headline)</strong></p>
            <p style="margin:0 0 16px"><a href="\(mail.url)" style="color:#1f4f8a">Open this review on the site</a> · <a href="\(mail.siteURL)" style="color:#1f4f8a">the dashboard</a></p>
            \(mailChanges(changes))\(mailNotes(page))\(when(page.hasFeedback && page.feedbackFalls.hasRows, mailFeedback(page)))\(when(page.hasActionLog, mailActions(page)))\
            <p style="margin:24px 0 0;color:#555555;font-size:13px">The figures as they stood on \(page.date). Statuses are written as words; the colours only repeat them.</p>
            </main>
            </body>
            </html>

            """
    }
}

private let heading2 = "margin:24px 0 8px;font-size:22px;line-height:1.3"
private let heading3 = "margin:16px 0 6px;font-size:15px"
private let cell = "padding:4px;border-bottom:1px solid #d0d5dc;text-align:left;vertical-align:top"
private let link = "color:#1f4f8a"

/// A status as a word on its colour.
private func mailBadge(_ rag: RAGBadge) -> HTML {
    let colour = switch rag.word {
    case "Red": "#b3261e"
    case "Amber": "#9a5b00"
    case "Green": "#1e7b3a"
    default: "#5f6670"
    }
    return "<span style=\"display:inline-block;padding:0 6px;border-radius:3px;background:\(colour);color:#ffffff;font-weight:bold\">\(rag.word)</span>"
}

private func mailLink(_ page: PageLink) -> HTML { "<a href=\"\(page.href)\" style=\"\(link)\">\(page.title)</a>" }

/// A table of text cells, the first of each row its header.
private func mailTable(_ caption: String, _ headers: [String], _ rows: [[HTML]]) -> HTML {
    let head = headers.map { (text: String) -> HTML in "<th scope=\"col\" style=\"\(cell)\">\(text)</th>" }
    let body = rows.map { (row: [HTML]) -> HTML in
        let cells = row.enumerated().map { (item: (offset: Int, element: HTML)) -> HTML in
            item.offset == 0 ? "<th scope=\"row\" style=\"\(cell)\">\(item.element)</th>" : "<td style=\"\(cell)\">\(item.element)</td>"
        }
        return "<tr>\(cells)</tr>\n"
    }
    return """
        <table style="border-collapse:collapse;width:100%;margin:0 0 12px;font-size:13px">
        \(when(!caption.isEmpty, "<caption style=\"text-align:left;color:#555555;padding:0 0 4px\">\(caption)</caption>\n"))<thead><tr>\(head)</tr></thead>
        <tbody>
        \(body)</tbody>
        </table>

        """
}

private func mailList(_ items: [HTML], empty: String) -> HTML {
    guard !items.isEmpty else { return "<p style=\"margin:0 0 8px\">\(empty)</p>\n" }
    return "<ul style=\"margin:0 0 8px;padding-left:20px\">\n\(items.map { (item: HTML) -> HTML in "<li>\(item)</li>\n" })</ul>\n"
}

private func mailChanges(_ changes: ReviewChangesView) -> HTML {
    let statusChanges: HTML
    if changes.byMeasure {
        statusChanges = changes.transitions.isEmpty ? "<p style=\"margin:0 0 8px\">No measure changed status.</p>\n"
            : mailTable("Measures whose status changed, newly red first", ["Account", "Measure", "Was", "Now", "Actual"],
                        changes.transitions.map { [mailLink($0.account), "\($0.measure)", mailBadge($0.from), mailBadge($0.to), "\($0.actual ?? "none")"] })
    } else {
        let shown = changes.accounts.prefix(SinceLastWeekView.rowsShown)
        let more = changes.accounts.count - shown.count
        statusChanges = """
            <p style="margin:0 0 8px">\(changes.counted).</p>
            \(mailTable("Accounts with the most measures newly red first" + (more > 0 ? "; \(more) more on the site" : ""),
                        ["Account", "Now red", "Now amber", "Now green", "Moved the wrong way"],
                        shown.map { [mailLink($0.account), "\($0.toRed)", "\($0.toAmber)", "\($0.toGreen)", "\($0.worse)"] }))
            """
    }
    let overall = changes.overall.map { (move: ReviewChangesView.OverallMove) -> HTML in
        "\(mailLink(move.account)): \(mailBadge(move.from)) (\(move.fromScore)) → \(mailBadge(move.to)) (\(move.toScore))\(present(move.reason) { "; \($0)" })"
    }
    let decisions = changes.decisions.map { (decision: ReviewChangesView.Decision) -> HTML in
        "\(mailLink(decision.account)), \(decision.pilot): \(decision.overdue ? "decision overdue, the last day was" : "last day") \(decision.end) (\(decision.when)); scale, extend or stop?"
    }
    let milestones = (changes.overdueMilestones.map { (m: ReviewChangesView.Milestone) -> HTML in
        "<strong>Overdue</strong>: \(mailLink(m.account)), \(m.pilot): \(m.name) (day \(m.day), \(m.date))"
    }) + changes.upcomingMilestones.map { (m: ReviewChangesView.Milestone) -> HTML in
        "Due within \(changes.soonDays) days: \(mailLink(m.account)), \(m.pilot): \(m.name) (day \(m.day), \(m.date), \(m.state))"
    }
    return """
        <h2 style="\(heading2)">What the data says</h2>
        <p style="margin:0 0 8px;color:#555555">\(changes.comparison)</p>
        <h3 style="\(heading3)">Status changes</h3>
        \(statusChanges)<h3 style="\(heading3)">Overall status changes</h3>
        \(mailList(overall, empty: "No account's overall status changed."))<h3 style="\(heading3)">Pilots</h3>
        \(mailList(decisions + milestones, empty: "No pilot decision or milestone is overdue or due within \(changes.soonDays) days."))\
        <h3 style="\(heading3)">Overdue objectives</h3>
        \(mailList(changes.objectives.map { (o: ReviewChangesView.Objective) -> HTML in "\(mailLink(o.account)): \(o.name)\(present(o.owner) { " (\($0))" }), due \(o.due ?? "none"), \(o.status)" }, empty: "No objective is overdue."))\
        <h3 style="\(heading3)">Not updated this week</h3>
        \(mailList(changes.notUpdated.map { (page: PageLink) -> HTML in "\(mailLink(page)): no actuals in this week's scorecard" }, empty: "Every account reported this week."))
        """
}

private func mailNotes(_ page: ReviewPage) -> HTML {
    """
    <h2 style="\(heading2)">Notes</h2>
    \(page.hasNotes ? page.notes : "<p>No notes were taken.</p>")

    """
}

private func mailFeedback(_ page: ReviewPage) -> HTML {
    """
    <h2 style="\(heading2)">Feedback that fell</h2>
    \(mailTable("Survey scores whose latest quarter fell below the one before", ["Account", "Whose", "Survey", "Latest quarter", "Change"],
                page.feedbackFalls.rows.map { [mailLink($0.account), "\($0.side)", "\($0.survey)", "\($0.latest)", "\($0.change)"] }))
    """
}

private func mailActions(_ page: ReviewPage) -> HTML {
    func part(_ view: ActionsView, _ title: String, empty: String) -> HTML {
        let rows = view.rows.map { (row: ActionsView.Row) -> [HTML] in
            ["\(row.action)", present(row.accountHref) { "<a href=\"\($0)\" style=\"\(link)\">\(row.account ?? "")</a>" } ?? "",
             "\(row.owner)", "\(row.due)", row.overdue ? "<strong style=\"color:#b3261e\">\(row.status), overdue</strong>" : "\(row.status)"]
        }
        let body = rows.isEmpty ? "<p style=\"margin:0 0 8px\">\(empty)</p>\n" : mailTable("", ["Action", "Account", "Owner", "Due", "Status"], rows)
        return "<h3 style=\"\(heading3)\">\(title)</h3>\n\(body)"
    }
    return """
        <h2 style="\(heading2)">Actions</h2>
        \(part(page.raisedActions, "Raised this week", empty: "No action was raised at this review."))\
        \(part(page.openActions, "Still open from earlier reviews", empty: "No action from an earlier review is still open."))\
        \(part(page.closedActions, "Closed this week", empty: "No earlier action was closed at this review."))
        """
}

/// The same review as plain text, for the mail clients and readers that show no HTML:
/// statuses as words, links written out in full.
extension BuiltInTheme {
    public static func reviewMailText(_ mail: ReviewMail) -> String {
        let page = mail.review
        let changes = page.changes
        var out: [String] = [
            "\(mail.siteTitle) · weekly review", "", page.title, page.date, "",
        ]
        if page.hasAttendees { out += ["Attendees: " + page.attendees.joined(separator: ", "), ""] }
        out += [changes.headline, "", "On the site: \(mail.url)", "", "WHAT THE DATA SAYS", changes.comparison, ""]
        out += ["Status changes:"]
        if changes.byMeasure {
            out += changes.transitions.isEmpty ? ["- No measure changed status."]
                : changes.transitions.map { "- \($0.account.title), \($0.measure): \($0.from.word) -> \($0.to.word)\($0.actual.map { " (\($0))" } ?? "")" }
        } else {
            let shown = changes.accounts.prefix(SinceLastWeekView.rowsShown)
            out += ["- " + changes.counted + "."] + shown.map {
                "- \($0.account.title): \($0.toRed) now red, \($0.toAmber) now amber, \($0.toGreen) now green, \($0.worse) moved the wrong way"
            }
            if changes.accounts.count > shown.count { out.append("- \(changes.accounts.count - shown.count) more accounts on the site") }
        }
        out += ["", "Overall status changes:"]
        out += changes.overall.isEmpty ? ["- No account's overall status changed."] : changes.overall.map {
            "- \($0.account.title): \($0.from.word) (\($0.fromScore)) -> \($0.to.word) (\($0.toScore))\($0.reason.map { "; \($0)" } ?? "")"
        }
        let decisions = changes.decisions.map {
            "- \($0.account.title), \($0.pilot): \($0.overdue ? "decision overdue, the last day was" : "last day") \($0.end) (\($0.when))"
        }
        let milestones = changes.overdueMilestones.map { "- Overdue: \($0.account.title), \($0.pilot): \($0.name) (day \($0.day), \($0.date))" }
            + changes.upcomingMilestones.map { "- Due soon: \($0.account.title), \($0.pilot): \($0.name) (day \($0.day), \($0.date))" }
        out += ["", "Pilots:"] + (decisions + milestones).nonEmpty(or: "- No pilot decision or milestone is overdue or due within \(changes.soonDays) days.")
        out += ["", "Overdue objectives:"] + changes.objectives.map { "- \($0.account.title): \($0.name), due \($0.due ?? "none")" }
            .nonEmpty(or: "- No objective is overdue.")
        out += ["", "Not updated this week:"] + changes.notUpdated.map { "- \($0.title)" }.nonEmpty(or: "- Every account reported this week.")
        out += ["", "NOTES", mail.notesText.isEmpty ? "No notes were taken." : mail.notesText]
        if page.feedbackFalls.hasRows {
            out += ["FEEDBACK THAT FELL"] + page.feedbackFalls.rows.map {
                "- \($0.account.title), \($0.side), \($0.survey): \($0.latest), \($0.change)"
            } + [""]
        }
        if page.hasActionLog {
            out += ["ACTIONS"]
            for (view, title) in [(page.raisedActions, "Raised this week"), (page.openActions, "Still open from earlier reviews"),
                                  (page.closedActions, "Closed this week")] {
                out += ["\(title):"] + view.rows.map {
                    "- \($0.action) (\($0.account ?? ""), \($0.owner)), due \($0.due): \($0.status)\($0.overdue ? ", OVERDUE" : "")"
                }.nonEmpty(or: "- None.")
                out.append("")
            }
        }
        out += ["The figures as they stood on \(page.date). Dashboard: \(mail.siteURL)"]
        return out.joined(separator: "\n") + "\n"
    }
}

private extension Array where Element == String {
    func nonEmpty(or line: String) -> [String] { isEmpty ? [line] : self }
}
