/// One key account: its front matter, typed, and its plan narrative.
///
/// A value, with its fields in one shared box that is copied only when a copy is changed:
/// an account passes through the loader, its cache, the project and the analysis, and
/// copying 25 fields retained every string and list in them each time, a fifth of
/// `serve`'s rebuild at 10,000 accounts.
@dynamicMemberLookup
public struct Account: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable { case active, prospect, archived }

    /// What the front matter says, field by field; read and written as `account.name`.
    public struct Fields: Sendable, Equatable {
        public var id: String
        /// Project-relative path of the file, for messages and links back to the source.
        public var sourcePath: String
        public var name: String
        public var status: Status = .active
        public var industry: String?
        public var region: String?
        public var manager: String?
        public var director: String?
        public var sponsor: String?
        public var team: [TeamMember] = []
        public var revenue: Revenue = Revenue()
        /// Criterion id -> score 1...5; a criterion that is absent is unscored.
        public var attractiveness: [String: Int] = [:]
        public var strength: [String: Int] = [:]
        public var expectations: [Expectation] = []
        public var stakeholders: [Stakeholder] = []
        public var objectives: [Objective] = []
        public var scorecard: [Measure] = []
        public var pilot: Pilot?
        public var qualification: [QualificationAnswer] = []
        public var opportunities: [Opportunity] = []
        /// Whether it became a key account, and who decided when.
        public var selection: Selection?
        /// The account this one is a division of (a global account).
        public var parent: String?
        public var playbooks: [String] = []
        /// Rendered for the plan's page, heading ids prefixed with the account id so that
        /// several plans can share a pack.
        public var narrative: Document = .empty
        /// The Markdown as written, for a page in another folder, whose links need rebasing.
        public var narrativeSource: String = ""
    }

    private var box: Box

    public init(id: String, sourcePath: String, name: String) {
        box = Box(Fields(id: id, sourcePath: sourcePath, name: name))
    }

    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { box.fields[keyPath: field] }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields[keyPath: field]
        }
    }

    public static func == (lhs: Account, rhs: Account) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    /// Written only through the subscript, after making it unique: a box shared by copies
    /// is never changed.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }
}

public struct TeamMember: Sendable, Equatable {
    public var name: String
    public var role: String?
    public init(name: String, role: String? = nil) {
        self.name = name
        self.role = role
    }
}

/// Money in the site currency.
public struct Revenue: Sendable, Equatable {
    /// Last 12 months' sales.
    public var current: Double?
    /// Last 12 months' profit contribution.
    public var profit: Double?
    /// Sales available over the next 3 years.
    public var potential: Double?
    public init(current: Double? = nil, profit: Double? = nil, potential: Double? = nil) {
        self.current = current
        self.profit = profit
        self.potential = potential
    }
}

/// A need the account values, how it rates us, and how it rates our best competitor (each 1...5).
public struct Expectation: Sendable, Equatable {
    public var need: String
    public var importance: Int
    public var us: Int
    public var competitor: Int
    public init(need: String, importance: Int, us: Int, competitor: Int) {
        self.need = need
        self.importance = importance
        self.us = us
        self.competitor = competitor
    }
}
