import LynchpinDomain

/// The data half of a review page: status changes first, then what moved, then what is late.
public struct ReviewChangesView: Encodable {
    public struct Transition: Encodable {
        public let account: PageLink
        public let measure: String
        public let from: RAGBadge
        public let to: RAGBadge
        public let actual: String?
    }

    public struct Move: Encodable {
        public let account: PageLink
        public let measure: String
        public let previous: String
        public let current: String
        public let change: String
        public let trend: String
        public let trendCSS: String
    }

    public struct Decision: Encodable {
        public let account: PageLink
        public let pilot: String
        public let end: String
    }

    public struct Milestone: Encodable {
        public let account: PageLink
        public let pilot: String
        public let name: String
        public let date: String
        public let day: Int
        public let state: String
    }

    public struct Objective: Encodable {
        public let account: PageLink
        public let name: String
        public let owner: String?
        public let due: String?
        public let status: String
    }

    public struct Contact: Encodable {
        public let account: PageLink
        public let name: String
        public let role: String
        public let lastContact: String?
        public let days: String
    }

    public let comparison: String
    public let transitions: [Transition]
    public let moves: [Move]
    /// "Meridian Freight, Cold-chain pilot: day 90 was 2026-12-30".
    public let decisionsDue: [Decision]
    public let overdueMilestones: [Milestone]
    public let upcomingMilestones: [Milestone]
    public let objectives: [Objective]
    public let contacts: [Contact]
    public let notUpdated: [PageLink]
    public let hasTransitions: Bool
    public let hasMoves: Bool
    public let hasOverdueMilestones: Bool
    public let hasUpcomingMilestones: Bool
    public let hasObjectives: Bool
    public let hasContacts: Bool
    public let hasNotUpdated: Bool
    public let soonDays = PilotStatus.soonDays

    public init(_ delta: ReviewDelta, project: Project, links: SiteLinks) {
        func account(_ id: String) -> PageLink {
            PageLink(title: project.account(id: id)?.name ?? id, href: links.to(SiteLinks.account(id)))
        }
        switch (delta.currentWeek, delta.previousWeek) {
        case let (current?, previous?):
            comparison = "Scorecard week \(current) compared with \(previous)."
        case let (current?, nil):
            comparison = "Scorecard week \(current), the first on record: nothing to compare with yet."
        default:
            comparison = "No scorecard week on or before \(delta.date) yet."
        }
        transitions = delta.transitions.map {
            Transition(account: account($0.accountID), measure: $0.measure.name, from: RAGBadge($0.from),
                       to: RAGBadge($0.to), actual: $0.actual.map { [unit = $0.measure.unit] in Format.measure($0, unit: unit) })
        }
        moves = delta.moves.map {
            Move(account: account($0.accountID), measure: $0.measure.name,
                 previous: Format.measure($0.previous, unit: $0.measure.unit),
                 current: Format.measure($0.current, unit: $0.measure.unit), change: Format.signed($0.change),
                 trend: $0.improved ? "better" : "worse", trendCSS: $0.improved ? "trend-better" : "trend-worse")
        }
        let milestone = { (alert: ReviewDelta.MilestoneAlert) in
            Milestone(account: account(alert.accountID), pilot: alert.pilotName, name: alert.entry.milestone.name,
                      date: alert.entry.date.description, day: alert.entry.milestone.day, state: alert.entry.state.rawValue)
        }
        decisionsDue = delta.decisionsDue.map {
            Decision(account: account($0.accountID), pilot: $0.pilot.name, end: $0.pilot.end.description)
        }
        overdueMilestones = delta.overdueMilestones.map(milestone)
        upcomingMilestones = delta.upcomingMilestones.map(milestone)
        objectives = delta.overdueObjectives.map {
            Objective(account: account($0.accountID), name: $0.objective.name, owner: $0.objective.owner,
                      due: $0.objective.due?.description, status: $0.objective.status.rawValue.replacingDashes())
        }
        contacts = delta.staleContacts.map {
            Contact(account: account($0.accountID), name: $0.entry.stakeholder.name,
                    role: $0.entry.stakeholder.role.map { $0.rawValue.replacingDashes() } ?? "no role",
                    lastContact: $0.entry.stakeholder.lastContact?.description,
                    days: $0.entry.daysSinceContact.map(String.init) ?? "never")
        }
        notUpdated = delta.notUpdated.map(account)
        hasTransitions = !transitions.isEmpty
        hasMoves = !moves.isEmpty
        hasOverdueMilestones = !overdueMilestones.isEmpty
        hasUpcomingMilestones = !upcomingMilestones.isEmpty
        hasObjectives = !objectives.isEmpty
        hasContacts = !contacts.isEmpty
        hasNotUpdated = !notUpdated.isEmpty
    }
}
