import LynchpinDomain

/// The data half of a review page: status changes first, then what moved, then what is late.
struct ReviewChangesView {
    struct Transition {
        let account: PageLink
        let measure: String
        let from: RAGBadge
        let to: RAGBadge
        let actual: String?
    }

    struct Move {
        let account: PageLink
        let measure: String
        let previous: String
        let current: String
        let change: String
        let trend: String
        let trendCSS: String
    }

    struct Milestone {
        let account: PageLink
        let pilot: String
        let name: String
        let date: String
        let day: Int
        let state: String
    }

    struct Objective {
        let account: PageLink
        let name: String
        let owner: String?
        let due: String?
        let status: String
    }

    struct Contact {
        let account: PageLink
        let name: String
        let role: String
        let lastContact: String?
        let days: String
    }

    let comparison: String
    let transitions: [Transition]
    let moves: [Move]
    let overdueMilestones: [Milestone]
    let upcomingMilestones: [Milestone]
    let objectives: [Objective]
    let contacts: [Contact]
    let notUpdated: [PageLink]
    let hasTransitions: Bool
    let hasMoves: Bool
    let hasOverdueMilestones: Bool
    let hasUpcomingMilestones: Bool
    let hasObjectives: Bool
    let hasContacts: Bool
    let hasNotUpdated: Bool
    let soonDays = PilotStatus.soonDays

    init(_ delta: ReviewDelta, project: Project, links: SiteLinks) {
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
