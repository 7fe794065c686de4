import LynchpinDomain

/// The probability an open opportunity's stage carries, for a forecast when the CRM row
/// gives none. Looked up by the stage as the CRM names it, then by Lynchpin's own stage:
/// first in `forecast.probabilities` in lynchpin.yml, then in the defaults of Salesforce's
/// standard sales process and HubSpot's default deal pipeline (each CRM's own defaults),
/// then in Lynchpin's defaults for its six stages. docs/content-format.md lists them all.
enum StageProbabilities {
    /// Salesforce's standard opportunity stages with the probability each is shipped with.
    static let salesforce: [(String, Double)] = [
        ("Prospecting", 10), ("Qualification", 10), ("Needs Analysis", 20), ("Value Proposition", 50),
        ("Id. Decision Makers", 60), ("Perception Analysis", 70), ("Proposal/Price Quote", 75),
        ("Negotiation/Review", 90), ("Closed Won", 100), ("Closed Lost", 0),
    ]

    /// HubSpot's default deal pipeline with each stage's default win probability.
    static let hubSpot: [(String, Double)] = [
        ("Appointment Scheduled", 20), ("Qualified To Buy", 40), ("Presentation Scheduled", 60),
        ("Decision Maker Bought-In", 80), ("Contract Sent", 90), ("Closed Won", 100), ("Closed Lost", 0),
    ]

    /// Lynchpin's own stages, for opportunities written in a plan or a CRM stage mapped
    /// under `crm.stages`.
    static let lynchpin: [Opportunity.Stage: Double] = [
        .identify: 10, .qualify: 20, .propose: 50, .negotiate: 80, .won: 100, .lost: 0,
    ]

    private static let crmDefaults: [String: (Double, Opportunity.StageProbability.Table)] = {
        var table: [String: (Double, Opportunity.StageProbability.Table)] = [:]
        for (name, percent) in hubSpot { table[CRMStageName.key(name)] = (percent, .hubSpot) }
        for (name, percent) in salesforce { table[CRMStageName.key(name)] = (percent, .salesforce) }
        return table
    }()

    /// - Parameter crmStage: the stage as the export names it; nil for a plan's own.
    /// - Parameter declared: `forecast.probabilities`, keyed by `CRMStageName.key`.
    static func of(crmStage: String?, stage: Opportunity.Stage, declared: [String: Double]) -> Opportunity.StageProbability {
        if let crmStage {
            let key = CRMStageName.key(crmStage)
            if let percent = declared[key] { return .init(percent: percent, stage: crmStage, table: .declared) }
            if let (percent, table) = crmDefaults[key] { return .init(percent: percent, stage: crmStage, table: table) }
        }
        if let percent = declared[CRMStageName.key(stage.rawValue)] {
            return .init(percent: percent, stage: stage.rawValue, table: .declared)
        }
        return .init(percent: lynchpin[stage] ?? 0, stage: stage.rawValue, table: .lynchpin)
    }
}
