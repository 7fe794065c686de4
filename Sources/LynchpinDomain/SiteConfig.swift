/// `lynchpin.yml`: every key has a default, so a project may have no such file at all.
public struct SiteConfig: Sendable, Equatable {
    public var title = "Key accounts"
    public var organization = ""
    public var currency = "USD"
    /// The build's reference date; nil means "the newest scorecard week, else today".
    public var asOf: Day?
    public var rag = RAGBands()
    public var focusLimit = 4
    public var staleContactDays = 30
    public var unsafeHTML = false
    public var smartPunctuation = true
    /// Absolute site address, for the few things that need one (feeds, the 404 page).
    public var baseURL: String?
    public var criteria = SelectionCriteria.standard
    /// How many attractiveness criteria an account must have scored to be ranked with the
    /// others on the selection page (`criteria.scored_to_rank`); nil: all of them. An
    /// account scored on fewer is listed apart, below: a mean over 4 of 7 criteria is not
    /// comparable with one over all 7.
    public var scoredToRank: Int?
    /// What the executive pack (`print/index.html`) holds for each active account.
    public var executivePack = ExecutivePack.summary
    /// Text files larger than this many megabytes are refused rather than parsed.
    public var maxFileMB = 20.0
    /// The month (1...12) the fiscal year starts in: it shifts quarters and years.
    public var fiscalYearStart = 1
    /// How much each perspective counts in an overall score.
    public var perspectiveWeights = PerspectiveWeights()
    /// `rewards.bonus_curve`; nil means nothing about pay appears anywhere.
    public var bonusCurve: BonusCurve?
    /// How exported files write their numbers, by file or folder (`number_formats`).
    public var numberStyles = NumberStyles()
    /// How exported files write their dates, by file or folder (`date_formats`).
    public var dateStyles = DateStyles()
    /// Declared encodings of text files, by path under content/ (`encodings`).
    public var encodings = TextEncodings()
    /// Which export column holds which opportunity field, for CRM exports in a layout of
    /// their own, by file or folder (`crm.columns`): field name to column header.
    public var crmColumns = DeclaredStyles<[String: String]?>(fallback: nil)
    /// The CRM's stage names that are not one of the built-in ones (`crm.stages`), by the
    /// name as `CRMStageName.key` folds it.
    public var crmStages: [String: Opportunity.Stage] = [:]
    /// `forecast.probabilities`: a stage's win probability (0–100), by the stage's name as
    /// the CRM or Lynchpin calls it, compared as CRM stage names are (case and punctuation aside).
    public var stageProbabilities: [String: Double] = [:]
    /// Whose answers a feedback file holds when it has no side column (`feedback.sides`).
    public var feedbackSides = DeclaredStyles<FeedbackResponse.Side?>(fallback: nil)
    /// The paper the packs, plans and customer editions are printed on (`paper`).
    public var paper = Paper.a4

    public init() {}
}

/// `perspective_weights`: equal unless set.
public struct PerspectiveWeights: Sendable, Equatable {
    public var financial = 1.0
    public var growth = 1.0
    public var customer = 1.0
    public var `internal` = 1.0

    public init() {}

    public subscript(perspective: Measure.Perspective) -> Double {
        get {
            switch perspective {
            case .financial: financial
            case .growth: growth
            case .customer: customer
            case .internal: self.internal
            }
        }
        set {
            switch perspective {
            case .financial: financial = newValue
            case .growth: growth = newValue
            case .customer: customer = newValue
            case .internal: self.internal = newValue
            }
        }
    }

    public var isEqual: Bool { Set(Measure.Perspective.allCases.map { self[$0] }).count == 1 }
}

/// `executive_pack`: a one-page summary per account, or (for small portfolios) the full plans.
/// `paper: a4 | letter`. A4 unless told: most of the world prints on it; a US team sets letter.
public enum Paper: String, Sendable, Equatable, CaseIterable {
    case a4, letter

    /// The CSS `@page` size keyword.
    public var cssSize: String { self == .a4 ? "A4" : "letter" }
}

public enum ExecutivePack: String, Sendable, Equatable, CaseIterable {
    case summary, full
}

/// The actual/target ratio bands that turn a measure into red, amber or green.
public struct RAGBands: Sendable, Equatable {
    public var green = 1.0
    public var amber = 0.9
    public init(green: Double = 1.0, amber: Double = 0.9) {
        self.green = green
        self.amber = amber
    }
}

/// One weighted criterion of the portfolio matrix, e.g. "Current sales revenue", weight 1.
public struct Criterion: Sendable, Equatable {
    public var id: String
    public var label: String
    public var weight: Double
    public init(id: String, label: String, weight: Double) {
        self.id = id
        self.label = label
        self.weight = weight
    }
}

/// The two groups of selection criteria that place an account on the portfolio matrix.
public struct SelectionCriteria: Sendable, Equatable {
    public var attractiveness: [Criterion]
    public var strength: [Criterion]

    public init(attractiveness: [Criterion], strength: [Criterion]) {
        self.attractiveness = attractiveness
        self.strength = strength
    }

    public static let standard = SelectionCriteria(
        attractiveness: [
            Criterion(id: "current_revenue", label: "Current sales revenue", weight: 1),
            Criterion(id: "current_profit", label: "Current profits", weight: 1),
            Criterion(id: "future_volume", label: "Future sales volume and profit", weight: 2),
            Criterion(id: "financial_security", label: "Financial security", weight: 1),
            Criterion(id: "strategic_fit", label: "Coherence with our strategy", weight: 2),
            Criterion(id: "cultural_fit", label: "Cultural fit", weight: 1),
            Criterion(id: "values_us", label: "Values our company", weight: 1),
        ],
        strength: [
            Criterion(id: "relationship", label: "Relationship depth", weight: 2),
            Criterion(id: "offer_fit", label: "Fit of our offer to their needs", weight: 2),
            Criterion(id: "share_of_wallet", label: "Share of their spend", weight: 1),
            Criterion(id: "delivery_record", label: "Delivery track record", weight: 1),
        ]
    )
}
