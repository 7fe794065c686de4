import LynchpinViews

extension BuiltInTheme {
    /// `print/index.html` and `print/<manager>/index.html`: a printable pack.
    /// - Parameter spill: takes the finished part of the page after each account, so that a
    ///   large pack is written as it is made; nil keeps the whole page in the result.
    public static func pack(_ pack: PackPage, slots: Slots, spill: PageSpill? = nil) -> HTML {
        let named = pack.namedPages.map { (page: PackPage.NamedPage) -> HTML in
            "@page \(page.name) { @top-left { content: \(HTML(raw: page.printHeader)); } } "
        }
        // A print that is only part of the pack (its cover and contents) counts the whole pack's pages.
        let total: HTML = pack.pageTotal.map { "@page { @bottom-right { content: \"Page \" counter(page) \" of \($0)\"; } } " } ?? ""
        let head: HTML = "<style>@page { @top-left { content: \(HTML(raw: pack.printHeader)); } } \(total)\(named)</style>"
        return layout(pack.page, slots, head: head) { out in packMain(pack, slots: slots, spill: spill, into: &out) }
    }
}

/// The pack's parts, each appended as it is made: summaries and plans are rendered one at a
/// time into the page's buffer.
private func packMain(_ pack: PackPage, slots: Slots, spill: PageSpill?, into out: inout HTML) {
    let contents = pack.contents.map { (entry: PackPage.ContentsEntry) -> HTML in
        // Page 0 is the placeholder of a first print (ContentsNumbering): a dash, should it stand.
        "<li><a href=\"\(entry.href)\">\(entry.title)</a>\(present(entry.page) { " <span class=\"page-number\">page \($0 == 0 ? "–" : String($0))</span>" })</li>\n"
    }
    let organization: HTML = pack.organization.map { "<p class=\"cover-organization\">\($0)</p>\n" } ?? ""
    out.append("""
        <section class="pack-cover" aria-labelledby="pack_title">
        \(organization)<h1 id="pack_title">\(pack.title)</h1>
        <p class="cover-subtitle">\(pack.subtitle)</p>
        <p class="cover-date">As of <time datetime="\(pack.asOf)">\(pack.asOf)</time></p>
        \(slots.cover)\(printing(pack))</section>
        <nav class="pack-contents" aria-labelledby="pack_contents">
        <h2 id="pack_contents">Contents</h2>
        <ol>
        \(contents)</ol>
        </nav>

        """)
    // A print of the contents alone, its numbers filled in, to put in place of the first
    // print's contents: the rest is not laid out again.
    if pack.contentsOnly { return }
    out.append("""
        <section class="pack-section" id="\(PackPage.portfolioID)" aria-labelledby="pack_portfolio_heading">

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
            \(BuiltInTheme.planArticle(plan.model))</div>

            """)
        spill?.take(&out)
    }
}

/// How to print the pack, on screen only.
private func printing(_ pack: PackPage) -> HTML {
    guard pack.linksPlans else {
        return "<p class=\"screen-only note\">This page is made for printing: use your browser's Print command, or <code>lynchpin build --pdf</code>.</p>\n"
    }
    let whole: HTML = pack.pdfHref.map { "The whole pack is one PDF, each plan bookmarked: <a href=\"\($0)\">download it to print</a>. Its contents gives the pack's page numbers; each plan numbers its own pages too." }
        ?? "<code>lynchpin build --pdf</code> also makes the whole pack one PDF, each plan bookmarked."
    return """
        <p class="screen-only note">\(whole) Or open a plan from the contents and use your browser's Print command: \
        each plan prints on its own, opening with its one-page summary.</p>

        """
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
