/// Markdown after rendering: the HTML and the outline of its headings.
public struct Document: Sendable, Equatable {
    public var html: String
    public var outline: [Heading]
    /// The relative links and images as written (not `#id`, not absolute): what would have
    /// to be rebased for the document to be shown on another page. nil when not known.
    public var relativeLinks: [String]?

    public init(html: String, outline: [Heading], relativeLinks: [String]? = nil) {
        self.html = html
        self.outline = outline
        self.relativeLinks = relativeLinks
    }

    public static let empty = Document(html: "", outline: [])
}

/// A heading of a rendered document, with the id its HTML element carries.
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
