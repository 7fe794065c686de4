import Foundation
import Testing
import LynchpinDomain
@testable import LynchpinViews
import LynchpinSite

@Suite struct SearchIndexTests {
    func site(_ accounts: [Account], playbooks: [Playbook] = []) -> [String: String] {
        let project = Project(config: SiteConfig(), accounts: accounts, playbooks: playbooks, reviews: [], weeks: [])
        let portfolio = PortfolioAnalysis(project: project, asOf: Day(iso: "2026-11-27")!)
        let files = SiteRenderer().pages(project, portfolio: portfolio).renderAll()
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    /// The index as search.js receives it: the one argument of `lynchpinSearch(...)`.
    func index(_ text: String) throws -> [String: Any] {
        let prefix = "lynchpinSearch(", suffix = ");\n"
        #expect(text.hasPrefix(prefix) && text.hasSuffix(suffix))
        let json = Data(text.dropFirst(prefix.count).dropLast(suffix.count).utf8)
        return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    }

    func account(_ id: String, _ name: String, manager: String) -> Account {
        var account = Account(id: id, sourcePath: "content/accounts/\(id).md", name: name)
        account.manager = manager
        account.industry = "Logistics"
        account.region = "EMEA"
        return account
    }

    @Test func holdsAccountsPeopleOpportunitiesAndHeadings() throws {
        var meridian = account("meridian", "Meridian Freight", manager: "Dana Whitfield")
        meridian.stakeholders = [Stakeholder(name: "Rupert Hale", title: "CFO")]
        meridian.opportunities = [Opportunity(id: "reefer", name: "Reefer tracking", value: 1, stage: .propose, close: Day(iso: "2027-01-31")!)]
        let vantage = account("vantage", "Vantage Pharma", manager: "Dana Whitfield")
        let playbook = Playbook(id: "pilots", sourcePath: "content/playbooks/pilots.md", title: "Pilot plans",
                                body: Document(source: "", outline: [Heading(level: 2, text: "Day 90", id: "day-90")]))
        let found = try index(try #require(site([meridian, vantage], playbooks: [playbook])[SearchIndex.path]))
        let strings = try #require(found["strings"] as? [String])
        let accounts = try #require(found["accounts"] as? [[Any]])
        #expect(accounts.map { $0[0] as? String } == ["Meridian Freight", "Vantage Pharma"])
        #expect(accounts.map { $0[1] as? String } == ["meridian", "vantage"])
        // Shared values are kept once: both accounts point at the same industry and manager.
        #expect(accounts[0][2] as? Int == accounts[1][2] as? Int)
        #expect(strings[try #require(accounts[1][4] as? Int)] == "Dana Whitfield")
        #expect(strings.filter { $0 == "Logistics" }.count == 1)
        let people = try #require(found["people"] as? [[String]])
        #expect(people == [["Dana Whitfield", "dana-whitfield"]])
        let stakeholders = try #require(accounts[0][7] as? [Any])
        #expect(stakeholders.count == 2)
        #expect(stakeholders[0] as? String == "Rupert Hale")
        #expect(strings[try #require(stakeholders[1] as? Int)] == "CFO")
        #expect((accounts[1][7] as? [Any])?.isEmpty == true)
        #expect((accounts[0][8] as? [Any])?.isEmpty == true, "no team")
        let opportunities = try #require(found["opportunities"] as? [[Any]])
        #expect(opportunities[0][0] as? String == "Reefer tracking")
        #expect(strings[try #require(opportunities[0][2] as? Int)] == "propose")
        let pages = try #require(found["pages"] as? [[Any]])
        #expect(pages[0][0] as? String == "playbook")
        #expect(pages[0][2] as? String == "playbooks/pilots/index.html")
        #expect(pages[0][3] as? [[String]] == [["Day 90", "day-90"]])
    }

    @Test func anyNameStaysInsideItsString() throws {
        // "€" starts with the same byte as U+2028 and U+2029 and must pass through whole.
        let name = "</script><b>\"Tom\" & \\Jerry\\\u{2028}line\u{2029}€5\u{7}\u{8}"
        let file = try #require(site([account("evil", name, manager: "M")])[SearchIndex.path])
        #expect(!file.contains("</script>"))
        #expect(!file.contains("\u{2028}") && !file.contains("\u{2029}"))
        let accounts = try #require(try index(file)["accounts"] as? [[Any]])
        #expect(accounts[0][0] as? String == name, "the name reads back exactly")
    }

    @Test func everyPageLoadsTheScriptAndHidesTheBoxUntilItRuns() throws {
        let pages = site([account("acme", "Acme", manager: "Dana Whitfield")])
        let portfolio = try #require(pages["index.html"])
        #expect(portfolio.contains("<script src=\"assets/search.js\" data-root=\"\" defer></script>"))
        #expect(portfolio.contains("<form class=\"site-search\" id=\"site_search\" role=\"search\" aria-label=\"Site\" hidden>"))
        let plan = try #require(pages["accounts/acme/index.html"])
        #expect(plan.contains("<script src=\"../../assets/search.js\" data-root=\"../../\" defer></script>"))
        #expect(pages[SiteLinks.searchScript]?.contains("window.lynchpinSearch = function") == true)
        // What the dashboard's filters match, on each row of its accounts table.
        #expect(portfolio.contains("<table class=\"accounts\" data-sortable>"))
        #expect(portfolio.contains("<tr data-manager=\"Dana Whitfield\" data-quadrant=\"unplaced\" data-status=\"active\""))
    }
}
