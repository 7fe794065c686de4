import LynchpinViews

func scorecardSection(_ plan: AccountPage) -> HTML {
    let scorecard = plan.scorecard
    guard scorecard.hasMeasures else {
        return planSection(plan, "scorecard_heading", "Balanced scorecard", "<p>No scorecard measures yet.</p>\n")
    }
    let groups = scorecard.groups.map { (group: ScorecardView.Group) -> HTML in
        let warning: HTML = group.overFocusLimit
            ? " <span class=\"warning\">\(group.measureCount) measures: more than \(scorecard.focusLimit), keep it focused</span>"
            : ""
        return """
            <tbody>
            <tr class="perspective"><th scope="rowgroup" colspan="3">\(group.title): score \(group.score ?? "none")\(warning)</th>\
            <td>\(badge(group.rag))</td><td colspan="5"></td></tr>
            \(group.rows.map { measureRow($0, idPrefix: plan.idPrefix) })</tbody>

            """
    }
    let rules: HTML = """
        <p class="note">Each measure as of \(plan.page.site.asOf) against its target: a weekly measure's latest actual, \
        a monthly, quarterly or yearly one's figure for the period so far. \(scorecard.bands) \
        A perspective's score weighs \(scorecard.pointsRule). \(scorecard.overallRule)</p>

        """
    let table: HTML = """
        <table class="scorecard">
        <caption>\(plan.name): each measure against its target as of \(plan.page.site.asOf)</caption>
        <thead>
        <tr><th scope="col">Measure</th><th scope="col" class="num">Actual (week)</th><th scope="col" class="num">Target</th>\
        <th scope="col">Status</th><th scope="col" class="num">Of target</th><th scope="col" class="num">Previous</th>\
        <th scope="col" class="num">Change</th><th scope="col">Trend</th><th scope="col" class="num">Weight</th></tr>
        </thead>
        \(groups)</table>

        """
    return planSection(plan, "scorecard_heading", "Balanced scorecard", "\(rules)\(tableWrap("\(plan.name): balanced scorecard", table))")
}

/// A measure's row carries an id, so a status change on the dashboard or a review links to it.
private func measureRow(_ row: ScorecardView.Row, idPrefix: String) -> HTML {
    let note: HTML = row.note.map { "<span class=\"measure-note\">\($0)</span>" } ?? ""
    let week: HTML = row.week.map { "<span class=\"week\">\($0)</span>" } ?? ""
    let basis: HTML = row.basis.map { "<span class=\"measure-note\">\($0)</span>" } ?? ""
    let due: HTML = row.due.map { "<span class=\"measure-note\">\($0)</span>" } ?? ""
    let per: HTML = row.per.map { "<span class=\"per\">\($0)</span>" } ?? ""
    let outOf: HTML = row.outOf.map { "<span class=\"per\">\($0)</span>" } ?? ""
    let schedule: HTML = row.schedule.map { "<span class=\"measure-note\">\($0)</span>" } ?? ""
    let uncontrollable: HTML = when(row.uncontrollable, "<span class=\"measure-note\">Outside the manager's control: not on their own scorecard</span>")
    let change: HTML = row.change.map {
        "<span class=\"\(row.trendCSS)\">\(row.arrow) \($0) <span class=\"trend-word\">\(row.trend)</span></span>"
    } ?? ""
    return """
        <tr id="\(idPrefix)\(AccountPage.measureAnchor(row.id))"><th scope="row">\(row.name) <span class="direction">(\(row.direction))</span>\(uncontrollable)\(note)</th>\
        <td class="num">\(row.actualFigure ?? "none")\(outOf)\(week)\(basis)\(due)</td>\
        <td class="num">\(row.targetFigure)\(per)\(schedule)</td>\
        <td>\(badge(row.rag))</td><td class="num">\(row.ratio)</td><td class="num">\(row.previous)</td><td class="num">\(change)</td>\
        <td>\(row.sparkline.map(sparkline))</td><td class="num">\(row.weight)</td></tr>

        """
}

