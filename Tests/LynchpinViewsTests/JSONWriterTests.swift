import Foundation
import Testing
import LynchpinDomain
@testable import LynchpinViews

@Suite struct JSONWriterTests {
    @Test func portfolioJSONReadsBackWithItsNullsListsAndEscapedText() throws {
        var project = AnalysisPagesTests.project
        project.accounts[0].name = "Acme \"Logistics\" \\ Co\n/ Ltd ✓"
        project.accounts[0].opportunities = [Opportunity(id: "o", name: "Tab\there", value: 1_234.5, stage: .propose,
                                                         close: Day(iso: "2026-12-01")!)]
        let json = PortfolioJSON(portfolio: PortfolioAnalysis(project: project, asOf: AnalysisPagesTests.asOf), config: project.config)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes())) as? [String: Any])
        let accounts = try #require(root["accounts"] as? [[String: Any]])
        #expect(accounts[0]["name"] as? String == "Acme \"Logistics\" \\ Co\n/ Ltd ✓")
        let opportunity = try #require((accounts[0]["opportunities"] as? [[String: Any]])?.first)
        #expect(opportunity["name"] as? String == "Tab\there" && opportunity["value"] as? Double == 1_234.5)
        #expect(opportunity["stale"] as? Bool == false)
        #expect(accounts[1]["quadrant"] is NSNull && accounts[1]["qualification"] is NSNull, "absent values are null, not left out")
        #expect((accounts[1]["open_actions"] as? [Any])?.isEmpty == true)
        let pipeline = try #require(root["pipeline"] as? [String: Any])
        #expect(pipeline["open_count"] as? Int == 1 && pipeline["open_value"] as? Double == 1_234.5)
        #expect(Array(((pipeline["stages"] as? [String: Any]) ?? [:]).keys).sorted() == ["identify", "negotiate", "propose", "qualify"])
        let text = String(decoding: json.bytes(), as: UTF8.self)
        #expect(text.contains("\"name\" : \"Tab\\there\""), "control characters escaped")
        #expect(text.hasSuffix("}\n"))
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

    /// The same writer, compact and safe inside a script: the search index and serve's status.
    @Test func writesCompactForAScript() {
        var json = JSONWriter(compact: true)
        json.object { json in
            json.key("problems")
            json.array(["a</script>", "b\u{2028}"]) { json, value in json.string(value) }
            json.field("version", 3)
        }
        #expect(json.text == #"{"problems":["a\u003c/script>","b\u2028"],"version":3}"#)
        var rows = JSONWriter(compact: true)
        rows.rows([("x", 1), ("y", 2)]) { json, row in
            json.string(row.0)
            json.raw(",")
            json.number(row.1)
        }
        #expect(rows.text == #"[["x",1],["y",2]]"#)
    }
}
