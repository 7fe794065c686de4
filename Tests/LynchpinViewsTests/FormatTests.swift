import Testing
import LynchpinDomain
@testable import LynchpinViews

@Suite struct FormatTests {
    @Test func groupsDigitsOfMoney() {
        #expect(Format.money(2_400_000, currency: "USD") == "USD 2,400,000")
        #expect(Format.money(-4000, currency: "EUR") == "EUR -4,000")
        #expect(Format.money(999, currency: "USD") == "USD 999")
        #expect(Format.money(nil, currency: "USD") == nil)
    }

    @Test func oneDecimalAlwaysShowsIt() {
        #expect(Format.oneDecimal(3) == "3.0")
        #expect(Format.oneDecimal(0.949) == "0.9")
        #expect(Format.oneDecimal(-0.04) == "0.0")
        #expect(Format.oneDecimal(-1.25) == "-1.3")
    }

    @Test func numbersAreGroupedWithUpToTwoDecimals() {
        #expect(Format.number(1234.5) == "1,234.5")
        #expect(Format.number(-1234.567) == "-1,234.57")
        #expect(Format.number(16.2) == "16.2")
        #expect(Format.number(17) == "17")
        #expect(Format.number(0.004) == "0")
        #expect(Format.number(-0.004) == "0")
        #expect(Format.number(999_999.999) == "1,000,000")
        #expect(Format.number(0.1 + 0.2) == "0.3")
    }

    @Test func measuresReadInTheirUnit() {
        #expect(Format.measure(650_000, unit: "USD") == "USD 650,000")
        #expect(Format.measure(95.2, unit: "%") == "95.2%")
        #expect(Format.measure(12, unit: "days") == "12 days")
        #expect(Format.measure(3, unit: nil) == "3")
        #expect(Format.measure(3, unit: "") == "3")
        #expect(Format.measure(5, unit: "usd") == "5 usd")
        #expect(Format.measure(5, unit: "ÄBC") == "5 ÄBC", "only A-Z codes are currencies")
        #expect(Format.signed(2000) == "+2,000" && Format.signed(-0.5) == "-0.5" && Format.signed(0) == "0")
    }

    /// Every digit count up to 15, grouped and not, against the digits Swift itself writes.
    @Test func digitsLandInTheirPlaces() {
        var whole: UInt64 = 0
        for count in 1...15 {
            whole = whole * 10 + UInt64(count % 10)
            let plain = String(whole)
            let grouped = plain.enumerated().map { offset, digit in
                (offset > 0 && (plain.count - offset) % 3 == 0 ? "," : "") + String(digit)
            }.joined()
            #expect(Format.grouped(Double(whole)) == grouped)
            #expect(Format.number(-Double(whole)) == "-" + grouped)
            #expect(Format.oneDecimal(Double(whole) + 0.25) == plain + ".3")
        }
        #expect(Format.grouped(100_000) == "100,000" && Format.grouped(0) == "0" && Format.grouped(7) == "7")
    }

    @Test func numbersTooLargeForDigitsAreStillShown() {
        #expect(Format.number(.infinity) == "inf")
        #expect(Format.number(1e300) == "1e+300")
        #expect(Format.grouped(-.infinity) == "-inf")
        #expect(Format.oneDecimal(.nan) == "nan")
    }
}

@Suite struct SparklineTests {
    static let weeks = ["2026-11-06", "2026-11-13", "2026-11-20"].map { Day(iso: $0)! }

    static func line(_ measure: Measure, _ actuals: [Double]) -> Sparkline? {
        let weeks = zip(weeks, actuals).map { day, actual in
            ScorecardWeek(date: day, sourcePath: "w", entries: [.init(account: "a", metric: measure.id, actual: actual, line: 2)])
        }
        let history = MeasureHistory(account: "a", measure: measure, index: ScorecardIndex(weeks: weeks), asOf: weeks.last!.date,
                                     fiscalYearStart: 1)
        return Sparkline(history: history, measure: measure)
    }

    /// The label is what a screen reader says for the chart: every week's figure and the target.
    @Test func labelNamesEveryWeekAndTheTarget() throws {
        let one = try #require(Self.line(Measure(id: "r", perspective: .financial, name: "Revenue", unit: "USD", target: 1000),
                                         [900, 1_250.5, 980]))
        #expect(one.label == "Revenue: 3 weeks from 2026-11-06 to 2026-11-20, USD 900, USD 1,250.5, USD 980; target USD 1,000")
        #expect(one.points == "4.0,28.0 60.0,4.0 116.0,22.5")
        #expect(one.last.x == "116.0" && one.last.y == "22.5")

        let none = try #require(Self.line(Measure(id: "s", perspective: .customer, name: "Score", unit: "%", targets: []), [80, 90]))
        #expect(none.label == "Score: 2 weeks from 2026-11-06 to 2026-11-13, 80%, 90%; no target yet")
        #expect(none.targetPath.isEmpty)

        let stepped = Measure(id: "d", perspective: .internal, name: "Days", unit: "days",
                              targets: [.init(from: Day(iso: "2026-11-10"), target: 12), .init(from: Day(iso: "2026-11-17"), target: 10)],
                              direction: .down)
        let steps = try #require(Self.line(stepped, [14, 13, 11]))
        #expect(steps.label == "Days: 3 weeks from 2026-11-06 to 2026-11-20, 14 days, 13 days, 11 days; target none, 12 days, 10 days")
    }
}
