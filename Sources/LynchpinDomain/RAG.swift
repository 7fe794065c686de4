/// Red, amber, green, or grey when there is nothing to judge.
public enum RAG: String, Sendable, CaseIterable, Comparable {
    case red, amber, green, grey

    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// What the status contributes to a score: green 1, amber 0.5, red 0; grey counts not at all.
    public var points: Double? {
        switch self {
        case .green: 1
        case .amber: 0.5
        case .red: 0
        case .grey: nil
        }
    }

    /// Worst first: red, amber, green, grey.
    public static func < (a: RAG, b: RAG) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

extension RAGBands {
    /// The status a ratio of actual to target earns.
    public func rag(forRatio ratio: Double?) -> RAG {
        guard let ratio else { return .grey }
        if ratio >= green { return .green }
        if ratio >= amber { return .amber }
        return .red
    }
}
