import LynchpinDomain

/// The relationship map: the customer's people on the left, ours on the right, a line for
/// each relationship coloured by how recent its last contact is; and the same as a table.
public struct RelationshipView: Encodable {
    public struct Node: Encodable {
        public let name: String
        public let detail: String?
        public let y: String
    }

    public struct Line: Encodable {
        public let y1: String
        public let y2: String
        public let css: String
    }

    public struct Row: Encodable {
        public let stakeholder: String
        public let role: String
        public let owners: String
        public let lastContact: String
        public let recency: String
        public let css: String
    }

    public let width = 760
    public let height: Int
    public let leftX = "200"
    public let rightX = "440"
    public let customer: [Node]
    public let ours: [Node]
    public let lines: [Line]
    public let rows: [Row]
    /// "Bow-tie", "Diamond".
    public let shape: String
    public let shapeCSS: String
    public let explanation: String
    public let description: String

    static let rowHeight = 40.0
    static let top = 30.0

    public init(_ map: RelationshipMap, manager: String?, staleAfterDays: Int) {
        func y(_ index: Int) -> Double { Self.top + Double(index) * Self.rowHeight }
        height = Int(y(max(map.stakeholders.count, map.ourPeople.count) - 1) + Self.top)
        customer = map.stakeholders.enumerated().map { index, person in
            Node(name: person.name, detail: person.role?.rawValue.replacingDashes(), y: Format.oneDecimal(y(index)))
        }
        ours = map.ourPeople.enumerated().map { index, name in
            Node(name: name, detail: name == manager ? "key account manager" : nil, y: Format.oneDecimal(y(index)))
        }
        // Our people are distinct names (a set); theirs are placed by index, as two may share a name.
        let ourRow = Dictionary(uniqueKeysWithValues: map.ourPeople.enumerated().map { ($1, $0) })
        lines = map.links.compactMap { link in
            guard let right = ourRow[link.owner] else { return nil }
            return Line(y1: Format.oneDecimal(y(link.stakeholderIndex)), y2: Format.oneDecimal(y(right)),
                        css: "link-\(link.recency.rawValue)")
        }
        rows = map.stakeholders.enumerated().map { index, person in
            let link = map.links.first { $0.stakeholderIndex == index }
            let days = link?.daysSinceContact
            return Row(stakeholder: person.name, role: person.role?.rawValue.replacingDashes() ?? "no role",
                       owners: person.owners.joined(separator: ", "),
                       lastContact: days.map { "\($0) days ago" } ?? "never recorded",
                       recency: link?.recency.rawValue ?? "stale", css: "link-\(link?.recency.rawValue ?? "stale")")
        }
        switch map.shape {
        case .diamond:
            shape = "Diamond"
            explanation = "\(map.ourPeople.count) of our people hold contacts, and the sponsor and decision-maker contacts are held by someone besides the key account manager."
        case .bowTie:
            shape = "Bow-tie"
            explanation = map.isSingleThreaded
                ? "Every contact runs through \(map.ourPeople[0]) alone: if that one thread breaks, so does the relationship."
                : "The senior contacts (sponsor, decision maker) run through the key account manager alone, or nobody holds them: widen the relationship."
        }
        shapeCSS = map.shape.rawValue
        description = "\(shape). " + map.stakeholders.map { person in
            "\(person.name) is held by \(person.owners.joined(separator: " and "))"
        }.joined(separator: "; ") + ". Lines: green within \(staleAfterDays / 2) days of the last contact, amber within \(staleAfterDays), red older or never."
    }
}
