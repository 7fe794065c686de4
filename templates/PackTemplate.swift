import LynchpinViews

extension BuiltInTheme {
    /// `print/index.html` and `print/<manager>/index.html`: a printable pack.
    /// - Parameter spill: takes the finished part of the page after each account, so that a
    ///   large pack is written as it is made; nil keeps the whole page in the result.
    public static func pack(_ pack: PackPage, slots: Slots, spill: PageSpill? = nil) -> HTML {
        let named = pack.namedPages.map { (page: PackPage.NamedPage) -> HTML in
            "@page \(page.name) { @top-left { content: \(HTML(raw: page.printHeader)); } } "
        }
        let head: HTML = "<style>@page { @top-left { content: \(HTML(raw: pack.printHeader)); } } \(named)</style>"
        return layout(pack.page, slots, head: head) { out in packMain(pack, slots: slots, spill: spill, into: &out) }
    }
}

/// The pack's parts, each appended as it is made: summaries and plans are rendered one at a
/// time into the page's buffer.
private func packMain(_ pack: PackPage, slots: Slots, spill: PageSpill?, into out: inout HTML) {
    let contents = pack.contents.map { (entry: PackPage.ContentsEntry) -> HTML in
        "<li><a href=\"\(entry.href)\">\(entry.title)</a>\(present(entry.page) { " <span class=\"page-number\">page \($0)</span>" })</li>\n"
    }
    let organization: HTML = pack.organization.map { "<p class=\"cover-organization\">\($0)</p>\n" } ?? ""
    out.append("""
        <section class="pack-cover" aria-labelledby="pack_title">
        \(organization)<h1 id="pack_title">\(pack.title)</h1>
        <p class="cover-subtitle">\(pack.subtitle)</p>
        <p class="cover-date">As of <time datetime="\(pack.asOf)">\(pack.asOf)</time></p>
        \(slots.cover)<p class="screen-only note">This page is made for printing: use your browser's Print command, \
        or <code>lynchpin build --pdf</code>.</p>
        </section>
        <nav class="pack-contents" aria-labelledby="pack_contents">
        <h2 id="pack_contents">Contents</h2>
        <ol>
        \(contents)</ol>
        </nav>
        <section class="pack-section" id="pack-portfolio" aria-labelledby="pack_portfolio_heading">

        """)
    dashboard(pack.dashboard, headingID: "pack_portfolio_heading", spill: spill, into: &out)
    out.append("</section>\n")
    for summary in pack.summaries {
        out.append("""
            <div class="pack-section" style="page: \(PackPage.pageName(summary.accountID))">
            \(executiveSummary(summary, printOnly: false))</div>

            """)
        spill?.take(&out)
    }
    for plan in pack.plans {
        out.append("""
            <div class="pack-section" style="page: \(PackPage.pageName(plan.model.accountID))">
            \(plan.article ?? BuiltInTheme.planArticle(plan.model))</div>

            """)
        spill?.take(&out)
    }
}

/// One account on one printed page: where it stands, how it scores, what is at risk. The
/// first printed page of a plan, and each account's part of the executive pack.
func executiveSummary(_ summary: ExecutiveSummary, printOnly: Bool) -> HTML {
    let perspectives = summary.perspectives.map { (perspective: ExecutiveSummary.Perspective) -> HTML in
        "<li>\(perspective.title): \(perspective.score ?? "no score") \(badge(perspective.rag))</li>\n"
    }
    let risks: HTML = summary.hasRisks
        ? "<ul class=\"risks\">\n\(summary.risks.map { (risk: String) -> HTML in "<li>\(risk)</li>\n" })</ul>\n"
        : "<p>No red measures, overdue milestones or objectives, or stale contacts.</p>\n"
    let title: HTML = printOnly
        ? "<h2 class=\"summary-title\" id=\"\(summary.id)_title\">\(summary.name)</h2>"
        : "<h2 class=\"summary-title\" id=\"\(summary.id)_title\"><a href=\"\(summary.planHref)\">\(summary.name)</a></h2>"
    return """
        <section class="\(printOnly ? "print-only " : "")print-summary" id="\(summary.id)" aria-labelledby="\(summary.id)_title">
        <p class="eyebrow">Executive summary · as of \(summary.asOf)</p>
        \(title)
        <div class="summary-grid">
        <div class="summary-cell"><p class="label">Portfolio position</p><p class="big">\(summary.quadrant)</p>\
        \(present(summary.policy) { "<p class=\"policy\">\($0)</p>" })</div>
        <div class="summary-cell"><p class="label">Scorecard</p><p class="big">\(summary.overall ?? "No score") \(badge(summary.overallRAG))</p>
        <ul class="perspective-scores">
        \(perspectives)</ul></div>
        </div>
        \(figures(summary.figures.map { ($0.label, $0.value) }))<p><strong>Pilot:</strong> \(summary.pilot ?? "none running")</p>
        <h3>Top risks</h3>
        \(risks)</section>

        """
}
