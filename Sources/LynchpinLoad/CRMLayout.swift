import LynchpinDomain

/// The layouts of CRM opportunity exports Lynchpin knows by their header row, and the
/// fields a layout maps to columns. A project's own layout comes from `crm.columns`.
struct CRMLayout {
    /// The fields a layout can map: `id` keeps an opportunity's id from one export to the
    /// next (else its name gives it), `account_id` matches an account's `crm_ids`.
    static let fields = ["id", "name", "account", "account_id", "amount", "stage", "close", "probability", "owner"]
    static let requiredFields = ["name", "account", "amount", "stage", "close"]

    let name: String
    /// Field to the header names that hold it, any of which will do.
    let columns: [String: [String]]

    static let salesforce = CRMLayout(name: "a Salesforce opportunity report", columns: [
        "id": ["Opportunity ID", "Opportunity ID (18)"], "name": ["Opportunity Name"], "account": ["Account Name"],
        "account_id": ["Account ID", "Account ID (18)"], "amount": ["Amount", "Amount (converted)"], "stage": ["Stage"],
        "close": ["Close Date"], "probability": ["Probability (%)"], "owner": ["Opportunity Owner"],
    ])

    static let hubSpot = CRMLayout(name: "a HubSpot deals export", columns: [
        "id": ["Record ID", "Deal ID"], "name": ["Deal Name"],
        "account": ["Associated Company", "Associated Company (Primary)", "Company name"],
        "account_id": ["Associated Company IDs", "Associated Company IDs (Primary)", "Associated Company ID"],
        "amount": ["Amount", "Amount in company currency"], "stage": ["Deal Stage"], "close": ["Close Date"],
        "owner": ["Deal owner", "Deal Owner"],
    ])

    static let builtIn = [salesforce, hubSpot]

    /// A layout from `crm.columns`: one header per field.
    static func declared(_ columns: [String: String]) -> CRMLayout {
        CRMLayout(name: "the layout declared under crm.columns", columns: columns.mapValues { [$0] })
    }

    /// Each field's column in the table; nil unless every required field has one.
    func columns(in table: ExportTable) -> [String: Int]? {
        var found: [String: Int] = [:]
        for (field, names) in columns {
            if let column = table.column(names) { found[field] = column }
        }
        return Self.requiredFields.allSatisfy { found[$0] != nil } ? found : nil
    }

    /// The headers a table needs for this layout.
    var requiredHeaders: [String] { Self.requiredFields.compactMap { columns[$0]?.first } }

    /// The required fields the table lacks, by their header names in this layout.
    func missingHeaders(in table: ExportTable) -> [String] {
        Self.requiredFields.filter { table.column(columns[$0] ?? []) == nil }.compactMap { columns[$0]?.first }
    }
}

/// Stage names as CRMs call them, to the stages of the content format. Salesforce's and
/// HubSpot's default pipelines are known; a project names its own under `crm.stages`.
enum CRMStageName {
    /// "Closed Won", "closedwon" and "Closed-won" are one stage.
    static func key(_ name: String) -> String { HeaderName.key(name) }

    static let builtIn: [String: Opportunity.Stage] = {
        var stages: [String: Opportunity.Stage] = [:]
        for stage in Opportunity.Stage.allCases { stages[stage.rawValue] = stage }
        let named: [(String, Opportunity.Stage)] = [
            // Salesforce's default sales process.
            ("Prospecting", .identify), ("Qualification", .qualify), ("Needs Analysis", .qualify),
            ("Value Proposition", .propose), ("Id. Decision Makers", .propose), ("Perception Analysis", .propose),
            ("Proposal/Price Quote", .propose), ("Negotiation/Review", .negotiate),
            ("Closed Won", .won), ("Closed Lost", .lost),
            // HubSpot's default deal pipeline.
            ("Appointment Scheduled", .identify), ("Qualified To Buy", .qualify), ("Presentation Scheduled", .propose),
            ("Decision Maker Bought-In", .propose), ("Contract Sent", .negotiate),
        ]
        for (name, stage) in named { stages[key(name)] = stage }
        return stages
    }()

    static func stage(_ name: String, declared: [String: Opportunity.Stage]) -> Opportunity.Stage? {
        let key = key(name)
        return declared[key] ?? builtIn[key]
    }
}
