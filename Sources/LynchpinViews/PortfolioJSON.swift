import LynchpinDomain

/// `portfolio.json`: the computed figures, for other tools. Field names are snake_case and
/// documented in docs/portfolio-json.md. Written straight from the analyses by `JSONWriter`,
/// each object's keys in sorted order, so the file is byte-stable; every key is always
/// present, and a value that does not apply is null.
public struct PortfolioJSON {
    let portfolio: PortfolioAnalysis
    let config: SiteConfig

    public init(portfolio: PortfolioAnalysis, config: SiteConfig) {
        self.portfolio = portfolio
        self.config = config
    }

    /// - Parameter spill: takes the file's finished part after each account, so a large
    ///   portfolio's file is written as it is made; nil returns the whole file.
    public func bytes(spill: PageSpill? = nil) -> [UInt8] {
        let asOf = portfolio.asOf
        let estimate = 4_000 * portfolio.accounts.count + 1_000
        var json = JSONWriter(capacity: spill == nil ? estimate : min(estimate, 2 << 20))
        json.object { json in
            json.key("accounts")
            json.array(portfolio.accounts) { json, analysis in
                Self.write(analysis, asOf: asOf, to: &json)
                json.spill(spill)
            }
            json.field("as_of", asOf.description)
            json.field("currency", config.currency)
            json.key("forecast")
            ForecastJSON.write(portfolio, to: &json)
            json.field("overdue_actions", portfolio.overdueActions.count)
            json.key("pipeline")
            json.object { json in
                json.field("open_count", portfolio.pipeline.openCount)
                json.field("open_value", portfolio.pipeline.openValue)
                json.key("stages")
                json.object { json in
                    for total in portfolio.pipeline.stages.sorted(by: { $0.stage.rawValue < $1.stage.rawValue }) {
                        json.key(total.stage.rawValue)
                        json.object { json in
                            json.field("count", total.count)
                            json.field("value", total.value)
                        }
                    }
                }
            }
        }
        json.newlineAtEnd()
        return json.bytes
    }

    static func write(_ analysis: AccountAnalysis, asOf: Day, to json: inout JSONWriter) {
        let account = analysis.account
        json.object { json in
            json.field("attractiveness", analysis.position.attractiveness)
            json.key("feedback")
            writeFeedback(analysis.feedback, to: &json)
            json.key("flags")
            json.array(analysis.flags) { json, flag in json.string(flag.rawValue) }
            json.key("forecast")
            if let forecast = analysis.forecast { ForecastJSON.write(forecast, to: &json) } else { json.number(nil) }
            json.field("id", account.id)
            json.field("name", account.name)
            json.key("open_actions")
            json.array(analysis.openActions) { json, action in
                json.object { json in
                    json.field("action", action.action)
                    json.field("due", action.due.description)
                    json.field("id", action.id)
                    json.field("overdue", action.isOverdue(on: asOf))
                    json.field("owner", action.owner)
                    json.field("raised", action.raised.description)
                }
            }
            json.key("opportunities")
            json.array(account.opportunities) { json, opportunity in
                json.object { json in
                    json.field("close", opportunity.close.description)
                    json.field("fit", opportunity.fit.rawValue)
                    json.field("id", opportunity.id)
                    json.field("name", opportunity.name)
                    json.field("owner", opportunity.owner)
                    json.field("probability", opportunity.probability)
                    json.field("stage", opportunity.stage.rawValue)
                    json.field("stale", opportunity.isStale(on: asOf))
                    json.field("value", opportunity.value)
                }
            }
            json.key("qualification")
            if let qualification = analysis.qualification {
                json.object { json in
                    json.field("max", qualification.maximum)
                    json.field("total", qualification.total)
                }
            } else {
                json.number(nil)
            }
            json.field("quadrant", analysis.position.quadrant?.rawValue)
            json.field("relative_strength", analysis.relativeStrength)
            json.key("scorecard")
            writeScorecard(analysis.scorecard, to: &json)
            json.field("status", account.status.rawValue)
            json.field("strength", analysis.position.strength)
        }
    }

    /// `{"customer": {"nps": {…}, "csat": {…}}, "employee": {…}}`, each survey's quarters
    /// oldest first; a side or survey without answers is left out.
    static func writeFeedback(_ trends: [FeedbackTrend], to json: inout JSONWriter) {
        json.object { json in
            for side in FeedbackResponse.Side.allCases {
                let own = trends.filter { $0.side == side }
                guard !own.isEmpty else { continue }
                json.key(side.rawValue)
                json.object { json in
                    for trend in own.sorted(by: { $0.survey.rawValue < $1.survey.rawValue }) {
                        json.key(trend.survey.rawValue)
                        json.object { json in
                            json.field("change", trend.change.map(Double.init))
                            json.field("fell", trend.fell)
                            json.key("quarters")
                            json.array(trend.quarters) { json, quarter in
                                json.object { json in
                                    json.field("end", quarter.period.end.description)
                                    json.field("responses", quarter.responses)
                                    json.field("score", quarter.score)
                                    json.field("start", quarter.period.start.description)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func writeScorecard(_ scorecard: Scorecard, to json: inout JSONWriter) {
        json.object { json in
            json.key("measures")
            json.array(scorecard.lines) { json, line in
                json.object { json in
                    json.field("actual", line.actual)
                    json.field("aggregate", line.measure.aggregate.rawValue)
                    json.field("compared_target", line.comparedTarget)
                    json.field("controllable", line.measure.controllable)
                    json.field("id", line.measure.id)
                    json.field("period", line.measure.period.rawValue)
                    json.field("perspective", line.measure.perspective.rawValue)
                    json.field("rag", line.rag.rawValue)
                    json.field("ratio", line.ratio)
                    json.field("target", line.target)
                }
            }
            json.field("overall", scorecard.overall)
            // The status beside the score: held at amber while a perspective is red.
            json.field("overall_status", scorecard.overallRAG.rawValue)
            json.key("perspectives")
            json.object { json in
                // Perspectives with no scored measure are published as null, not left out.
                for perspective in Measure.Perspective.allCases.sorted(by: { $0.rawValue < $1.rawValue }) {
                    json.field(perspective.rawValue, scorecard.perspectives.first { $0.perspective == perspective }?.score)
                }
            }
        }
    }
}
