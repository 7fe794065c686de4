import LynchpinDomain

/// A number as the content format allows it: optional sign, digits, optional fraction and
/// exponent. Currency signs, thousands separators, "%" and "inf" are refused, not guessed at.
/// Checked on the UTF-8 bytes: every scorecard row has one, so this runs a million times in
/// a large project.
enum PlainNumber {
    /// A number in a message as a file would write it: 50, not 50.0.
    static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func parse(_ text: String) -> Double? {
        var valid = false
        var exact: Double?
        text.utf8.withContiguousStorageIfAvailable { bytes in
            valid = isPlain(bytes)
            if valid { exact = exactDecimal(bytes) }
        } ?? { valid = isPlain(Array(text.utf8)) }()
        guard valid else { return nil }
        return exact ?? Double(text)
    }

    /// A short decimal without an exponent, worked out as a whole number over a power of
    /// ten. Both are exact in a Double (under 2^53, and at most 10^22), so the one division
    /// rounds correctly and gives what `Double(text)` gives, without its C call: every
    /// scorecard row has such a number. nil for anything else, which `Double(text)` reads.
    static func exactDecimal<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Double? where Bytes.Index == Int {
        var index = bytes.startIndex
        var negative = false
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var decimals: Int?
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "."), decimals == nil {
                decimals = 0
                continue
            }
            let digit = byte &- UInt8(ascii: "0")
            guard digit <= 9, digits < 15 else { return nil }
            mantissa = mantissa * 10 + UInt64(digit)
            if mantissa > 0 || decimals != nil { digits += 1 }
            decimals = decimals.map { $0 + 1 }
        }
        let scale = decimals ?? 0
        guard scale <= 22 else { return nil }
        let value = Double(mantissa) / powersOfTen[scale]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    private static func isPlain<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
        var index = bytes.startIndex
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        func digits() -> Int {
            let start = index
            while index < bytes.endIndex, isDigit(bytes[index]) { index += 1 }
            return index - start
        }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        var mantissa = digits()
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
            index += 1
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            guard digits() > 0 else { return false }
        }
        return index == bytes.endIndex
    }
}
