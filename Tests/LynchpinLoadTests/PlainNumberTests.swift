import Testing
@testable import LynchpinLoad

/// Plain numbers are read without `Double(text)` where they are short decimals; the value
/// must be the same to the bit, and anything else must still go to `Double(text)`.
@Suite struct PlainNumberTests {
    @Test(arguments: ["0", "-0", "+5", "5.", ".5", "42", "-12.5", "0.1", "0.3", "2.675", "650000", "1234567.891",
                      "999999999999999", "0.000000000000000000001", "123456789012345.6", "1e6", "-2.5E-3", "007", "00.10"])
    func readsAsDoubleReadsThem(_ text: String) throws {
        let parsed = try #require(PlainNumber.parse(text))
        let expected = try #require(Double(text))
        #expect(parsed.bitPattern == expected.bitPattern)
    }

    @Test func shortDecimalsTakeTheExactPath() {
        #expect(PlainNumber.exactDecimal(Array("-12.5".utf8)) == -12.5)
        #expect(PlainNumber.exactDecimal(Array("999999999999999".utf8)) == 999_999_999_999_999)
        #expect(PlainNumber.exactDecimal(Array("9999999999999999".utf8)) == nil, "16 digits may not be exact")
        #expect(PlainNumber.exactDecimal(Array("1e6".utf8)) == nil)
    }

    /// Random decimals of every length and scale, against Double's own reading. Seeded, so
    /// that a failure names a text that comes back on the next run.
    @Test func agreesWithDoubleOnRandomDecimals() throws {
        var generator = SplitMix64(seed: 20261201)
        var exactPath = 0
        for _ in 0..<20_000 {
            let modulus: UInt64 = [1, 10, 1_000, 1_000_000, 1 << 53][Int.random(in: 0..<5, using: &generator)]
            let whole = String(generator.next() % modulus)
            let fraction = String((0..<Int.random(in: 0...17, using: &generator)).map { _ in
                Character(String(Int.random(in: 0...9, using: &generator)))
            })
            let text = (Bool.random(using: &generator) ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
            let parsed = try #require(PlainNumber.parse(text), "\(text)")
            #expect(parsed.bitPattern == Double(text)!.bitPattern, "\(text)")
            if PlainNumber.exactDecimal(Array(text.utf8)) != nil { exactPath += 1 }
        }
        #expect(exactPath > 5_000)
    }

    @Test(arguments: ["", "-", ".", "1,000", "USD 5", "5%", "inf", "nan", "1e", "0x10", "1.2.3", " 5"])
    func refusesWhatIsNotAPlainNumber(_ text: String) {
        #expect(PlainNumber.parse(text) == nil)
    }
}
