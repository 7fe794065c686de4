import Foundation
import LynchpinDomain

/// `portfolio.json`: the computed figures, for other tools. Field names are snake_case and
/// documented in docs/portfolio-json.md; keys are sorted so the file is byte-stable.
public struct PortfolioJSON: Encodable {
    struct AccountEntry: Encodable {
        let id: String
        let name: String
        let status: String
        let quadrant: String?
        let attractiveness: Double?
        let strength: Double?
        let relativeStrength: Double?
        let scorecard: ScorecardEntry
        let qualification: QualificationEntry?
        let openActions: [ActionEntry]
        let opportunities: [OpportunityEntry]
        let flags: [String]

        /// Every key is always present; a value that does not apply is null.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(status, forKey: .status)
            try container.encode(quadrant, forKey: .quadrant)
            try container.encode(attractiveness, forKey: .attractiveness)
            try container.encode(strength, forKey: .strength)
            try container.encode(relativeStrength, forKey: .relativeStrength)
            try container.encode(scorecard, forKey: .scorecard)
            try container.encode(qualification, forKey: .qualification)
            try container.encode(openActions, forKey: .openActions)
            try container.encode(opportunities, forKey: .opportunities)
            try container.encode(flags, forKey: .flags)
        }

        enum CodingKeys: String, CodingKey {
            case id, name, status, quadrant, attractiveness, strength, scorecard, qualification, flags, opportunities
            case openActions = "open_actions"
            case relativeStrength = "relative_strength"
        }
    }

    struct OpportunityEntry: Encodable {
        let id: String
        let name: String
        let value: Double
        let stage: String
        let close: String
        let fit: String
        let stale: Bool
    }

    struct PipelineEntry: Encodable {
        struct Stage: Encodable {
            let count: Int
            let value: Double
        }

        let openCount: Int
        let openValue: Double
        let stages: [String: Stage]

        enum CodingKeys: String, CodingKey {
            case stages
            case openCount = "open_count"
            case openValue = "open_value"
        }
    }

    /// A review action still open on the reference date.
    struct ActionEntry: Encodable {
        let id: String
        let action: String
        let owner: String
        let due: String
        let raised: String
        let overdue: Bool
    }

    struct ScorecardEntry: Encodable {
        let overall: Double?
        let perspectives: [String: Double?]
        let measures: [MeasureEntry]

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(overall, forKey: .overall)
            // Perspectives with no scored measure are published as null, not left out.
            var nested = container.nestedContainer(keyedBy: DynamicKey.self, forKey: .perspectives)
            for (key, value) in perspectives { try nested.encode(value, forKey: DynamicKey(key)) }
            try container.encode(measures, forKey: .measures)
        }

        enum CodingKeys: String, CodingKey { case overall, perspectives, measures }
    }

    struct MeasureEntry: Encodable {
        let id: String
        let perspective: String
        let target: Double?
        let comparedTarget: Double?
        let period: String
        let aggregate: String
        let controllable: Bool
        let actual: Double?
        let ratio: Double?
        let rag: String

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(perspective, forKey: .perspective)
            try container.encode(target, forKey: .target)
            try container.encode(comparedTarget, forKey: .comparedTarget)
            try container.encode(period, forKey: .period)
            try container.encode(aggregate, forKey: .aggregate)
            try container.encode(controllable, forKey: .controllable)
            try container.encode(actual, forKey: .actual)
            try container.encode(ratio, forKey: .ratio)
            try container.encode(rag, forKey: .rag)
        }

        enum CodingKeys: String, CodingKey {
            case id, perspective, target, period, aggregate, controllable, actual, ratio, rag
            case comparedTarget = "compared_target"
        }
    }

    struct QualificationEntry: Encodable {
        let total: Int
        let max: Int
    }

    struct DynamicKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    let asOf: String
    let currency: String
    let overdueActions: Int
    let pipeline: PipelineEntry
    let accounts: [AccountEntry]

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of"
        case overdueActions = "overdue_actions"
        case currency, accounts, pipeline
    }

    public init(portfolio: PortfolioAnalysis, config: SiteConfig) {
        asOf = portfolio.asOf.description
        currency = config.currency
        overdueActions = portfolio.overdueActions.count
        pipeline = PipelineEntry(openCount: portfolio.pipeline.openCount, openValue: portfolio.pipeline.openValue,
                                 stages: Dictionary(uniqueKeysWithValues: portfolio.pipeline.stages.map {
                                     ($0.stage.rawValue, PipelineEntry.Stage(count: $0.count, value: $0.value))
                                 }))
        accounts = portfolio.accounts.map { analysis in
            let scorecard = analysis.scorecard
            return AccountEntry(
                id: analysis.account.id, name: analysis.account.name, status: analysis.account.status.rawValue,
                quadrant: analysis.position.quadrant?.rawValue, attractiveness: analysis.position.attractiveness,
                strength: analysis.position.strength, relativeStrength: analysis.relativeStrength,
                scorecard: ScorecardEntry(
                    overall: scorecard.overall,
                    perspectives: Dictionary(uniqueKeysWithValues: Measure.Perspective.allCases.map { perspective in
                        (perspective.rawValue, scorecard.perspectives.first { $0.perspective == perspective }?.score)
                    }),
                    measures: scorecard.lines.map {
                        MeasureEntry(id: $0.measure.id, perspective: $0.measure.perspective.rawValue,
                                     target: $0.target, comparedTarget: $0.comparedTarget, period: $0.measure.period.rawValue,
                                     aggregate: $0.measure.aggregate.rawValue, controllable: $0.measure.controllable,
                                     actual: $0.actual, ratio: $0.ratio, rag: $0.rag.rawValue)
                    }),
                qualification: analysis.qualification.map { QualificationEntry(total: $0.total, max: $0.maximum) },
                openActions: analysis.openActions.map {
                    ActionEntry(id: $0.id, action: $0.action, owner: $0.owner, due: $0.due.description,
                                raised: $0.raised.description, overdue: $0.isOverdue(on: portfolio.asOf))
                },
                opportunities: analysis.account.opportunities.map {
                    OpportunityEntry(id: $0.id, name: $0.name, value: $0.value, stage: $0.stage.rawValue,
                                     close: $0.close.description, fit: $0.fit.rawValue, stale: $0.isStale(on: portfolio.asOf))
                },
                flags: analysis.flags.map(\.rawValue))
        }
    }

    /// The file's bytes, written directly (`JSONWriter`): keys sorted, two-space indents.
    public func bytes() -> [UInt8] {
        var json = JSONWriter(capacity: 2_000 * accounts.count + 1_000)
        json.object { json in
            json.key("accounts")
            json.array(accounts) { json, account in account.write(to: &json) }
            json.field("as_of", asOf)
            json.field("currency", currency)
            json.field("overdue_actions", overdueActions)
            json.key("pipeline")
            json.object { json in
                json.field("open_count", pipeline.openCount)
                json.field("open_value", pipeline.openValue)
                json.key("stages")
                json.object { json in
                    for (stage, total) in pipeline.stages.sorted(by: { $0.key < $1.key }) {
                        json.key(stage)
                        json.object { json in
                            json.field("count", total.count)
                            json.field("value", total.value)
                        }
                    }
                }
            }
        }
        return json.bytes + [UInt8(ascii: "\n")]
    }

    /// The same through Foundation's JSONEncoder, for the test that the two agree.
    func encodedByFoundation() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data()
    }
}

