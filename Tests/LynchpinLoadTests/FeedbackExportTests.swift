import Foundation
import Testing
import LynchpinDomain
@testable import LynchpinLoad

/// Survey exports in content/feedback/: NPS and CSAT told apart by the file, the customer's
/// answers apart from our team's, every bad cell named.
@Suite struct FeedbackExportTests {
    static func load(feedback: [String: [UInt8]], config: String = "title: Test accounts\nas_of: 2026-11-27\n")
        -> (LoadedProject?, [Diagnostic]) {
        var files = Fixtures.files().mapValues { Array($0.utf8) }
        files["/p/lynchpin.yml"] = Array(config.utf8)
        for (name, bytes) in feedback { files["/p/content/feedback/" + name] = bytes }
        return ProjectLoader(reader: .memory(bytes: files)).load(Fixtures.location)
    }

    static func answers(_ loaded: LoadedProject?) -> [String] {
        (loaded?.project.account(id: "acme")?.feedback ?? []).map {
            "\($0.date) \($0.side.rawValue) \($0.survey.rawValue) \($0.score) \($0.role ?? "-") \($0.comment ?? "-")"
        }
    }

    static let customerSide = "title: Test accounts\nas_of: 2026-11-27\nfeedback: {sides: {feedback: customer}}\n"

    static let expected = [
        "2026-08-04 customer nps 9 VP Supply Chain Sensors work.",
        "2026-08-04 customer csat 5 VP Supply Chain -",
        "2026-08-06 customer nps 6 Fleet lead -",
        "2026-08-06 customer csat 3 Fleet lead -",
        "2026-11-24 customer nps 7 VP Supply Chain Slower since October.",
        "2026-11-25 customer nps 5 Fleet lead -",
        "2026-11-25 customer csat 2 Fleet lead -",
    ]

    @Test func aSurveyToolsExportAsCSVGivesEachAnswer() {
        let csv = """
            Response ID,Submitted At,Company,Job Title,NPS,CSAT,Comment
            R1,2026-08-04 09:12:00,Acme Logistics,VP Supply Chain,9,5,Sensors work.
            R2,2026-08-06 15:40:00,Acme Logistics,Fleet lead,6,3,
            R3,2026-11-24 10:42:00,Acme Logistics,VP Supply Chain,7,,Slower since October.
            R4,2026-11-25 08:15:00,Acme Logistics,Fleet lead,5,2,

            """
        let (loaded, diagnostics) = Self.load(feedback: ["survey.csv": Array(csv.utf8)], config: Self.customerSide)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        #expect(Self.answers(loaded) == Self.expected)
    }

    @Test func theSameSurveyAsAnOpenpyxlWorkbookGivesTheSameAnswers() throws {
        let (loaded, diagnostics) = Self.load(feedback: ["survey.xlsx": try WorkbookTests.fixture("survey-openpyxl.xlsx")],
                                              config: Self.customerSide)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        #expect(Self.answers(loaded) == Self.expected)
    }

    @Test func aSideColumnKeepsOurTeamsAnswersApart() {
        let csv = "account,date,side,survey,score\nacme,2026-11-02,employee,nps,4\nacme,2026-11-03,Customer,CSAT,5\n"
        let (loaded, diagnostics) = Self.load(feedback: ["pulse.csv": Array(csv.utf8)])
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        #expect(Self.answers(loaded) == ["2026-11-02 employee nps 4 - -", "2026-11-03 customer csat 5 - -"])
    }

    @Test func aScoreThatCouldBeEitherSurveyIsRefused() {
        let (loaded, diagnostics) = Self.load(feedback: ["x.csv": Array("account,date,side,score\nacme,2026-11-02,customer,4\n".utf8)])
        #expect(loaded == nil)
        #expect(diagnostics.errors.map(\.description) == [
            "content/feedback/x.csv:1: error: header: expected a survey column (nps or csat) beside score, or the score column named NPS or CSAT: a score of 4 could be either; found 'account', 'date', 'side', 'score'",
        ])
    }

    @Test func withoutASideTheFileMustDeclareOne() {
        let (loaded, diagnostics) = Self.load(feedback: ["x.csv": Array("account,date,nps\nacme,2026-11-02,4\n".utf8)])
        #expect(loaded == nil)
        #expect(diagnostics.errors.first?.description.contains("expected a side column (customer or employee), or the file's side declared under feedback.sides in lynchpin.yml") == true)
    }

    @Test func everyBadCellIsNamed() {
        let csv = "account,date,side,nps,csat\nacme,2026-11-31,customer,11,\nghost,2026-11-02,team,7,0\nacme,2026-11-02,customer,,\n"
        let (loaded, diagnostics) = Self.load(feedback: ["x.csv": Array(csv.utf8)])
        #expect(loaded == nil)
        #expect(diagnostics.errors.map(\.description).sorted() == [
            "content/feedback/x.csv:2: error: date: expected a date that exists (November 2026 has 30 days), found '2026-11-31'",
            "content/feedback/x.csv:2: error: nps: expected a whole number from 0 to 10 (NPS), found '11'",
            "content/feedback/x.csv:3: error: account: expected the name, id or one of the crm_ids of an account in content/accounts/, found 'ghost' (the closest is acme, 'Acme Logistics'; if it is that one, add crm_ids: [\"ghost\"] to content/accounts/acme.md)",
            "content/feedback/x.csv:3: error: csat: expected a whole number from 1 to 5 (CSAT), found '0'",
            "content/feedback/x.csv:3: error: side: expected customer or employee, found 'team'",
            "content/feedback/x.csv:4: error: score: expected a score in nps or csat, found none",
        ])
    }
}
