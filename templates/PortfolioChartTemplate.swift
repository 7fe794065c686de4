import LynchpinViews

/// The portfolio matrix as an inline SVG bubble chart; the table beside it has every figure.
func portfolioChart(_ chart: PortfolioChart) -> HTML {
    let xTicks = chart.xTicks.map { (tick: PortfolioChart.Tick) -> HTML in
        "<text class=\"tick\" x=\"\(tick.x)\" y=\"\(tick.y)\" text-anchor=\"middle\">\(tick.value)</text>\n"
    }
    let yTicks = chart.yTicks.map { (tick: PortfolioChart.Tick) -> HTML in
        "<text class=\"tick\" x=\"\(tick.x)\" y=\"\(tick.y)\" text-anchor=\"end\">\(tick.value)</text>\n"
    }
    return """
        <figure class="chart portfolio-chart">
        <svg viewBox="0 0 \(chart.width) \(chart.height)" width="\(chart.width)" height="\(chart.height)" \
        aria-labelledby="portfolio_chart_title portfolio_chart_desc">
        <title id="portfolio_chart_title">Portfolio matrix</title>
        <desc id="portfolio_chart_desc">\(chart.description)</desc>
        <line class="axis" x1="\(chart.left)" y1="\(chart.bottom)" x2="\(chart.right)" y2="\(chart.bottom)"/>
        <line class="axis" x1="\(chart.left)" y1="\(chart.top)" x2="\(chart.left)" y2="\(chart.bottom)"/>
        <line class="split" x1="\(chart.splitX)" y1="\(chart.top)" x2="\(chart.splitX)" y2="\(chart.bottom)"/>
        <line class="split" x1="\(chart.left)" y1="\(chart.splitY)" x2="\(chart.right)" y2="\(chart.splitY)"/>
        <text class="quadrant-name" x="\(chart.left)" y="\(chart.top)" dx="8" dy="16">Star</text>
        <text class="quadrant-name" x="\(chart.right)" y="\(chart.top)" dx="-8" dy="16" text-anchor="end">Strategic</text>
        <text class="quadrant-name" x="\(chart.left)" y="\(chart.bottom)" dx="8" dy="-8">Streamline</text>
        <text class="quadrant-name" x="\(chart.right)" y="\(chart.bottom)" dx="-8" dy="-8" text-anchor="end">Status</text>
        \(xTicks)\(yTicks)<text class="axis-label" x="\(chart.midX)" y="\(chart.height)" dy="-8" text-anchor="middle">\(chart.axisLabelX) →</text>
        <text class="axis-label" x="16" y="\(chart.midY)" text-anchor="middle" transform="rotate(-90 16 \(chart.midY))">\(chart.axisLabelY) →</text>
        \(chart.bubbles.map(bubble))</svg>
        <figcaption>Bubble area shows current revenue. Every figure is in the table below.</figcaption>
        </figure>

        """
}

private func bubble(_ bubble: PortfolioChart.Bubble) -> HTML {
    """
    <a href="\(bubble.href)">
    <circle class="bubble bubble-\(bubble.quadrant)" cx="\(bubble.cx)" cy="\(bubble.cy)" r="\(bubble.r)"><title>\(bubble.summary)</title></circle>
    <text class="bubble-label" x="\(bubble.labelX)" y="\(bubble.labelY)" text-anchor="\(bubble.labelAnchor)">\(bubble.name)</text>
    </a>

    """
}