func sparkline(_ line: Sparkline) -> HTML {
    """
    <svg class="sparkline" viewBox="0 0 \(line.width) \(line.height)" width="\(line.width)" height="\(line.height)" \
    role="img" aria-label="\(line.label)">\(when(!line.targetPath.isEmpty, "<path class=\"target\" d=\"\(line.targetPath)\"/>"))\
    <polyline points="\(line.points)"/><circle cx="\(line.last.x)" cy="\(line.last.y)" r="2.5"/></svg>
    """
}

/// A manager's overall score over the last weeks, 0% to 100%.
func scoreTrend(_ trend: ScoreTrend) -> HTML {
    """
    <svg class="sparkline" viewBox="0 0 \(trend.width) \(trend.height)" width="\(trend.width)" height="\(trend.height)" \
    role="img" aria-label="\(trend.label)"><polyline points="\(trend.points)"/><circle cx="\(trend.last.x)" cy="\(trend.last.y)" r="2.5"/></svg>
    """
}

func pilotSection(_ pilot: PilotView, plan: AccountPage) -> HTML {
    func fact(_ term: String, _ value: String?) -> HTML {
        value.map { "<div><dt>\(term)</dt><dd>\($0)</dd></div>\n" } ?? ""
    }
    let milestones = pilot.milestones.map { (milestone: PilotView.Milestone) -> HTML in
        """
        <tr class="\(milestone.css)"><th scope="row">\(milestone.name)</th><td class="num">\(milestone.day)</td>\
        <td class="date">\(milestone.date)</td><td>\(milestone.owner ?? "")</td><td><span class="milestone-state \(milestone.css)">\(milestone.state)</span>\
        \(when(milestone.dueSoon, " <span class=\"note\">due soon</span>"))</td></tr>

        """
    }
    let table: HTML = """
        <table class="milestones">
        <thead>
        <tr><th scope="col">Milestone</th><th scope="col" class="num">Day</th><th scope="col">Date</th><th scope="col">Owner</th><th scope="col">State</th></tr>
        </thead>
        <tbody>
        \(milestones)</tbody>
        </table>

        """
    let overdue: HTML = pilot.overdueText.map { " <span class=\"warning\">\($0)</span>" } ?? ""
    return planSection(plan, "pilot_heading", "90-day pilot: \(pilot.name)", css: "pilot", """
        <p class="big">\(pilot.dayText)\(overdue)</p>
        <p class="note">From \(pilot.start) to \(pilot.end) (\(pilot.days) days).</p>
        \(present(pilot.decision) { "<p class=\"decision\"><strong>Decision:</strong> \($0)</p>\n" })\
        \(present(pilot.decisionDue) { "<p><span class=\"warning\">\($0)</span></p>\n" })
        \(pilotTimeline(pilot, idPrefix: plan.idPrefix))<dl class="pilot-facts">
        \(fact("Hypothesis", pilot.hypothesis))\(fact("Success criteria", pilot.success))\(fact("Team", pilot.team))\
        \(fact("Customer stakeholder", pilot.customerStakeholder))</dl>
        \(tableWrap("\(plan.name): pilot milestones", table))
        """)
}

private func pilotTimeline(_ pilot: PilotView, idPrefix: String) -> HTML {
    let milestones = pilot.milestones.map { (milestone: PilotView.Milestone) -> HTML in
        """
        <circle class="milestone \(milestone.css)" cx="\(milestone.x)" cy="\(pilot.lineY)" r="7"/>
        <text class="milestone-label" x="\(milestone.x)" y="\(milestone.labelY)" text-anchor="\(milestone.anchor)">\(milestone.name)</text>

        """
    }
    let today: HTML = pilot.todayX.map {
        """
        <line class="today" x1="\($0)" y1="8" x2="\($0)" y2="72"/>
        <text class="today-label" x="\($0)" y="78" text-anchor="middle">today</text>

        """
    } ?? ""
    return """
        <figure class="chart pilot-timeline">
        <svg viewBox="0 0 \(pilot.width) \(pilot.height)" width="\(pilot.width)" height="\(pilot.height)" role="img" \
        aria-labelledby="\(idPrefix)pilot_timeline_title \(idPrefix)pilot_timeline_desc">
        <title id="\(idPrefix)pilot_timeline_title">Pilot timeline</title>
        <desc id="\(idPrefix)pilot_timeline_desc">\(pilot.description)</desc>
        <line class="axis" x1="\(pilot.lineStart)" y1="\(pilot.lineY)" x2="\(pilot.lineEnd)" y2="\(pilot.lineY)"/>
        \(milestones)\(today)</svg>
        <figcaption>Milestones: done, in progress, planned, overdue and blocked, each named in the table below. \
        The vertical line is today.</figcaption>
        </figure>

        """
}

