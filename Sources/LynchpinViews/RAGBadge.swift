import LynchpinDomain

/// A status as the page shows it: always the word, with the colour as a class.
public struct RAGBadge: Encodable {
    public let word: String
    public let css: String
    /// Why an overall status is what it is, when a mean alone would mislead:
    /// "Internal is red".
    public let reason: String?

    public init(_ rag: RAG, reason: String? = nil) {
        word = rag.title
        css = "rag rag-\(rag.rawValue)"
        self.reason = reason
    }

    /// An overall status with the red perspectives that hold it down named:
    /// "Amber: Internal is red".
    public static func overall(_ rag: RAG, red: [Measure.Perspective]) -> RAGBadge {
        RAGBadge(rag, reason: redReason(red))
    }

    /// "Internal is red", "Customer and Internal are red"; nil when none is.
    public static func redReason(_ red: [Measure.Perspective]) -> String? {
        guard !red.isEmpty else { return nil }
        let names = red.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() }
        return Format.list(names) + (names.count == 1 ? " is red" : " are red")
    }
}

/// A flag as the page shows it.
public struct FlagBadge: Encodable {
    public let code: String
    public let label: String

    public init(_ flag: AccountFlag) {
        code = flag.rawValue
        label = flag.label
    }
}
