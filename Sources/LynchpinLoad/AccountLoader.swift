import LynchpinDomain

/// Reads one `content/accounts/<id>.md` into an `Account`.
struct AccountLoader {
    static let knownKeys: Set<String> = [
        "name", "status", "industry", "region", "manager", "director", "sponsor", "team", "revenue",
        "attractiveness", "strength", "expectations", "stakeholders", "objectives", "scorecard", "pilot",
        "qualification", "playbooks", "opportunities", "selection", "parent", "crm_ids", "share",
    ]

    /// An opportunity entry with the team's own fields only (`id`, `fit`, `qualification`):
    /// the rest comes from a CRM export in `content/crm/` with the same id.
    struct TeamFields: Sendable, Equatable {
        var id: String
        var fit: Opportunity.Fit?
        var qualification: [QualificationAnswer]
        var line: Int?
    }

    /// An account and its entries that wait for a CRM export.
    struct Loaded: Sendable {
        var account: Account
        var teamFields: [TeamFields]
        /// Where `name` is written, for an error about two accounts of one name.
        var nameLine: Int?
        /// Where each opportunity written in full starts, by id: for a message that names
        /// both places when a CRM export has it too.
        var opportunityLines: [String: Int] = [:]
    }

    let config: SiteConfig
    let playbookIDs: Set<String>
    /// Every account file's id, so that `parent` can be checked while one file is read.
    let accountIDs: Set<String>

    func load(id: String, file: String, frontMatter: FrontMatterFile, reader: YAMLReader) -> Account? {
        loadWithTeamFields(id: id, file: file, frontMatter: frontMatter, reader: reader)?.account
    }

    func loadWithTeamFields(id: String, file: String, frontMatter: FrontMatterFile, reader: YAMLReader) -> Loaded? {
        guard frontMatter.hasFrontMatter else {
            reader.error(at: nil, field: nil,
                         "expected YAML front matter between '---' lines at the top of the file, found none")
            return nil
        }
        guard let fields = reader.root(of: frontMatter.yaml) else { return nil }
        fields.warnUnknownKeys(known: Self.knownKeys)
        let name = fields.requireString("name")
        var account = Account(id: id, sourcePath: file, name: name ?? id)
        account.status = fields.choice("status", Account.Status.self) ?? .active
        account.industry = fields.string("industry")
        account.region = fields.string("region")
        account.manager = fields.string("manager")
        account.parent = parent(fields, of: id)
        account.director = fields.string("director")
        account.sponsor = fields.string("sponsor")
        account.team = team(fields)
        if let revenue = fields.nested("revenue") { account.revenue = self.revenue(revenue) }
        account.attractiveness = scores(fields, key: "attractiveness", criteria: config.criteria.attractiveness)
        account.strength = scores(fields, key: "strength", criteria: config.criteria.strength)
        account.expectations = expectations(fields)
        account.stakeholders = stakeholders(fields)
        account.objectives = objectives(fields)
        account.scorecard = measures(fields)
        if let id = account.revenue.measure, !account.scorecard.contains(where: { $0.id == id }) {
            fields.reader.error(at: fields.nested("revenue")?.value("measure"), field: "revenue.measure",
                                "expected the id of a measure of this plan's scorecard, found '\(id)'\(Suggestion.phrase(for: id, in: account.scorecard.map(\.id)))")
        }
        account.pilot = fields.nested("pilot").flatMap(pilot)
        account.qualification = answers(fields)
        var teamFields: [TeamFields] = []
        var opportunityLines: [String: Int] = [:]
        account.opportunities = opportunities(fields, teamFields: &teamFields, lines: &opportunityLines)
        account.crmIDs = fields.stringList("crm_ids")
        if let share = fields.nested("share") {
            share.warnUnknownKeys(known: ["sections"])
            account.sharedSections = share.stringList("sections")
            account.sharedSectionsLine = share.value("sections").map { $0.mark.line + reader.lineOffset }
        }
        account.selection = fields.nested("selection").flatMap(selection)
        account.playbooks = playbooks(fields)
        return name == nil ? nil : Loaded(account: account, teamFields: teamFields,
                                          nameLine: fields.value("name").map { $0.mark.line + reader.lineOffset },
                                          opportunityLines: opportunityLines)
    }

