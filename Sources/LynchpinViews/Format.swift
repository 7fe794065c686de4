import LynchpinDomain

/// How numbers and money read on a page. Written out by hand rather than through
/// Foundation's formatters so that output does not depend on the machine's locale, and on
/// bytes, since a plan formats a few hundred numbers (every sparkline point has a label).
enum Format {
    /// "USD 2,400,000": the ISO code keeps sums unambiguous in a printed pack.
    static func money(_ value: Double?, currency: String) -> String? {
        value.map { "\(currency) \(grouped($0))" }
    }

    /// Whole units with thousands grouped: 2400000 -> "2,400,000"; -1234.6 -> "-1,235".
    static func grouped(_ value: Double) -> String {
        let rounded = value.rounded()
        guard let whole = digitsFit(rounded) else { return unformattable(value) }
        var out: [UInt8] = []
        out.reserveCapacity(24)
        if rounded < 0 && whole != 0 { out.append(UInt8(ascii: "-")) }
        appendDigits(whole, grouped: true, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A plain number as a person would write it: grouped, up to two decimals, no trailing zeros.
    static func number(_ value: Double) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(24)
        appendNumber(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        guard let hundredths = digitsFit((abs(value) * 100).rounded()) else { return out.append(contentsOf: unformattable(value).utf8) }
        if value < 0 && hundredths != 0 { out.append(UInt8(ascii: "-")) }
        appendDigits(hundredths / 100, grouped: true, to: &out)
        let cents = hundredths % 100
        if cents != 0 {
            out.append(UInt8(ascii: "."))
            out.append(UInt8(ascii: "0") + UInt8(cents / 10))
            if cents % 10 != 0 { out.append(UInt8(ascii: "0") + UInt8(cents % 10)) }
        }
    }

    /// "1 account", "3 accounts", "12,002 accounts".
    static func count(_ n: Int, _ noun: String) -> String {
        "\(grouped(Double(n))) \(noun)\(n == 1 ? "" : "s")"
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ parts: [String]) -> String {
        parts.count <= 1 ? parts.joined() : parts.dropLast().joined(separator: ", ") + " and " + parts.last!
    }

    /// "1 overall status", "2 overall statuses".
    static func count(_ n: Int, _ noun: String, plural: String) -> String {
        "\(grouped(Double(n))) \(n == 1 ? noun : plural)"
    }

    /// A change with its sign: "+2,000", "-0.5", "0".
    static func signed(_ value: Double) -> String {
        value > 0 ? "+" + number(value) : number(value)
    }

    /// A measure's value in its unit: "USD 650,000", "95.2%", "12 days".
    /// - Parameter attached: joins a currency code to its amount with a no-break space, for
    ///   a narrow column that may wrap between the figure and a unit word, never inside an amount.
    static func measure(_ value: Double, unit: String?, attached: Bool = false) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(32)
        appendMeasure(value, unit: unit, attached: attached, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendMeasure(_ value: Double, unit: String?, attached: Bool = false, to out: inout [UInt8]) {
        guard let unit, !unit.isEmpty else { return appendNumber(value, to: &out) }
        if unit == "%" {
            appendNumber(value, to: &out)
            out.append(UInt8(ascii: "%"))
        } else if isCurrencyCode(unit) {
            out.append(contentsOf: unit.utf8)
            if attached { out.append(contentsOf: [0xC2, 0xA0]) } else { out.append(UInt8(ascii: " ")) }
            appendNumber(value, to: &out)
        } else {
            appendNumber(value, to: &out)
            out.append(UInt8(ascii: " "))
            out.append(contentsOf: unit.utf8)
        }
    }

    /// A 0...1 score or a ratio as a percentage with one decimal: 0.8333 -> "83.3%".
    static func percent(_ fraction: Double?) -> String? {
        fraction.map { oneDecimal($0 * 100) + "%" }
    }

    /// A ratio to two decimals, always shown: 0.9333 -> "0.93".
    static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let cents = abs(hundredths % 100)
        return "\(hundredths / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// Ratios and scores: one decimal, always shown ("3.0").
    static func oneDecimal(_ value: Double) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(16)
        appendOneDecimal(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The same, appended to bytes: a sparkline writes two dozen coordinates at a time.
    static func appendOneDecimal(_ value: Double, to out: inout [UInt8]) {
        guard let tenths = digitsFit((abs(value) * 10).rounded()) else { return out.append(contentsOf: unformattable(value).utf8) }
        if value < 0 && tenths != 0 { out.append(UInt8(ascii: "-")) }
        appendDigits(tenths / 10, grouped: false, to: &out)
        out.append(UInt8(ascii: "."))
        out.append(UInt8(ascii: "0") + UInt8(tenths % 10))
    }

    /// Three upper-case ASCII letters, as ISO 4217 codes are.
    static func isCurrencyCode(_ unit: String) -> Bool {
        unit.utf8.count == 3 && unit.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    /// The magnitude as a whole number, when it has one that fits in 64 bits.
    private static func digitsFit(_ value: Double) -> UInt64? {
        let magnitude = abs(value)
        guard magnitude.isFinite, magnitude < 1e18 else { return nil }
        return UInt64(magnitude)
    }

    /// Infinity, NaN or a number past 18 digits: Swift's own spelling, never a crash.
    private static func unformattable(_ value: Double) -> String { "\(value)" }

    /// The digits are counted first and written from the last one back into their places:
    /// writing them backwards and reversing the slice cost a copy check per swap.
    private static func appendDigits(_ value: UInt64, grouped: Bool, to out: inout [UInt8]) {
        var digits = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        let length = grouped ? digits + (digits - 1) / 3 : digits
        let end = out.count + length
        out.append(contentsOf: repeatElement(UInt8(ascii: ","), count: length))
        rest = value
        out.withUnsafeMutableBufferPointer { buffer in
            var index = end
            var written = 0
            repeat {
                if grouped, written > 0, written % 3 == 0 { index -= 1 }
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                written += 1
            } while rest > 0
        }
    }
}
