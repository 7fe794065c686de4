import LynchpinDomain

/// How numbers and money read on a page. Written out by hand rather than through
/// Foundation's formatters so that output does not depend on the machine's locale.
enum Format {
    /// "USD 2,400,000": the ISO code keeps sums unambiguous in a printed pack.
    static func money(_ value: Double?, currency: String) -> String? {
        value.map { "\(currency) \(grouped($0))" }
    }

    /// Whole units with thousands grouped: 2400000 -> "2,400,000"; -1234.6 -> "-1,235".
    static func grouped(_ value: Double) -> String {
        let rounded = value.rounded()
        let digits = String(Int(abs(rounded)))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (rounded < 0 ? "-" : "") + out
    }

    /// A plain number as a person would write it: grouped, up to two decimals, no trailing zeros.
    static func number(_ value: Double) -> String {
        let hundredths = Int((abs(value) * 100).rounded())
        let sign = value < 0 && hundredths != 0 ? "-" : ""
        var fraction = String(hundredths % 100)
        if fraction.count == 1 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let whole = grouped(Double(hundredths / 100))
        return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// "1 account", "3 accounts".
    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }

    /// A change with its sign: "+2,000", "-0.5", "0".
    static func signed(_ value: Double) -> String {
        value > 0 ? "+" + number(value) : number(value)
    }

    /// A measure's value in its unit: "USD 650,000", "95.2%", "12 days".
    static func measure(_ value: Double, unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return number(value) }
        if unit == "%" { return number(value) + "%" }
        if unit.count == 3, unit.allSatisfy({ $0.isASCII && $0.isUppercase }) { return "\(unit) \(number(value))" }
        return "\(number(value)) \(unit)"
    }

    /// A 0...1 score or a ratio as a percentage with one decimal: 0.8333 -> "83.3%".
    static func percent(_ fraction: Double?) -> String? {
        fraction.map { oneDecimal($0 * 100) + "%" }
    }

    /// Ratios and scores: one decimal, always shown ("3.0").
    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((abs(value) * 10).rounded())
        let sign = value < 0 && tenths != 0 ? "-" : ""
        return "\(sign)\(tenths / 10).\(tenths % 10)"
    }
}
