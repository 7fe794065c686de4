/// What a director would want pointed out about the data before reading the site: figures
/// a build leaves out or reads oddly, each a warning with its file. A pure function of the
/// whole project (before the weeks after the reference date are dropped) and that date.
public enum ConsistencyChecks {
    /// How many account ids a warning lists before it says "and N more".
    static let listed = 5

    /// - Parameters:
    ///   - project: as loaded, with the weeks after `asOf`.
    ///   - index: the weeks on or before `asOf` (the analysis's).
    public static func warnings(project: Project, asOf: Day, index: ScorecardIndex) -> [Diagnostic] {
        laterWeeks(project, asOf) + partialWeeks(project, asOf) + laterContacts(project, asOf)
            + laterAnswers(project, asOf) + revenueBelowActuals(project, asOf, index)
    }

    /// Weeks dated after the reference date are not in this build: say so, by file.
    static func laterWeeks(_ project: Project, _ asOf: Day) -> [Diagnostic] {
        let later = project.weeks.filter { $0.date > asOf }
        let byFile = Dictionary(grouping: later, by: \.sourcePath)
        return byFile.keys.sorted().map { file in
            let dates = byFile[file]!.map(\.date).sorted()
            let which = dates.count == 1 ? "the week \(dates[0]) is" : "the weeks \(dates.map(\.description).joined(separator: ", ")) are"
            return .warning(file, "\(which) after the reference date \(asOf) and left out of this build; set as_of in lynchpin.yml or pass --as-of to include \(dates.count == 1 ? "it" : "them")")
        }
    }

    /// A week with rows for some active accounts but not all: the others are named, and
    /// the reviews list them as not updated rather than as changed.
    static func partialWeeks(_ project: Project, _ asOf: Day) -> [Diagnostic] {
        let expected = project.accounts.filter { $0.status == .active && !$0.scorecard.isEmpty }.map(\.id)
        return project.weeks.filter { $0.date <= asOf }.compactMap { week in
            let present = Set(week.entries.map(\.account))
            let missing = expected.filter { !present.contains($0) }
            guard !present.isEmpty, !missing.isEmpty else { return nil }
            let names = missing.prefix(listed).joined(separator: ", ") + (missing.count > listed ? " and \(missing.count - listed) more" : "")
            return .warning(week.sourcePath, "the week \(week.date) has no rows for \(missing.count) of \(expected.count) active accounts with measures (\(names)); their figures stay as they were, and the review of that week lists them as not updated")
        }
    }

    /// Survey answers dated after the reference date are not scored in this build: say so, by file.
    static func laterAnswers(_ project: Project, _ asOf: Day) -> [Diagnostic] {
        let later = project.accounts.flatMap { $0.feedback.filter { $0.date > asOf } }
        let byFile = Dictionary(grouping: later, by: \.sourcePath)
        return byFile.keys.sorted().map { file in
            let dates = byFile[file]!.map(\.date).sorted()
            let answers = dates.count == 1 ? "1 answer" : "\(dates.count) answers"
            return .warning(file, "\(answers) dated after the reference date \(asOf) (from \(dates[0])) left out of this build's feedback; set as_of in lynchpin.yml or pass --as-of to include them")
        }
    }

    /// A contact dated after the reference date had not happened yet on it.
    static func laterContacts(_ project: Project, _ asOf: Day) -> [Diagnostic] {
        project.accounts.flatMap { account in
            account.stakeholders.enumerated().compactMap { index, person -> Diagnostic? in
                guard let contact = person.lastContact, contact > asOf else { return nil }
                return .warning(account.sourcePath, field: "stakeholders[\(index)].last_contact",
                                "\(person.name)'s last contact \(contact) is after the reference date \(asOf); the plan and the reviews count it from that day on")
            }
        }
    }

    /// An account's typed annual revenue far below what its scorecard's money figures add up
    /// to over the twelve months before the reference date: one of the two is out of date.
    static func revenueBelowActuals(_ project: Project, _ asOf: Day, _ index: ScorecardIndex) -> [Diagnostic] {
        let yearStart = asOf.adding(days: -364)
        let currency = project.config.currency
        return project.accounts.compactMap { account -> Diagnostic? in
            guard account.status == .active, let typed = account.revenue.current else { return nil }
            let weeks = index.weeks(of: account.id).filter { $0.date >= yearStart }
            // Weekly amounts that add up: a summed measure in the site's currency.
            let sums = account.scorecard.filter { $0.aggregate == .sum && $0.unit == currency }.map { measure in
                (measure, weeks.reduce(0.0) { $0 + ($1.row(measure.id)?.actual ?? 0) })
            }
            guard let (measure, sum) = sums.max(by: { $0.1 < $1.1 }), typed < sum / 2 else { return nil }
            return .warning(account.sourcePath, field: "revenue.current",
                            "expected the last 12 months' revenue, found \(currency) \(plain(typed)), less than half the \(currency) \(plain(sum)) that the scorecard's \(measure.name) adds up to in the 12 months to \(asOf); is one of them out of date?")
        }
    }

    /// 612000 -> "612,000".
    static func plain(_ value: Double) -> String {
        let whole = Int(value.rounded())
        let digits = String(abs(whole))
        var grouped = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return (whole < 0 ? "-" : "") + grouped
    }
}
