/// One key account: its front matter, typed, and its plan narrative.
public struct Account: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable { case active, prospect, archived }

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
    public var revenue = Revenue()
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

    public init(id: String, sourcePath: String, name: String) {
        self.id = id
        self.sourcePath = sourcePath
        self.name = name
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
