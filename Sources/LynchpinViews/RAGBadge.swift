import LynchpinDomain

/// A status as the page shows it: always the word, with the colour as a class.
public struct RAGBadge: Encodable {
    public let word: String
    public let css: String

    public init(_ rag: RAG) {
        word = rag.title
        css = "rag rag-\(rag.rawValue)"
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
