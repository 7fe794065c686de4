import Testing
import LynchpinDisk
import LynchpinDomain
@testable import LynchpinLoad

/// Each kind of bad input gives a message that names the file, the line (and column where
/// known), the field, what was expected and what was found.
@Suite struct BadInputTests {
    func onlyError(_ changes: [String: String?]) throws -> Diagnostic {
        let (loaded, diagnostics) = Fixtures.load(changes)
        #expect(loaded == nil, "a project with errors must not be handed on")
        let errors = diagnostics.errors
        try #require(errors.count == 1, "\(diagnostics)")
        return errors[0]
    }

    func replacing(_ old: String, with new: String) -> [String: String?] {
        precondition(Fixtures.account.contains(old))
        return ["content/accounts/acme.md": Fixtures.account.replacingOccurrences(of: old, with: new)]
    }

    /// A plain `~`, `null`, `Null`, `NULL` or nothing is an absent value; quoted, it is text.
    @Test func nullValuesAreAbsentUnlessQuoted() throws {
        let text = Fixtures.account.replacingOccurrences(
            of: "manager: Dana Whitfield\n",
            with: "manager: Dana Whitfield\nindustry: ~\nregion: null\ndirector: NULL\nsponsor: Null\nteam:\n")
            .replacingOccurrences(of: "team:\n  - {name: Lee Park, role: Solutions engineer}\n", with: "")
        let (loaded, diagnostics) = Fixtures.load(["content/accounts/acme.md": text])
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        let acme = try #require(loaded?.project.accounts.first { $0.id == "acme" })
        #expect(acme.industry == nil && acme.region == nil && acme.director == nil && acme.sponsor == nil)
        #expect(acme.team.isEmpty)
        let quoted = Fixtures.account.replacingOccurrences(of: "manager: Dana Whitfield\n",
                                                           with: "manager: Dana Whitfield\nindustry: \"null\"\nregion: '~'\n")
        let kept = try #require(Fixtures.load(["content/accounts/acme.md": quoted]).0?.project.accounts.first { $0.id == "acme" })
        #expect(kept.industry == "null" && kept.region == "~")
    }

    @Test func malformedYAMLNamesItsLine() throws {
        let error = try onlyError(replacing("status: active", with: "status: [active"))
        #expect(error.file == "content/accounts/acme.md")
        #expect(error.line != nil && error.line! >= 4)
        #expect(error.message.hasPrefix("invalid YAML"))
    }

    @Test func missingRequiredName() throws {
        let error = try onlyError(replacing("name: Acme Logistics\n", with: ""))
        #expect(error.field == "name")
        #expect(error.line == 2)
        #expect(error.message.contains("found none"))
    }

    @Test func numberWithCurrencySignIsRefused() throws {
        let error = try onlyError(replacing("current: 2400000", with: "current: $2,400,000"))
        #expect(error.field == "revenue.current")
        #expect(error.line == 8)
        #expect(error.column == 12)
        #expect(error.message.contains("expected a plain number"))
        #expect(error.message.contains("found \"$2,400,000\""))
    }

    @Test func badDateNamesTheListItem() throws {
        let error = try onlyError(replacing("last_contact: 2026-11-20", with: "last_contact: 20/11/2026"))
        #expect(error.field == "stakeholders[1].last_contact")
        #expect(error.line == 21)
        #expect(error.message == "expected a date as YYYY-MM-DD, found \"20/11/2026\"")
    }

    @Test func unknownChoiceListsTheOptions() throws {
        let error = try onlyError(replacing("stance: advocate", with: "stance: fan"))
        #expect(error.message == "expected one of advocate, supporter, neutral, skeptic, opponent, found \"fan\"")
    }

    @Test func scoreOutOfRange() throws {
        let error = try onlyError(replacing("future_volume: 5", with: "future_volume: 7"))
        #expect(error.field == "attractiveness.future_volume")
        #expect(error.message.contains("from 1 to 5"))
    }

    @Test func duplicateMeasureID() throws {
        let error = try onlyError(replacing("id: lead-time", with: "id: revenue"))
        #expect(error.field == "scorecard[2].id")
        #expect(error.message.contains("expected an id unique in the account's scorecard, found \"revenue\" a second time"))
    }

    @Test func unknownPlaybookReference() throws {
        let error = try onlyError(replacing("playbooks: [congruence-model]", with: "playbooks: [congruence-model, nope]"))
        #expect(error.field == "playbooks[2]")
        #expect(error.message.contains("found \"nope\""))
    }

    @Test func unclosedFrontMatter() throws {
        let error = try onlyError(["content/accounts/acme.md": "---\nname: Acme\n"])
        #expect(error.line == 1)
        #expect(error.message.contains("closing '---'"))
    }

