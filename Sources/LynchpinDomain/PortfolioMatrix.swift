/// McDonald's directional policy matrix: where an account sits by how attractive it is to
/// us and how strong we are with it.
public enum Quadrant: String, Sendable, CaseIterable {
    /// High attractiveness, high strength: invest and keep profitable.
    case strategic
    /// High attractiveness, low strength: invest to build a position.
    case star
    /// Low attractiveness, high strength: maintain and serve efficiently.
    case status
    /// Low attractiveness, low strength: manage for profit or step back.
    case streamline

    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    public var policy: String {
        switch self {
        case .strategic: "Invest; keep profitable."
        case .star: "Invest to build position; need not be profitable yet."
        case .status: "Maintain; serve efficiently."
        case .streamline: "Manage for profitability or step back."
        }
    }
}

/// An account's place on the matrix, or why it has none.
public struct MatrixPosition: Sendable, Equatable {
    /// Weighted mean of the scored attractiveness criteria, 1...5; nil when none is scored.
    public var attractiveness: Double?
    /// Weighted mean of the scored strength criteria, 1...5; nil when none is scored.
    public var strength: Double?

    /// The midpoint of the 1...5 scale: a weighted score of 3.0 or more is high.
    public static let split = 3.0

    public var quadrant: Quadrant? {
        guard let attractiveness, let strength else { return nil }
        switch (attractiveness >= Self.split, strength >= Self.split) {
        case (true, true): return .strategic
        case (true, false): return .star
        case (false, true): return .status
        case (false, false): return .streamline
        }
    }

    public var isPlaced: Bool { quadrant != nil }

    public init(attractiveness: Double?, strength: Double?) {
        self.attractiveness = attractiveness
        self.strength = strength
    }

    public init(account: Account, criteria: SelectionCriteria) {
        attractiveness = Self.weightedMean(account.attractiveness, criteria.attractiveness)
        strength = Self.weightedMean(account.strength, criteria.strength)
    }

    /// Unscored criteria are left out of the mean rather than counted as zero; a criterion
    /// weighted 0 counts for nothing.
    static func weightedMean(_ scores: [String: Int], _ criteria: [Criterion]) -> Double? {
        var total = 0.0
        var weights = 0.0
        for criterion in criteria {
            guard let score = scores[criterion.id], criterion.weight > 0 else { continue }
            total += Double(score) * criterion.weight
            weights += criterion.weight
        }
        return weights > 0 ? total / weights : nil
    }
}
