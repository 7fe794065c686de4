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
}
