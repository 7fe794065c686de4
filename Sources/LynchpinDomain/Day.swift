/// A calendar day (no time, no zone): every date in the content format is one.
///
/// Kept as plain numbers rather than Foundation's `Date` so that day arithmetic
/// (days since a contact, day N of a pilot) is exact and free of time-zone surprises.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Accepts `YYYY-MM-DD` with a real month and day; nil otherwise.
    /// `YYYY-MM-DD`, ASCII digits only. Read on the bytes: a plan has dozens of dates, and
    /// splitting each into Characters and asking Unicode whether they are digits was 3.5%
    /// of a build's CPU.
    public init?(iso text: String) {
        var text = text
        guard let (y, m, d) = text.withUTF8({ bytes -> (Int, Int, Int)? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = bytes[index] &- UInt8(ascii: "0")
                    guard digit <= 9 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
            return (y, m, d)
        }) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    /// Written into the string's own ten bytes, with no String made per part: a plan shows
    /// dozens of dates, and joining four small strings for each was 1.2% of a build.
    public var description: String {
        guard (0...9999).contains(year) else { return spelledOut }
        return String(unsafeUninitializedCapacity: 10) { bytes in
            func write(_ value: Int, at end: Int, digits: Int) {
                var rest = value
                for index in (end - digits..<end).reversed() {
                    bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            write(year, at: 4, digits: 4)
            bytes[4] = UInt8(ascii: "-")
            write(month, at: 7, digits: 2)
            bytes[7] = UInt8(ascii: "-")
            write(day, at: 10, digits: 2)
            return 10
        }
    }

    /// A year outside 0...9999 (reached only by day arithmetic) in Swift's own digits.
    private var spelledOut: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : String(month)
        let d = day < 10 ? "0\(day)" : String(day)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m + "-" + d
    }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    /// Why a year, month and day written in the right shape name no day: "February 2026 has
    /// 28 days", "there is no month 13"; nil when they name one.
    public static func impossibility(year: Int, month: Int, day: Int) -> String? {
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        let last = daysIn(month: month, year: year)
        guard day >= 1, day <= last else {
            let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
            return "\(names[month - 1]) \(year) has \(last) days"
        }
        return nil
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
