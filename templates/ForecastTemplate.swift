import LynchpinViews

/// The plan's forecast: the verdict in words and colour, the figures, how they were made,
/// and each opportunity counted.
func forecastSection(_ forecast: ForecastView, plan: AccountPage) -> HTML {
    guard let verdict = forecast.verdict else {
        return planSection(plan, "forecast_heading", "Forecast for the year", """
            <p>No forecast for the fiscal year \(forecast.year). Why: \(forecast.reason ?? "").</p>

            """)
    }
    let lines = forecast.lines.map { (line: ForecastView.Line) -> HTML in
        """
        <tr><th scope="row">\(line.name)</th><td class="num">\(line.value)</td><td class="date">\(line.close)</td>\
        <td class="num">\(line.probability)</td><td>\(line.source)</td><td class="num">\(line.weighted)</td></tr>

        """
    }
    let table: HTML = forecast.lines.isEmpty
        ? "<p>No open opportunity closes by the year's end.</p>\n"
        : tableWrap("\(plan.name): pipeline in the forecast", """
            <table class="forecast">
            <caption>Open opportunities closing this fiscal year, each counted at its probability</caption>
            <thead>
            <tr><th scope="col">Opportunity</th><th scope="col" class="num">Value</th><th scope="col">Close</th>\
            <th scope="col" class="num">Probability</th><th scope="col">Probability from</th><th scope="col" class="num">Counted</th></tr>
            </thead>
            <tbody>
            \(lines)</tbody>
            </table>

            """)
    let stale: HTML = forecast.stale.isEmpty ? "" : """
        <p class="note">Left out, open past their close date: \(forecast.stale.joined(separator: "; ")). Update the close date if they will still close.</p>

        """
    return planSection(plan, "forecast_heading", "Forecast for the year", """
        <p class="forecast-verdict \(forecast.onTrack ? "forecast-on-track" : "forecast-short")"><strong>\(verdict)</strong> \
        for the fiscal year \(forecast.year).</p>
        \(figures(forecast.figures.map { ($0.label, $0.value) }))<p class="note">\(forecast.basis ?? "")</p>
        \(table)\(stale)
        """)
}

/// A manager's or the portfolio's forecasts added up, for the scorecard and the dashboard.
func forecastTotal(_ total: ForecastTotalView) -> HTML {
    let withheld: HTML = total.withheld.isEmpty ? "" : """
        <p class="note">Without a forecast (each plan says why): \(total.withheld.enumerated().map { (item: (offset: Int, element: PageLink)) -> HTML in "\(item.offset == 0 ? "" : ", ")<a href=\"\(item.element.href)\">\(item.element.title)</a>" }).</p>

        """
    guard let verdict = total.verdict else { return "<p>No account has a forecast.</p>\n\(withheld)" }
    return """
        <p class="forecast-verdict \(total.onTrack ? "forecast-on-track" : "forecast-short")"><strong>\(verdict)</strong>: \
        forecast \(total.value) against a target of \(total.target).</p>
        <p class="note">\(total.counted).</p>
        \(withheld)
        """
}

/// The dashboard's forecast: the portfolio's, then each manager's.
func dashboardForecast(_ view: PortfolioPage) -> HTML {
    let rows = view.managerForecasts.map { (row: PortfolioPage.ManagerForecast) -> HTML in
        """
        <tr><th scope="row"><a href="\(row.manager.href)">\(row.manager.title)</a></th><td class="num">\(row.made)</td>\
        <td class="num">\(row.total.target)</td><td class="num">\(row.total.value)</td>\
        <td>\(present(row.total.verdict) { "<span class=\"\(row.total.onTrack ? "forecast-on-track" : "forecast-short")\">\($0)</span>" } ?? "no forecast")</td></tr>

        """
    }
    let table: HTML = view.managerForecasts.isEmpty ? "" : tableWrap("Forecast by key account manager", """
        <table class="forecast-managers">
        <caption>Each manager's active accounts with a forecast: sales so far plus the pipeline closing this fiscal year, weighted</caption>
        <thead>
        <tr><th scope="col">Manager</th><th scope="col" class="num">Accounts forecast</th><th scope="col" class="num">Target</th>\
        <th scope="col" class="num">Forecast</th><th scope="col">Against target</th></tr>
        </thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """)
    return """
        <section aria-labelledby="forecast_heading">
        <h2 id="forecast_heading">Forecast for the year</h2>
        \(forecastTotal(view.forecast))<p class="note">\(view.forecastMethod)</p>
        \(table)</section>

        """
}
