import Foundation
import Testing
import LynchpinDomain
@testable import LynchpinLoad

/// Opportunities from CRM exports in content/crm/: Salesforce and HubSpot layouts known by
/// their headers, a declared layout for any other, accounts matched by id, name or crm_ids,
/// and the team's own fields kept from the front matter.
@Suite struct CRMExportTests {
    static let aliasedAccount = Fixtures.account.replacingOccurrences(
        of: "status: active\n", with: "status: active\ncrm_ids: [001Ax00000Acme01]\n")

    static func load(crm: [String: [UInt8]], account: String = aliasedAccount,
                     config: String = "title: Test accounts\nas_of: 2026-11-27\n") -> (LoadedProject?, [Diagnostic]) {
        var files = Fixtures.files().mapValues { Array($0.utf8) }
        files["/p/content/accounts/acme.md"] = Array(account.utf8)
        files["/p/lynchpin.yml"] = Array(config.utf8)
        for (name, bytes) in crm { files["/p/content/crm/" + name] = bytes }
        return ProjectLoader(reader: .memory(bytes: files)).load(Fixtures.location)
    }

    static func summary(_ loaded: LoadedProject?) -> [String] {
        (loaded?.project.account(id: "acme")?.opportunities ?? []).sorted { $0.id < $1.id }.map {
            "\($0.id) \($0.name) \(PlainNumber.text($0.value)) \($0.stage.rawValue) \($0.close) \($0.owner ?? "-") \($0.probability.map(PlainNumber.text) ?? "-") \($0.fit.rawValue)"
        }
    }

    static let salesforceCSV = """
        "Opportunity Name","Account Name","Account ID","Opportunity Owner","Stage","Probability (%)","Amount","Close Date"
        "Rotterdam hub sensors","ACME Logistics.","","Dana Whitfield","Negotiation/Review","60","$250,000.00","12/15/2026"
        "Reefer retrofit","Acme Logistics B.V.","001Ax00000Acme01","Lee Park","Closed Won","100%","USD 90,000.50","10/2/2026"

        "Kestrel Components"
        "Confidential Information - Do Not Distribute"

        """

    static let usStyles = """
        title: Test accounts
        as_of: 2026-11-27
        number_formats: {crm: "1,234.56"}
        date_formats: {crm: "m/d/yyyy"}

        """

    static let expected = [
        "reefer-retrofit Reefer retrofit 90000.5 won 2026-10-02 Lee Park 100 undecided",
        "rotterdam-hub-sensors Rotterdam hub sensors 250000 negotiate 2026-12-15 Dana Whitfield 60 undecided",
    ]

    @Test func aSalesforceReportAsCSVBecomesTheAccountsOpportunities() throws {
        let (loaded, diagnostics) = Self.load(crm: ["salesforce.csv": Array(Self.salesforceCSV.utf8)], config: Self.usStyles)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        #expect(Self.summary(loaded) == Self.expected)
    }

    @Test func theSameReportAsAnOpenpyxlWorkbookGivesTheSameOpportunities() throws {
        let bytes = try WorkbookTests.fixture("salesforce-openpyxl.xlsx")
        let (loaded, diagnostics) = Self.load(crm: ["salesforce.xlsx": bytes])
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        #expect(Self.summary(loaded) == Self.expected)
    }

