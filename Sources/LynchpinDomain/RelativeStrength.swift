/// How the customer rates us against our best competitor, one figure over everything it
/// values: Σ importance × our rating ÷ Σ importance × the competitor's. Below 1, the
/// customer rates the competitor higher.
public enum RelativeStrength {
    /// nil without expectations (or with every competitor rating weighing nothing).
    public static func of(_ expectations: [Expectation]) -> Double? {
        let us = expectations.reduce(0) { $0 + $1.importance * $1.us }
        let them = expectations.reduce(0) { $0 + $1.importance * $1.competitor }
        return them > 0 ? Double(us) / Double(them) : nil
    }

    /// We think we are strong (the strength axis at 3.0 or more) and the customer disagrees.
    public static func isBehind(relative: Double?, strength: Double?) -> Bool {
        guard let relative, let strength else { return false }
        return relative < 1 && strength >= MatrixPosition.split
    }
}
