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
        /// "in 12 days", "today", "3 days ago".
        public let when: String
        /// The last day has passed without a decision.
        public let overdue: Bool
    }

    /// An account whose overall status moved: the badge carries why it is held at amber.
    public struct OverallMove: Encodable {
        public let account: PageLink
        public let from: RAGBadge
        public let to: RAGBadge
        public let fromScore: String
        public let toScore: String
        /// "Growth is red": the perspectives red now, which hold a status at amber at best.
        public let reason: String?
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

    /// One account's changes, counted: a review of many accounts lists these instead of
    /// every measure.
    public struct AccountChanges: Encodable {
        public let account: PageLink
        public let toRed: Int
        public let toAmber: Int
        public let toGreen: Int
        public let toGrey: Int
        public let better: Int
        public let worse: Int
    }

    /// A review of more accounts than this counts their changes by account. A meeting reads
    /// a few accounts measure by measure; at 3,000 accounts the list ran to 18,000 rows
    /// (5 MB a page), more than anyone reads, where a row an account, worst first, says
    /// where to look.
    public static let measureRowsUpTo = 50

    public let comparison: String
    /// Whether the review lists each measure (`transitions`, `moves`) or counts them by
    /// account (`accounts`).
    public let byMeasure: Bool
    public let transitions: [Transition]
    public let moves: [Move]
    /// Accounts with a change, most newly red first; empty when `byMeasure`.
    public let accounts: [AccountChanges]
    /// "12,002 status changes and 6,140 other moves in 2,301 of 2,370 accounts".
    public let counted: String
    /// "Meridian Freight, Cold-chain pilot: day 90 was 2026-12-30".
    /// Pilot decisions past their day, then those whose day is within `soonDays`, soonest first.
    public let decisions: [Decision]
    /// Overall statuses that moved, newly red first (each links to the plan's scorecard card).
    public let overall: [OverallMove]
    public let overdueMilestones: [Milestone]
    public let upcomingMilestones: [Milestone]
    public let objectives: [Objective]
    public let contacts: [Contact]
    public let notUpdated: [PageLink]
    /// "Since 2026-11-20: 2 measures newly red in 2 accounts, …", or that nothing changed.
    public let headline: String
    /// The kinds of change with nothing new, in one sentence.
    public let quiet: String?
    /// The worst news in a few words, for an e-mail's subject: "2 newly red, 1 action overdue".
    public let brief: String
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
            Self.link(id, project, href: links.to(SiteLinks.account(id)))
        }
        switch (delta.currentWeek, delta.previousWeek) {
        case let (current?, previous?):
            comparison = "Scorecard week \(current) compared with \(previous)."
        case let (current?, nil):
            comparison = "Scorecard week \(current), the first on record: nothing to compare with yet."
        default:
            comparison = "No scorecard week on or before \(delta.date) yet."
        }
        byMeasure = delta.accountIDs.count <= Self.measureRowsUpTo
        let changed: Int
        if byMeasure {
            changed = Set(delta.transitions.map(\.accountID)).union(delta.moves.map(\.accountID)).count
            transitions = delta.transitions.map {
                Transition(account: Self.link($0.accountID, project,
                                             href: AccountPage.measure($0.accountID, $0.measure.id, links: links)),
                           measure: $0.measure.name, from: RAGBadge($0.from),
                           to: RAGBadge($0.to), actual: $0.actual.map { [unit = $0.measure.unit] in Format.measure($0, unit: unit) })
            }
            moves = delta.moves.map {
                Move(account: Self.link($0.accountID, project,
                                       href: AccountPage.measure($0.accountID, $0.measure.id, links: links)),
                     measure: $0.measure.name,
                     previous: Format.measure($0.previous, unit: $0.measure.unit),
                     current: Format.measure($0.current, unit: $0.measure.unit), change: Format.signed($0.change),
                     trend: $0.improved ? "better" : "worse", trendCSS: $0.improved ? "trend-better" : "trend-worse")
            }
            accounts = []
        } else {
            transitions = []
            moves = []
            accounts = Self.tallied(delta) { id in
                Self.link(id, project, href: AccountPage.section(id, "scorecard_heading", links: links))
            }
            changed = accounts.count
        }
        counted = "\(Format.count(delta.transitions.count, "status change")) and \(Format.count(delta.moves.count, "other move"))"
            + " in \(Format.grouped(Double(changed))) of \(Format.count(delta.accountIDs.count, "account"))"
        let milestone = { (alert: ReviewDelta.MilestoneAlert) in
            Milestone(account: account(alert.accountID), pilot: alert.pilotName, name: alert.entry.milestone.name,
                      date: alert.entry.date.description, day: alert.entry.milestone.day, state: alert.entry.state.rawValue)
        }
        decisions = (delta.decisionsDue + delta.decisionsSoon).map { Self.decision($0, on: delta.date, project: project, links: links) }
        overall = delta.overallMoves.map { Self.overallMove($0, project: project, links: links) }
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
        // To the plan's scorecard, where the missing week shows.
        notUpdated = delta.notUpdated.map { Self.link($0, project, href: AccountPage.section($0, "scorecard_heading", links: links)) }
        (headline, quiet) = Self.summary(delta, since: delta.since.description)
        brief = Self.brief(delta)
        hasTransitions = !delta.transitions.isEmpty
        hasMoves = !delta.moves.isEmpty
        hasOverdueMilestones = !overdueMilestones.isEmpty
        hasUpcomingMilestones = !upcomingMilestones.isEmpty
        hasObjectives = !objectives.isEmpty
        hasContacts = !contacts.isEmpty
        hasNotUpdated = !notUpdated.isEmpty
    }

    /// A pilot's decision, linked to the pilot in its plan, with when it is due from `day`.
    static func decision(_ due: ReviewDelta.DecisionDue, on day: Day, project: Project, links: SiteLinks) -> Decision {
        let days = day.days(until: due.pilot.end)
        return Decision(account: Self.link(due.accountID, project,
                                          href: AccountPage.section(due.accountID, "pilot_heading", links: links)),
                        pilot: due.pilot.name, end: due.pilot.end.description,
                        when: days == 0 ? "today" : days > 0 ? "in \(Format.count(days, "day"))" : "\(Format.count(-days, "day")) ago",
                        overdue: days < 0)
    }

    /// An overall status that moved, linked to the plan's scorecard card.
    static func overallMove(_ move: ReviewDelta.OverallMove, project: Project, links: SiteLinks) -> OverallMove {
        OverallMove(account: Self.link(move.accountID, project,
                                      href: AccountPage.section(move.accountID, "score_heading", links: links)),
                    from: RAGBadge(move.from), to: RAGBadge(move.to),
                    fromScore: Format.percent(move.fromScore) ?? "none", toScore: Format.percent(move.toScore) ?? "none",
                    reason: RAGBadge.redReason(move.red))
    }

    /// An account by its name (its id when the project has none by it), linked to `href`.
    static func link(_ id: String, _ project: Project, href: String) -> PageLink {
        PageLink(title: project.account(id: id)?.name ?? id, href: href)
    }

    /// The counts the sentence and the subject line both tell.
    struct Counts {
        let newlyRed: Int
        let worse: Int
        let decisions: Int

        init(_ delta: ReviewDelta) {
            newlyRed = delta.transitions.filter { $0.to == .red }.count
            worse = delta.overallMoves.filter { $0.to < $0.from }.count
            decisions = delta.decisionsDue.count + delta.decisionsSoon.count
        }
    }

    /// The counts in one sentence, worst news first, and the kinds with nothing new.
    static func summary(_ delta: ReviewDelta, since: String) -> (String, String?) {
        let counts = Counts(delta)
        let (newlyRed, worse, decisions) = (counts.newlyRed, counts.worse, counts.decisions)
        let redAccounts = Set(delta.transitions.filter { $0.to == .red }.map(\.accountID)).count
        let better = delta.overallMoves.count - worse
        let kinds: [(String, Int, String)] = [
            ("\(Format.count(newlyRed, "measure")) newly red in \(Format.count(redAccounts, "account"))", newlyRed, "measures newly red"),
            ("\(Format.count(delta.transitions.count - newlyRed, "other status change"))",
             delta.transitions.count - newlyRed, "other status changes"),
            ("\(Format.count(worse, "overall status", plural: "overall statuses")) worse", worse, "overall statuses worse"),
            ("\(Format.count(better, "overall status", plural: "overall statuses")) better", better, "overall statuses better"),
            ("\(Format.count(delta.newlyOverdueActions.count, "review action")) fell overdue",
             delta.newlyOverdueActions.count, "actions fallen overdue"),
            ("\(Format.count(decisions, "pilot decision")) due within \(PilotStatus.soonDays) days or overdue", decisions, "pilot decisions due"),
            ("\(Format.count(delta.notUpdated.count, "account")) not updated", delta.notUpdated.count, "accounts not updated"),
            ("\(Format.count(delta.feedbackFalls.count, "survey score")) fell", delta.feedbackFalls.count, "survey scores"),
        ]
        let news = kinds.filter { $0.1 > 0 }.map(\.0)
        let quiet = kinds.filter { $0.1 == 0 }.map(\.2)
        let headline = news.isEmpty ? "Nothing changed since \(since)." : "Since \(since): " + Format.list(news) + "."
        return (headline, quiet.isEmpty ? nil : "Nothing new in: " + Format.list(quiet) + ".")
    }

    /// The counts a subject line has room for, worst first; "no change" when none.
    static func brief(_ delta: ReviewDelta) -> String {
        let counts = Counts(delta)
        let parts = [
            counts.newlyRed > 0 ? "\(counts.newlyRed) newly red" : nil,
            counts.worse > 0 ? "\(counts.worse) overall worse" : nil,
            delta.newlyOverdueActions.isEmpty ? nil : Format.count(delta.newlyOverdueActions.count, "action") + " fell overdue",
            counts.decisions > 0 ? Format.count(counts.decisions, "pilot decision") + " due" : nil,
            delta.notUpdated.isEmpty ? nil : "\(delta.notUpdated.count) not updated",
        ].compactMap { $0 }
        return parts.isEmpty ? "no change since last week" : parts.joined(separator: ", ")
    }

    /// Each account's status changes by their new status and its other moves by direction,
    /// most newly red first, then most newly amber, then most moved the wrong way.
    static func tallied(_ delta: ReviewDelta, link: (String) -> PageLink) -> [AccountChanges] {
        struct Tally { var red = 0, amber = 0, green = 0, grey = 0, better = 0, worse = 0 }
        var tallies: [String: Tally] = [:]
        for transition in delta.transitions {
            switch transition.to {
            case .red: tallies[transition.accountID, default: Tally()].red += 1
            case .amber: tallies[transition.accountID, default: Tally()].amber += 1
            case .green: tallies[transition.accountID, default: Tally()].green += 1
            case .grey: tallies[transition.accountID, default: Tally()].grey += 1
            }
        }
        for move in delta.moves {
            if move.improved { tallies[move.accountID, default: Tally()].better += 1 }
            else { tallies[move.accountID, default: Tally()].worse += 1 }
        }
        return tallies.sorted {
            ($1.value.red, $1.value.amber, $1.value.worse, $0.key) < ($0.value.red, $0.value.amber, $0.value.worse, $1.key)
        }.map { id, tally in
            AccountChanges(account: link(id), toRed: tally.red, toAmber: tally.amber, toGreen: tally.green, toGrey: tally.grey,
                           better: tally.better, worse: tally.worse)
        }
    }
}
