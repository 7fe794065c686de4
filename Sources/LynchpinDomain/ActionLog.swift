/// Every action of the weekly reviews, and its state on any day: the result of each review
/// up to that day, in date order. An action belongs to the review that first lists it.
public struct ActionLog: Sendable, Equatable {
    public struct Action: Sendable, Equatable {
        public var id: String
        public var account: String
        public var action: String
        public var owner: String
        public var due: Day
        public var status: ReviewAction.Status
        /// The review that first listed it.
        public var raised: Day
        /// The review that set it done or dropped; nil while open.
        public var closed: Day?
        /// For both sides: in the customer edition, with the customer's owner.
        public var joint = false
        public var customerOwner: String?

        public func isOverdue(on day: Day) -> Bool { status == .open && due < day }
    }

    private struct Entry: Sendable, Equatable {
        var date: Day
        var actions: [ReviewAction]
    }

    /// Reviews' actions, oldest review first.
    private let history: [Entry]

    public init(reviews: [Review]) {
        history = reviews.sorted { $0.date < $1.date }.filter { !$0.actions.isEmpty }
            .map { Entry(date: $0.date, actions: $0.actions) }
    }

    /// Every action as it stood on `day`, by due date, then id.
    public func state(on day: Day) -> [Action] {
        var actions: [String: Action] = [:]
        for review in history where review.date <= day {
            let date = review.date
            for entry in review.actions {
                if var known = actions[entry.id] {
                    if let account = entry.account { known.account = account }
                    if let text = entry.action { known.action = text }
                    if let owner = entry.owner { known.owner = owner }
                    if let due = entry.due { known.due = due }
                    if let joint = entry.joint { known.joint = joint }
                    if let owner = entry.customerOwner { known.customerOwner = owner }
                    if let status = entry.status, status != known.status {
                        known.status = status
                        known.closed = status == .open ? nil : date
                    }
                    actions[entry.id] = known
                } else if let account = entry.account, let text = entry.action, let owner = entry.owner, let due = entry.due {
                    let status = entry.status ?? .open
                    var action = Action(id: entry.id, account: account, action: text, owner: owner, due: due,
                                        status: status, raised: date, closed: status == .open ? nil : date)
                    action.joint = entry.joint ?? false
                    action.customerOwner = entry.customerOwner
                    actions[entry.id] = action
                }
            }
        }
        return actions.values.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
    }

    /// What only the reviews together show: an update to an id no earlier review defined,
    /// a new action missing a field, one id listed twice in a review.
    public static func problems(in reviews: [Review]) -> [Diagnostic] {
        var defined: [String: Day] = [:]
        var problems: [Diagnostic] = []
        for review in reviews.sorted(by: { $0.date < $1.date }) {
            var here: Set<String> = []
            for entry in review.actions {
                let field = "actions[\(entry.id)]"
                guard here.insert(entry.id).inserted else {
                    problems.append(.error(review.sourcePath, line: entry.line, column: entry.column, field: field,
                                           "expected each action id once in a review, found \"\(entry.id)\" again"))
                    continue
                }
                if defined[entry.id] != nil { continue }
                if entry.isComplete {
                    defined[entry.id] = review.date
                    continue
                }
                let missing = [("account", entry.account == nil), ("action", entry.action == nil),
                               ("owner", entry.owner == nil), ("due", entry.due == nil)].filter(\.1).map(\.0)
                let what = entry.account == nil && entry.action == nil && entry.owner == nil && entry.due == nil
                    ? "an action defined by an earlier review, or a new action with account, action, owner and due; found \"\(entry.id)\", which no earlier review defines\(Suggestion.phrase(for: entry.id, in: defined.keys))"
                    : "a new action with account, action, owner and due; found \"\(entry.id)\" without \(missing.joined(separator: ", "))"
                problems.append(.error(review.sourcePath, line: entry.line, column: entry.column, field: field, "expected \(what)"))
            }
        }
        return problems
    }
}
