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

/// How exported files write dates, declared like their numbers: `03/04/2026` is the 4th of
/// March in the US and the 3rd of April in Europe.
public enum DateStyle: String, Sendable, CaseIterable, Equatable {
    case iso = "yyyy-mm-dd"
    case monthFirst = "m/d/yyyy"
    case dayFirst = "d/m/yyyy"
    case dotted = "d.m.yyyy"
}

/// The styles of a project's files, by path under `content/`: the longest declared path that
/// is the file or one of its folders wins, else the fallback.
public struct DeclaredStyles<Style: Sendable & Equatable>: Sendable, Equatable {
    public var byPath: [String: Style]
    public var fallback: Style

    public init(_ byPath: [String: Style] = [:], fallback: Style) {
        self.byPath = byPath
        self.fallback = fallback
    }

    /// - Parameter path: relative to `content/`, e.g. `scorecards/2026-11-27.csv`.
    public func style(for path: String) -> Style {
        var best: (length: Int, style: Style)?
        for (declared, style) in byPath {
            let folder = declared.hasSuffix("/") ? declared : declared + "/"
            guard path == declared || path.hasPrefix(folder) else { continue }
            if best.map({ declared.count > $0.length }) ?? true { best = (declared.count, style) }
        }
        return best?.style ?? fallback
    }
}

public typealias NumberStyles = DeclaredStyles<NumberStyle>
public typealias DateStyles = DeclaredStyles<DateStyle>

extension DeclaredStyles where Style == NumberStyle {
    public init(_ byPath: [String: NumberStyle] = [:]) { self.init(byPath, fallback: .plain) }
}

extension DeclaredStyles where Style == DateStyle {
    public init(_ byPath: [String: DateStyle] = [:]) { self.init(byPath, fallback: .iso) }
}