    @Test func aHubSpotExportFromXlsxWriterKeepsItsRecordIDs() throws {
        let bytes = try WorkbookTests.fixture("hubspot-xlsxwriter.xlsx")
        let (loaded, diagnostics) = Self.load(crm: ["hubspot.xlsx": bytes])
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        #expect(Self.summary(loaded) == [
            "9123456789 Rotterdam hub sensors 250000 negotiate 2026-12-15 Dana Whitfield - undecided",
            "9123456790 Reefer retrofit 90000.5 won 2026-10-02 Dana Whitfield - undecided",
        ])
    }

    @Test func theFrontMatterKeepsTheTeamsFitAndQualificationByID() throws {
        let account = Self.aliasedAccount.replacingOccurrences(of: "playbooks: [congruence-model]\n", with: """
            playbooks: [congruence-model]
            opportunities:
              - id: rotterdam-hub-sensors
                fit: pursue
                qualification:
                  - {step: 1, question: Budget?, answer: Capex 2027, score: 4}
              - {id: own-deal, name: Written by hand, value: 1000, stage: qualify, close: 2027-01-31}

            """)
        let (loaded, diagnostics) = Self.load(crm: ["salesforce.csv": Array(Self.salesforceCSV.utf8)], account: account,
                                              config: Self.usStyles)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        let opportunities = try #require(loaded?.project.account(id: "acme")).opportunities
        let rotterdam = try #require(opportunities.first { $0.id == "rotterdam-hub-sensors" })
        #expect(rotterdam.fit == .pursue && rotterdam.qualification.map(\.score) == [4] && rotterdam.value == 250_000)
        #expect(opportunities.map(\.id).sorted() == ["own-deal", "reefer-retrofit", "rotterdam-hub-sensors"])
    }

    @Test func teamFieldsWithoutAnExportRowAreAnErrorNamingTheNearestID() throws {
        let account = Self.aliasedAccount.replacingOccurrences(of: "playbooks: [congruence-model]\n", with: """
            playbooks: [congruence-model]
            opportunities:
              - {id: rotterdam-hub-sensor, fit: pursue}

            """)
        let (loaded, diagnostics) = Self.load(crm: ["salesforce.csv": Array(Self.salesforceCSV.utf8)], account: account,
                                              config: Self.usStyles)
        #expect(loaded == nil)
        #expect(diagnostics.errors.map(\.description) == [
            "content/accounts/acme.md:\(Self.line(of: "rotterdam-hub-sensor,", in: account)): error: opportunities.rotterdam-hub-sensor: expected name, value, stage and close, or a row of a content/crm/ export with this id for acme, found neither (did you mean rotterdam-hub-sensors?)",
        ])
    }

    static func line(of text: String, in file: String) -> Int {
        file.components(separatedBy: "\n").firstIndex { $0.contains(text) }! + 1
    }

    @Test func everyBadCellOfAnExportIsReportedAtOnceWithTheClosestAccount() throws {
        let csv = """
            Opportunity Name,Account Name,Stage,Amount,Close Date
            Lane sensors,Acme Logistcs,Discovery,€5.000,13/01/2027
            ,Acme Logistics,Closed Lost,-5,2026-10-01

            """
        let (loaded, diagnostics) = Self.load(crm: ["report.csv": Array(csv.utf8)])
        #expect(loaded == nil)
        let messages = diagnostics.errors.map(\.description)
        #expect(messages.count == 6, "\(messages)")
        #expect(messages.contains("content/crm/report.csv:2: error: account: expected the name, id or one of the crm_ids of an account in content/accounts/, found 'Acme Logistcs' (the closest is acme, 'Acme Logistics'; if it is that one, add crm_ids: [\"Acme Logistcs\"] to content/accounts/acme.md)"))
        #expect(messages.contains { $0.hasPrefix("content/crm/report.csv:2: error: stage: expected one of identify, qualify, propose, negotiate, won, lost, a stage of Salesforce's or HubSpot's default pipeline, or a name mapped under crm.stages") && $0.hasSuffix("found 'Discovery'") })
        #expect(messages.contains { $0.hasPrefix("content/crm/report.csv:2: error: amount: expected a plain number") })
        #expect(messages.contains { $0.hasPrefix("content/crm/report.csv:2: error: close: expected a date written yyyy-mm-dd (it reads as 13 January 2027 in d/m/yyyy") })
        #expect(messages.contains("content/crm/report.csv:3: error: name: expected the opportunity's name, found nothing"))
        #expect(messages.contains("content/crm/report.csv:3: error: amount: expected an amount of 0 or more, found -5"))
    }

    @Test func aDeclaredLayoutAndStageNamesReadAnyOtherCRM() throws {
        let csv = "Title;Organization;Value;Pipeline stage;Expected close date\nRotterdam hub sensors;Acme Logistics;250.000;Verhandlung;2026-12-15\n"
        let config = """
            title: Test accounts
            as_of: 2026-11-27
            number_formats: {crm/pipedrive.csv: "1.234,56"}
            crm:
              columns:
                crm/pipedrive.csv: {name: Title, account: Organization, amount: Value, stage: Pipeline stage, close: Expected close date}
              stages: {Verhandlung: negotiate}

            """
        let (loaded, diagnostics) = Self.load(crm: ["pipedrive.csv": Array(csv.utf8)], config: config)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        #expect(Self.summary(loaded) == ["rotterdam-hub-sensors Rotterdam hub sensors 250000 negotiate 2026-12-15 - - undecided"])
    }

    @Test func aFileOfNoKnownLayoutNamesTheLayoutsItCouldBe() throws {
        let (loaded, diagnostics) = Self.load(crm: ["export.csv": Array("Name,Company,Value\nx,Acme Logistics,1\n".utf8)])
        #expect(loaded == nil)
        let message = try #require(diagnostics.errors.first?.description)
        #expect(message.hasPrefix("content/crm/export.csv:1: error: header: expected the header of a Salesforce opportunity report (Opportunity Name, Account Name, Amount, Stage, Close Date) or a HubSpot deals export (Deal Name, Associated Company, Amount, Deal Stage, Close Date), or a layout of its own declared under crm.columns"))
    }

    @Test func twoAccountsOfOneNameAreNotGuessedBetween() {
        let matcher = AccountMatcher([("acme", "Acme", []), ("acme-eu", "Acme EU", ["ACME"])])
        #expect(matcher.match(name: "acme", crmID: nil) == .account("acme"))  // the id itself
        #expect(matcher.match(name: "A.C.M.E.", crmID: nil) == .ambiguous(["acme", "acme-eu"]))
        #expect(matcher.match(name: "Acme E.U.", crmID: nil) == .account("acme-eu"))
        #expect(matcher.match(name: "Zenith", crmID: nil) == .none(closest: ("acme", "Acme")))
    }

    @Test func aTimestampReadsAsItsDay() throws {
        #expect(try TextDate.parse("2026-11-24 10:42:29", style: .iso).get() == Day(iso: "2026-11-24"))
        #expect(try TextDate.parse("2026-11-24T10:42", style: .iso).get() == Day(iso: "2026-11-24"))
        #expect(try TextDate.parse("11/24/2026 10:42 AM", style: .monthFirst).get() == Day(iso: "2026-11-24"))
        #expect((try? TextDate.parse("2026-11-24 and more", style: .iso).get()) == nil)
    }
}

