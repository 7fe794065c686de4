import LynchpinDomain

/// The customer edition of a plan as one page that stands on its own: no link into the
/// internal site, its stylesheet inside it. Built from `CustomerEdition` alone, so nothing
/// internal can reach it.
public struct SharePage {
    public struct Objective {
        public let name: String
        public let owner: String
        public let customerOwner: String
        public let due: String
        public let status: String
        public let overdue: Bool
    }

    public struct Measure {
        public let name: String
        public let period: String
        public let target: String
        public let actual: String
        public let rag: RAGBadge
    }

    public struct Milestone {
        public let name: String
        public let day: Int
        public let date: String
        public let state: String
        public let overdue: Bool
        public let owner: String
        public let customerOwner: String
    }

    public struct Pilot {
        public let name: String
        public let dates: String
        public let progress: String
        public let hypothesis: String?
        public let success: String?
        public let team: String?
        public let customerStakeholder: String?
        public let milestones: [Milestone]
        public let decision: String?
    }

    public struct Action {
        public let action: String
        public let owner: String
        public let customerOwner: String
        public let due: String
        public let overdue: Bool
    }

    public let title: String
    public let accountName: String
    public let preparedBy: String
    public let asOf: String
    public let objectives: [Objective]
    public let measures: [Measure]
    public let pilot: Pilot?
    public let actions: [Action]
    /// The shared narrative sections, rendered without links into the site.
    public let narrative: HTML
    public let idPrefix: String
    /// What green, amber and red mean, from the project's bands.
    public let ragRule: String
    /// The `@page` size: `A4` or `letter`.
    public let paperSize: String

    public static func path(_ accountID: String) -> String { "\(accountID)/index.html" }

    public init(_ edition: CustomerEdition, narrative: HTML) {
        title = "\(edition.accountName): our joint plan"
        accountName = edition.accountName
        preparedBy = edition.preparedBy
        asOf = edition.asOf.description
        idPrefix = "share-"
        paperSize = edition.paper.cssSize
        ragRule = StatusRules.bandsSentenceForCustomer(edition.bands) { Format.number($0 * 100) + "%" }
        objectives = edition.objectives.map {
            Objective(name: $0.name, owner: $0.owner ?? "not named", customerOwner: $0.customerOwner ?? "not named",
                      due: $0.due?.description ?? "no date", status: Self.words($0.status.rawValue), overdue: $0.isOverdue)
        }
        measures = edition.measures.map { measure in
            Measure(name: measure.name, period: measure.period == .week ? "this week" : "\(measure.period.rawValue) to date",
                    target: measure.target.map { Format.measure($0, unit: measure.unit) } ?? "none set",
                    actual: measure.actual.map { Format.measure($0, unit: measure.unit) } ?? "no figure yet",
                    rag: RAGBadge(measure.rag))
        }
        pilot = edition.pilot.map { pilot in
            let progress = switch pilot.phase {
            case .notStarted: "Starts \(pilot.start)"
            case .running: "Day \(pilot.day) of \(pilot.days)"
            case .ended: "Ended \(pilot.end)"
            }
            return Pilot(name: pilot.name, dates: "\(pilot.start) to \(pilot.end) (\(pilot.days) days)", progress: progress,
                         hypothesis: pilot.hypothesis, success: pilot.success,
                         team: pilot.team.isEmpty ? nil : pilot.team.joined(separator: ", "),
                         customerStakeholder: pilot.customerStakeholder,
                         milestones: pilot.milestones.map {
                             Milestone(name: $0.name, day: $0.day, date: $0.date.description, state: $0.state.rawValue,
                                       overdue: $0.state == .overdue, owner: $0.owner ?? "not named",
                                       customerOwner: $0.customerOwner ?? "not named")
                         },
                         decision: pilot.decision.map { "\(Self.words($0.outcome.rawValue)) (\($0.date))\($0.note.map { ": \($0)" } ?? "")" })
        }
        actions = edition.actions.map {
            Action(action: $0.action, owner: $0.owner, customerOwner: $0.customerOwner ?? "not named", due: $0.due.description,
                   overdue: $0.isOverdue)
        }
        self.narrative = narrative
    }

    /// "in-progress" -> "In progress".
    static func words(_ raw: String) -> String {
        let spaced = raw.replacingOccurrences(of: "-", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }
}
