import Foundation
import Testing
import LynchpinDomain
@testable import LynchpinViews

@Suite struct JSONWriterTests {
    @Test func portfolioJSONSaysWhatJSONEncoderWouldHaveSaid() throws {
        // A project with every kind of value: nulls, empty and full lists, fractions, text
        // that needs escaping.
        var project = AnalysisPagesTests.project
        project.accounts[0].name = "Acme \"Logistics\" \\ Co\n/ Ltd ✓"
        project.accounts[0].opportunities = [Opportunity(id: "o", name: "Tab\there", value: 1_234.5, stage: .propose,
                                                         close: Day(iso: "2026-12-01")!)]
        let json = PortfolioJSON(portfolio: PortfolioAnalysis(project: project, asOf: AnalysisPagesTests.asOf), config: project.config)
        let ours = try JSONSerialization.jsonObject(with: Data(json.bytes())) as? NSDictionary
        let foundation = try JSONSerialization.jsonObject(with: json.encodedByFoundation()) as? NSDictionary
        #expect(ours != nil && ours == foundation)
    }

    @Test func writesIndentedSortedAndEscaped() {
        var json = JSONWriter()
        json.object { json in
            json.key("a")
            json.array([1.0, 0.25, 1e-7]) { json, value in json.number(value) }
            json.key("b")
            json.array([String]()) { json, value in json.string(value) }
            json.field("c", "q\"\\\u{1}")
            json.field("d", nil as Double?)
        }
        #expect(String(decoding: json.bytes, as: UTF8.self) == """
            {
              "a" : [
                1,
                0.25,
                1e-07
              ],
              "b" : [],
              "c" : "q\\"\\\\\\u0001",
              "d" : null
            }
            """)
    }
}