extension CRMExportTests {
    @Test func rowsOfAnAccountWhoseFileDidNotLoadAreNotCalledUnknown() throws {
        let broken = Self.aliasedAccount.replacingOccurrences(of: "status: active", with: "status: asleep")
        let (loaded, diagnostics) = Self.load(crm: ["salesforce.csv": Array(Self.salesforceCSV.utf8)], account: broken,
                                              config: Self.usStyles)
        #expect(loaded == nil)
        #expect(diagnostics.errors.map(\.file) == ["content/accounts/acme.md"])
        #expect(diagnostics.warnings.map(\.description).contains(
            "content/crm/salesforce.csv: warning: 2 rows name no account that loaded ('ACME Logistics.', …); checked again once the account files' errors are fixed"))
    }
}

/// The probability an opportunity's stage carries for a forecast, when the CRM row gives none.
extension CRMExportTests {
    static func stageProbabilities(_ loaded: LoadedProject?) -> [String] {
        (loaded?.project.account(id: "acme")?.opportunities ?? []).sorted { $0.id < $1.id }.map {
            "\($0.id) \($0.stageProbability.map { "\(PlainNumber.text($0.percent)) \($0.stage) \($0.table.rawValue)" } ?? "-")"
        }
    }

    @Test func aHubSpotStageCarriesHubSpotsDefaultAndADeclaredTableWins() throws {
        let bytes = try WorkbookTests.fixture("hubspot-xlsxwriter.xlsx")
        let (loaded, diagnostics) = Self.load(crm: ["hubspot.xlsx": bytes])
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        // The export names HubSpot's stages by their internal names: "contractsent" is
        // Contract Sent, 90% by HubSpot's default; a won deal is 100% in either CRM's table.
        #expect(Self.stageProbabilities(loaded) == ["9123456789 90 contractsent hubSpot", "9123456790 100 closedwon salesforce"])
        let (declared, problems) = Self.load(crm: ["hubspot.xlsx": bytes], config: """
            title: Test accounts
            as_of: 2026-11-27
            forecast:
              probabilities: {contract sent: 70, negotiate: 55}

            """)
        #expect(problems.errors.isEmpty, "\(problems)")
        #expect(Self.stageProbabilities(declared).first == "9123456789 70 contractsent declared")
    }

    @Test func aPlansOwnOpportunityTakesLynchpinsStageDefault() throws {
        let account = Self.aliasedAccount.replacingOccurrences(of: "playbooks: [congruence-model]\n", with: """
            playbooks: [congruence-model]
            opportunities:
              - {id: tms, name: TMS module, value: 240000, stage: negotiate, close: 2026-12-05}

            """)
        let (loaded, diagnostics) = Self.load(crm: [:], account: account)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        #expect(Self.stageProbabilities(loaded) == ["tms 80 negotiate lynchpin"])
    }

    @Test func aProbabilityOutsideNoughtToAHundredIsAnError() {
        let (_, problems) = Self.load(crm: [:], config: "title: Test accounts\nas_of: 2026-11-27\nforecast:\n  probabilities: {negotiate: 180}\n")
        #expect(problems.errors.map(\.description) == [
            "lynchpin.yml:4:30: error: forecast.probabilities.negotiate: expected a percentage from 0 to 100, found \"180\"",
        ])
    }
}
