/// Markdown as written, with the outline of its headings: what the model needs of a plan's
/// narrative, a playbook or a review's notes (congruence, shared sections, the search
/// index). No HTML: the views render it where it is shown (`DocumentRenderer`).
public struct Document: Sendable, Equatable {
    public var source: String
    /// Put before every heading id, so several documents can share a page.
    public var idPrefix: String
    public var outline: [Heading]
    /// The relative links and images as written (not `#id`, not absolute): what would have
    /// to be rebased for the document to be shown on another page. nil when not known.
    public var relativeLinks: [String]?

    public init(source: String, idPrefix: String = "", outline: [Heading], relativeLinks: [String]? = nil) {
        self.source = source
        self.idPrefix = idPrefix
        self.outline = outline
        self.relativeLinks = relativeLinks
    }

    public static let empty = Document(source: "", outline: [])
}

/// A heading of a document, with the id its HTML element carries.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var text: String
    public var id: String
    /// Whether anything but headings and comments follows it before the next heading of its
    /// level or above: the empty headings `lynchpin new account` writes have nothing.
    public var hasContent: Bool

    public init(level: Int, text: String, id: String, hasContent: Bool = true) {
        self.level = level
        self.text = text
        self.id = id
        self.hasContent = hasContent
    }
}
