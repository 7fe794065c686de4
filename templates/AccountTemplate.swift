import LynchpinViews

extension BuiltInTheme {
    /// `accounts/<id>/index.html`: one account plan.
    public static func account(_ plan: AccountPage, slots: Slots) -> HTML {
        layout(plan.page, slots, head: "<style>@page { @top-left { content: \(HTML(raw: plan.printHeader)); } }</style>",
               main: planArticle(plan))
    }

    /// A plan as its own page and a pack show it; every id starts with `plan.idPrefix`. Of
    /// the chrome it reads only the site's date, never a link.
    public static func planArticle(_ plan: AccountPage) -> HTML {
        """
        <article class="plan" id="\(plan.idPrefix)plan">
        \(executiveSummary(plan.summary, printOnly: true))<header class="plan-header">
        <p class="eyebrow">Account plan</p>
        <h1 id="\(plan.idPrefix)name">\(plan.name)</h1>
        <p class="meta"><span class="status status-\(plan.status)">\(plan.status)</span>\(plan.industry.map { " · \($0)" })\(plan.region.map { " · \($0)" })</p>
        \(present(plan.global?.parent) { "<p class=\"meta\">Division of <a href=\"\($0.href)\">\($0.title)</a></p>\n" })\
        \(plan.hasFlags ? flagList(plan.flags, label: "Needs attention") : "")</header>
        <div class="plan-grid">
        \(positionCard(plan))\(scoreCard(plan))\(plan.hasRevenue ? revenueCard(plan) : "")\(teamCard(plan))</div>
        \(congruenceCard(plan))
        \(present(plan.global) { $0.hasDivisions ? globalSection($0, plan: plan) : "" })\(criteriaSection(plan))\(scorecardSection(plan))\(plan.forecast.map { forecastSection($0, plan: plan) })\(plan.pilot.map { pilotSection($0, plan: plan) })\(plan.valueGap.hasRows ? valueGapSection(plan) : "")\(plan.feedback.hasFeedback ? feedbackSection(plan) : "")\
        \(stakeholderSection(plan))\(objectivesSection(plan))\(plan.actions.hasRows ? planActionsSection(plan) : "")\(plan.pipeline.hasRows ? pipelineSection(plan) : "")\(plan.qualification.map { qualificationSection($0, plan: plan) })\
        \(narrativeSection(plan))\(plan.hasPlaybooks ? playbooksSection(plan) : "")<p class="source">Source: <code>\(plan.source)</code></p>
        </article>

        """
    }
}

/// A card of the plan's grid: a section named by the account and its heading, so that
/// plans sharing a pack keep their landmarks apart.
/// A wide card sits below the grid, on a row of its own, so that the cards in the grid share
/// theirs evenly (in the grid, a card spanning every column would keep empty columns open).
func card(_ plan: AccountPage, _ id: String, _ title: String, wide: Bool = false, _ body: HTML) -> HTML {
    """
    <section class="card\(wide ? " card-wide" : "")" aria-labelledby="\(plan.idPrefix)name \(plan.idPrefix)\(id)">
    <h2 id="\(plan.idPrefix)\(id)">\(title)</h2>
    \(body)</section>

    """
}

/// A full-width section of the plan.
func planSection(_ plan: AccountPage, _ id: String, _ title: String, css: String? = nil, _ body: HTML) -> HTML {
    """
    <section\(present(css) { " class=\"\($0)\"" }) aria-labelledby="\(plan.idPrefix)name \(plan.idPrefix)\(id)">
    <h2 id="\(plan.idPrefix)\(id)">\(title)</h2>
    \(body)</section>

    """
}

private func positionCard(_ plan: AccountPage) -> HTML {
    let position = plan.position
    let placed: HTML = position.placed
        ? "<p class=\"big\">\(position.quadrant)</p><p class=\"policy\">\(position.policy)</p>"
        : "<p class=\"big\">Unplaced</p><p class=\"policy\">Score at least one criterion on each axis to place the account.</p>"
    return card(plan, "position_heading", "Portfolio position", """
        \(placed)
        <dl class="people">
        <div><dt>Attractiveness</dt><dd>\(position.attractiveness) <span class="coverage">(\(plan.attractivenessCriteria.coverage))</span></dd></div>
        <div><dt>Our strength</dt><dd>\(position.strength) <span class="coverage">(\(plan.strengthCriteria.coverage))</span></dd></div>
        </dl>

        """)
}

