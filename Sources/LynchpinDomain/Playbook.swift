/// A playbook page: the team's shared way of doing one part of key account management.
public struct Playbook: Sendable, Equatable {
    public var id: String
    public var sourcePath: String
    public var title: String
    public var summary: String?
    public var order: Int?
    public var body: Document

    public init(id: String, sourcePath: String, title: String, summary: String? = nil, order: Int? = nil,
                body: Document = .empty) {
        self.id = id
        self.sourcePath = sourcePath
        self.title = title
        self.summary = summary
        self.order = order
        self.body = body
    }
}