    private func parent(_ fields: Fields, of id: String) -> String? {
        guard let parent = fields.string("parent") else { return nil }
        if parent == id {
            fields.reader.fail(fields.value("parent"), path: "parent", expected: "the id of another account (an account cannot be its own division)")
        } else if !accountIDs.contains(parent) {
            fields.reader.fail(fields.value("parent"), path: "parent", expected: "the id of an account in content/accounts/", known: accountIDs)
        } else {
            return parent
        }
        return nil
    }

    /// A `team` entry: `{name, role}`, or just a name.
    private func team(_ fields: Fields) -> [TeamMember] {
        fields.list("team").compactMap { item in
            if case .scalar = item.node { return fields.string(item.node, path: item.path).map { TeamMember(name: $0) } }
            guard let member = fields.reader.fields(item) else { return nil }
            member.warnUnknownKeys(known: ["name", "role"])
            return member.requireString("name").map { TeamMember(name: $0, role: member.string("role")) }
        }
    }

    private func expectations(_ fields: Fields) -> [Expectation] {
        fields.list("expectations").compactMap { item in
            guard let e = fields.reader.fields(item) else { return nil }
            e.warnUnknownKeys(known: ["need", "importance", "us", "competitor"])
            guard let need = e.requireString("need"), let importance = requiredScore(e, "importance"),
                  let us = requiredScore(e, "us"), let competitor = requiredScore(e, "competitor") else { return nil }
            return Expectation(need: need, importance: importance, us: us, competitor: competitor)
        }
    }

    private func stakeholders(_ fields: Fields) -> [Stakeholder] {
        fields.list("stakeholders").compactMap { item in
            guard let s = fields.reader.fields(item) else { return nil }
            s.warnUnknownKeys(known: ["name", "title", "role", "stance", "last_contact", "owners"])
            guard let name = s.requireString("name") else { return nil }
            var person = Stakeholder(name: name, title: s.string("title"), role: s.choice("role", Stakeholder.Role.self),
                                     stance: s.choice("stance", Stakeholder.Stance.self), lastContact: s.day("last_contact"))
            person.owners = s.stringList("owners")
            return person
        }
    }

    private func objectives(_ fields: Fields) -> [Objective] {
        fields.list("objectives").compactMap { item in
            guard let o = fields.reader.fields(item) else { return nil }
            o.warnUnknownKeys(known: ["name", "owner", "due", "status", "joint", "customer_owner"])
            guard let name = o.requireString("name") else { return nil }
            var objective = Objective(name: name, owner: o.string("owner"), due: o.day("due"),
                                      status: o.choice("status", Objective.Status.self) ?? .planned)
            objective.joint = o.bool("joint") ?? false
            objective.customerOwner = o.string("customer_owner")
            return objective
        }
    }

    private func selection(_ selection: Fields) -> Selection? {
        selection.warnUnknownKeys(known: ["decision", "date", "by", "note"])
        let decision = selection.present("decision", expected: "one of key, candidate, declined")
            ? selection.choice("decision", Selection.Decision.self) : nil
        let date = selection.day("date")
        guard let decision, selection.value("date") == nil || date != nil else { return nil }
        return Selection(decision: decision, date: date, by: selection.string("by"), note: selection.string("note"))
    }

    private func playbooks(_ fields: Fields) -> [String] {
        fields.list("playbooks").compactMap { item in
            guard let playbook = fields.string(item.node, path: item.path) else { return nil }
            guard playbookIDs.contains(playbook) else {
                fields.reader.fail(item.node, path: item.path, expected: "the id of a playbook in content/playbooks/", known: playbookIDs)
                return nil
            }
            return playbook
        }
    }

