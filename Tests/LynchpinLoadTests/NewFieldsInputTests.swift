import Testing
import LynchpinDomain
@testable import LynchpinLoad

/// The v1.1 fields of the scorecard issue: each read as written, and each bad value an error
/// at its file, line and column that says what was expected.
@Suite struct NewFieldsInputTests {
    let measureLine = "  - {id: revenue, perspective: financial, name: Sales, unit: USD, target: 650000, weight: 2}"

    func withMeasure(_ line: String) -> [String: String?] {
        precondition(Fixtures.account.contains(measureLine.dropFirst(2)))
        return ["content/accounts/acme.md": Fixtures.account.replacingOccurrences(of: String(measureLine.dropFirst(2)), with: line)]
    }

    func errors(_ changes: [String: String?]) -> [Diagnostic] {
        let (loaded, diagnostics) = Fixtures.load(changes)
        #expect(loaded == nil, "a project with errors is not handed on")
        return diagnostics.errors
    }

    @Test func periodAggregateControllableAndScheduleAreRead() throws {
        let (loaded, diagnostics) = Fixtures.load(withMeasure("""
            - {id: revenue, perspective: financial, name: Sales, period: quarter, aggregate: sum, controllable: false,
                 targets: [{from: 2026-10-01, target: 600000}, {from: 2026-11-15, target: 650000}]}
            """))
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        let measure = try #require(loaded?.project.accounts.first?.scorecard.first)
        #expect(measure.period == .quarter && measure.aggregate == .sum && !measure.controllable)
        #expect(measure.targets == [.init(from: Day(iso: "2026-10-01"), target: 600_000), .init(from: Day(iso: "2026-11-15"), target: 650_000)])
        let plain = try #require(Fixtures.load().0?.project.accounts.first?.scorecard.first)
        #expect(plain.period == .week && plain.aggregate == .latest && plain.controllable, "the defaults keep v1")
    }

    @Test(arguments: [
        ("- {id: revenue, perspective: financial, name: Sales, target: 1, period: fortnight}", "scorecard[1].period",
         "expected one of week, month, quarter, year, found \"fortnight\""),
        ("- {id: revenue, perspective: financial, name: Sales, target: 1, aggregate: total}", "scorecard[1].aggregate",
         "expected one of latest, sum, mean, found \"total\""),
        ("- {id: revenue, perspective: financial, name: Sales, target: 1, controllable: maybe}", "scorecard[1].controllable",
         "expected true or false, found \"maybe\""),
        ("- {id: revenue, perspective: financial, name: Sales, target: 1, targets: [{from: 2026-10-01, target: 2}]}",
         "scorecard[1].targets", "expected either 'target' or 'targets', found both"),
        ("- {id: revenue, perspective: financial, name: Sales, targets: [{from: 2026-13-01, target: 2}]}",
         "scorecard[1].targets[1].from", "expected a date that exists (there is no month 13), found \"2026-13-01\""),
        ("- {id: revenue, perspective: financial, name: Sales, targets: [{from: 2026-10-01}]}",
         "scorecard[1].targets[1].target", "expected a number for the required key 'target', found none"),
        ("- {id: revenue, perspective: financial, name: Sales, targets: []}",
         "scorecard[1].targets", "expected a list of at least one {from: YYYY-MM-DD, target: N}, found"),
        ("- {id: revenue, perspective: financial, name: Sales, targets: [{from: 2026-10-01, target: 1}, {from: 2026-10-01, target: 2}]}",
         "scorecard[1].targets[2].from", "expected a date no other step of this schedule starts on, found 2026-10-01 again"),
        ("- {id: revenue, perspective: financial, name: Sales}", "scorecard[1].target",
         "expected a number (or a 'targets' schedule) for the required key 'target', found none"),
    ])
    func badMeasureFieldsAreErrorsAtTheirPlace(line: String, field: String, message: String) throws {
        let found = errors(withMeasure(line))
        try #require(found.count == 1, "\(found)")
        #expect(found[0].file == "content/accounts/acme.md")
        #expect(found[0].field == field)
        #expect(found[0].line == 25, "the measure's line")
        #expect(found[0].column != nil)
        #expect(found[0].message.hasPrefix(message), "\(found[0].message)")
    }

