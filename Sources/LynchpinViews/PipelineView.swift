import LynchpinDomain

/// An account's opportunities, open ones first, each with its qualification profile.
public struct PipelineView: Encodable {
    public struct Row: Encodable {
        public let id: String
        public let name: String
        public let value: String
        public let stage: String
        public let close: String
        public let fit: String
        public let open: Bool
        public let stale: Bool
        /// "round 1 12 of 15, round 2 8 of 10 (5 answers)"; nil when not qualified yet.
        public let profile: String?
        /// "Dana Whitfield · 75% in the CRM", for an opportunity from an export that gives them.
        public let crm: String?
    }

    public let rows: [Row]
    public let hasRows: Bool
    public let openValue: String
    public let openCount: Int

    /// - Parameter pipeline: the open opportunities' totals, from the account's analysis.
    public init(_ opportunities: [Opportunity], pipeline: Pipeline, on day: Day, currency: String) {
        let ordered = opportunities.sorted {
            ($0.stage.isOpen ? 0 : 1, $0.close, $0.id) < ($1.stage.isOpen ? 0 : 1, $1.close, $1.id)
        }
        rows = ordered.map { opportunity in
            let profile = Qualification(answers: opportunity.qualification).map(QualificationView.profile)
            return Row(id: opportunity.id, name: opportunity.name, value: Format.money(opportunity.value, currency: currency)!,
                       stage: opportunity.stage.rawValue, close: opportunity.close.description, fit: opportunity.fit.rawValue,
                       open: opportunity.stage.isOpen, stale: opportunity.isStale(on: day), profile: profile,
                       crm: Self.crm(opportunity))
        }
        hasRows = !rows.isEmpty
        openCount = pipeline.openCount
        openValue = Format.money(pipeline.openValue, currency: currency)!
    }

    static func crm(_ opportunity: Opportunity) -> String? {
        let parts = [opportunity.owner, opportunity.probability.map { "\(Format.number($0))% in the CRM" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}

/// The portfolio's open pipeline by stage, and what closes in the next 30 days.
public struct PortfolioPipelineView: Encodable {
    public struct Stage: Encodable {
        public let stage: String
        public let count: Int
        public let value: String
    }

    public struct Closing: Encodable {
        public let account: PageLink
        public let name: String
        public let value: String
        public let stage: String
        public let close: String
        public let fit: String
    }

    public let stages: [Stage]
    public let openCount: Int
    public let openValue: String
    public let closing: [Closing]
    public let hasPipeline: Bool
    public let soonDays = Pipeline.soonDays

    public init(_ pipeline: Pipeline, names: [String: String], links: SiteLinks, currency: String) {
        stages = pipeline.stages.map {
            Stage(stage: $0.stage.rawValue, count: $0.count, value: Format.money($0.value, currency: currency)!)
        }
        openCount = pipeline.openCount
        openValue = Format.money(pipeline.openValue, currency: currency)!
        closing = pipeline.closingSoon.map { entry in
            Closing(account: PageLink(title: names[entry.accountID] ?? entry.accountID, href: links.to(SiteLinks.account(entry.accountID))),
                    name: entry.opportunity.name, value: Format.money(entry.opportunity.value, currency: currency)!,
                    stage: entry.opportunity.stage.rawValue, close: entry.opportunity.close.description,
                    fit: entry.opportunity.fit.rawValue)
        }
        hasPipeline = pipeline.openCount > 0
    }
}
