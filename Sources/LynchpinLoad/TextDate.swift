import LynchpinDomain

/// A date written as text in a file's declared `DateStyle`. Without a declaration only ISO
/// dates are read, and a text that another style would read gets a message naming each
/// reading, so that `03/04/2026` is never taken for one of them silently.
enum TextDate {
    static func parse(_ text: String, style: DateStyle) -> Result<Day, Expected> {
        let text = withoutTime(text.trimmed)
        if let day = read(text, style) { return .success(day) }
        if let why = nonexistent(text, style) { return .failure(Expected(style: style, readings: [], impossible: why)) }
        let readings = DateStyle.allCases.filter { $0 != style }.compactMap { other in read(text, other).map { (other, $0) } }
        return .failure(Expected(style: style, readings: readings.map { "\(Self.words($0.1)) in \($0.0.rawValue)" }))
    }

    /// Why a text in the style's shape names no day ("February 2026 has 28 days"); nil when
    /// it names one, or is not in that shape. The one rule for CSVs, workbooks, YAML and
    /// file names.
    static func nonexistent(_ text: String, _ style: DateStyle) -> String? {
        parts(text, style).flatMap { Day.impossibility(year: $0.year, month: $0.month, day: $0.day) }
    }

    static func read(_ text: String, _ style: DateStyle) -> Day? {
        parts(text, style).flatMap { Day(year: $0.year, month: $0.month, day: $0.day) }
    }

    /// The year, month and day a text in the style's shape writes, whether or not they name a day.
    static func parts(_ text: String, _ style: DateStyle) -> (year: Int, month: Int, day: Int)? {
        let separator: Character = switch style {
        case .iso: "-"
        case .monthFirst, .dayFirst: "/"
        case .dotted: "."
        }
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        switch style {
        case .iso: return parts[0].count == 4 ? (a, b, c) : nil
        case .monthFirst: return parts[2].count == 4 ? (c, a, b) : nil
        case .dayFirst, .dotted: return parts[2].count == 4 ? (c, b, a) : nil
        }
    }

    /// The date of a timestamp as survey tools and CRMs export it (`2026-11-24 10:42:29`,
    /// `2026-11-24T10:42`, `11/24/2026 10:42 AM`): the time of day is not needed.
    static func withoutTime(_ text: String) -> String {
        guard let cut = text.firstIndex(where: { $0 == " " || $0 == "T" }) else { return text }
        let time = text[text.index(after: cut)...].trimmingPrefix(" ")
        let clock = time.prefix { $0.isASCII && ($0.isNumber || $0 == ":" || $0 == ".") }
        let rest = String(time.dropFirst(clock.count)).trimmed.uppercased()
        guard clock.contains(":"), clock.first?.isNumber == true,
              ["", "AM", "PM", "Z", "UTC"].contains(rest) || rest.hasPrefix("+") || rest.hasPrefix("-") else { return text }
        return String(text[..<cut])
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// "4 March 2026".
    static func words(_ day: Day) -> String {
        let parts = day.description.split(separator: "-").compactMap { Int($0) }
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }

    struct Expected: Error, Equatable {
        var style: DateStyle
        /// How the other styles would read the text: "4 March 2026 in m/d/yyyy".
        var readings: [String]
        /// Written in the style's shape, but naming no day: "February 2026 has 28 days".
        var impossible: String? = nil

        var description: String {
            if let impossible { return "a date that exists (\(impossible))" }
            let expected = "a date written \(style.rawValue)"
            guard !readings.isEmpty else { return expected }
            return "\(expected) (it reads as \(readings.joined(separator: " or as ")); declare the file's style under date_formats in lynchpin.yml)"
        }
    }
}

/// Excel's dates: whole days since 1899-12-30 (with the 1900 system's phantom 29 February
/// 1900, serial 60) or since 1904-01-01.
enum ExcelDate {
    static func day(serial: Double, uses1904: Bool) -> Day? {
        guard serial == serial.rounded(.down), serial >= (uses1904 ? 0 : 1), serial < 2_958_466 else { return nil }
        let days = Int(serial)
        if uses1904 { return Day(year: 1904, month: 1, day: 1)!.adding(days: days) }
        if days == 60 { return nil }
        return Day(year: 1899, month: 12, day: days < 60 ? 31 : 30)!.adding(days: days)
    }
}
