import Testing
@testable import LynchpinDomain

@Suite struct DayTests {
    @Test func parsesISODates() throws {
        let day = try #require(Day(iso: "2026-11-27"))
        #expect(day.year == 2026 && day.month == 11 && day.day == 27)
        #expect(day.description == "2026-11-27")
    }

    /// Written digit by digit into ten bytes; a year past four digits keeps all of them.
    @Test func writesZeroPaddedDates() throws {
        #expect(try #require(Day(year: 5, month: 3, day: 7)).description == "0005-03-07")
        #expect(try #require(Day(year: 999, month: 12, day: 31)).description == "0999-12-31")
        #expect(try #require(Day(year: 2026, month: 1, day: 10)).description == "2026-01-10")
        #expect(try #require(Day(year: 12026, month: 10, day: 1)).description == "12026-10-01")
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026-01-01T00:00", "", "2026-00-10",
                      "2026-01-0a", "+026-01-01", "2026/01/01", " 2026-01-1", "２０２６-01-01", "2026-01-١٠", "2026-0-101"])
    func rejectsImpossibleOrMalformedDates(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func acceptsLeapDays() {
        #expect(Day(iso: "2028-02-29") != nil)
        #expect(Day(iso: "2000-02-29") != nil)
        #expect(Day(iso: "1900-02-29") == nil)
    }

    @Test func countsDaysAcrossMonthsAndYears() throws {
        let start = try #require(Day(iso: "2026-10-01"))
        #expect(start.days(until: try #require(Day(iso: "2026-11-27"))) == 57)
        #expect(start.adding(days: 90).description == "2026-12-30")
        #expect(try #require(Day(iso: "1970-01-01")).ordinal == 0)
        #expect(try #require(Day(iso: "2024-12-31")).adding(days: 1).description == "2025-01-01")
    }

    @Test func ordersChronologically() throws {
        let days = ["2026-11-27", "2025-12-31", "2026-01-02"].compactMap(Day.init(iso:))
        #expect(days.sorted().map(\.description) == ["2025-12-31", "2026-01-02", "2026-11-27"])
    }
}
