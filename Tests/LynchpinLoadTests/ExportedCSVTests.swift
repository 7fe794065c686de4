import Testing
import LynchpinDomain
@testable import LynchpinLoad

/// Scorecard CSVs as spreadsheets and ERP reports write them: `;` or tab separators,
/// capitalised headers, UTF-16, and amounts in a number style lynchpin.yml declares.
@Suite struct ExportedCSVTests {
    static func read(_ text: String, _ style: NumberStyle) -> FormattedNumber.Read? {
        try? FormattedNumber.parse(text, style: style).get()
    }

    @Test(arguments: [
        ("1,234.56", NumberStyle.commaGroupsDotDecimal, 1234.56, nil as String?),
        ("$41,500", .commaGroupsDotDecimal, 41500, "$"),
        ("USD 1,200.00", .commaGroupsDotDecimal, 1200, "USD"),
        ("1,800,000", .commaGroupsDotDecimal, 1_800_000, nil),
        ("-$1,200", .commaGroupsDotDecimal, -1200, "$"),
        ("$-1,200", .commaGroupsDotDecimal, -1200, "$"),
        ("(2,500.5)", .commaGroupsDotDecimal, -2500.5, nil),
        ("95.5%", .commaGroupsDotDecimal, 95.5, "%"),
        ("95.5 %", .commaGroupsDotDecimal, 95.5, "%"),
        ("1200", .commaGroupsDotDecimal, 1200, nil),
        ("1.200,00 €", .dotGroupsCommaDecimal, 1200, "EUR"),
        ("€1.200", .dotGroupsCommaDecimal, 1200, "EUR"),
        ("1.234.567,8 EUR", .dotGroupsCommaDecimal, 1_234_567.8, "EUR"),
        ("12,5", .dotGroupsCommaDecimal, 12.5, nil),
        ("1 234,56", .spaceGroupsCommaDecimal, 1234.56, nil),
        ("1\u{A0}234\u{A0}567,5\u{A0}€", .spaceGroupsCommaDecimal, 1_234_567.5, "EUR"),
        ("1'234.56 CHF", .apostropheGroupsDotDecimal, 1234.56, "CHF"),
        ("£3,000", .commaGroupsDotDecimal, 3000, "GBP"),
        ("612000", .plain, 612_000, nil),
    ])
    func amountsInTheirDeclaredStyle(text: String, style: NumberStyle, value: Double, mark: String?) {
        let read = Self.read(text, style)
        #expect(read?.value == value, "\(text)")
        #expect(read?.mark?.description == mark, "\(text)")
    }

    @Test(arguments: [
        ("1,2345", NumberStyle.commaGroupsDotDecimal),     // a group of four
        ("12,34.5", .commaGroupsDotDecimal),               // a group of two after the first
        ("1.234,56", .commaGroupsDotDecimal),              // the other style
        ("1,234.56", .dotGroupsCommaDecimal),
        ("1.", .commaGroupsDotDecimal),                    // a decimal mark with nothing after it
        ("$€12", .commaGroupsDotDecimal),                  // two currencies
        ("$12%", .commaGroupsDotDecimal),
        ("(-12)", .commaGroupsDotDecimal),                 // negative twice
        ("", .commaGroupsDotDecimal),
        ("$", .commaGroupsDotDecimal),
        ("twelve", .dotGroupsCommaDecimal),
        ("1 234", .commaGroupsDotDecimal),                 // a space does not group in this style
        ("$41,500", .plain),                               // v1's rule stands unless declared
        ("12%", .plain),
    ])
    func textThatIsNotAnAmountInTheStyleIsRefused(text: String, style: NumberStyle) {
        #expect(Self.read(text, style) == nil, "\(text) in \(style.rawValue)")
    }

    @Test func aMarkFitsOnlyItsOwnUnit() {
        #expect(UnitMark.dollar.fits(unit: "USD") && UnitMark.dollar.fits(unit: "CAD"))
        #expect(!UnitMark.dollar.fits(unit: "EUR") && !UnitMark.dollar.fits(unit: "days") && !UnitMark.dollar.fits(unit: nil))
        #expect(UnitMark.code("EUR")!.fits(unit: "EUR") && !UnitMark.code("EUR")!.fits(unit: "USD"))
        #expect(UnitMark.percent.fits(unit: "%") && !UnitMark.percent.fits(unit: "pts"))
        #expect(UnitMark.yen.fits(unit: "JPY") && !UnitMark.yen.fits(unit: "USD"))
        #expect(UnitMark.code("usd") == nil && UnitMark.code("EURO") == nil)
    }

