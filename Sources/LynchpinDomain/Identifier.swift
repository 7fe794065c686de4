/// The rule every `<id>` (file name without extension, measure id) follows.
public enum Identifier {
    public static let maxLength = 80
    public static let rule = "[a-z0-9][a-z0-9-]*, at most 80 characters"

    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= maxLength else { return false }
        func allowed(_ c: Unicode.Scalar) -> Bool { isLowerASCIILetterOrDigit(c) }
        return allowed(first) && text.unicodeScalars.allSatisfy { allowed($0) || $0 == "-" }
    }

    /// A readable id from free text: "Q4 Review & Plan" -> "q4-review-plan",
    /// "Ünïcode Sørensen & Co" -> "unicode-sorensen-co", "Łódź Rail" -> "lodz-rail". Letters
    /// keep their Latin base; Greek and Cyrillic, which romanize one way, are romanized.
    /// Other scripts are left out rather than guessed at (Japanese would come out as Chinese
    /// pinyin, Arabic as bare consonants): a name with nothing else gives "".
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        // ASCII only needs lower-casing: making ICU's transliterator for it cost more than a
        // thousand-account build's whole portfolio analysis.
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased() : latin(text)
        for scalar in folded.unicodeScalars {
            let isAlnum = isLowerASCIILetterOrDigit(scalar)
            if isAlnum {
                if pendingDash && !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return String(out.prefix(maxLength))
    }

    static func isLowerASCIILetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x61...0x7A).contains(scalar.value) || (0x30...0x39).contains(scalar.value)
    }
}
