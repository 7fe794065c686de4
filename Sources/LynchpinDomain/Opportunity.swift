/// A sale being pursued at an account, qualified on its own.
public struct Opportunity: Sendable, Equatable {
    public enum Stage: String, Sendable, CaseIterable {
        case identify, qualify, propose, negotiate, won, lost

        public var isOpen: Bool { self != .won && self != .lost }
    }

    /// The team's call after qualifying: go after it, let it go, or not yet decided.
    public enum Fit: String, Sendable, CaseIterable { case pursue, decline, undecided }

    public var id: String
    public var name: String
    /// In the site currency.
    public var value: Double
    public var stage: Stage
    /// The expected close date (the actual one once won or lost).
    public var close: Day
    public var qualification: [QualificationAnswer]
    public var fit: Fit
    /// Who owns it in the CRM, when it comes from an export.
    public var owner: String?
    /// The CRM's probability of winning it, 0–100, when the export gives one.
    public var probability: Double?
    /// The probability its stage carries in the stage table, for a forecast when the CRM
    /// gives none; set by the loader, which knows the CRM's own stage names.
    public var stageProbability: StageProbability?

    /// A stage's probability (0–100), the stage as it was named, and the table it came from.
    public struct StageProbability: Sendable, Equatable {
        public enum Table: String, Sendable {
            /// `forecast.probabilities` in lynchpin.yml.
            case declared
            /// The defaults of Salesforce's standard sales process.
            case salesforce
            /// The defaults of HubSpot's default deal pipeline.
            case hubSpot
            /// Lynchpin's own defaults for its six stages.
            case lynchpin
        }

        public var percent: Double
        public var stage: String
        public var table: Table

        public init(percent: Double, stage: String, table: Table) {
            self.percent = percent
            self.stage = stage
            self.table = table
        }
    }

    public init(id: String, name: String, value: Double, stage: Stage, close: Day,
                qualification: [QualificationAnswer] = [], fit: Fit = .undecided, owner: String? = nil,
                probability: Double? = nil) {
        self.id = id
        self.name = name
        self.value = value
        self.stage = stage
        self.close = close
        self.qualification = qualification
        self.fit = fit
        self.owner = owner
        self.probability = probability
    }

    /// Open, and its close date has passed: the date, or the deal, needs a look.
    public func isStale(on day: Day) -> Bool { stage.isOpen && close < day }
}