func valueGapSection(_ plan: AccountPage) -> HTML {
    let view = plan.valueGap
    let rows = view.rows.map { (row: ValueGapView.Row) -> HTML in
        """
        <tr><th scope="row">\(row.need)</th><td class="num">\(row.importance)</td><td class="num">\(row.us)</td>\
        <td class="num">\(row.competitor)</td><td class="num">\(row.gap)\(when(row.behind, " <span class=\"behind\">behind</span>"))</td></tr>

        """
    }
    let table: HTML = """
        <table class="value-gap">
        <caption>Ratings from 1 to 5. Weighted gap: (competitor − us) × importance; worst first.</caption>
        <thead>
        <tr><th scope="col">Need</th><th scope="col" class="num">Importance</th><th scope="col" class="num">Us</th>\
        <th scope="col" class="num">Competitor</th><th scope="col" class="num">Weighted gap</th></tr>
        </thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """
    let relative: HTML = present(view.relativeStrength) { value in
        "<p><strong>Relative strength \(value)</strong> (Σ importance × our rating ÷ Σ importance × the competitor's; below 1 the customer prefers the competitor). \(view.relativeText ?? "")</p>\n"
    }
    return planSection(plan, "value_heading", "What the account values",
                       "\(relative)\(valueGapChart(view.chart, idPrefix: plan.idPrefix))\(tableWrap("\(plan.name): value gap", table))")
}

private func valueGapChart(_ chart: ValueGapChart, idPrefix: String) -> HTML {
    let bars = chart.bars.map { (bar: ValueGapChart.Bar) -> HTML in
        """
        <text class="bar-label" x="0" y="\(bar.labelY)">\(bar.need)</text>
        <rect class="bar \(bar.css)" x="\(bar.x)" y="\(bar.y)" width="\(bar.width)" height="20"/>
        <text class="bar-value" x="\(bar.valueX)" y="\(bar.labelY)" text-anchor="\(bar.anchor)">\(bar.gap)</text>

        """
    }
    return """
        <figure class="chart value-gap-chart">
        <svg viewBox="0 0 \(chart.width) \(chart.height)" width="\(chart.width)" height="\(chart.height)" role="img" \
        aria-labelledby="\(idPrefix)value_gap_title \(idPrefix)value_gap_desc">
        <title id="\(idPrefix)value_gap_title">Value gap against the best competitor</title>
        <desc id="\(idPrefix)value_gap_desc">\(chart.description)</desc>
        <line class="axis" x1="\(chart.zeroX)" y1="0" x2="\(chart.zeroX)" y2="\(chart.height)"/>
        \(bars)</svg>
        <figcaption>Bars to the right: the competitor is rated better (we are behind). To the left: we lead.</figcaption>
        </figure>

        """
}

func stakeholderSection(_ plan: AccountPage) -> HTML {
    let view = plan.stakeholders
    let warnings: HTML = view.hasWarnings
        ? "<ul class=\"warnings\">\n\(view.warnings.map { (text: String) -> HTML in "<li>\(text)</li>\n" })</ul>\n"
        : ""
    let rows = view.rows.map { (row: StakeholderView.Row) -> HTML in
        """
        <tr\(when(row.stale, " class=\"stale\""))><th scope="row">\(row.name)</th><td>\(row.title)</td><td>\(row.role)</td>\
        <td>\(row.stance)</td><td class="date">\(row.lastContact)</td><td class="num">\(row.days)\
        \(when(row.stale, " <span class=\"warning\">stale</span>"))</td></tr>

        """
    }
    let table: HTML = view.hasRows ? tableWrap("\(plan.name): stakeholders", """
        <table class="stakeholders">
        <thead>
        <tr><th scope="col">Name</th><th scope="col">Title</th><th scope="col">Role</th><th scope="col">Stance</th>\
        <th scope="col">Last contact</th><th scope="col" class="num">Days since</th></tr>
        </thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """) : ""
    return planSection(plan, "stakeholders_heading", "Stakeholders", "\(warnings)\(table)\(present(plan.relationships) { relationshipMap($0, plan: plan) })")
}

