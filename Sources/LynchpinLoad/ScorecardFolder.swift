import LynchpinConcurrency
import LynchpinDisk
import LynchpinDomain

/// `content/scorecards/`: weeks from CSVs and workbooks, each row checked against the
/// account and measure it names.
extension LoadRun {
    mutating func loadScorecards(in folder: String, accounts: [Account],
                                 brokenAccounts: Set<String>, styles: NumberStyles,
                                 dateStyles: DateStyles, encodings: TextEncodings) -> [ScorecardWeek] {
        // Each account's measure ids with their units (empty for none), to check rows against.
        let measures = Dictionary(uniqueKeysWithValues: accounts.map { account in
            (account.id, Dictionary(account.scorecard.map { ($0.id, $0.unit ?? "") }, uniquingKeysWith: { first, _ in first }))
        })
        // Rows name an account by its id, its name or one of its crm_ids, as CRM rows do.
        let check = WeekCheck(measures: measures, brokenAccounts: brokenAccounts,
                              matcher: AccountMatcher(accounts.map { ($0.id, $0.name, $0.crmIDs) }, incomplete: !brokenAccounts.isEmpty))
        let (csvs, workbooks) = scorecardFiles(in: folder, styles: styles, dateStyles: dateStyles, encodings: encodings)
        // Weeks are read, parsed and checked independently, so on every core: a week
        // checked before against the same measures comes from the cache whole.
        cache?.beginCheckingWeeks(measures: measures, broken: brokenAccounts, styles: styles,
                                  names: accounts.map { ([$0.id, $0.name] + $0.crmIDs).joined(separator: "\u{1}") }.joined(separator: "\u{0}"))
        let (reader, cache, limit) = (reader, cache, maxFileBytes)
        let fromCSVs = csvs.concurrentMap(chunk: 1) { Self.csvWeeks($0, reader: reader, cache: cache, limit: limit, check: check) }
        let fromWorkbooks = workbooks.concurrentMap(chunk: 1) { Self.workbookWeeks($0, reader: reader, limit: limit, check: check) }
        diagnostics += fromCSVs.flatMap(\.1) + fromWorkbooks.flatMap(\.1)
        let weeks = fromCSVs.flatMap(\.0) + fromWorkbooks.flatMap(\.0)
        diagnostics += Self.oneFilePerWeek(weeks)
        return weeks
    }

    /// The folder's CSVs and workbooks, each with its declared styles and encoding.
    mutating func scorecardFiles(in folder: String, styles: NumberStyles, dateStyles: DateStyles,
                                 encodings: TextEncodings) -> (csvs: [SendableSource], workbooks: [SendableSource]) {
        var csvs: [SendableSource] = []
        var workbooks: [SendableSource] = []
        let location = location
        let source = { (name: String, date: Day?) in
            SendableSource(date: date, path: folder + "/" + name, display: location.display(folder + "/" + name),
                           style: styles.style(for: "scorecards/" + name), dates: dateStyles.style(for: "scorecards/" + name),
                           encoding: encodings.style(for: "scorecards/" + name))
        }
        for name in list(folder) {
            if name.lowercased().hasSuffix(".xlsx"), !FileTree.isHidden(name) {
                // `~$name.xlsx` is the lock file Excel keeps beside a workbook it has open.
                if !name.hasPrefix("~$") { workbooks.append(source(name, nil)) }
                continue
            }
            // A CSV named by its week holds that week; one of another name holds weeks as a
            // workbook's sheet does, in a week column or a column per week.
            let stem = name.lowercased().hasSuffix(".csv") ? String(name.dropLast(4)) : nil
            if let stem, !FileTree.isHidden(name), Day(iso: stem) == nil {
                csvs.append(source(name, nil))
            } else if let id = checkedID(folder: folder, name: name, extension: "csv", kind: .date) {
                csvs.append(source(name, Day(iso: id)))
            }
        }
        return (csvs, workbooks)
    }

    /// A CSV's weeks, checked: the week it is named by, through the cache, or as a sheet is
    /// read when it has a week column or a column per week.
    static func csvWeeks(_ source: SendableSource, reader: ContentReader, cache: LoadCache?, limit: Int,
                         check: WeekCheck) -> ([ScorecardWeek], [Diagnostic]) {
        let text: String
        switch read(source.path, display: source.display, reader: reader, cache: cache, limit: limit,
                    encoding: source.encoding, contentPath: "scorecards/" + (source.path.split(separator: "/").last.map(String.init) ?? "")) {
        case .none: return ([], [])
        case .failure(let problem)?: return ([], [problem])
        case .success(let read)?: text = read
        }
        guard let date = source.date, !ScorecardLoader.isTable(text) else {
            let (weeks, problems) = WorkbookScorecards.loadCSV(file: source.display, text: text, week: source.date,
                                                               styles: .init(numbers: source.style, dates: source.dates))
            let checked = weeks.map { check($0) }
            return (checked.map(\.0).filter { !$0.entries.isEmpty }, problems + checked.flatMap(\.1))
        }
        if let kept = cache?.checkedWeek(source.display, text: text) { return ([kept.0], kept.1) }
        let style = source.style.rawValue
        let parsed = cache?.weeks.lookup(source.display, context: style, text: text) ?? {
            let made = ScorecardLoader.load(date: date, file: source.display, text: text, style: source.style)
            cache?.weeks.store(source.display, context: style, text: text, value: made.0, diagnostics: made.1)
            return made
        }()
        let (week, found) = check(parsed.0, problems: parsed.1)
        cache?.storeCheckedWeek(source.display, text: text, week: week, problems: found)
        return ([week], found)
    }

