import Foundation
import Testing
import LynchpinDomain
import LynchpinBuild
import LynchpinLoad

@Suite struct ScaffoldTests {
    let today = Day(iso: "2026-11-28")!

    func newProject() throws -> String {
        let folder = try SampleSiteTests.temporaryFolder() + "/demo"
        _ = try Scaffold().initProject(in: folder, today: today, force: false)
        return folder
    }

    @Test func initThenBuildWorksAtOnce() throws {
        let folder = try newProject()
        #expect(!FileManager.default.fileExists(atPath: folder + "/templates"), "the built-in theme serves")
        let report = SampleSiteTests.build(into: folder + "/site", location: ProjectLocation(root: folder))
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let plan = try String(contentsOfFile: folder + "/site/accounts/example-account/index.html", encoding: .utf8)
        #expect(plan.contains("<h1 id=\"example-account-name\">Example Account</h1>"))
        #expect(plan.contains("4 of 4 building blocks covered"))
        #expect(FileManager.default.fileExists(atPath: folder + "/site/reviews/2026-11-28/index.html"))
    }

    @Test func initRefusesAFolderWithFilesUnlessForced() throws {
        let folder = try newProject()
        try "my own settings\n".write(toFile: folder + "/lynchpin.yml", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder + "/content/reviews/2026-11-28.md")
        #expect(throws: Scaffold.Failure.self) { try Scaffold().initProject(in: folder, today: today, force: false) }
        let (written, skipped) = try Scaffold().initProject(in: folder, today: today, force: true)
        #expect(written == ["content/reviews/2026-11-28.md"])
        #expect(skipped.contains("lynchpin.yml"))
        #expect(try String(contentsOfFile: folder + "/lynchpin.yml", encoding: .utf8) == "my own settings\n")
    }

    @Test func namesInOtherScriptsAskForAnID() throws {
        let folder = try newProject()
        let location = ProjectLocation(root: folder)
        let polish = try Scaffold().create(.account, name: "Łódź Rail", date: today, location: location)
        #expect(polish == folder + "/content/accounts/lodz-rail.md")
        #expect(try String(contentsOfFile: polish, encoding: .utf8).contains("name: \"Łódź Rail\""))
        let refused = #expect(throws: Scaffold.Failure.self) {
            try Scaffold().create(.account, name: "東京物流", date: today, location: location)
        }
        #expect(refused?.description.contains("give one with --id") == true)
        let named = try Scaffold().create(.account, name: "東京物流", id: "tokyo-logistics", date: today, location: location)
        #expect(named == folder + "/content/accounts/tokyo-logistics.md")
        #expect(throws: Scaffold.Failure.self) {
            try Scaffold().create(.account, name: "東京物流", id: "Tokyo Logistics", date: today, location: location)
        }
        #expect(SampleSiteTests.build(into: folder + "/site", location: location).succeeded)
    }

    @Test func newFilesGetSluggedIDsAndNeverOverwrite() throws {
        let folder = try newProject()
        let location = ProjectLocation(root: folder)
        let account = try Scaffold().create(.account, name: "Acme: Logistics & Co", date: today, location: location)
        #expect(account == folder + "/content/accounts/acme-logistics-co.md")
        #expect(throws: Scaffold.Failure.self) {
            try Scaffold().create(.account, name: "Acme  Logistics & Co!", date: today, location: location)
        }
        let playbook = try Scaffold().create(.playbook, name: "Weekly review", date: today, location: location)
        #expect(try String(contentsOfFile: playbook, encoding: .utf8).contains("order: 2"))
        let review = try Scaffold().create(.review, name: nil, date: Day(iso: "2026-12-05")!, location: location)
        #expect(review == folder + "/content/reviews/2026-12-05.md")
        #expect(try String(contentsOfFile: review, encoding: .utf8)
            .contains("attendees: [\"Your Sponsor\", \"Your Director\", \"Your Name\"]"), "the last review's attendees")

        let report = SampleSiteTests.build(into: folder + "/site", location: location)
        #expect(report.succeeded, "\(report.diagnostics)")
        let page = try String(contentsOfFile: folder + "/site/accounts/acme-logistics-co/index.html", encoding: .utf8)
        #expect(page.contains("<h1 id=\"acme-logistics-co-name\">Acme: Logistics &amp; Co</h1>"))
    }

    @Test func checkPointsAtEverySeededMistake() throws {
        let folder = try newProject()
        let account = folder + "/content/accounts/example-account.md"
        var text = try String(contentsOfFile: account, encoding: .utf8)
        text = text.replacingOccurrences(of: "current: 1000000", with: "current: 1,000,000")
        text = text.replacingOccurrences(of: "status: active", with: "status: live")
        try text.write(toFile: account, atomically: true, encoding: .utf8)
        try "account,metric,actual\nexample-account,nps,12%\n".write(
            toFile: folder + "/content/scorecards/2026-11-29.csv", atomically: true, encoding: .utf8)
        let options = BuildOptions(location: ProjectLocation(root: folder), today: today)
        let report = SiteBuilder().prepare(options).report
        #expect(report.diagnostics.map(\.description) == [
            "content/accounts/example-account.md:3:9: error: status: expected one of active, prospect, archived, found \"live\"",
            "content/accounts/example-account.md:12:12: error: revenue.current: expected a plain number (digits, optional '-' and '.', no currency sign or separators), found \"1,000,000\"",
            "content/scorecards/2026-11-29.csv:2: error: actual: expected a plain number (no currency sign, separators or %; declare the file's style under number_formats in lynchpin.yml to read 1,234.56 or 1.234,56), found '12%'",
        ])
        #expect(!FileManager.default.fileExists(atPath: folder + "/site"), "check writes nothing")
    }
}