/// The relationship map, inside the stakeholders section: the SVG and the same as a table.
private func relationshipMap(_ map: RelationshipView, plan: AccountPage) -> HTML {
    let lines = map.lines.map { (line: RelationshipView.Line) -> HTML in
        "<line class=\"\(line.css)\" x1=\"\(map.leftX)\" y1=\"\(line.y1)\" x2=\"\(map.rightX)\" y2=\"\(line.y2)\"/>\n"
    }
    let theirs = map.customer.map { (node: RelationshipView.Node) -> HTML in
        """
        <circle class="person" cx="\(map.leftX)" cy="\(node.y)" r="6"/><text x="188" y="\(node.y)" dy="4" text-anchor="end">\(node.name)\
        \(present(node.detail) { " (\($0))" })</text>

        """
    }
    let ours = map.ours.map { (node: RelationshipView.Node) -> HTML in
        """
        <circle class="person ours" cx="\(map.rightX)" cy="\(node.y)" r="6"/><text x="452" y="\(node.y)" dy="4">\(node.name)\
        \(present(node.detail) { " (\($0))" })</text>

        """
    }
    let rows = map.rows.map { (row: RelationshipView.Row) -> HTML in
        "<tr><th scope=\"row\">\(row.stakeholder)</th><td>\(row.role)</td><td>\(row.owners)</td><td class=\"date\">\(row.lastContact) <span class=\"recency \(row.css)\">\(row.recency)</span></td></tr>\n"
    }
    return """
        <h3 id="\(plan.idPrefix)relationships_heading">Relationship map: <span class="shape shape-\(map.shapeCSS)">\(map.shape)</span></h3>
        <p>\(map.explanation)</p>
        <figure class="chart relationship-map">
        <svg viewBox="0 0 \(map.width) \(map.height)" width="100%" role="img" aria-labelledby="\(plan.idPrefix)relationships_title \(plan.idPrefix)relationships_desc">
        <title id="\(plan.idPrefix)relationships_title">\(plan.name): relationship map</title>
        <desc id="\(plan.idPrefix)relationships_desc">\(map.description)</desc>
        \(lines)\(theirs)\(ours)</svg>
        <figcaption>Their people on the left, ours on the right. Each line is a relationship, coloured by how recent its last contact is; the table below says the same in words.</figcaption>
        </figure>
        \(tableWrap("\(plan.name): relationships", """
        <table class="relationships">
        <thead>
        <tr><th scope="col">Their person</th><th scope="col">Role</th><th scope="col">Held by</th><th scope="col">Last contact</th></tr>
        </thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """))
        """
}

func objectivesSection(_ plan: AccountPage) -> HTML {
    let view = plan.objectives
    guard view.hasRows else { return planSection(plan, "objectives_heading", "Objectives", "<p>No objectives yet.</p>\n") }
    let counts = view.counts.map { (count: ObjectivesView.Count) -> HTML in "<span class=\"count\">\(count.count) \(count.status)</span> " }
    let overdue: HTML = view.overdueText.map { "<span class=\"warning\">\($0)</span>" } ?? ""
    let rows = view.rows.map { (row: ObjectivesView.Row) -> HTML in
        """
        <tr\(when(row.overdue, " class=\"overdue\""))><th scope="row">\(row.name)</th><td>\(row.owner)</td><td class="date">\(row.due)</td>\
        <td>\(row.status)\(when(row.overdue, " <span class=\"warning\">overdue</span>"))</td></tr>

        """
    }
    return planSection(plan, "objectives_heading", "Objectives", """
        <p>\(counts)\(overdue)</p>
        \(tableWrap("\(plan.name): objectives", """
        <table class="objectives">
        <thead>
        <tr><th scope="col">Objective</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Status</th></tr>
        </thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """))
        """)
}