    @Test(arguments: [
        ("fiscal_year_start: 13", "fiscal_year_start", 1, "expected a whole number from 1 to 12, found \"13\""),
        ("perspective_weights: {financial: -1}", "perspective_weights.financial", 1, "expected a weight of 0 or more"),
        ("perspective_weights: {financial: 0, growth: 0, customer: 0, internal: 0}", "perspective_weights", 1,
         "expected at least one perspective weighted above 0"),
        ("rewards:\n  bonus_curve:\n    - {score: 100, payout: 100}\n    - {score: 50, payout: 0}", "rewards.bonus_curve[2].score", 4,
         "expected a score above the previous point's 100, found 50"),
        ("rewards:\n  bonus_curve:\n    - {score: 50}", "rewards.bonus_curve[1].payout", 3,
         "expected a payout as a percentage for the required key 'payout', found none"),
        ("rewards:\n  bonus_curve: []", "rewards.bonus_curve", 2, "expected a list of at least one {score, payout} point"),
    ])
    func badSettingsAreErrorsAtTheirPlace(yaml: String, field: String, line: Int, message: String) throws {
        let found = errors(["lynchpin.yml": "title: Test accounts\nas_of: 2026-11-27\n" + yaml + "\n"])
        try #require(found.count == 1, "\(found)")
        #expect(found[0].file == "lynchpin.yml")
        #expect(found[0].field == field)
        #expect(found[0].line == line + 2)
        #expect(found[0].message.hasPrefix(message), "\(found[0].message)")
    }

    @Test func settingsAreRead() throws {
        let (loaded, diagnostics) = Fixtures.load(["lynchpin.yml": """
            title: Test accounts
            as_of: 2026-11-27
            fiscal_year_start: 4
            perspective_weights: {financial: 2, internal: 0.5}
            rewards: {bonus_curve: [{score: 50, payout: 0}, {score: 100, payout: 100}]}
            """])
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        let config = try #require(loaded?.project.config)
        #expect(config.fiscalYearStart == 4)
        #expect(config.perspectiveWeights[.financial] == 2 && config.perspectiveWeights[.growth] == 1 && config.perspectiveWeights[.internal] == 0.5)
        #expect(config.bonusCurve?.points.map(\.payout) == [0, 100])
        #expect(Fixtures.load().0?.project.config.bonusCurve == nil)
    }

    func review(_ date: String, _ actions: String) -> String {
        "---\nattendees: [Priya Raman]\nactions:\n\(actions)\n---\nNotes.\n"
    }

    @Test func actionsAreReadAndCheckedAcrossReviews() throws {
        let (loaded, diagnostics) = Fixtures.load([
            "content/reviews/2026-11-20.md": review("2026-11-20", "  - {id: call-back, account: acme, action: Call back, owner: Dana, due: 2026-11-25}"),
            "content/reviews/2026-11-27.md": review("2026-11-27", "  - {id: call-back, status: done}"),
        ])
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        let reviews = try #require(loaded?.project.reviews)
        #expect(ActionLog(reviews: reviews).state(on: Day(iso: "2026-11-27")!).map(\.status) == [.done])
    }

    @Test(arguments: [
        ("  - {id: Call Back, account: acme, action: A, owner: O, due: 2026-11-25}", "actions[1].id",
         "expected an action id of lower-case letters, digits and '-' ([a-z0-9-]), found \"Call Back\""),
        ("  - {id: c, account: nobody, action: A, owner: O, due: 2026-11-25}", "actions[1].account",
         "expected the id of an account in content/accounts/, found \"nobody\""),
        ("  - {id: c, account: acmee, action: A, owner: O, due: 2026-11-25}", "actions[1].account",
         "expected the id of an account in content/accounts/, found \"acmee\" (did you mean acme?)"),
        ("  - {id: c, account: acme, action: A, owner: O, due: 2026-02-30}", "actions[1].due",
         "expected a date that exists (February 2026 has 28 days), found \"2026-02-30\""),
        ("  - {id: c, account: acme, action: A, owner: O, due: next week}", "actions[1].due",
         "expected a date as YYYY-MM-DD, found \"next week\""),
        ("  - {id: c, account: acme, action: A, owner: O, due: 2026-11-25, status: finished}", "actions[1].status",
         "expected one of open, done, dropped, found \"finished\""),
        ("  - {id: never-defined, status: done}", "actions[never-defined]",
         "expected an action defined by an earlier review, or a new action with account, action, owner and due; found \"never-defined\""),
    ])
    func badActionsAreErrorsAtTheirPlace(line: String, field: String, message: String) throws {
        let found = errors(["content/reviews/2026-11-27.md": review("2026-11-27", line)])
        try #require(found.count == 1, "\(found)")
        #expect(found[0].file == "content/reviews/2026-11-27.md")
        #expect(found[0].field == field)
        #expect(found[0].line == 4, "the action's line")
        #expect(found[0].column != nil)
        #expect(found[0].message.hasPrefix(message), "\(found[0].message)")
    }

