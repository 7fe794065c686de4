/// The four building blocks of key account management, which must pull the same way.
/// A plan is congruent when its narrative has a section for each.
public enum CongruenceBlock: String, Sendable, CaseIterable {
    case strategy, organization, humanResources, systemsAndProcesses

    public var title: String {
        switch self {
        case .strategy: "Strategy"
        case .organization: "Organization"
        case .humanResources: "Human resources"
        case .systemsAndProcesses: "Systems and processes"
        }
    }

    /// The block a second-level heading names, ignoring case, spacing and "&" for "and".
    public init?(heading: String) {
        guard let block = CongruenceBlock.byKey[CongruenceBlock.normalize(heading)] else { return nil }
        self = block
    }

    private static let byKey = Dictionary(uniqueKeysWithValues: allCases.map { (normalize($0.title), $0) })

    /// Lower case, "&" read as "and", runs of spaces and tabs as one space.
    private static func normalize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return normalize(ascii: text) }
        var words: [String] = []
        var word = ""
        for character in text.lowercased() {
            switch character {
            case " ", "\t":
                if !word.isEmpty { words.append(word); word = "" }
            case "&":
                if !word.isEmpty { words.append(word); word = "" }
                words.append("and")
            default:
                word.append(character)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: " ")
    }

    /// The same on bytes: every narrative's headings go through here.
    private static func normalize(ascii text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var pendingSpace = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                pendingSpace = true
            case UInt8(ascii: "&"):
                if !out.isEmpty { out.append(UInt8(ascii: " ")) }
                out.append(contentsOf: "and".utf8)
                pendingSpace = true
            default:
                if pendingSpace && !out.isEmpty { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
                out.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Which congruence blocks a plan's narrative covers, and where each section starts.
public struct CongruenceCoverage: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var block: CongruenceBlock
        /// The id of the section's heading; nil when the plan has no such section.
        public var headingID: String?
        /// The heading is there with nothing under it, as `lynchpin new account` writes it.
        public var isEmpty: Bool
        /// A section with something written in it: a heading alone covers nothing.
        public var isPresent: Bool { headingID != nil && !isEmpty }
    }

    public var entries: [Entry]
    public var presentCount: Int { entries.filter(\.isPresent).count }
    public var isCongruent: Bool { presentCount == CongruenceBlock.allCases.count }

    public init(outline: [Heading]) {
        entries = CongruenceBlock.allCases.map { block in
            let heading = outline.first { $0.level == 2 && CongruenceBlock(heading: $0.text) == block }
            return Entry(block: block, headingID: heading?.id, isEmpty: heading.map { !$0.hasContent } ?? false)
        }
    }
}
