import LynchpinDomain

/// The forecasts in portfolio.json (docs/portfolio-json.md): each active account's, and the
/// portfolio's and each manager's added up. Keys sorted, as the rest of the file.
enum ForecastJSON {
    /// An account's forecast, or why there is none: `{"made": false, "reason": "…"}`.
    static func write(_ outcome: ForecastOutcome, to json: inout JSONWriter) {
        json.object { json in
            guard let forecast = outcome.forecast else {
                json.field("made", false)
                json.field("reason", outcome.reason)
                return
            }
            json.field("booked", forecast.booked?.amount)
            json.field("booked_through", forecast.booked?.through.description)
            json.field("gap", forecast.gap)
            json.field("made", true)
            json.field("measure", forecast.measure.id)
            json.field("on_track", forecast.isOnTrack)
            json.key("pipeline")
            json.array(forecast.pipeline) { json, item in
                json.object { json in
                    json.field("close", item.opportunity.close.description)
                    json.field("id", item.opportunity.id)
                    json.field("probability", item.probability)
                    json.field("probability_source", item.stage.map { "stage table: \($0.table.rawValue)" } ?? "crm")
                    json.field("stage", item.stage?.stage ?? item.opportunity.stage.rawValue)
                    json.field("value", item.opportunity.value)
                    json.field("weighted", item.weighted)
                }
            }
            json.field("so_far", forecast.soFar)
            json.key("stale")
            json.array(forecast.stale) { json, opportunity in json.string(opportunity.id) }
            json.field("summed", forecast.summed)
            json.field("target", forecast.target)
            json.field("target_source", forecast.targetIsDeclared ? "revenue.target" : "measure")
            json.field("value", forecast.value)
            json.field("weeks_counted", forecast.weeksCounted)
            json.field("weighted_pipeline", forecast.weightedPipeline)
            json.field("year_end", forecast.year.end.description)
            json.field("year_start", forecast.year.start.description)
        }
    }

    /// Forecasts added up: only the accounts with one, the others named.
    /// - Parameter managers: writes the `managers` key, in its sorted place.
    static func write(_ total: ForecastTotal, to json: inout JSONWriter, managers: ((inout JSONWriter) -> Void)? = nil) {
        json.field("gap", total.gap)
        json.field("made", total.made)
        managers?(&json)
        json.field("on_track", total.isOnTrack)
        json.field("so_far", total.soFar)
        json.field("target", total.target)
        json.field("value", total.value)
        json.field("weighted_pipeline", total.weightedPipeline)
        json.key("withheld")
        json.array(total.withheld) { json, id in json.string(id) }
    }

    /// The portfolio's total, with each manager's by their id.
    static func write(_ portfolio: PortfolioAnalysis, to json: inout JSONWriter) {
        json.object { json in
            write(portfolio.forecast, to: &json) { json in
                json.key("managers")
                json.object { json in
                    for manager in portfolio.managers.sorted(by: { $0.id < $1.id }) where manager.scorecard.accountCount > 0 {
                        json.key(manager.id)
                        json.object { json in write(manager.scorecard.forecast, to: &json) }
                    }
                }
            }
        }
    }
}