private func scoreCard(_ plan: AccountPage) -> HTML {
    card(plan, "score_heading", "Scorecard", """
        <p class="big">\(plan.scorecard.overall ?? "No score") \(badge(plan.scorecard.overallRAG))</p>
        <ul class="perspective-scores">
        \(plan.scorecard.groups.map { (group: ScorecardView.Group) -> HTML in "<li>\(group.title): \(group.score ?? "no score") \(badge(group.rag))</li>\n" })</ul>

        """)
}

private func revenueCard(_ plan: AccountPage) -> HTML {
    card(plan, "revenue_heading", "Revenue", figures(plan.revenue.map { ($0.label, $0.value) }))
}

private func teamCard(_ plan: AccountPage) -> HTML {
    let leaders = plan.leadership.map { (person: AccountPage.Person) -> HTML in "<div><dt>\(person.role)</dt><dd>\(person.name)</dd></div>\n" }
    let team = plan.team.map { (person: AccountPage.Person) -> HTML in
        "<li>\(person.name)\(present(person.role) { " <span class=\"role\">\($0)</span>" })</li>\n"
    }
    return card(plan, "people_heading", "Account team", """
        <dl class="people">
        \(leaders)</dl>
        \(when(plan.hasTeam, "<ul class=\"team\">\n\(team)</ul>\n"))
        """)
}

private func congruenceCard(_ plan: AccountPage) -> HTML {
    let blocks = plan.congruence.map { (block: AccountPage.Block) -> HTML in
        let title: HTML = block.href.map { "<a href=\"\($0)\">\(block.title)</a>" } ?? "\(block.title)"
        return "<li class=\"block \(block.present ? "block-present" : "block-missing")\">\(title): <strong>\(block.state)</strong></li>\n"
    }
    return card(plan, "congruence_heading", "Congruence", wide: true, """
        <p>\(plan.congruenceSummary)</p>
        <ul class="congruence">
        \(blocks)</ul>

        """)
}

/// A global account's divisions rolled up.
private func globalSection(_ global: GlobalAccountView, plan: AccountPage) -> HTML {
    let rows = global.divisions.map { (division: GlobalAccountView.Division) -> HTML in
        """
        <tr><th scope="row"><a href="\(division.href)">\(division.name)</a></th><td>\(division.level)</td>\
        <td><span class="status status-\(division.status)">\(division.status)</span></td><td>\(division.quadrant)</td>\
        <td class="num">\(division.score ?? "none")\(present(division.rag) { " \(badge($0))" })</td><td class="num">\(division.revenue ?? "")</td></tr>

        """
    }
    let prospects: HTML = global.notYetSold.isEmpty ? "" : """
        <p><strong>Divisions not yet sold to:</strong> \(global.notYetSold.enumerated().map { (index: Int, link: PageLink) -> HTML in "\(when(index > 0, ", "))<a href=\"\(link.href)\">\(link.title)</a>" })</p>

        """
    return planSection(plan, "global_heading", "Global account: \(global.divisionCount) divisions", """
        \(figures(global.totals.map { ($0.label, $0.value) }))\(prospects)\(tableWrap("\(plan.name): divisions", """
        <table class="divisions">
        <caption>Each division's place on the matrix and overall score; revenue is its own, summed above with the parent's</caption>
        <thead>
        <tr><th scope="col">Division</th><th scope="col">Level</th><th scope="col">Status</th><th scope="col">Quadrant</th>\
        <th scope="col" class="num">Score</th><th scope="col" class="num">Revenue</th></tr>
        </thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """))
        """)
}

private func narrativeSection(_ plan: AccountPage) -> HTML {
    planSection(plan, "narrative_heading", "Plan narrative", css: "narrative",
                plan.hasNarrative ? "\(plan.narrative)\n" : "<p>This plan has no narrative yet.</p>\n")
}

private func playbooksSection(_ plan: AccountPage) -> HTML {
    let items = plan.playbooks.map { (link: PageLink) -> HTML in "<li><a href=\"\(link.href)\">\(link.title)</a></li>\n" }
    return planSection(plan, "playbooks_heading", "Playbooks this plan follows", "<ul>\n\(items)</ul>\n")
}