    @Test func badFileNames() throws {
        let (_, diagnostics) = Fixtures.load([
            "content/accounts/Acme Corp.md": "---\nname: X\n---\n",
            "content/reviews/last-week.md": "notes",
        ])
        let messages = diagnostics.errors.map { "\($0.file): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("content/accounts/Acme Corp.md: expected a file name matching") })
        #expect(messages.contains { $0.hasPrefix("content/reviews/last-week.md: expected a file name that is a date") })
    }

    @Test func unknownKeysAreWarningsOnly() throws {
        let (loaded, diagnostics) = Fixtures.load(replacing("status: active", with: "status: active\ncolour: blue"))
        #expect(loaded != nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.field == "colour")
        #expect(diagnostics.first?.line == 4)
    }

    @Test func scorecardRowsAreCheckedAgainstAccountsAndMeasures() throws {
        let csv = "account,metric,actual\nacme,revenue,1\nbeta,revenue,2\nacme,nps,3\nacme,lead-time,$4\n"
        let (_, diagnostics) = Fixtures.load(["content/scorecards/2026-11-27.csv": csv])
        let lines = diagnostics.errors.map { "\($0.line!) \($0.field!)" }
        #expect(lines == ["3 account", "4 metric", "5 actual"])
        #expect(diagnostics.errors.allSatisfy { $0.file == "content/scorecards/2026-11-27.csv" })
        #expect(diagnostics.errors[1].message.contains("its measures: lead-time, revenue"))
        #expect(diagnostics.errors[2].message.contains("found '$4'"))
    }

    @Test func scorecardNeedsItsColumns() throws {
        let error = try onlyError(["content/scorecards/2026-11-27.csv": "account,value\nacme,1\n"])
        #expect(error.line == 1)
        #expect(error.message.contains("missing metric, actual"))
    }

    @Test func scorecardLinesCountQuotedLineBreaks() throws {
        let csv = "account,metric,actual,note\nacme,revenue,1,\"two\nlines\"\nacme,lead-time,x,\n"
        let error = try onlyError(["content/scorecards/2026-11-27.csv": csv])
        #expect(error.line == 4)
    }

    @Test func reportsEveryProblemAtOnce() throws {
        var changes = replacing("current: 2400000", with: "current: lots")
        changes["lynchpin.yml"] = "currency: dollars\n"
        changes["content/reviews/2026-11-27.md"] = "---\naccounts: [acme, ghost]\n---\n"
        let (loaded, diagnostics) = Fixtures.load(changes)
        #expect(loaded == nil)
        #expect(diagnostics.errors.map(\.file) == [
            "content/accounts/acme.md", "content/reviews/2026-11-27.md", "lynchpin.yml",
        ])
    }

    @Test func invalidUTF8() throws {
        let reader = ContentReader.memory(bytes: Fixtures.files().mapValues { Array($0.utf8) }
            .merging(["/p/content/playbooks/bad.md": [0x2D, 0x2D, 0xFF, 0xFE]]) { $1 })
        let (_, diagnostics) = ProjectLoader(reader: reader).load(Fixtures.location)
        let error = try #require(diagnostics.errors.first)
        #expect(diagnostics.errors.count == 1)
        #expect(error.file == "content/playbooks/bad.md" && error.line == 1 && error.column == 3)
        #expect(error.message == "expected UTF-8 text, found the byte 0xFF that UTF-8 does not allow here (save the file as UTF-8)")
    }

    @Test func invalidUTF8IsPlacedByLineAndColumn() {
        // "é" is one column; a Latin-1 "ü" (0xFC) in line 2 is the first bad byte.
        let bytes: [UInt8] = Array("name: Café\nregion: M".utf8) + [0xFC] + Array("nchen\n".utf8)
        let place = SourceText.firstInvalidByte(bytes[...])
        #expect(place.line == 2 && place.column == 10 && place.found == "0xFC")
        // A sequence cut short at the end of the file.
        let cut = SourceText.firstInvalidByte((Array("ok\n".utf8) + [0xE2, 0x82])[...])
        #expect(cut.line == 2 && cut.column == 1 && cut.found == "0xE2")
    }

    @Test func aFileOverMaxFileMBIsRefusedNamingItsSize() throws {
        var changes = [String: String?]()
        changes["lynchpin.yml"] = "max_file_mb: 0.001\n"
        let (loaded, diagnostics) = Fixtures.load(changes)
        #expect(loaded == nil)
        let error = try #require(diagnostics.errors.first { $0.file == "content/accounts/acme.md" })
        #expect(error.message.hasPrefix("expected a file of at most max_file_mb (0.001 MB), found 0."))
        #expect(error.message.hasSuffix("MB; split it, or raise max_file_mb in lynchpin.yml"))

        let bad = try onlyError(["lynchpin.yml": "max_file_mb: 0\n"])
        #expect(bad.field == "max_file_mb" && bad.line == 1)
    }

    @Test func aFolderWithNoProjectWarnsAndPointsToInit() throws {
        let empty = ContentReader.memory([:])
        let (loaded, diagnostics) = ProjectLoader(reader: empty).load(Fixtures.location)
        #expect(loaded != nil, "an empty site is still a site")
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1 && warning.severity == .warning)
        #expect(warning.message.contains("no Lynchpin project here") && warning.message.contains("lynchpin init"))

        let contentOnly = ContentReader.memory([Fixtures.root + "/content/accounts/acme.md": Fixtures.account])
        #expect(ProjectLoader(reader: contentOnly).load(Fixtures.location).1.warnings.isEmpty,
                "lynchpin.yml is optional: a content/ folder is a project")
    }
}