    private func scores(_ fields: Fields, key: String, criteria: [Criterion]) -> [String: Int] {
        var scores: [String: Int] = [:]
        let known = Set(criteria.map(\.id))
        for entry in fields.entries(key) {
            guard known.contains(entry.key) else {
                // A slip in a criterion's id would leave its score out of the matrix position.
                if let near = Suggestion.nearest(to: entry.key, in: known) {
                    fields.reader.error(at: entry.keyNode, field: entry.path,
                                        "expected a criterion lynchpin.yml defines, found '\(entry.key)' (did you mean \(near)?); as written its score would be left out")
                } else {
                    fields.reader.warning(at: entry.keyNode, field: entry.path,
                                          "unknown criterion, ignored (lynchpin.yml defines: \(known.sorted().joined(separator: ", ")))")
                }
                continue
            }
            if let score = fields.integer(entry.value, path: entry.path, in: 1...5) { scores[entry.key] = score }
        }
        return scores
    }

    private func measures(_ fields: Fields) -> [Measure] {
        var seen: Set<String> = []
        return fields.list("scorecard").compactMap { item in
            guard let m = fields.reader.fields(item) else { return nil }
            m.warnUnknownKeys(known: ["id", "perspective", "name", "unit", "target", "targets", "direction", "weight",
                                      "period", "aggregate", "controllable", "shared"])
            let id = itemID(m, path: item.path, kind: "a measure id", within: "the account's scorecard", seen: &seen)
            let perspective = m.present("perspective", expected: "one of financial, growth, customer, internal")
                ? m.choice("perspective", Measure.Perspective.self) : nil
            let name = m.requireString("name")
            let targets = self.targets(m)
            let weight = m.number("weight") ?? 1
            if weight < 0 {
                fields.reader.fail(m.value("weight"), path: "\(item.path).weight", expected: "a weight of 0 or more")
            }
            let period = m.choice("period", Measure.Period.self)
            let aggregate = m.choice("aggregate", Measure.Aggregate.self)
            let controllable = m.bool("controllable")
            let shared = m.bool("shared")
            let invalid = (m.value("period") != nil && period == nil) || (m.value("aggregate") != nil && aggregate == nil)
                || (m.value("controllable") != nil && controllable == nil) || (m.value("shared") != nil && shared == nil)
            guard let id, let perspective, let name, let targets, !invalid else { return nil }
            var measure = Measure(id: id, perspective: perspective, name: name, unit: m.string("unit"), targets: targets,
                                  direction: m.choice("direction", Measure.Direction.self) ?? .up, weight: max(0, weight),
                                  period: period ?? .week, aggregate: aggregate ?? .latest, controllable: controllable ?? true)
            measure.shared = shared ?? false
            return measure
        }
    }

    /// `target: N`, or `targets: [{from: YYYY-MM-DD, target: N}]`: one of the two.
    private func targets(_ m: Fields) -> [Measure.TargetStep]? {
        switch (m.value("target"), m.value("targets")) {
        case (nil, nil):
            _ = m.present("target", expected: "a number (or a 'targets' schedule)")
            return nil
        case (.some, let schedule?):
            m.reader.error(at: schedule, field: m.fieldPath("targets"),
                           "expected either 'target' or 'targets', found both")
            return nil
        case (.some, nil):
            return m.number("target").map { [Measure.TargetStep(from: nil, target: $0)] }
        case (nil, let schedule?):
            let items = m.list("targets")
            if schedule.sequence?.isEmpty == true {
                m.reader.fail(schedule, path: m.fieldPath("targets"), expected: "a list of at least one {from: YYYY-MM-DD, target: N}")
                return nil
            }
            var seen: [Day: Int] = [:]
            var failed = false
            let steps = items.compactMap { item -> Measure.TargetStep? in
                guard let step = m.reader.fields(item) else {
                    failed = true
                    return nil
                }
                step.warnUnknownKeys(known: ["from", "target"])
                let from = step.present("from", expected: "a date as YYYY-MM-DD") ? step.day("from") : nil
                let target = step.present("target", expected: "a number") ? step.number("target") : nil
                guard let from, let target else {
                    failed = true
                    return nil
                }
                if let other = seen[from] {
                    m.reader.error(at: step.value("from"), field: "\(item.path).from",
                                   "expected a date no other step of this schedule starts on, found \(from) again (step \(other))")
                    failed = true
                }
                seen[from] = seen.count + 1
                return Measure.TargetStep(from: from, target: target)
            }
            return failed || items.isEmpty ? nil : steps
        }
    }

