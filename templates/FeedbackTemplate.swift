import LynchpinViews

/// The plan's survey results: a table per side (customer, our team), then its newest comments.
func feedbackSection(_ plan: AccountPage) -> HTML {
    let sides = plan.feedback.sides.map { (side: FeedbackView.Side) -> HTML in
        let rows = side.trends.map { (trend: FeedbackView.Trend) -> HTML in
            """
            <tr\(when(trend.fell, " class=\"fell\""))><th scope="row">\(trend.survey)</th><td>\(trend.quarter)</td>\
            <td class="num">\(trend.score)</td><td class="num">\(trend.responses)</td><td>\(trend.previous ?? "none")</td>\
            <td>\(when(trend.fell, "<strong>\(trend.change)</strong>"))\(when(!trend.fell, "\(trend.change)"))</td></tr>

            """
        }
        let comments = side.comments.map { (comment: FeedbackView.Comment) -> HTML in
            """
            <li><blockquote><p>\(comment.text)</p></blockquote><p class="note">\(comment.who), \(comment.date) (\(comment.score))</p></li>

            """
        }
        return """
            <h3>\(side.title)</h3>
            \(tableWrap("\(plan.name): feedback \(side.title.lowercased())", """
            <table class="feedback">
            <caption>Each survey's latest quarter with answers, against the one before it.</caption>
            <thead>
            <tr><th scope="col">Survey</th><th scope="col">Latest quarter</th><th scope="col" class="num">Score</th>\
            <th scope="col" class="num">Answers</th><th scope="col">Quarter before</th><th scope="col">Change</th></tr>
            </thead>
            <tbody>
            \(rows)</tbody>
            </table>

            """))\(when(side.hasComments, "<h4>Latest comments</h4>\n<ul class=\"comments\">\n\(comments)</ul>\n"))
            """
    }
    return planSection(plan, "feedback_heading", "Feedback", """
        <p class="note">From survey exports in content/feedback/. NPS is the share of promoters (9–10) less the \
        share of detractors (0–6); CSAT is the share answering 4 or 5. A quarter of a few answers moves a lot: \
        read the score with its count.</p>
        \(sides)
        """)
}

/// Accounts whose survey score fell, on the dashboard and a review.
func feedbackFallsTable(_ view: FeedbackFallsView, label: String, caption: HTML) -> HTML {
    let rows = view.rows.map { (row: FeedbackFallsView.Row) -> HTML in
        """
        <tr><th scope="row"><a href="\(row.account.href)">\(row.account.title)</a></th><td>\(row.side)</td><td>\(row.survey)</td>\
        <td>\(row.latest)</td><td>\(row.previous)</td><td><strong>\(row.change)</strong></td></tr>

        """
    }
    return tableWrap(label, """
        <table class="feedback-falls">
        <caption>\(caption)</caption>
        <thead>
        <tr><th scope="col">Account</th><th scope="col">Whose</th><th scope="col">Survey</th><th scope="col">Latest quarter</th>\
        <th scope="col">Quarter before</th><th scope="col">Change</th></tr>
        </thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """)
}