extension PortfolioJSON.AccountEntry {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("attractiveness", attractiveness)
            json.key("flags")
            json.array(flags) { json, flag in json.string(flag) }
            json.field("id", id)
            json.field("name", name)
            json.key("open_actions")
            json.array(openActions) { json, action in
                json.object { json in
                    json.field("action", action.action)
                    json.field("due", action.due)
                    json.field("id", action.id)
                    json.field("overdue", action.overdue)
                    json.field("owner", action.owner)
                    json.field("raised", action.raised)
                }
            }
            json.key("opportunities")
            json.array(opportunities) { json, opportunity in
                json.object { json in
                    json.field("close", opportunity.close)
                    json.field("fit", opportunity.fit)
                    json.field("id", opportunity.id)
                    json.field("name", opportunity.name)
                    json.field("stage", opportunity.stage)
                    json.field("stale", opportunity.stale)
                    json.field("value", opportunity.value)
                }
            }
            json.key("qualification")
            if let qualification {
                json.object { json in
                    json.field("max", qualification.max)
                    json.field("total", qualification.total)
                }
            } else {
                json.number(nil)
            }
            json.field("quadrant", quadrant)
            json.field("relative_strength", relativeStrength)
            json.key("scorecard")
            json.object { json in
                json.key("measures")
                json.array(scorecard.measures) { json, measure in
                    json.object { json in
                        json.field("actual", measure.actual)
                        json.field("aggregate", measure.aggregate)
                        json.field("compared_target", measure.comparedTarget)
                        json.field("controllable", measure.controllable)
                        json.field("id", measure.id)
                        json.field("period", measure.period)
                        json.field("perspective", measure.perspective)
                        json.field("rag", measure.rag)
                        json.field("ratio", measure.ratio)
                        json.field("target", measure.target)
                    }
                }
                json.field("overall", scorecard.overall)
                json.key("perspectives")
                json.object { json in
                    for (name, score) in scorecard.perspectives.sorted(by: { $0.key < $1.key }) {
                        json.field(name, score)
                    }
                }
            }
            json.field("status", status)
            json.field("strength", strength)
        }
    }
}