    @Test func theHeaderDecidesTheSeparator() {
        let columns = ScorecardLoader.requiredColumns
        #expect(CSVRows.separator(of: "Account;Metric;Actual\nacme;revenue;1,5\n", naming: columns) == UInt8(ascii: ";"))
        #expect(CSVRows.separator(of: "account\tmetric\tactual\tnote\n", naming: columns) == UInt8(ascii: "\t"))
        // A semicolon inside a quoted comma-separated header field does not fool it.
        #expect(CSVRows.separator(of: "account,metric,actual,\"note; free text\"\n", naming: columns) == UInt8(ascii: ","))
        #expect(CSVRows.separator(of: "nothing,we,know\n", naming: columns) == UInt8(ascii: ","))
    }

    @Test func utf16WithItsByteOrderMarkReadsAsTheSameText() throws {
        let text = "account\tmetric\tactual\r\nacme\tnps\t41\r\nmüller-ag\trevenue\t€ 1\r\n"
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let expected = "account\tmetric\tactual\nacme\tnps\t41\nmüller-ag\trevenue\t€ 1\n"
        #expect(try SourceText.decode(little, file: "w.csv").get().text == expected)
        #expect(try SourceText.decode(big, file: "w.csv").get().text == expected)
        guard case .failure(let problem) = SourceText.decode(Array(little.dropLast()), file: "w.csv") else {
            Issue.record("an odd number of bytes is not UTF-16")
            return
        }
        #expect(problem.message.contains("expected UTF-16 text"))
    }

    static let plainWeek = Fixtures.week
    /// The fixture's week as a German Excel saves it: `;`, capitalised header, `1.234,56` with
    /// the currency after the amount.
    static let germanWeek = "Account;Metric;Actual;Note\nacme;revenue;612.000,00 $;\nacme;lead-time;13;\"slow, again\"\n"

    @Test func aDeclaredStyleGivesTheSameWeekAsThePlainFile() throws {
        let plain = try #require(Fixtures.load().0)
        let (loaded, diagnostics) = Fixtures.load([
            "lynchpin.yml": "title: Test accounts\nas_of: 2026-11-27\nnumber_formats:\n  scorecards: \"1.234,56\"\n",
            "content/scorecards/2026-11-27.csv": Self.germanWeek,
        ])
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        let german = try #require(loaded)
        #expect(german.project.weeks == plain.project.weeks)
        #expect(german.project.weeks.first?.entries.map(\.actual) == [612_000, 13])
    }

    @Test func theLongestDeclaredPathWins() {
        let styles = NumberStyles(["scorecards": .dotGroupsCommaDecimal, "scorecards/2026-11-27.csv": .commaGroupsDotDecimal])
        #expect(styles.style(for: "scorecards/2026-11-27.csv") == .commaGroupsDotDecimal)
        #expect(styles.style(for: "scorecards/2026-11-20.csv") == .dotGroupsCommaDecimal)
        #expect(styles.style(for: "scorecards-old/2026-11-20.csv") == .plain, "a folder matches at a slash only")
        #expect(NumberStyles().style(for: "scorecards/x.csv") == .plain)
    }

    @Test func everyBadAmountIsReportedAtOnceWithItsLineAndWhatWasExpected() {
        let week = "account;metric;actual\nacme;revenue;€ 612.000,00\nacme;lead-time;1,2345\n"
        let (loaded, diagnostics) = Fixtures.load([
            "lynchpin.yml": "as_of: 2026-11-27\nnumber_formats: {scorecards/2026-11-27.csv: \"1,234.56\"}\n",
            "content/scorecards/2026-11-27.csv": week,
        ])
        #expect(loaded == nil)
        let messages = diagnostics.errors.map(\.description)
        #expect(messages.count == 2, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("content/scorecards/2026-11-27.csv:2:") && $0.contains("expected an amount written 1,234.56") && $0.contains("'€ 612.000,00'") })
        #expect(messages.contains { $0.hasPrefix("content/scorecards/2026-11-27.csv:3:") && $0.contains("'1,2345'") })
    }

