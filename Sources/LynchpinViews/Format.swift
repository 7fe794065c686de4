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

    /// A plain number as a person would write it: no trailing ".0", grouping for large ones.
    static func number(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return grouped(value) }
        return oneDecimal(value)
    }

    /// Ratios and scores: one decimal, always shown ("3.0").
    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((abs(value) * 10).rounded())
        let sign = value < 0 && tenths != 0 ? "-" : ""
        return "\(sign)\(tenths / 10).\(tenths % 10)"
    }
}
