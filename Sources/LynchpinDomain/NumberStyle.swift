/// How an exported file writes its numbers, declared in lynchpin.yml for a file or folder:
/// "1.200" is one thousand two hundred in Germany and one point two in the US, so the
/// style is never worked out from the values.
public enum NumberStyle: String, Sendable, CaseIterable, Equatable {
    /// `1200.5`: no grouping, no currency, no percent sign (v1's rule, and the default).
    case plain
    /// `1,200.50`, `$1,200.50`, `USD 1,200.50`, `95.5%`: the US and UK.
    case commaGroupsDotDecimal = "1,234.56"
    /// `1.200,50`, `1.200,50 €`: Germany, Spain, Italy, the Netherlands.
    case dotGroupsCommaDecimal = "1.234,56"
    /// `1 200,50`: France, the Nordics; a space, no-break space or narrow no-break space.
    case spaceGroupsCommaDecimal = "1 234,56"
    /// `1'200.50`: Switzerland.
    case apostropheGroupsDotDecimal = "1'234.56"

    /// The decimal mark, and the marks that may group thousands.
    public var decimalMark: Character? {
        switch self {
        case .plain, .commaGroupsDotDecimal, .apostropheGroupsDotDecimal: "."
        case .dotGroupsCommaDecimal, .spaceGroupsCommaDecimal: ","
        }
    }

    public var groupMarks: Set<Character> {
        switch self {
        case .plain: []
        case .commaGroupsDotDecimal: [","]
        case .dotGroupsCommaDecimal: ["."]
        case .spaceGroupsCommaDecimal: [" ", "\u{A0}", "\u{202F}"]
        case .apostropheGroupsDotDecimal: ["'", "\u{2019}"]
        }
    }
}

/// The number styles of a project's files, by path under `content/`: the longest declared
/// path that is the file or one of its folders wins.
public struct NumberStyles: Sendable, Equatable {
    public var byPath: [String: NumberStyle]

    public init(_ byPath: [String: NumberStyle] = [:]) {
        self.byPath = byPath
    }

    /// - Parameter path: relative to `content/`, e.g. `scorecards/2026-11-27.csv`.
    public func style(for path: String) -> NumberStyle {
        var best: (length: Int, style: NumberStyle)?
        for (declared, style) in byPath {
            let folder = declared.hasSuffix("/") ? declared : declared + "/"
            guard path == declared || path.hasPrefix(folder) else { continue }
            if best.map({ declared.count > $0.length }) ?? true { best = (declared.count, style) }
        }
        return best?.style ?? .plain
    }
}