func planActionsSection(_ plan: AccountPage) -> HTML {
    let view = plan.actions
    let overdue: HTML = when(view.overdueCount > 0, "<span class=\"warning\">\(view.overdueCount) overdue</span>")
    return planSection(plan, "actions_heading", "Open actions from the weekly reviews", """
        <p><span class="count">\(view.rows.count) open</span> \(overdue)</p>
        \(tableWrap("\(plan.name): open actions", actionsTable(view, caption: nil)))
        """)
}

/// The actions of a plan or a review. With account names when the rows span accounts.
func actionsTable(_ view: ActionsView, caption: String?) -> HTML {
    let spansAccounts = view.rows.first?.account != nil
    let rows = view.rows.map { (row: ActionsView.Row) -> HTML in
        let account: HTML = when(spansAccounts, "<td>\(present(row.accountHref) { "<a href=\"\($0)\">\(row.account ?? "")</a>" })</td>")
        return """
            <tr\(when(row.overdue, " class=\"overdue\""))><th scope="row">\(row.action) <span class="measure-note">\(row.id)</span></th>\
            \(account)<td>\(row.owner)</td><td class="date">\(row.due)</td>\
            <td>\(row.status)\(when(row.overdue, " <span class=\"warning\">overdue</span>"))</td>\
            <td class="date">\(present(row.raisedHref) { "<a href=\"\($0)\">\(row.raised)</a>" })</td></tr>

            """
    }
    return """
        <table class="actions">
        \(present(caption) { "<caption>\($0)</caption>\n" })<thead>
        <tr><th scope="col">Action</th>\(when(spansAccounts, "<th scope=\"col\">Account</th>"))<th scope="col">Owner</th>\
        <th scope="col">Due</th><th scope="col">Status</th><th scope="col">Raised</th></tr>
        </thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """
}

func pipelineSection(_ plan: AccountPage) -> HTML {
    let view = plan.pipeline
    let rows = view.rows.map { (row: PipelineView.Row) -> HTML in
        """
        <tr\(when(row.stale, " class=\"overdue\""))><th scope="row">\(row.name)\(present(row.crm) { "<br><span class=\"note\">\($0)</span>" })</th><td>\(row.stage)</td>\
        <td class="num">\(row.value)</td><td class="date">\(row.close)\(when(row.stale, " <span class=\"warning\">past its close date</span>"))</td>\
        <td>\(row.fit)</td><td>\(row.profile ?? "not qualified yet")</td></tr>

        """
    }
    return planSection(plan, "pipeline_heading", "Pipeline", """
        <p><span class="count">\(view.openCount) open</span> worth <strong>\(view.openValue)</strong></p>
        \(tableWrap("\(plan.name): opportunities", """
        <table class="pipeline">
        <caption>Open opportunities first, by close date. Qualification: each round's points against its maximum.</caption>
        <thead>
        <tr><th scope="col">Opportunity</th><th scope="col">Stage</th><th scope="col" class="num">Value</th>\
        <th scope="col">Close</th><th scope="col">Fit</th><th scope="col">Qualification</th></tr>
        </thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """))
        """)
}

func qualificationSection(_ view: QualificationView, plan: AccountPage) -> HTML {
    let steps = view.steps.map { (step: QualificationView.Step) -> HTML in
        let answers = step.answers.map { (answer: QualificationView.Answer) -> HTML in
            "<tr><th scope=\"row\">\(answer.question)</th><td>\(answer.answer)</td><td class=\"num\">\(answer.score)</td></tr>\n"
        }
        return """
            <tbody>
            <tr class="perspective"><th scope="rowgroup" colspan="2">\(step.title)</th><td class="num">\(step.total) / \(step.maximum)</td></tr>
            \(answers)</tbody>

            """
    }
    return planSection(plan, "qualification_heading", "Qualification profile", """
        <p class="big">\(view.total) of \(view.maximum) (\(view.percentage))</p>
        <p class="note">\(view.summary.prefix(1).uppercased() + view.summary.dropFirst()); \(view.answerCount). \
        A profile for the team's call on fit, not a verdict.</p>
        \(tableWrap("\(plan.name): qualification answers", """
        <table class="qualification">
        <thead>
        <tr><th scope="col">Question</th><th scope="col">Answer</th><th scope="col" class="num">Score</th></tr>
        </thead>
        \(steps)</table>

        """))
        """)
}