    /// A list item's `id`: required, matching `[a-z0-9][a-z0-9-]*`, and unique in its list.
    /// nil, and reported, when it is not; the item's other fields are still checked.
    private func itemID(_ item: Fields, path: @autoclosure () -> String, kind: String, within list: String,
                        seen: inout Set<String>) -> String? {
        guard let id = item.requireString("id") else { return nil }
        guard Identifier.isValid(id) else {
            item.reader.fail(item.value("id"), path: "\(path()).id", expected: "\(kind) matching [a-z0-9][a-z0-9-]*")
            return nil
        }
        guard seen.insert(id).inserted else {
            item.reader.error(at: item.value("id"), field: "\(path()).id", "expected an id unique in \(list), found \"\(id)\" a second time")
            return nil
        }
        return id
    }

    /// A `qualification` list of answers, on the account or on an opportunity.
    private func answers(_ fields: Fields) -> [QualificationAnswer] {
        fields.list("qualification").compactMap { item in
            guard let q = fields.reader.fields(item) else { return nil }
            q.warnUnknownKeys(known: ["step", "question", "answer", "score"])
            guard let step = required(q, "step", in: 1...3), let question = q.requireString("question"),
                  let score = requiredScore(q, "score") else { return nil }
            return QualificationAnswer(step: step, question: question, answer: q.string("answer"), score: score)
        }
    }

    private func opportunities(_ fields: Fields, teamFields: inout [TeamFields], lines: inout [String: Int]) -> [Opportunity] {
        var seen: Set<String> = []
        return fields.list("opportunities").compactMap { item in
            guard let o = fields.reader.fields(item) else { return nil }
            o.warnUnknownKeys(known: ["id", "name", "value", "stage", "close", "qualification", "fit"])
            let id = itemID(o, path: item.path, kind: "an opportunity id", within: "the account's opportunities", seen: &seen)
            if ["name", "value", "stage", "close"].allSatisfy({ o.value($0) == nil }) {
                let fit = o.choice("fit", Opportunity.Fit.self)
                let answers = answers(o)
                if let id, o.value("fit") == nil || fit != nil {
                    teamFields.append(TeamFields(id: id, fit: fit, qualification: answers,
                                                 line: item.node.mark.line + fields.reader.lineOffset))
                }
                return nil
            }
            let name = o.requireString("name")
            let value = o.present("value", expected: "a plain number") ? o.number("value") : nil
            if let value, value < 0 {
                fields.reader.fail(o.value("value"), path: "\(item.path).value", expected: "a value of 0 or more")
                return nil
            }
            let stage = o.present("stage", expected: "one of identify, qualify, propose, negotiate, won, lost")
                ? o.choice("stage", Opportunity.Stage.self) : nil
            let close = o.present("close", expected: "a date as YYYY-MM-DD") ? o.day("close") : nil
            let fit = o.choice("fit", Opportunity.Fit.self)
            let answers = answers(o)
            guard let id, let name, let value, let stage, let close, o.value("fit") == nil || fit != nil else { return nil }
            lines[id] = item.node.mark.line + fields.reader.lineOffset
            var opportunity = Opportunity(id: id, name: name, value: value, stage: stage, close: close, qualification: answers,
                                          fit: fit ?? .undecided)
            opportunity.stageProbability = StageProbabilities.of(crmStage: nil, stage: stage, declared: config.stageProbabilities)
            return opportunity
        }
    }

