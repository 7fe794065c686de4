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
