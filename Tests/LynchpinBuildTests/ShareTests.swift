import Foundation
import Testing
import LynchpinDomain
import LynchpinBuild
import LynchpinLoad
import LynchpinOutput

/// The customer edition never shows an internal figure: a project with a distinct canary in
/// every internal field and narrative is shared, and no canary may appear in the page or its
/// PDF's text, while everything marked for the customer does.
@Suite struct ShareTests {
    /// Internal values, each a word no line break can split; numbers too, as written and grouped.
    static let canaries = [
        "siteTitleQx1", "managerQx2", "directorQx3", "sponsorQx4", "teamMemberQx5", "teamRoleQx6", "industryQx7",
        "regionQx8", "needQx9", "stakeholderQx10", "stakeTitleQx11", "relOwnerQx12", "internalObjectiveQx13",
        "internalOwnerQx14", "internalMeasureQx15", "weeklyNoteQx16", "questionQx17", "answerQx18",
        "opportunityQx19", "selectionNoteQx20", "selectorQx21", "strategyTextQx22", "reviewNotesQx23",
        "internalActionQx24", "actionOwnerQx25", "otherAccountQx26", "otherActionQx27", "crmOwnerQx28",
        "surveyCommentQx29", "teamCommentQx30", "oppQuestionQx31", "parentNameQx32", "hypothesisQx33", "successQx34",
        "pilotTeamQx35", "internalMilestoneQx36", "milestoneOwnerQx37", "decisionNoteQx38",
        "9137001", "9,137,001", "9137002", "9,137,002", "9137003", "9,137,003", "7654321", "7,654,321",
        "content/accounts", "acme.md", "playbooks/", "attractiveness", "Attractiveness", "quadrant", "Quadrant",
        "opponent", "skeptic", "Opponent", "Skeptic", "qualification", "Qualification", "bonus", "Bonus", "profit", "Profit",
        "Our strength", "competitor", "Competitor", "margin", "Margin",
        // The forecast: the year's target, the books' sales, and the verdict, all internal.
        "9137004", "9,137,004", "9137005", "9,137,005", "9137006", "9,137,006", "internalRevenueQx39",
        "Forecast", "forecast", "Short by", "On track", "weighted",
    ]

    /// What the customer is meant to see.
    static let shared = ["Joint rollout plan", "Elif Kaya", "On-time delivery", "Confirm the go-live date",
                         "Cold-chain pilot", "Second lane live", "We share this section", "Dana Whitfield"]

