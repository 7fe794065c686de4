import Foundation
import Testing
import LynchpinDomain
import LynchpinBuild
@testable import LynchpinOutput
@testable import LynchpinLoad

/// What a director reads first on Monday, from the sample's built site: what changed since
/// last week, and the forecast against target, on the plan, the manager's page, the
/// dashboard and in portfolio.json.
@Suite struct MondayMorningTests {
    /// The sample, built once for the suite.
    static let site: String = {
        let site = (try? SampleSiteTests.temporaryFolder()).map { $0 + "/site" } ?? "/nonexistent"
        _ = SampleSiteTests.build(into: site)
        return site
    }()

    static func page(_ path: String) throws -> String {
        try String(contentsOfFile: site + "/" + path, encoding: .utf8)
    }

    static func json() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: site + "/portfolio.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func theDashboardOpensWithWhatChangedSinceLastWeek() throws {
        let html = try Self.page("index.html")
        let since = try #require(html.range(of: "<h2 id=\"since_heading\">Since last week</h2>"))
        #expect(since.lowerBound < (html.range(of: "id=\"totals_heading\"")?.lowerBound ?? html.startIndex))
        #expect(html.contains("<p class=\"note\">Scorecard week 2026-11-27 compared with 2026-11-20.</p>"))
        // Orion's lead time and Solace's corrective actions turned red this week.
        #expect(html.contains("<strong>Since 2026-11-20: 2 measures newly red in 2 accounts, 7 other status changes, 1 overall status worse, 2 overall statuses better, 1 review action fell overdue, 1 pilot decision due within 14 days or overdue, 1 account not updated and 2 survey scores fell.</strong>"))
        #expect(html.contains("<li><a href=\"accounts/orion-rail/index.html#orion-rail-measure-lead-time\">Orion Rail Services</a>: Order lead time <span class=\"rag rag-amber\">Amber</span> → <span class=\"rag rag-red\">Red</span> (12 days)</li>"))
        // Orion's weak week took its quarter's sales below what is due: green to amber, and
        // its overall from amber to red; the reason names the red perspectives.
        #expect(html.contains("<li><a href=\"accounts/orion-rail/index.html#orion-rail-measure-revenue\">Orion Rail Services</a>: Quarterly sales revenue <span class=\"rag rag-green\">Green</span> → <span class=\"rag rag-amber\">Amber</span> (USD 142,381)</li>"))
        #expect(html.contains("<a href=\"accounts/orion-rail/index.html#orion-rail-score_heading\">Orion Rail Services</a>: overall <span class=\"rag rag-amber\">Amber</span> (37.5%) → <span class=\"rag rag-red\">Red</span> (12.5%); Growth, Customer and Internal are red"))
        // Vantage's root-cause action was due 2026-11-25: open, and not overdue a week ago.
        #expect(html.contains("<a href=\"accounts/vantage-pharma/index.html#vantage-pharma-actions_heading\">Vantage Pharma</a>: Find the root cause of the missed Benelux temperature excursion (Dana Whitfield), due 2026-11-25"))
        #expect(html.contains("<a href=\"accounts/quarry-lane-builders/index.html#quarry-lane-builders-scorecard_heading\">Quarry Lane Builders</a>: no actuals in this week's scorecard"))
        // The review of the same week finds the same changes: one implementation.
        let review = try Self.page("reviews/2026-11-27/index.html")
        #expect(review.contains("<a href=\"../../accounts/orion-rail/index.html#orion-rail-score_heading\">Orion Rail Services</a>: overall <span class=\"rag rag-amber\">Amber</span> (37.5%) → <span class=\"rag rag-red\">Red</span> (12.5%)"))
    }

    /// Meridian, worked by hand: 650,000 a quarter is 2,600,000 a year; 1,905,000 from the
    /// books through 2026-10-02 and 412,000 in the eight weeks since make 2,317,000 so far;
    /// the TMS module (240,000 at negotiate's 80%) and the cold-chain rollout (1,200,000 at
    /// the CRM's 75%) add 1,092,000: 3,409,000, 809,000 above target.
    @Test func meridiansForecastIsWorkedOutAsTheMethodSays() throws {
        let plan = try Self.page("accounts/meridian-freight/index.html")
        #expect(plan.contains("<strong>On track: USD 809,000 above target</strong> for the fiscal year 2026-01-01 to 2026-12-31."))
        #expect(plan.contains("<dt>Sales so far</dt><dd>USD 2,317,000</dd>"))
        #expect(plan.contains("<dt>Pipeline, weighted</dt><dd>USD 1,092,000</dd>"))
        #expect(plan.contains("<td class=\"num\">80%</td><td>stage negotiate, Lynchpin&#39;s default</td><td class=\"num\">USD 192,000</td>"))
        #expect(plan.contains("<td class=\"num\">75%</td><td>from the CRM</td><td class=\"num\">USD 900,000</td>"))
        let account = try #require((try Self.json()["accounts"] as? [[String: Any]])?.first { $0["id"] as? String == "meridian-freight" })
        let forecast = try #require(account["forecast"] as? [String: Any])
        #expect(forecast["value"] as? Double == 3_409_000 && forecast["target"] as? Double == 2_600_000)
        #expect(forecast["gap"] as? Double == 809_000 && forecast["on_track"] as? Bool == true)
    }

    @Test func anAccountWithAWeekMissingSaysWhyItHasNoForecast() throws {
        let plan = try Self.page("accounts/helix-energy/index.html")
        #expect(plan.contains("<p>No forecast for the fiscal year 2026-01-01 to 2026-12-31. Why: no &#39;Quarterly sales revenue&#39; row in the week of 2026-11-20: the sales so far would leave that week out.</p>"))
        let account = try #require((try Self.json()["accounts"] as? [[String: Any]])?.first { $0["id"] as? String == "helix-energy" })
        #expect((account["forecast"] as? [String: Any])?["made"] as? Bool == false)
        // A prospect has none at all.
        let prospect = try #require((try Self.json()["accounts"] as? [[String: Any]])?.first { $0["status"] as? String == "prospect" })
        #expect(prospect["forecast"] is NSNull)
    }

    /// The portfolio's and each manager's totals are the sums of their accounts' forecasts,
    /// the withheld ones named and counted in neither target nor forecast.
    @Test func totalsAreTheSumsOfTheAccountsWithAForecast() throws {
        let json = try Self.json()
        let accounts = try #require(json["accounts"] as? [[String: Any]])
        let made = accounts.compactMap { $0["forecast"] as? [String: Any] }.filter { $0["made"] as? Bool == true }
        let total = try #require(json["forecast"] as? [String: Any])
        let sum = { (key: String) in made.reduce(0.0) { $0 + ($1[key] as? Double ?? .nan) } }
        #expect(total["made"] as? Int == made.count)
        #expect(abs((total["target"] as? Double ?? 0) - sum("target")) < 0.01)
        #expect(abs((total["value"] as? Double ?? 0) - sum("value")) < 0.01)
        #expect((total["withheld"] as? [String])?.sorted() == ["helix-energy", "northgate-dairy", "northgate-frozen", "quarry-lane-builders"])
        let managers = try #require(total["managers"] as? [String: [String: Any]])
        #expect(abs(managers.values.reduce(0.0) { $0 + ($1["value"] as? Double ?? .nan) } - sum("value")) < 0.01)
        // The dashboard says the same, and so does Dana's own page.
        let dashboard = try Self.page("index.html")
        #expect(dashboard.contains("6 of 10 active accounts with a forecast; the target and forecast leave out the 4 without one."))
        let dana = try Self.page("people/dana-whitfield/index.html")
        let danas = try #require(managers["dana-whitfield"])
        #expect(dana.contains("<h3>Forecast for the year</h3>"))
        #expect(danas["on_track"] as? Bool == true && dana.contains("<strong>On track: USD 621,805 above target</strong>"))
    }

    /// The sample sets base_url, so each review has its e-mail beside its page, linked from it.
    @Test func eachReviewHasItsEmailBesideItsPage() throws {
        let raw = try Self.page("reviews/2026-11-27/review.eml")
        #expect(raw.hasPrefix("MIME-Version: 1.0\r\nDate: Fri, 27 Nov 2026 00:00:00 +0000\r\n"))
        #expect(raw.contains("Subject: Week 48 account review, 2026-11-27: 2 newly red, 1 overall worse, 1\r\n action fell overdue, 1 pilot decision due, 1 not updated\r\n"))
        #expect(raw.contains("Content-Type: multipart/alternative; boundary=\"=_lynchpin_review-2026-11-27\""))
        #expect(raw.contains("Content-Type: text/plain; charset=utf-8") && raw.contains("Content-Type: text/html; charset=utf-8"))
        #expect(!raw.split(separator: "\r\n", omittingEmptySubsequences: false).contains { $0.utf8.count > 78 && !$0.hasPrefix("Content-Type") })
        let page = try Self.page("reviews/2026-11-27/index.html")
        #expect(page.contains("<a href=\"../../reviews/2026-11-27/review.eml\" download>This review as an e-mail</a>"))
    }

    /// The cells of a sheet read back by Lynchpin's own workbook reader (ZIPFoundation and
    /// libxml2, not the library that wrote it), by header.
    static func sheet(_ bytes: [UInt8], _ name: String) throws -> [[String: Workbook.Cell]] {
        let book = try Workbook(bytes: bytes)
        let sheet = try #require(book.sheets.first { $0.name == name })
        let header = try #require(sheet.rows.first).cells.map { cell -> String in
            if case .text(let text) = cell.value { return text }
            return "?"
        }
        return sheet.rows.dropFirst().map { row in
            Dictionary(row.cells.map { (header[$0.column - 1], $0.value) }, uniquingKeysWith: { first, _ in first })
        }
    }

    @Test func theWorkbookHasEveryAccountWithPortfolioJSONsFigures() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.site + "/portfolio.xlsx")))
        #expect(try Workbook(bytes: bytes).sheets.map(\.name) == ["Accounts", "Measures", "Pipeline", "Actions", "Feedback"])
        let rows = try Self.sheet(bytes, "Accounts")
        let accounts = try #require(try Self.json()["accounts"] as? [[String: Any]])
        #expect(rows.count == accounts.count)
        for account in accounts {
            let row = try #require(rows.first { $0["ID"] == .text(account["id"] as? String ?? "") })
            #expect(row["Account"] == .text(account["name"] as? String ?? ""))
            let scorecard = account["scorecard"] as? [String: Any]
            // libxlsxwriter writes 16 significant digits, as Excel keeps 15: the same figure.
            let close = { (cell: Workbook.Cell?, value: Double) -> Bool in
                if case .number(let read, isDate: false)? = cell { return abs(read - value) <= 1e-12 * max(1, abs(value)) }
                return false
            }
            if let overall = scorecard?["overall"] as? Double { #expect(close(row["Overall score"], overall)) }
            #expect(row["Overall status"] == .text(scorecard?["overall_status"] as? String ?? ""))
            let forecast = account["forecast"] as? [String: Any]
            if let value = forecast?["value"] as? Double { #expect(close(row["Forecast"], value)) }
        }
        // Weeks are dates, not text: Excel filters them by month.
        let measures = try Self.sheet(bytes, "Measures")
        #expect(measures.count > 200)
        #expect(measures.allSatisfy { if case .number(_, isDate: true)? = $0["Week"] { true } else { false } })
        let meridian = measures.filter { $0["Account ID"] == .text("meridian-freight") && $0["Measure ID"] == .text("revenue") }
        #expect(meridian.count == 8 && meridian.last?["Figure compared"] == .number(412_000, isDate: false))
    }

    /// A generated portfolio of 40 accounts, 8 weeks and two measures, every fifth account
    /// silent in one week: one Measures row per account, measure and week with a row.
    @Test func aGeneratedPortfoliosWorkbookHasARowPerAccountMeasureAndWeek() throws {
        let weeks = (0..<8).map { Day(iso: "2026-10-09")!.adding(days: 7 * $0) }
        let accounts = (0..<40).map { n -> Account in
            var account = Account(id: "acct-\(n)", sourcePath: "content/accounts/acct-\(n).md", name: "Account \(n)")
            account.scorecard = [Measure(id: "revenue", perspective: .financial, name: "Sales", unit: "USD", target: 130_000,
                                         period: .quarter, aggregate: .sum),
                                 Measure(id: "nps", perspective: .customer, name: "NPS", unit: "points", target: 40)]
            account.opportunities = [Opportunity(id: "deal", name: "Deal \(n)", value: Double(1_000 * n), stage: .propose,
                                                 close: Day(iso: "2026-12-20")!)]
            return account
        }
        let scorecards = weeks.enumerated().map { index, date in
            ScorecardWeek(date: date, sourcePath: "content/scorecards/\(date).csv", entries: (0..<40).flatMap { n -> [ScorecardWeek.Entry] in
                n % 5 == 0 && index == 3 ? [] : [.init(account: "acct-\(n)", metric: "revenue", actual: 10_000, line: 2 * n + 2),
                                                  .init(account: "acct-\(n)", metric: "nps", actual: Double(30 + index), line: 2 * n + 3)]
            })
        }
        let project = Project(config: SiteConfig(), accounts: accounts, playbooks: [], reviews: [], weeks: scorecards)
        let portfolio = PortfolioAnalysis(project: project, asOf: weeks.last!)
        let bytes = try PortfolioWorkbook(portfolio: portfolio, config: project.config).bytes()
        #expect(try PortfolioWorkbook(portfolio: portfolio, config: project.config).bytes() == bytes, "the same bytes again")
        #expect(try Self.sheet(bytes, "Measures").count == 40 * 2 * 8 - 8 * 2)
        #expect(try Self.sheet(bytes, "Pipeline").count == 40)
        let quarter = try Self.sheet(bytes, "Measures").filter { $0["Account ID"] == .text("acct-1") && $0["Measure ID"] == .text("revenue") }
        #expect(quarter.map(\.["Figure compared"]) == (1...8).map { .number(Double(10_000 * $0), isDate: false) })
    }

    /// Past Excel's last row a sheet goes on in another, header and all: here two rows a sheet.
    @Test func aTableLongerThanASheetGoesOnInTheNextWithItsHeader() throws {
        var table = SpreadsheetFile.Table(sheet: "Measures", header: ["Week", "Figure"], rows: [], widths: [11, 10],
                                          created: Day(iso: "2026-11-27")!)
        table.autofilter = true
        table.streamed = (5, { row in for n in 1...5 { row([.date(Day(iso: "2026-11-27")!.adding(days: n)), .number(Double(n))]) } })
        let bytes = try SpreadsheetFile.xlsx([table], created: Day(iso: "2026-11-27")!, rowsPerSheet: 2)
        let book = try Workbook(bytes: bytes)
        #expect(book.sheets.map(\.name) == ["Measures", "Measures (2)", "Measures (3)"])
        let figures = try book.sheets.map { sheet in try Self.sheet(bytes, sheet.name).map { $0["Figure"] } }
        #expect(figures == [[.number(1, isDate: false), .number(2, isDate: false)],
                            [.number(3, isDate: false), .number(4, isDate: false)], [.number(5, isDate: false)]])
        // A count that does not match the rows made is an error, not a silent short sheet.
        table.streamed = (6, table.streamed!.rows)
        #expect(throws: SpreadsheetFile.Failure.self) { try SpreadsheetFile.xlsx([table], created: Day(iso: "2026-11-27")!) }
    }

    /// The written workbook's keywords are what its figures add up to, worked out the same
    /// way a later build checks them: the pass that writes and the pass that checks agree.
    @Test func theWorkbookCarriesTheFingerprintOfItsFigures() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.site + "/portfolio.xlsx")))
        let keywords = try #require(Workbook.keywords(in: bytes))
        #expect(keywords.hasPrefix("lynchpin-figures "))
        let (loaded, _) = ProjectLoader().load(ProjectLocation(root: SampleSiteTests.repository))
        let project = try #require(loaded?.project)
        let asOf = Day(iso: "2026-11-27")!
        let workbook = PortfolioWorkbook(portfolio: PortfolioAnalysis(project: project.asItStood(on: asOf), asOf: asOf), config: project.config)
        #expect(workbook.fingerprint() == keywords)
    }
}
