import LynchpinDomain
import LynchpinMarkdown

/// One account plan: where the account stands, how it scores, who matters, what we do next.
public struct AccountPage: Encodable {
    public struct Person: Encodable {
        public let name: String
        public let role: String?
    }

    public struct Figure: Encodable {
        public let label: String
        public let value: String
    }

    public struct Block: Encodable {
        public let title: String
        public let present: Bool
        public let state: String
        public let href: String?
    }

    public private(set) var page: PageChrome
    public let accountID: String
    public let name: String
    public let status: String
    public let industry: String?
    public let region: String?
    public let flags: [FlagBadge]
    public let hasFlags: Bool
    public let position: MatrixView
    public let attractivenessCriteria: BreakdownView
    public let strengthCriteria: BreakdownView
    /// The recorded selection decision in words.
    public let selection: String?
    public let leadership: [Person]
    public let team: [Person]
    public let hasTeam: Bool
    public let revenue: [Figure]
    public let hasRevenue: Bool
    public let congruence: [Block]
    public let congruenceSummary: String
    public let scorecard: ScorecardView
    /// The year's forecast against target; nil unless the account is active.
    public let forecast: ForecastView?
    public let valueGap: ValueGapView
    public let stakeholders: StakeholderView
    public let relationships: RelationshipView?
    /// Its divisions rolled up, or its parent; nil for a stand-alone account.
    public let global: GlobalAccountView?
    public let objectives: ObjectivesView
    /// The account's review actions still open, overdue ones marked.
    public let actions: ActionsView
    public let qualification: QualificationView?
    public let pipeline: PipelineView
    public let feedback: FeedbackView
    public let pilot: PilotView?
    public private(set) var narrative: HTML
    public private(set) var hasNarrative: Bool
    public let playbooks: [PageLink]
    public let hasPlaybooks: Bool
    public let source: String
    /// Put before every id on the plan, so several plans can share one page (the print pack).
    public let idPrefix: String
    public let summary: ExecutiveSummary
    /// The running header of the printed plan, as a CSS string.
    public let printHeader: String

    public static func path(_ account: Account) -> String { SiteLinks.account(account.id) }