    static let account = """
        ---
        name: Acme Freight
        status: active
        industry: industryQx7
        region: regionQx8
        manager: managerQx2
        director: directorQx3
        sponsor: sponsorQx4
        parent: group
        team:
          - {name: teamMemberQx5, role: teamRoleQx6}
        revenue: {current: 9137001, profit: 9137002, potential: 9137003, target: 9137004,
                  year_to_date: {through: 2026-10-02, amount: 9137005}}
        attractiveness: {future_volume: 5, strategic_fit: 4}
        strength: {relationship: 2}
        expectations:
          - {need: needQx9, importance: 5, us: 2, competitor: 4}
        stakeholders:
          - {name: stakeholderQx10, title: stakeTitleQx11, role: blocker, stance: opponent, last_contact: 2026-11-20,
             owners: [relOwnerQx12]}
          - {name: Elif Kaya, title: Fleet lead, role: user, stance: skeptic, last_contact: 2026-11-20}
        objectives:
          - {name: internalObjectiveQx13, owner: internalOwnerQx14, due: 2026-12-31}
          - {name: Joint rollout plan, owner: Dana Whitfield, due: 2027-01-31, joint: true, customer_owner: Elif Kaya}
        scorecard:
          - {id: margin, perspective: financial, name: internalMeasureQx15, unit: "%", target: 17}
          - {id: revenue, perspective: financial, name: internalRevenueQx39, unit: USD, target: 9137004, period: year, aggregate: latest}
          - {id: on-time, perspective: customer, name: On-time delivery, unit: "%", target: 95, shared: true}
        pilot:
          name: Cold-chain pilot
          start: 2026-10-01
          days: 90
          team: [pilotTeamQx35]
          customer_stakeholder: Elif Kaya
          hypothesis: hypothesisQx33 at lower cost than the incumbent
          success: successQx34
          decision: {date: 2026-11-25, outcome: extend, note: decisionNoteQx38}
          milestones:
            - {name: Second lane live, day: 60, owner: Dana Whitfield, customer_owner: Elif Kaya}
            - {name: internalMilestoneQx36, day: 30, owner: milestoneOwnerQx37}
        qualification:
          - {step: 1, question: questionQx17, answer: answerQx18, score: 4}
        opportunities:
          - id: rollout
            name: opportunityQx19
            value: 7654321
            stage: propose
            close: 2026-12-20
            qualification:
              - {step: 1, question: oppQuestionQx31, score: 3}
        selection: {decision: key, date: 2025-01-15, by: selectorQx21, note: selectionNoteQx20}
        share:
          sections: [Together]
        ---
        ## Strategy

        strategyTextQx22, and a [link](../../playbooks/pilot/index.html).

        ## Together

        We share this section, with a [playbook link](../../playbooks/pilot/index.html) that must lose its target.

        | Step | Note |
        |---|---|
        | One | [cell link](../../index.html) |

        ## Quadrant notes

        More strategyTextQx22.
        """

    static let files: [String: String] = [
        "lynchpin.yml": """
            title: siteTitleQx1
            organization: Kestrel Components
            as_of: 2026-11-27
            rewards:
              bonus_curve: [{score: 50, payout: 0}, {score: 100, payout: 100}]
            feedback: {sides: {feedback: customer, feedback/team.csv: employee}}

            """,
        "content/accounts/acme.md": account,
        "content/accounts/group.md": "---\nname: parentNameQx32\n---\n",
        "content/accounts/other.md": "---\nname: otherAccountQx26\nstatus: active\n---\n",
        "content/scorecards/2026-11-27.csv": "account,metric,actual,note\nacme,margin,12,weeklyNoteQx16\nacme,on-time,96,weeklyNoteQx16\nacme,revenue,9137006,\n",
        "content/reviews/2026-11-27.md": """
            ---
            actions:
              - {id: internal, account: acme, action: internalActionQx24, owner: actionOwnerQx25, due: 2026-12-04}
              - {id: joint, account: acme, action: Confirm the go-live date, owner: Dana Whitfield, due: 2026-12-02,
                 joint: true, customer_owner: Elif Kaya}
              - {id: other, account: other, action: otherActionQx27, owner: Dana Whitfield, due: 2026-12-02, joint: true}
            ---
            reviewNotesQx23
            """,
        "content/crm/sf.csv": "Opportunity Name,Account Name,Amount,Stage,Close Date,Opportunity Owner\nLanes,Acme Freight,5,Prospecting,2026-12-01,crmOwnerQx28\n",
        "content/feedback/survey.csv": "date,account,nps,comment\n2026-11-02,acme,3,surveyCommentQx29\n",
        "content/feedback/team.csv": "date,account,nps,comment\n2026-11-02,acme,3,teamCommentQx30\n",
    ]

    static func project() throws -> String {
        let root = try SampleSiteTests.temporaryFolder() + "/project"
        for (path, text) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        return root
    }

    static func share(_ root: String, pdf: Bool) -> BuildReport {
        ShareBuilder().run(.init(location: ProjectLocation(root: root), accounts: ["acme"], today: Day(iso: "2026-12-01")!,
                                  pdf: pdf ? PDFRequest() : nil))
    }