    /// `revenue:` the last 12 months' figures, and what the year's forecast reads.
    private func revenue(_ revenue: Fields) -> Revenue {
        revenue.warnUnknownKeys(known: ["current", "profit", "potential", "target", "measure", "year_to_date"])
        var yearToDate: Revenue.YearToDate?
        if let booked = revenue.nested("year_to_date") {
            booked.warnUnknownKeys(known: ["through", "amount"])
            let through = booked.present("through", expected: "a date as YYYY-MM-DD") ? booked.day("through") : nil
            let amount = booked.present("amount", expected: "a plain number") ? booked.number("amount") : nil
            if let through, let amount { yearToDate = Revenue.YearToDate(through: through, amount: amount) }
        }
        return Revenue(current: revenue.number("current"), profit: revenue.number("profit"), potential: revenue.number("potential"),
                       target: revenue.number("target"), measure: revenue.string("measure"), yearToDate: yearToDate)
    }

    private func pilot(_ p: Fields) -> Pilot? {
        p.warnUnknownKeys(known: ["name", "start", "days", "team", "customer_stakeholder", "hypothesis", "success", "milestones",
                                  "decision", "shared"])
        var shared: Set<Pilot.SharedField> = []
        for item in p.list("shared") {
            guard let word = p.string(item.node, path: item.path) else { continue }
            guard let field = Pilot.SharedField(rawValue: word) else {
                p.reader.fail(item.node, path: item.path,
                              expected: "one of \(Pilot.SharedField.allCases.map(\.rawValue).joined(separator: ", ")) (what of the pilot the customer edition shows)")
                continue
            }
            shared.insert(field)
        }
        let name = p.requireString("name")
        let start = p.present("start", expected: "a date as YYYY-MM-DD") ? p.day("start") : nil
        let days = p.integer("days", in: 1...3650) ?? 90
        let milestones: [Pilot.Milestone] = p.list("milestones").compactMap { item in
            guard let m = p.reader.fields(item) else { return nil }
            m.warnUnknownKeys(known: ["name", "day", "status", "owner", "customer_owner"])
            guard let name = m.requireString("name"), let day = required(m, "day", in: 0...days) else { return nil }
            var milestone = Pilot.Milestone(name: name, day: day, status: m.choice("status", Pilot.Milestone.Status.self) ?? .planned,
                                            owner: m.string("owner"))
            milestone.customerOwner = m.string("customer_owner")
            return milestone
        }
        var decision: Pilot.Decision?
        var decisionFailed = false
        if let d = p.nested("decision") {
            d.warnUnknownKeys(known: ["date", "outcome", "note"])
            let date = d.present("date", expected: "a date as YYYY-MM-DD") ? d.day("date") : nil
            let outcome = d.present("outcome", expected: "one of scale, extend, stop") ? d.choice("outcome", Pilot.Decision.Outcome.self) : nil
            if let date, let outcome {
                decision = Pilot.Decision(date: date, outcome: outcome, note: d.string("note"))
            } else {
                decisionFailed = true
            }
        }
        guard let name, let start, !decisionFailed else { return nil }
        var pilot = Pilot(name: name, start: start, days: days, team: p.stringList("team"),
                          customerStakeholder: p.string("customer_stakeholder"), hypothesis: p.string("hypothesis"),
                          success: p.string("success"), milestones: milestones.sorted { ($0.day, $0.name) < ($1.day, $1.name) },
                          decision: decision)
        pilot.shared = shared
        return pilot
    }

    private func requiredScore(_ fields: Fields, _ key: String) -> Int? {
        required(fields, key, in: 1...5)
    }

    private func required(_ fields: Fields, _ key: String, in range: ClosedRange<Int>) -> Int? {
        fields.present(key, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
            ? fields.integer(key, in: range) : nil
    }
}