    @Test func aCurrencyOtherThanTheMeasuresUnitIsAnError() throws {
        let (loaded, diagnostics) = Fixtures.load([
            "lynchpin.yml": "as_of: 2026-11-27\nnumber_formats: {scorecards: \"1.234,56\"}\n",
            "content/scorecards/2026-11-27.csv": "account;metric;actual\nacme;revenue;612.000 €\nacme;lead-time;13 %\n",
        ])
        #expect(loaded == nil)
        let messages = diagnostics.errors.map(\.description)
        #expect(messages.count == 2, "\(messages)")
        #expect(messages.contains { $0.contains(":2:") && $0.contains("acme's revenue, which is in USD, found one marked EUR") })
        #expect(messages.contains { $0.contains(":3:") && $0.contains("acme's lead-time, which is in days, found one marked %") })
    }

    @Test func anUndeclaredAmountSaysHowToDeclareItsStyle() throws {
        let (_, diagnostics) = Fixtures.load(["content/scorecards/2026-11-27.csv": "account,metric,actual\nacme,revenue,\"$612,000\"\n"])
        let message = try #require(diagnostics.errors.first?.description)
        #expect(message.contains("expected a plain number") && message.contains("number_formats"))
    }

    @Test(arguments: [
        ("number_formats: {scorecards: \"1.234\"}\n", "number_formats.scorecards"),
        ("number_formats: {../elsewhere: \"1,234.56\"}\n", "number_formats.../elsewhere"),
        ("number_formats: [scorecards]\n", "number_formats"),
    ])
    func aBadDeclarationIsAnErrorInLynchpinYml(yaml: String, field: String) throws {
        let (loaded, diagnostics) = Fixtures.load(["lynchpin.yml": "as_of: 2026-11-27\n" + yaml])
        #expect(loaded == nil)
        let error = try #require(diagnostics.errors.first)
        #expect(error.file == "lynchpin.yml" && error.description.contains(field), "\(error)")
    }

    @Test func aRowsProblemsAllComeInOneRun() {
        // A bad figure, an unknown account and an unknown measure: before, one per round.
        let week = "account,metric,actual\nacmee,revenue,\"$612,000\"\nacme,nps,twelve\nacme,revenue,612000\n"
        let (loaded, diagnostics) = Fixtures.load(["content/scorecards/2026-11-27.csv": week])
        #expect(loaded == nil)
        #expect(diagnostics.errors.map(\.description).sorted() == [
            "content/scorecards/2026-11-27.csv:2: error: account: expected the id, name or one of the crm_ids of an account in content/accounts/, found 'acmee' (did you mean acme?)",
            "content/scorecards/2026-11-27.csv:2: error: actual: expected a plain number (no currency sign, separators or %; declare the file's style under number_formats in lynchpin.yml to read 1,234.56 or 1.234,56), found '$612,000'",
            "content/scorecards/2026-11-27.csv:3: error: actual: expected a plain number (no currency sign, separators or %; declare the file's style under number_formats in lynchpin.yml to read 1,234.56 or 1.234,56), found 'twelve'",
            "content/scorecards/2026-11-27.csv:3: error: metric: expected a measure of acme's scorecard (its measures: lead-time, revenue), found 'nps'",
        ])
    }

    @Test func aSuggestionOnlyForASlip() {
        // Three characters short of a 16-character id is a slip; half the id is not.
        #expect(Suggestion.nearest(to: "lindqvist-marine", in: ["lindqvist-marine-ab", "meridian-freight"]) == "lindqvist-marine-ab")
        #expect(Suggestion.nearest(to: "lindqvist", in: ["lindqvist-marine-ab", "meridian-freight"]) == nil)
        #expect(Suggestion.nearest(to: "lindqvst-marine-ab", in: ["lindqvist-marine-ab", "meridian-freight"]) == "lindqvist-marine-ab")
        #expect(Suggestion.nearest(to: "Meridian-Freight", in: ["lindqvist-marine-ab", "meridian-freight"]) == "meridian-freight")
        #expect(Suggestion.nearest(to: "ghost", in: ["acme", "beta"]) == nil)
        #expect(Suggestion.distance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
        #expect(Suggestion.distance([], Array("abc".unicodeScalars)) == 3)
    }
}