    /// Canaries found in a text, compared without white space (a PDF's text breaks lines anywhere).
    static func leaks(in text: String) -> [String] {
        let squeezed = String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        return canaries.filter { squeezed.contains($0.replacingOccurrences(of: " ", with: "")) }
    }

    /// The internal plan shows the forecast the canaries stand for: the edition must not.
    @Test func theInternalPlanHasTheForecastTheEditionLeavesOut() throws {
        let root = try Self.project()
        let report = SampleSiteTests.build(into: root + "/site", location: ProjectLocation(root: root))
        #expect(report.succeeded, "\(report.diagnostics)")
        let plan = try String(contentsOfFile: root + "/site/accounts/acme/index.html", encoding: .utf8)
        #expect(plan.contains("<dt>Target for the year</dt><dd>USD 9,137,004</dd>") && plan.contains("<dt>Sales so far</dt><dd>USD 9,137,006</dd>"))
    }

    @Test func theSharedPageCarriesNoCanaryAndNoLinkIntoTheSite() throws {
        let root = try Self.project()
        let report = Self.share(root, pdf: false)
        #expect(report.succeeded, "\(report.diagnostics)")
        let html = try String(contentsOfFile: root + "/share/acme/index.html", encoding: .utf8)
        // The theme's stylesheet names its classes and properties (.quadrant-counts, margin): not data.
        let style = try #require(html.range(of: "<style>")).lowerBound..<(try #require(html.range(of: "</style>")).upperBound)
        var content = html
        content.removeSubrange(style)
        #expect(Self.leaks(in: content) == [])
        for text in Self.shared { #expect(html.contains(text), "\(text)") }
        // Its own stylesheet, no address but its own: nothing to follow back to the internal site.
        #expect(!html.contains("href=") && !html.contains("src=") && html.contains("<style>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/share") == ["acme"])
    }

    @Test(.enabled(if: PDFPrinter.locate() != nil, "Chromium or Chrome is not installed (scripts/setup --test installs it)"),
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"), "pdftotext (poppler-utils) is not installed"))
    func theSharedPDFCarriesNoCanaryEither() throws {
        let root = try Self.project()
        let report = Self.share(root, pdf: true)
        #expect(report.succeeded && !report.notes.contains { $0.hasPrefix("PDF") }, "\(report.notes)")
        let text = try PDFTests.run("/usr/bin/pdftotext", [root + "/share/acme/acme.pdf", "-"])
        #expect(text.contains("Joint rollout plan"))
        #expect(Self.leaks(in: text) == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/share/acme").sorted() == ["acme.pdf", "index.html"])
    }

    /// The plan with every mark taken away: joint objectives, shared measures, the pilot's
    /// customer owners, shared sections, and the review's joint action.
    static func unmarked(_ root: String) throws {
        let plan = account.replacingOccurrences(of: ", joint: true, customer_owner: Elif Kaya", with: "")
            .replacingOccurrences(of: ", shared: true", with: "")
            .replacingOccurrences(of: ", customer_owner: Elif Kaya}", with: "}")
            .replacingOccurrences(of: "share:\n  sections: [Together]\n", with: "")
        #expect(!plan.contains("joint") && !plan.contains("shared") && !plan.contains("customer_owner") && !plan.contains("share:"))
        try plan.write(toFile: root + "/content/accounts/acme.md", atomically: true, encoding: .utf8)
        let review = files["content/reviews/2026-11-27.md"]!.replacingOccurrences(of: ",\n     joint: true, customer_owner: Elif Kaya", with: "")
        #expect(!review.contains("customer_owner"))
        try review.write(toFile: root + "/content/reviews/2026-11-27.md", atomically: true, encoding: .utf8)
    }

    /// An edition is handed on as its folder is: sharing again, after the plan took back what
    /// it marked, leaves no earlier edition beside the new one (a build keeps its replaced
    /// site as a spare; sharing never does).
    @Test func sharingAgainLeavesNoEarlierEditionBesideTheNewOne() throws {
        let root = try Self.project()
        #expect(Self.share(root, pdf: false).succeeded)
        try Self.unmarked(root)
        #expect(Self.share(root, pdf: false).succeeded)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/share") == ["acme"])
        let everything = try FileManager.default.subpathsOfDirectory(atPath: root + "/share").map { root + "/share/" + $0 }
            .filter { !$0.hasSuffix("/acme") }.map { try String(contentsOfFile: $0, encoding: .utf8) }.joined()
        #expect(Self.shared.filter { everything.contains($0) } == [], "nothing of the first edition is left")
    }

    /// A plan that marks nothing gives an edition with nothing of the plan but the account's
    /// name: not the pilot (whose hypothesis, team and overdue milestones are ours), not the
    /// objectives, measures, actions or narrative that are shared once marked.
    @Test func aPlanThatMarksNothingSharesNothingButItsName() throws {
        let root = try Self.project()
        try Self.unmarked(root)
        let report = Self.share(root, pdf: false)
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.diagnostics.map(\.message).contains { $0.hasPrefix("nothing is marked for the customer edition yet") })
        let html = try String(contentsOfFile: root + "/share/acme/index.html", encoding: .utf8)
        let style = try #require(html.range(of: "<style>")).lowerBound..<(try #require(html.range(of: "</style>")).upperBound)
        var content = html
        content.removeSubrange(style)
        let squeezed = String(content.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        #expect(Self.leaks(in: content) == [])
        #expect(Self.shared.filter { squeezed.contains($0.replacingOccurrences(of: " ", with: "")) } == [])
        #expect(!content.contains("pilot") && !content.contains("Pilot"))
        #expect(content.contains("Acme Freight"))
    }

    /// The cover names who prepared the edition: never nobody, nor the placeholder init writes.
    @Test(arguments: ["organization: Your Company\n", ""])
    func aPlaceholderOrNoOrganizationIsRefused(line: String) throws {
        let root = try Self.project()
        let config = Self.files["lynchpin.yml"]!.replacingOccurrences(of: "organization: Kestrel Components\n", with: line)
        try config.write(toFile: root + "/lynchpin.yml", atomically: true, encoding: .utf8)
        let report = Self.share(root, pdf: false)
        #expect(!report.succeeded)
        let message = try #require(report.diagnostics.errors.first).description
        #expect(message.hasPrefix("lynchpin.yml: error: organization: expected your company's name for the customer edition's cover, found "))
        #expect(message.contains(line.isEmpty ? "found none" : "'Your Company', the placeholder lynchpin init writes"))
        #expect(!FileManager.default.fileExists(atPath: root + "/share"))
    }

    @Test func aSectionNotInTheNarrativeIsAnErrorAndNothingIsWritten() throws {
        let root = try Self.project()
        let path = root + "/content/accounts/acme.md"
        try Self.account.replacingOccurrences(of: "sections: [Together]", with: "sections: [Togther]")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let report = Self.share(root, pdf: false)
        #expect(!report.succeeded)
        #expect(report.diagnostics.errors.map(\.description) == [
            "content/accounts/acme.md:53: error: share.sections: expected the text of a second-level heading (## …) of the plan's narrative (its headings: Strategy, Together, Quadrant notes), found 'Togther'",
        ])
        #expect(!FileManager.default.fileExists(atPath: root + "/share"))
    }

    @Test func anUnknownAccountIsAnError() throws {
        let root = try Self.project()
        let report = ShareBuilder().run(.init(location: ProjectLocation(root: root), accounts: ["acme", "acmee"],
                                               today: Day(iso: "2026-12-01")!, pdf: nil))
        #expect(report.diagnostics.errors.map(\.message) == ["expected the id of an account in content/accounts/ (acme, group, other), found 'acmee'"])
        #expect(!FileManager.default.fileExists(atPath: root + "/share"))
    }
}
