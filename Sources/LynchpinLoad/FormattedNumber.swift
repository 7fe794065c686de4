import LynchpinDomain

/// An amount as a spreadsheet or CRM export writes it, read in the file's declared
/// `NumberStyle`: thousands grouped, a currency sign or ISO code before or after it, a
/// trailing `%`, a minus sign or accounting brackets for a negative. Grouping must be
/// regular (`1,2345` is refused), and at most one sign or code is allowed.
///
/// Foundation's `NumberFormatter` reads locales, not declared styles, accepts text it
/// should refuse (`1,2,3`) and depends on the machine's ICU data, so this is written out.
enum FormattedNumber {
    struct Read: Equatable {
        var value: Double
        var mark: UnitMark?
    }

    static let signs: [Character: UnitMark] = ["$": .dollar, "€": UnitMark.code("EUR")!, "£": UnitMark.code("GBP")!, "¥": .yen]

    /// The value, or what the text should have looked like.
    static func parse(_ text: String, style: NumberStyle) -> Result<Read, ExpectedNumber> {
        guard style != .plain else {
            return PlainNumber.parse(text).map { .success(Read(value: $0, mark: nil)) } ?? .failure(ExpectedNumber(style: style))
        }
        var rest = Substring(text)
        var negative = false
        var mark: UnitMark?
        let failure = Result<Read, ExpectedNumber>.failure(ExpectedNumber(style: style))
        if rest.first == "(", rest.last == ")" {
            negative = true
            rest = rest.dropFirst().dropLast()
        }
        func takeSign() -> Bool {
            guard let first = rest.first, first == "-" || first == "+" || first == "\u{2212}" else { return true }
            if negative { return false }
            negative = first != "+"
            rest = rest.dropFirst()
            return true
        }
        func takeMark(prefix: Bool) -> Bool {
            let candidate: Substring
            if let sign = prefix ? rest.first : rest.last, let known = signs[sign] ?? (sign == "%" && !prefix ? .percent : nil) {
                guard mark == nil else { return false }
                mark = known
                candidate = prefix ? rest.dropFirst() : rest.dropLast()
            } else if rest.count > 3, let code = UnitMark.code(String(prefix ? rest.prefix(3) : rest.suffix(3))) {
                guard mark == nil else { return false }
                mark = code
                candidate = prefix ? rest.dropFirst(3) : rest.dropLast(3)
            } else {
                return true
            }
            rest = prefix ? candidate.drop(while: \.isSpaceMark) : Substring(candidate.reversed().drop(while: \.isSpaceMark).reversed())
            return true
        }
        guard takeSign(), takeMark(prefix: true), takeSign(), takeMark(prefix: false) else { return failure }
        guard let digits = plainDigits(rest, style: style), let value = PlainNumber.parse(digits) else { return failure }
        return .success(Read(value: negative ? -value : value, mark: mark))
    }

    /// `1.234,5` in `1.234,56` style -> `1234.5`; nil unless digits, regular groups and at
    /// most one decimal mark with digits after it.
    private static func plainDigits(_ text: Substring, style: NumberStyle) -> String? {
        let parts = text.split(separator: style.decimalMark!, maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty else { return nil }
        let groups = whole.split(omittingEmptySubsequences: false, whereSeparator: style.groupMarks.contains)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        if groups.count > 1 {
            guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        var plain = groups.joined()
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy(\.isASCIIDigit) else { return nil }
            plain += "." + parts[1]
        }
        return plain
    }
}

/// What a number in a style looks like, for the message about one that did not.
struct ExpectedNumber: Error, Equatable {
    var style: NumberStyle

    var description: String {
        switch style {
        case .plain:
            "a plain number (no currency sign, separators or %; declare the file's style under number_formats in lynchpin.yml to read 1,234.56 or 1.234,56)"
        case .commaGroupsDotDecimal:
            "an amount written 1,234.56 (thousands grouped by ',', decimals after '.', a currency sign or code and % allowed)"
        case .dotGroupsCommaDecimal:
            "an amount written 1.234,56 (thousands grouped by '.', decimals after ',', a currency sign or code and % allowed)"
        case .spaceGroupsCommaDecimal:
            "an amount written 1 234,56 (thousands grouped by a space, decimals after ',', a currency sign or code and % allowed)"
        case .apostropheGroupsDotDecimal:
            "an amount written 1'234.56 (thousands grouped by an apostrophe, decimals after '.', a currency sign or code and % allowed)"
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    /// Between a currency and its amount: a space or a no-break space.
    var isSpaceMark: Bool { self == " " || self == "\u{A0}" || self == "\u{202F}" }
}
