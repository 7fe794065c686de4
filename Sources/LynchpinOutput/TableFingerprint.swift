import LynchpinDomain

/// What a set of tables adds up to, as a short text: the same tables (sheet names,
/// headers, every cell with its format, the date) give the same text, any other figure a
/// different one. It lets a build keep the last workbook when its figures did not change,
/// instead of compressing the same 280,000 rows again. Two 64-bit FNV-1a sums with
/// different starting points over a canonical form of each cell: not a defence against a
/// forger, and none is needed for figures the build made itself.
public struct TableFingerprint: Sendable {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x6c62_272e_07bb_0142
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Begun with the writer's version and the date the tables are dated by.
    public init(created: Day) {
        byte(Self.writerVersion)
        number(Double(created.ordinal))
    }

    mutating func byte(_ byte: UInt8) {
        first = (first ^ UInt64(byte)) &* Self.prime
        second = (second ^ UInt64(byte)) &* Self.prime &+ 1
    }

    mutating func text(_ text: String) {
        for value in text.utf8 { byte(value) }
        byte(0)
    }

    mutating func number(_ number: Double) {
        var bits = number.bitPattern
        for _ in 0..<8 {
            byte(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    mutating func add(_ cell: SpreadsheetFile.Cell) {
        switch cell {
        case .text(let value): byte(1); text(value)
        case .number(let value): byte(2); number(value)
        case .formatted(let value, let format): byte(3); number(value); text(format)
        case .date(let day): byte(4); number(Double(day.ordinal))
        case .empty: byte(5)
        }
    }

    /// Every table's name, header and rows, and the date, in order.
    public static func of(_ tables: [SpreadsheetFile.Table], created: Day) -> String {
        var print = TableFingerprint(created: created)
        for table in tables {
            print.start(table)
            if let streamed = table.streamed { streamed.rows { print.add(row: $0) } } else { table.rows.forEach { print.add(row: $0) } }
        }
        return print.summary
    }

    mutating func start(_ table: SpreadsheetFile.Table) {
        text(table.sheet)
        table.header.forEach { text($0) }
        table.widths.forEach { number($0) }
        byte(table.autofilter ? 1 : 0)
        byte(6)
    }

    /// Raised whenever the way a workbook is written changes in a way the cells do not
    /// show (its styles, its layout), so a kept workbook is one this version would write.
    static let writerVersion: UInt8 = 1

    mutating func add(row: [SpreadsheetFile.Cell]) {
        row.forEach { add($0) }
        byte(7)
    }

    /// "lynchpin-figures 3f9a…": how the workbook's keywords carry it.
    public var summary: String {
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return "lynchpin-figures " + hex(first) + hex(second)
    }
}
