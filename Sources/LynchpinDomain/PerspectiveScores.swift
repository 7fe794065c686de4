/// A score (0...1) for each perspective that has one. Four optional numbers rather than a
/// dictionary: every active account keeps eight weeks of them for its manager's trend.
public struct PerspectiveScores: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private var financial: Double?
    private var growth: Double?
    private var customer: Double?
    private var `internal`: Double?

    public init() {}

    public init(dictionaryLiteral elements: (Measure.Perspective, Double)...) {
        for (perspective, score) in elements { self[perspective] = score }
    }

    public subscript(perspective: Measure.Perspective) -> Double? {
        get {
            switch perspective {
            case .financial: financial
            case .growth: growth
            case .customer: customer
            case .internal: `internal`
            }
        }
        set {
            switch perspective {
            case .financial: financial = newValue
            case .growth: growth = newValue
            case .customer: customer = newValue
            case .internal: `internal` = newValue
            }
        }
    }
}
