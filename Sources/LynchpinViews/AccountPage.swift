import Foundation
import LynchpinDomain

/// One account plan: where the account stands, how it scores, who matters, what we do next.
struct AccountPage {
    struct Person {
        let name: String
        let role: String?
    }

    struct Figure {
        let label: String
        let value: String
    }

    struct Block {
        let title: String
        let present: Bool
        let state: String
        let href: String?
    }

    let page: PageChrome
    let name: String
    let status: String
    let industry: String?
    let region: String?
    let flags: [FlagBadge]
    let hasFlags: Bool
    let position: MatrixView
    let leadership: [Person]
    let team: [Person]
    let hasTeam: Bool
    let revenue: [Figure]
    let hasRevenue: Bool
    let congruence: [Block]
    let congruenceSummary: String
    let scorecard: ScorecardView
    let valueGap: ValueGapView
    let stakeholders: StakeholderView
    let objectives: ObjectivesView
    let qualification: QualificationView?
    let pilot: PilotView?
    let narrative: String
    let hasNarrative: Bool
    let playbooks: [PageLink]
    let hasPlaybooks: Bool
    let source: String
    /// Put before every id on the plan, so several plans can share one page (the print pack).
    let idPrefix: String
    let summary: ExecutiveSummary

    static func path(_ account: Account) -> String { SiteLinks.account(account.id) }

    /// The plan is rendered once and placed on its own page and in the packs, so its links
    /// start from `SiteLinks.rootToken` and its ids from the account's id (unique in a pack).
    init(analysis: AccountAnalysis, project: Project, asOf: Day) {
        let account = analysis.account
        let path = Self.path(account)
        let links = SiteLinks(root: SiteLinks.rootToken)
        let idPrefix = account.id + "-"
        self.idPrefix = idPrefix
        let currency = project.config.currency
        page = PageChrome(title: account.name, path: path, section: .portfolio, config: project.config, asOf: asOf)
        name = account.name
        status = account.status.rawValue
        industry = account.industry
        region = account.region
        flags = analysis.flags.map(FlagBadge.init)
        hasFlags = !flags.isEmpty
        position = MatrixView(analysis.position)
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
            Block(title: $0.block.title, present: $0.isPresent, state: $0.isPresent ? "Present" : "Missing",
                  href: $0.headingID.map { "#\(idPrefix)\($0)" })
        }
        congruenceSummary = "\(coverage.presentCount) of \(coverage.entries.count) building blocks covered"
        scorecard = ScorecardView(analysis.scorecard, histories: analysis.histories, config: project.config)
        valueGap = ValueGapView(analysis.valueGaps)
        stakeholders = StakeholderView(analysis.stakeholders, staleAfterDays: project.config.staleContactDays)
        objectives = ObjectivesView(account.objectives, health: analysis.health)
        qualification = analysis.qualification.map { QualificationView($0, threshold: project.config.qualificationThreshold) }
        pilot = analysis.pilot.map(PilotView.init)
        narrative = Self.prefixingHeadingIDs(account.narrative.html, with: idPrefix)
        hasNarrative = !account.narrative.html.isEmpty
        playbooks = account.playbooks.compactMap { id in
            project.playbooks.first { $0.id == id }.map { PageLink(title: $0.title, href: links.to(SiteLinks.playbook(id))) }
        }
        hasPlaybooks = !playbooks.isEmpty
        source = account.sourcePath
        summary = ExecutiveSummary(analysis: analysis, config: project.config)
    }

    /// The running header of the printed plan, as a CSS string.
    static func printHeader(for account: Account, asOf: Day) -> String {
        CSSString.quoted("\(account.name) · account plan as of \(asOf)")
    }

    /// The renderer writes every heading as `<hN id="…">`; the pack needs those ids unique.
    static func prefixingHeadingIDs(_ html: String, with prefix: String) -> String {
        guard !prefix.isEmpty else { return html }
        return (1...6).reduce(html) { html, level in
            html.replacingOccurrences(of: "<h\(level) id=\"", with: "<h\(level) id=\"\(prefix)")
        }
    }
}

/// The account's place on the portfolio matrix.
struct MatrixView {
    let placed: Bool
    let quadrant: String?
    let policy: String?
    let attractiveness: String
    let strength: String

    init(_ position: MatrixPosition) {
        placed = position.isPlaced
        quadrant = position.quadrant?.title
        policy = position.quadrant?.policy
        attractiveness = position.attractiveness.map(Format.oneDecimal) ?? "not scored"
        strength = position.strength.map(Format.oneDecimal) ?? "not scored"
    }
}