    /// The plan as written at `pagePath`: its own page by default, or a pack. Links are made
    /// for that place; ids carry the account id, so plans can share a pack.
    /// - Parameter portfolio: for a global account's roll-up and a division's parent.
    /// - Parameter documents: renders the narrative where it is shown; nil renders it anew.
    public init(analysis: AccountAnalysis, project: Project, asOf: Day, pagePath: String? = nil,
                portfolio: PortfolioAnalysis? = nil, documents: DocumentRenderer? = nil) {
        let account = analysis.account
        let path = pagePath ?? Self.path(account)
        let links = SiteLinks(pagePath: path)
        let idPrefix = Self.idPrefix(account.id)
        self.idPrefix = idPrefix
        let currency = project.config.currency
        page = PageChrome(title: account.name, path: path, section: pagePath == nil ? .portfolio : .print,
                          config: project.config, asOf: asOf)
        accountID = account.id
        name = account.name
        status = account.status.rawValue
        industry = account.industry
        region = account.region
        flags = analysis.flags.map(FlagBadge.init)
        hasFlags = !flags.isEmpty
        position = MatrixView(analysis.position)
        attractivenessCriteria = BreakdownView(axis: "Attractiveness", analysis.attractivenessBreakdown)
        strengthCriteria = BreakdownView(axis: "Our strength", analysis.strengthBreakdown)
        selection = selectionText(account.selection)
        leadership = [
            ("Key account manager", account.manager), ("Key account director", account.director),
            ("Executive sponsor", account.sponsor),
        ].compactMap { role, name in name.map { Person(name: $0, role: role) } }
        team = account.team.map { Person(name: $0.name, role: $0.role) }
        hasTeam = !team.isEmpty
        revenue = [
            ("Current revenue (12 months)", account.revenue.current), ("Profit (12 months)", account.revenue.profit),
            ("Potential (3 years)", account.revenue.potential),
        ].compactMap { label, value in Format.money(value, currency: currency).map { Figure(label: label, value: $0) } }
        hasRevenue = !revenue.isEmpty
        let coverage = analysis.health.congruence
        congruence = coverage.entries.map {
            Block(title: $0.block.title, present: $0.isPresent,
                  state: $0.isPresent ? "Present" : $0.isEmpty ? "Empty: a heading with nothing under it" : "Missing",
                  href: $0.headingID.map { "#\($0)" })
        }
        congruenceSummary = "\(coverage.presentCount) of \(coverage.entries.count) building blocks covered"
        let index = portfolio?.index ?? ScorecardIndex(weeks: project.weeks)
        forecast = analysis.forecast.map {
            ForecastView($0, asOf: asOf, fiscalYearStart: project.config.fiscalYearStart, currency: currency)
        }
        scorecard = ScorecardView(analysis.scorecard,
                                  histories: analysis.histories(index: index, fiscalYearStart: project.config.fiscalYearStart),
                                  config: project.config)
        valueGap = ValueGapView(analysis.valueGaps, relativeStrength: analysis.relativeStrength, strength: analysis.position.strength)
        stakeholders = StakeholderView(analysis.stakeholders, staleAfterDays: project.config.staleContactDays)
        global = GlobalAccountView(accountID: account.id, portfolio: portfolio, links: links, currency: currency)
        relationships = analysis.relationships.map {
            RelationshipView($0, manager: account.manager, staleAfterDays: project.config.staleContactDays)
        }
        objectives = ObjectivesView(account.objectives, health: analysis.health)
        actions = ActionsView(analysis.openActions, on: asOf, links: links)
        qualification = analysis.qualification.map { QualificationView($0) }
        pipeline = PipelineView(account.opportunities, pipeline: analysis.pipeline, on: asOf, currency: project.config.currency)
        feedback = FeedbackView(account: account, trends: analysis.feedback, asOf: asOf)
        pilot = analysis.pilot.map(PilotView.init)
        narrative = HTML(raw: Self.narrative(of: account, at: path, documents: documents ?? DocumentRenderer(config: project.config)))
        hasNarrative = !narrative.isEmpty
        playbooks = account.playbooks.compactMap { id in
            project.playbooks.first { $0.id == id }.map { PageLink(title: $0.title, href: links.to(SiteLinks.playbook(id))) }
        }
        hasPlaybooks = !playbooks.isEmpty
        source = account.sourcePath
        summary = ExecutiveSummary(analysis: analysis, config: project.config, asOf: asOf, links: links)
        printHeader = Self.printHeader(for: account, asOf: asOf)
    }

    /// The narrative as loaded is for the plan's own page; anywhere else (a pack) it is
    /// rendered again with its relative links rebased in cmark's tree. Even at the same
    /// depth: `../../playbooks/x/` would still work from a pack, but `map.png` would not.
    static func narrative(of account: Account, at path: String, documents: DocumentRenderer) -> String {
        let ownPath = Self.path(account)
        return documents.html(account.narrative, rebase: path == ownPath ? nil : LinkRebase(from: ownPath, to: path))
    }

    /// Every id on a plan starts with this, the account id and a dash.
    public static func idPrefix(_ accountID: String) -> String { accountID + "-" }

    /// A section of an account's plan, from any page: `accounts/acme/index.html#acme-pilot_heading`.
    static func section(_ accountID: String, _ id: String, links: SiteLinks) -> String {
        links.to(SiteLinks.account(accountID)) + "#" + idPrefix(accountID) + id
    }

    /// The id of a measure's row in the plan's scorecard, after the plan's prefix.
    public static func measureAnchor(_ measureID: String) -> String { "measure-" + measureID }

    /// A measure's row in its plan.
    static func measure(_ accountID: String, _ measureID: String, links: SiteLinks) -> String {
        section(accountID, measureAnchor(measureID), links: links)
    }

    /// The running header of the printed plan, as a CSS string.
    public static func printHeader(for account: Account, asOf: Day) -> String {
        CSSString.quoted("\(account.name) · account plan as of \(asOf)")
    }
}

/// The account's place on the portfolio matrix.
public struct MatrixView: Encodable {
    public let placed: Bool
    public let quadrant: String?
    public let policy: String?
    public let attractiveness: String
    public let strength: String

    public init(_ position: MatrixPosition) {
        placed = position.isPlaced
        quadrant = position.quadrant?.title
        policy = position.quadrant?.policy
        attractiveness = position.attractiveness.map(Format.oneDecimal) ?? "not scored"
        strength = position.strength.map(Format.oneDecimal) ?? "not scored"
    }
}