    /// A workbook's weeks, each checked on its own, so on every core.
    static func workbookWeeks(_ source: SendableSource, reader: ContentReader, limit: Int,
                              check: WeekCheck) -> ([ScorecardWeek], [Diagnostic]) {
        let bytes: [UInt8]
        switch readBytes(source.path, display: source.display, reader: reader, limit: limit) {
        case .none: return ([], [])
        case .failure(let problem)?: return ([], [problem])
        case .success(let read)?: bytes = read
        }
        let (weeks, problems) = WorkbookScorecards.load(file: source.display, bytes: bytes,
                                                        styles: .init(numbers: source.style, dates: source.dates), reader: reader)
        let checked = weeks.concurrentMap(chunk: 4) { check($0) }
        // A week made only to carry refused rows has nothing left once they are checked.
        return (checked.map(\.0).filter { !$0.entries.isEmpty }, problems + checked.flatMap(\.1))
    }

    /// A week comes from one file: two would leave it unclear which figure counts.
    static func oneFilePerWeek(_ weeks: [ScorecardWeek]) -> [Diagnostic] {
        var firstSource: [Day: String] = [:]
        var found: [Diagnostic] = []
        for week in weeks.sorted(by: { ($0.date, $0.sourcePath) < ($1.date, $1.sourcePath) }) {
            if let first = firstSource[week.date] {
                found.append(.error(week.sourcePath, "expected each week in one file, found \(week.date) here and in \(first); remove it from one"))
            } else {
                firstSource[week.date] = week.sourcePath
            }
        }
        return found
    }

    /// What a week's rows are checked against: the accounts' measures, the accounts whose
    /// files have errors, and how a row's account is found.
    struct WeekCheck: Sendable {
        let measures: [String: [String: String]]
        let brokenAccounts: Set<String>
        let matcher: AccountMatcher

        /// A week's rows that name a known account and one of its measures; the rest reported.
        func callAsFunction(_ week: ScorecardWeek, problems: [Diagnostic] = []) -> (ScorecardWeek, [Diagnostic]) {
            var week = week
            var found = problems
            // The kept rows share the accounts' own id strings: one copy of each id and measure
            // name, not one per row (960,000 rows at 10,000 accounts and 12 weeks).
            var kept: [ScorecardWeek.Entry] = []
            kept.reserveCapacity(week.entries.count)
            // Rows refused for their figure go through the same checks of account and measure,
            // so a row's problems come in one run, and are then dropped.
            let refusedFrom = week.entries.count
            for (position, var entry) in (week.entries + week.refused).enumerated() {
                if brokenAccounts.contains(entry.account) { continue }
                var slot = measures.index(forKey: entry.account)
                if slot == nil {
                    // Not an id: a name or one of the crm_ids, matched as CRM rows are.
                    let match = matcher.match(name: entry.account, crmID: nil)
                    switch match {
                    case .account(let id): slot = measures.index(forKey: id)
                    // Some account files did not load: a name may be one of theirs, an id-shaped slip is not.
                    case .none where matcher.incomplete && !Identifier.isValid(entry.account): continue
                    default:
                        let (display, line) = week.place(of: entry, .account)
                        let suggestion = Suggestion.nearest(to: entry.account, in: measures.keys)
                        // An id (or a slip in one) reads best with "did you mean"; a name, with the
                        // closest account and the crm_ids that would match it.
                        let message = suggestion != nil || Identifier.isValid(entry.account)
                            ? "expected the id, name or one of the crm_ids of an account in content/accounts/, found '\(entry.account)'"
                                + (suggestion.map { " (did you mean \($0)?)" } ?? "")
                            : matcher.problem(match, name: entry.account) ?? ""
                        found.append(.error(display, line: line, field: "account", message))
                        continue
                    }
                }
                guard let slot else { continue }
                let (account, known) = measures[slot]
                guard let metric = known.index(forKey: entry.metric) else {
                    let list = known.isEmpty ? "it has no scorecard measures" : "its measures: \(known.keys.sorted().joined(separator: ", "))"
                    let (display, line) = week.place(of: entry, .metric)
                    found.append(.error(display, line: line, field: "metric",
                                        "expected a measure of \(account)'s scorecard (\(list)), found '\(entry.metric)'\(Suggestion.phrase(for: entry.metric, in: known.keys))"))
                    continue
                }
                guard position < refusedFrom else { continue }
                let (id, unit) = known[metric]
                if let mark = entry.mark, !mark.fits(unit: unit) {
                    let measureUnit = unit.isEmpty ? "has no unit" : "is in \(unit)"
                    let (display, line) = week.place(of: entry, .actual)
                    found.append(.error(display, line: line, field: "actual",
                                        "expected an amount in the unit of \(account)'s \(id), which \(measureUnit), found one marked \(mark)"))
                    continue
                }
                entry.account = account
                entry.metric = id
                // Checked: the mark has said what it had to.
                entry.mark = nil
                kept.append(entry)
            }
            week.refused = []
            week.entries = kept
            return (week, found)
        }
    }
}

struct SendableSource: Sendable {
    /// The week a CSV's name gives; nil for a workbook or a CSV named otherwise.
    let date: Day?
    let path: String
    let display: String
    let style: NumberStyle
    let dates: DateStyle
    let encoding: TextEncoding
}