    @Test(arguments: [
        ("  decision: {date: 2026-12-30, outcome: grow}", "pilot.decision.outcome", "expected one of scale, extend, stop, found \"grow\""),
        ("  decision: {outcome: stop}", "pilot.decision.date", "expected a date as YYYY-MM-DD for the required key 'date', found none"),
    ])
    func badPilotDecisionsAreErrorsAtTheirPlace(line: String, field: String, message: String) throws {
        precondition(Fixtures.account.contains("  milestones:\n"))
        let found = errors(["content/accounts/acme.md": Fixtures.account.replacingOccurrences(of: "  milestones:\n", with: line + "\n  milestones:\n")])
        try #require(found.count == 1, "\(found)")
        #expect(found[0].field == field)
        #expect(found[0].line != nil && found[0].column != nil)
        #expect(found[0].message.hasPrefix(message), "\(found[0].message)")
    }

    @Test func aMilestoneOwnerAndADecisionAreRead() throws {
        let text = Fixtures.account.replacingOccurrences(of: "  milestones:\n", with: "  decision: {date: 2026-12-30, outcome: scale, note: All lanes}\n  milestones:\n")
        let (loaded, diagnostics) = Fixtures.load(["content/accounts/acme.md": text])
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        let pilot = try #require(loaded?.project.accounts.first?.pilot)
        #expect(pilot.decision == Pilot.Decision(date: Day(iso: "2026-12-30")!, outcome: .scale, note: "All lanes"))
    }

    func withOpportunity(_ line: String) -> [String: String?] {
        ["content/accounts/acme.md": Fixtures.account.replacingOccurrences(of: "playbooks: [congruence-model]\n",
                                                                            with: "opportunities:\n" + line + "\nplaybooks: [congruence-model]\n")]
    }

    @Test(arguments: [
        ("  - {id: o, name: O, value: 10, stage: closing, close: 2026-12-01}", "opportunities[1].stage",
         "expected one of identify, qualify, propose, negotiate, won, lost, found \"closing\""),
        ("  - {id: o, name: O, value: 10, stage: propose, close: soon}", "opportunities[1].close", "expected a date as YYYY-MM-DD, found \"soon\""),
        ("  - {id: o, name: O, value: $10, stage: propose, close: 2026-12-01}", "opportunities[1].value", "expected a plain number"),
        ("  - {id: o, name: O, value: -5, stage: propose, close: 2026-12-01}", "opportunities[1].value", "expected a value of 0 or more"),
        ("  - {id: o, name: O, value: 10, stage: propose, close: 2026-12-01, fit: maybe}", "opportunities[1].fit",
         "expected one of pursue, decline, undecided, found \"maybe\""),
        ("  - {id: o, name: O, value: 10, close: 2026-12-01}", "opportunities[1].stage", "expected one of identify, qualify, propose, negotiate, won, lost for the required key 'stage', found none"),
        ("  - {id: o, name: O, value: 10, stage: propose, close: 2026-12-01, qualification: [{step: 4, question: Q, score: 3}]}",
         "opportunities[1].qualification[1].step", "expected a whole number from 1 to 3, found \"4\""),
        ("  - {id: o, name: O, value: 1, stage: won, close: 2026-12-01}\n  - {id: o, name: P, value: 1, stage: won, close: 2026-12-01}",
         "opportunities[2].id", "expected an id unique in the account's opportunities, found \"o\" a second time"),
    ])
    func badOpportunitiesAreErrorsAtTheirPlace(line: String, field: String, message: String) throws {
        let found = errors(withOpportunity(line))
        try #require(found.count == 1, "\(found)")
        #expect(found[0].field == field)
        #expect(found[0].line != nil && found[0].column != nil)
        #expect(found[0].message.hasPrefix(message), "\(found[0].message)")
    }

