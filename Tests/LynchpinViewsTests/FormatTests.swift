import Testing
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

    @Test func numbersTooLargeForDigitsAreStillShown() {
        #expect(Format.number(.infinity) == "inf")
        #expect(Format.number(1e300) == "1e+300")
        #expect(Format.grouped(-.infinity) == "-inf")
        #expect(Format.oneDecimal(.nan) == "nan")
    }
}
