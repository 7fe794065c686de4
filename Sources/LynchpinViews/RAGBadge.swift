import LynchpinDomain

/// A status as the page shows it: always the word, with the colour as a class.
struct RAGBadge {
    let word: String
    let css: String

    init(_ rag: RAG) {
        word = rag.title
        css = "rag rag-\(rag.rawValue)"
    }
}

/// A flag as the page shows it.
struct FlagBadge {
    let code: String
    let label: String

    init(_ flag: AccountFlag) {
        code = flag.rawValue
        label = flag.label
    }
}