    @Test func theOldQualificationThresholdIsAWarningNotAnError() {
        let (loaded, diagnostics) = Fixtures.load(["lynchpin.yml": "title: T\nqualification_threshold: 70\n"])
        #expect(loaded != nil)
        #expect(diagnostics.warnings.map(\.field) == ["qualification_threshold"])
    }

    @Test func stakeholderOwnersAreAListOfNames() throws {
        precondition(Fixtures.account.contains("    role: decision-maker\n"))
        let good = Fixtures.account.replacingOccurrences(of: "    role: decision-maker\n", with: "    role: decision-maker\n    owners: [Dana, Lee]\n")
        let (loaded, diagnostics) = Fixtures.load(["content/accounts/acme.md": good])
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        #expect(loaded?.project.accounts.first?.stakeholders.first { $0.role == .decisionMaker }?.owners == ["Dana", "Lee"])
        let bad = Fixtures.account.replacingOccurrences(of: "    role: decision-maker\n", with: "    role: decision-maker\n    owners: Dana\n")
        let found = errors(["content/accounts/acme.md": bad])
        try #require(found.count == 1, "\(found)")
        #expect(found[0].field?.hasSuffix(".owners") == true && found[0].message.hasPrefix("expected a list"))
    }

    @Test(arguments: [
        ("selection: {decision: maybe}", "selection.decision", "expected one of key, candidate, declined, found \"maybe\""),
        ("selection: {decision: key, date: last year}", "selection.date", "expected a date as YYYY-MM-DD, found \"last year\""),
        ("selection: {by: Sam}", "selection.decision", "expected one of key, candidate, declined for the required key 'decision', found none"),
    ])
    func badSelectionsAreErrorsAtTheirPlace(line: String, field: String, message: String) throws {
        let found = errors(["content/accounts/acme.md": Fixtures.account.replacingOccurrences(of: "playbooks: [congruence-model]\n",
                                                                                              with: line + "\nplaybooks: [congruence-model]\n")])
        try #require(found.count == 1, "\(found)")
        #expect(found[0].field == field)
        #expect(found[0].line != nil && found[0].column != nil)
        #expect(found[0].message.hasPrefix(message), "\(found[0].message)")
    }

    @Test func aParentMustBeAnotherExistingAccount() throws {
        let unknown = errors(["content/accounts/acme.md": Fixtures.account.replacingOccurrences(of: "name: Acme Logistics\n", with: "name: Acme Logistics\nparent: ghost\n")])
        try #require(unknown.count == 1, "\(unknown)")
        #expect(unknown[0].field == "parent" && unknown[0].line == 3 && unknown[0].column == 9)
        #expect(unknown[0].message == "expected the id of an account in content/accounts/, found \"ghost\"")
        let own = errors(["content/accounts/acme.md": Fixtures.account.replacingOccurrences(of: "name: Acme Logistics\n", with: "name: Acme Logistics\nparent: acme\n")])
        #expect(own.first?.message.hasPrefix("expected the id of another account") == true)
    }

    @Test func aCycleOfParentsIsOneErrorNamingEveryFile() throws {
        let found = errors([
            "content/accounts/acme.md": Fixtures.account.replacingOccurrences(of: "name: Acme Logistics\n", with: "name: Acme Logistics\nparent: beta\n"),
            "content/accounts/beta.md": "---\nname: Beta\nparent: acme\n---\n",
        ])
        try #require(found.count == 1, "\(found)")
        #expect(found[0].field == "parent")
        #expect(found[0].message == "expected a chain of parents that ends at a top account, found a cycle: acme → beta → acme (in content/accounts/acme.md, content/accounts/beta.md)")
    }
}
