/// What a formatted amount said it is in: `%`, a currency code (`USD`), or a currency sign.
/// Kept with a scorecard row so the loader can hold it against the measure's unit: a cell
/// of `1.200,00 €` for a measure in USD is an error, not 1,200 dollars. Four bytes, since
/// a long history has a million rows.
public struct UnitMark: Sendable, Equatable, CustomStringConvertible {
    private let raw: UInt32

    private enum Kind: UInt32 { case percent = 1, code, dollar, yen }

    public static let percent = UnitMark(kind: .percent, code: [])
    /// `$`: a dollar of some country.
    public static let dollar = UnitMark(kind: .dollar, code: [])
    /// `¥`: yen or yuan.
    public static let yen = UnitMark(kind: .yen, code: [])

    /// Three upper-case ASCII letters (`€` is EUR, `£` GBP); nil for anything else.
    public static func code(_ text: String) -> UnitMark? {
        let bytes = Array(text.utf8)
        guard bytes.count == 3, bytes.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return nil }
        return UnitMark(kind: .code, code: bytes)
    }

    private init(kind: Kind, code: [UInt8]) {
        var raw = kind.rawValue
        for (offset, byte) in code.enumerated() { raw |= UInt32(byte) << (8 * UInt32(offset + 1)) }
        self.raw = raw
    }

    private var kind: Kind { Kind(rawValue: raw & 0xFF)! }

    private var codeText: String {
        String(decoding: (1...3).map { UInt8(truncatingIfNeeded: raw >> (8 * UInt32($0))) }, as: UTF8.self)
    }

    /// Whether a measure with this unit can hold a value so marked.
    public func fits(unit: String?) -> Bool {
        let unit = unit ?? ""
        switch kind {
        case .percent: return unit == "%"
        case .code: return unit == codeText
        case .dollar: return UnitMark.code(unit) != nil && unit.hasSuffix("D")
        case .yen: return unit == "JPY" || unit == "CNY"
        }
    }

    public var description: String {
        switch kind {
        case .percent: "%"
        case .code: codeText
        case .dollar: "$"
        case .yen: "¥"
        }
    }
}
