/// Red, amber, green, or grey when there is nothing to judge.
public enum RAG: String, Sendable, CaseIterable, Comparable {
    case red, amber, green, grey

    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// What the status contributes to a score (`StatusRules.points`).
    public var points: Double? { StatusRules.points(self) }

    /// Worst first: red, amber, green, grey.
    public static func < (a: RAG, b: RAG) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

