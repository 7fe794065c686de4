/// The character encoding a text file in `content/` is declared to have
/// (`encodings: {crm: "windows-1252"}` in lynchpin.yml). Never guessed: a file is UTF-8
/// unless declared, or unless it opens with UTF-16's byte-order mark.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    /// Little-endian unless a byte-order mark says otherwise: Excel's "Unicode text".
    case utf16 = "utf-16"
    /// What Excel on Windows saves as "CSV" in Western Europe and the Americas.
    case windows1252 = "windows-1252"
    case latin1 = "iso-8859-1"
}

public typealias TextEncodings = DeclaredStyles<TextEncoding>

extension DeclaredStyles where Style == TextEncoding {
    public init(_ byPath: [String: TextEncoding] = [:]) { self.init(byPath, fallback: .utf8) }
}
