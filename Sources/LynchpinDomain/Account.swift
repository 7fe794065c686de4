/// One key account: its front matter, typed, and its plan narrative.
///
/// A value, with its fields in one shared box that is copied only when a copy is changed:
/// an account passes through the loader, its cache, the project and the analysis, and
/// copying 25 fields retained every string and list in them each time, a fifth of
/// `serve`'s rebuild at 10,000 accounts.
public struct Account: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable { case active, prospect, archived }

    private var box: Box

    public var id: String {
        get { box.fields.id }
        _modify {
            makeUnique()
            yield &box.fields.id
        }
    }
    /// Project-relative path of the file, for messages and links back to the source.
    public var sourcePath: String {
        get { box.fields.sourcePath }
        _modify {
            makeUnique()
            yield &box.fields.sourcePath
        }
    }
    public var name: String {
        get { box.fields.name }
        _modify {
            makeUnique()
            yield &box.fields.name
        }
    }
    public var status: Status {
        get { box.fields.status }
        _modify {
            makeUnique()
            yield &box.fields.status
        }
    }
    public var industry: String? {
        get { box.fields.industry }
        _modify {
            makeUnique()
            yield &box.fields.industry
        }
    }
    public var region: String? {
        get { box.fields.region }
        _modify {
            makeUnique()
            yield &box.fields.region
        }
    }
    public var manager: String? {
        get { box.fields.manager }
        _modify {
            makeUnique()
            yield &box.fields.manager
        }
    }
    public var director: String? {
        get { box.fields.director }
        _modify {
            makeUnique()
            yield &box.fields.director
        }
    }
    public var sponsor: String? {
        get { box.fields.sponsor }
        _modify {
            makeUnique()
            yield &box.fields.sponsor
        }
    }
    public var team: [TeamMember] {
        get { box.fields.team }
        _modify {
            makeUnique()
            yield &box.fields.team
        }
    }
    public var revenue: Revenue {
        get { box.fields.revenue }
        _modify {
            makeUnique()
            yield &box.fields.revenue
        }
    }
    /// Criterion id -> score 1...5; a criterion that is absent is unscored.
    public var attractiveness: [String: Int] {
        get { box.fields.attractiveness }
        _modify {
            makeUnique()
            yield &box.fields.attractiveness
        }
    }
    public var strength: [String: Int] {
        get { box.fields.strength }
        _modify {
            makeUnique()
            yield &box.fields.strength
        }
    }
    public var expectations: [Expectation] {
        get { box.fields.expectations }
        _modify {
            makeUnique()
            yield &box.fields.expectations
        }
    }
    public var stakeholders: [Stakeholder] {
        get { box.fields.stakeholders }
        _modify {
            makeUnique()
            yield &box.fields.stakeholders
        }
    }
    public var objectives: [Objective] {
        get { box.fields.objectives }
        _modify {
            makeUnique()
            yield &box.fields.objectives
        }
    }
    public var scorecard: [Measure] {
        get { box.fields.scorecard }
        _modify {
            makeUnique()
            yield &box.fields.scorecard
        }
    }
    public var pilot: Pilot? {
        get { box.fields.pilot }
        _modify {
            makeUnique()
            yield &box.fields.pilot
        }
    }
    public var qualification: [QualificationAnswer] {
        get { box.fields.qualification }
        _modify {
            makeUnique()
            yield &box.fields.qualification
        }
    }
    public var opportunities: [Opportunity] {
        get { box.fields.opportunities }
        _modify {
            makeUnique()
            yield &box.fields.opportunities
        }
    }
    /// The names or ids the CRM knows the account by (`crm_ids`), besides its own id and name.
    public var crmIDs: [String] {
        get { box.fields.crmIDs }
        _modify {
            makeUnique()
            yield &box.fields.crmIDs
        }
    }
    /// The narrative's second-level headings whose sections go into the customer edition
    /// (`share.sections`), as written.
    public var sharedSections: [String] {
        get { box.fields.sharedSections }
        _modify {
            makeUnique()
            yield &box.fields.sharedSections
        }
    }
    /// Where `share.sections` is written, for a heading that is not in the narrative.
    public var sharedSectionsLine: Int? {
        get { box.fields.sharedSectionsLine }
        _modify {
            makeUnique()
            yield &box.fields.sharedSectionsLine
        }
    }
    /// Survey answers from `content/feedback/`, oldest first.
    public var feedback: [FeedbackResponse] {
        get { box.fields.feedback }
        _modify {
            makeUnique()
            yield &box.fields.feedback
        }
    }
    /// Whether it became a key account, and who decided when.
    public var selection: Selection? {
        get { box.fields.selection }
        _modify {
            makeUnique()
            yield &box.fields.selection
        }
    }
    /// The account this one is a division of (a global account).
    public var parent: String? {
        get { box.fields.parent }
        _modify {
            makeUnique()
            yield &box.fields.parent
        }
    }
    public var playbooks: [String] {
        get { box.fields.playbooks }
        _modify {
            makeUnique()
            yield &box.fields.playbooks
        }
    }
    /// The plan's Markdown with its outline, heading ids prefixed with the account id so
    /// that several plans can share a pack.
    public var narrative: Document {
        get { box.fields.narrative }
        _modify {
            makeUnique()
            yield &box.fields.narrative
        }
    }
    /// The Markdown as written.
    public var narrativeSource: String { box.fields.narrative.source }

    public init(id: String, sourcePath: String, name: String) {
        box = Box(Fields(id: id, sourcePath: sourcePath, name: name))
    }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
    }

    public static func == (lhs: Account, rhs: Account) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    /// Changed only through `makeUnique`, so a box shared by copies is never written.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private struct Fields: Sendable, Equatable {
        var id: String
        var sourcePath: String
        var name: String
        var status: Status = .active
        var industry: String?
        var region: String?
        var manager: String?
        var director: String?
        var sponsor: String?
        var team: [TeamMember] = []
        var revenue: Revenue = Revenue()
        var attractiveness: [String: Int] = [:]
        var strength: [String: Int] = [:]
        var expectations: [Expectation] = []
        var stakeholders: [Stakeholder] = []
        var objectives: [Objective] = []
        var scorecard: [Measure] = []
        var pilot: Pilot?
        var qualification: [QualificationAnswer] = []
        var opportunities: [Opportunity] = []
        var crmIDs: [String] = []
        var feedback: [FeedbackResponse] = []
        var sharedSections: [String] = []
        var sharedSectionsLine: Int?
        var selection: Selection?
        var parent: String?
        var playbooks: [String] = []
        var narrative: Document = .empty
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
    /// This fiscal year's sales before the scorecards took over, from the books.
    public struct YearToDate: Sendable, Equatable {
        /// The last day the amount covers: the date of the week before the first scorecard
        /// week counted.
        public var through: Day
        public var amount: Double
        public init(through: Day, amount: Double) {
            self.through = through
            self.amount = amount
        }
    }

    /// Last 12 months' sales.
    public var current: Double?
    /// Last 12 months' profit contribution.
    public var profit: Double?
    /// Sales available over the next 3 years.
    public var potential: Double?
    /// This fiscal year's revenue target (`revenue.target`); without it the forecast takes
    /// the year's target from the revenue measure's.
    public var target: Double?
    /// The scorecard measure whose weekly rows are the account's sales (`revenue.measure`);
    /// without it, the measure with id `revenue`.
    public var measure: String?
    public var yearToDate: YearToDate?

    public init(current: Double? = nil, profit: Double? = nil, potential: Double? = nil, target: Double? = nil,
                measure: String? = nil, yearToDate: YearToDate? = nil) {
        self.current = current
        self.profit = profit
        self.potential = potential
        self.target = target
        self.measure = measure
        self.yearToDate = yearToDate
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
