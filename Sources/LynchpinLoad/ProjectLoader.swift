import Foundation
import LynchpinDomain
import LynchpinMarkdown

/// Reads a whole project into a `LoadedProject`, collecting every problem on the way.
///
/// Order matters for cross-references: playbooks before the accounts that follow them,
/// accounts before the reviews and scorecard rows that name them.
public struct ProjectLoader: Sendable {
    public var reader: ContentReader
    /// Parses kept from an earlier load of the same project; nil to parse everything.
    public var cache: LoadCache?

    public init(reader: ContentReader = .disk, cache: LoadCache? = nil) {
        self.reader = reader
        self.cache = cache
    }

    public func load(_ location: ProjectLocation) -> (LoadedProject?, [Diagnostic]) {
        var run = LoadRun(reader: reader, location: location, cache: cache)
        let project = run.loadProject()
        return (project, run.diagnostics.sortedForReading())
    }
}

/// The state of one load: what was found so far and what went wrong.
private struct LoadRun {
    let reader: ContentReader
    let location: ProjectLocation
    var diagnostics: [Diagnostic] = []
    /// Every well-named file id per folder, readable or not, for cross-references.
    var listedIDs: [String: Set<String>] = [:]

    let cache: LoadCache?
    /// The settings as read, part of every cache entry's context.
    var configText = ""
    /// Text files above this size are refused (`max_file_mb`); none until the settings are read.
    var maxFileBytes = Int.max

    init(reader: ContentReader, location: ProjectLocation, cache: LoadCache?) {
        self.reader = reader
        self.location = location
        self.cache = cache
    }

    mutating func loadProject() -> LoadedProject? {
        let config = loadConfig()
        maxFileBytes = Int(min(config.maxFileMB * 1_000_000, Double(Int.max / 2)))
        let markdown = MarkdownRenderer(allowUnsafeHTML: config.unsafeHTML, smartPunctuation: config.smartPunctuation)
        let content = location.contentFolder

        let playbooks: [Playbook] = collect(markdownFiles(in: content + "/playbooks", idKind: .identifier),
                                            context: configText, kept: cache?.playbooks) { file, reader in
            PlaybookLoader.load(id: file.id, file: file.display, frontMatter: file.frontMatter, reader: reader,
                                markdown: { markdown.render($0) })
        }
        let accountFiles = markdownFiles(in: content + "/accounts", idKind: .identifier)
        let accountLoader = AccountLoader(config: config, playbookIDs: Set(playbooks.map(\.id)),
                                          accountIDs: Set(accountFiles.map(\.id)))
        let loadedAccounts: [AccountLoader.Loaded] = collect(accountFiles,
                                          context: configText + "\u{0}" + playbooks.map(\.id).joined(separator: ",")
                                              + "\u{0}" + accountFiles.map(\.id).sorted().joined(separator: ","),
                                          kept: cache?.accounts) { file, reader in
            var loaded = accountLoader.loadWithTeamFields(id: file.id, file: file.display, frontMatter: file.frontMatter, reader: reader)
            loaded?.account.narrative = markdown.render(file.frontMatter.body, idPrefix: file.id + "-")
            loaded?.account.narrativeSource = file.frontMatter.body
            if let account = loaded?.account { Self.checkSharedSections(account, reader: reader) }
            return loaded
        }
        let (copies, sameNames) = Self.sameNames(loadedAccounts)
        diagnostics += sameNames
        // A copy is left out of matching export rows: they name the account it copies.
        let accounts = loadExports(in: content, accounts: loadedAccounts.filter { !copies.contains($0.account.id) }, config: config)
        // An account whose file has errors still exists: rows and reviews naming it are not
        // reported again, since the file's own errors already fail the build.
        let accountIDs = listedIDs[content + "/accounts"] ?? []
        let reviews: [Review] = collect(markdownFiles(in: content + "/reviews", idKind: .date),
                                        context: configText + "\u{0}" + accountIDs.sorted().joined(separator: ","),
                                        kept: cache?.reviews) { file, reader in
            ReviewLoader.load(date: Day(iso: file.id)!, file: file.display, frontMatter: file.frontMatter,
                              reader: reader, accountIDs: accountIDs, markdown: { markdown.render($0) })
        }
        diagnostics += ActionLog.problems(in: reviews)
        diagnostics += Self.parentCycles(in: accounts)
        let weeks = loadScorecards(in: content + "/scorecards", accounts: accounts,
                                   brokenAccounts: accountIDs.subtracting(accounts.map(\.id)), styles: config.numberStyles,
                                   dateStyles: config.dateStyles, encodings: config.encodings)
        let templates = loadTemplates()
        let staticFiles = loadStaticFiles(in: content + "/static")

        if diagnostics.hasErrors { return nil }
        let project = Project(config: config, accounts: accounts, playbooks: playbooks, reviews: reviews, weeks: weeks)
        return LoadedProject(project: project, templates: templates, staticFiles: staticFiles)
    }

    /// The accounts with their opportunities from `content/crm/` and their survey answers
    /// from `content/feedback/`.
    private mutating func loadExports(in content: String, accounts loaded: [AccountLoader.Loaded], config: SiteConfig) -> [Account] {
        let listed = listedIDs[content + "/accounts"] ?? []
        let matcher = AccountMatcher(loaded.map { ($0.account.id, $0.account.name, $0.account.crmIDs) },
                                     incomplete: listed.count > loaded.count)
        var opportunities: [CRMExports.Found] = []
        let before = diagnostics.count
        for (name, tables) in exportTables(in: content + "/crm", encodings: config.encodings) {
            let path = "crm/" + name
            let crm = CRMExports(declaredColumns: config.crmColumns.style(for: path), stages: config.crmStages,
                                 numbers: config.numberStyles.style(for: path), dates: config.dateStyles.style(for: path),
                                 currency: config.currency, matcher: matcher)
            let (found, problems) = crm.load(tables)
            opportunities += found
            diagnostics += problems
        }
        // An export that could not be read may hold the rows a plan's team fields wait for:
        // those are checked once its errors are fixed, not reported as missing now.
        let exportsRead = !diagnostics[before...].contains { $0.severity == .error }
        let (merged, problems) = CRMMerge.merge(opportunities, into: loaded, exportsRead: exportsRead)
        diagnostics += problems
        var responses: [String: [FeedbackResponse]] = [:]
        for (name, tables) in exportTables(in: content + "/feedback", encodings: config.encodings) {
            let path = "feedback/" + name
            let feedback = FeedbackExports(side: config.feedbackSides.style(for: path), numbers: config.numberStyles.style(for: path),
                                           dates: config.dateStyles.style(for: path), matcher: matcher)
            let (found, problems) = feedback.load(tables)
            for answer in found { responses[answer.account, default: []].append(answer.response) }
            diagnostics += problems
        }
        return merged.map { account in
            var account = account
            // Stable: answers of one day keep the files' order.
            account.feedback = (responses[account.id] ?? []).enumerated()
                .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
            return account
        }
    }

    /// The CSV and XLSX files of an export folder, by name, each read into its tables.
    private mutating func exportTables(in folder: String, encodings: TextEncodings) -> [(name: String, tables: [ExportTable])] {
        var files: [(name: String, tables: [ExportTable])] = []
        for name in list(folder) where !FileTree.isHidden(name) && !name.hasPrefix("~$") {
            let path = folder + "/" + name
            let display = location.display(path)
            let lowered = name.lowercased()
            guard lowered.hasSuffix(".csv") || lowered.hasSuffix(".xlsx") else {
                diagnostics.append(Self.unread(display, folder: location.display(folder), reads: "exports saved as .csv (comma, semicolon or tab separated; UTF-8, UTF-16 or a declared encoding) or .xlsx"))
                continue
            }
            switch Self.readBytes(path, display: display, reader: reader, limit: maxFileBytes) {
            case .none: continue
            case .failure(let problem)?: diagnostics.append(problem)
            case .success(let bytes)?:
                let contentPath = String(folder.split(separator: "/").last ?? "") + "/" + name
                let (tables, problems) = ExportTable.read(file: display, bytes: bytes, isWorkbook: lowered.hasSuffix(".xlsx"),
                                                          encoding: encodings.style(for: contentPath), contentPath: contentPath)
                diagnostics += problems
                files.append((name, tables))
            }
        }
        return files
    }

    /// A file's bytes, refused above `max_file_mb`; nil when there is no such file.
    static func readBytes(_ path: String, display: String, reader: ContentReader, limit: Int) -> Result<[UInt8], Diagnostic>? {
        do {
            guard let bytes = try reader.read(path) else { return nil }
            if bytes.count > limit { return .failure(Self.tooLarge(display, bytes: bytes.count, limit: limit)) }
            return .success(bytes)
        } catch {
            return .failure(.error(display, "cannot be read: \(error.localizedDescription)"))
        }
    }

    /// `share.sections` must name second-level headings the narrative has.
    static func checkSharedSections(_ account: Account, reader: YAMLReader) {
        let headings = account.narrative.outline.filter { $0.level == 2 }.map(\.text)
        let known = Set(headings.map { $0.lowercased() })
        for name in account.sharedSections where !known.contains(MarkdownRenderer.trimmingWhiteSpace(name).lowercased()) {
            let list = headings.isEmpty ? "it has none" : "its headings: \(headings.joined(separator: ", "))"
            reader.error(line: account.sharedSectionsLine, field: "share.sections",
                         "expected the text of a second-level heading (## …) of the plan's narrative (\(list)), found '\(name)'")
        }
    }

    /// Two accounts of one name, compared as CRM rows are matched (case, spaces, accents and
    /// punctuation aside): most often a plan copied to start another and never renamed,
    /// which would count the account twice in every total. An error at each later file.
    /// - Returns: the ids of the later files, and an error for each.
    static func sameNames(_ loaded: [AccountLoader.Loaded]) -> (copies: Set<String>, problems: [Diagnostic]) {
        var first: [String: AccountLoader.Loaded] = [:]
        var found: [Diagnostic] = []
        var copies: Set<String> = []
        for entry in loaded.sorted(by: { $0.account.id < $1.account.id }) {
            let key = AccountMatcher.key(entry.account.name)
            guard !key.isEmpty else { continue }
            guard let other = first[key] else {
                first[key] = entry
                continue
            }
            found.append(.error(entry.account.sourcePath, line: entry.nameLine, field: "name",
                                "expected a name no other account has, found '\(entry.account.name)', the name of \(other.account.id) (\(other.account.sourcePath)) too; two plans of one account would count it twice in every total: delete the copy, or give it the name of the account it is about"))
            copies.insert(entry.account.id)
        }
        return (copies, found)
    }

    /// A chain of parents that comes back on itself: one error per cycle, naming every file.
    static func parentCycles(in accounts: [Account]) -> [Diagnostic] {
        let files = Dictionary(uniqueKeysWithValues: accounts.map { ($0.id, $0.sourcePath) })
        return AccountTree.cycles(in: accounts).map { cycle in
            let chain = (cycle + [cycle[0]]).joined(separator: " → ")
            let named = cycle.compactMap { files[$0] }.joined(separator: ", ")
            return .error(files[cycle[0]] ?? cycle[0], field: "parent",
                          "expected a chain of parents that ends at a top account, found a cycle: \(chain) (in \(named))")
        }
    }

    /// Reads, splits and loads files on every core (each file parses on its own) and keeps
    /// what each file's YAML reader reported; a file with errors gives no value, so later
    /// stages never see half-read data. Each worker lets go of a file's text once it is
    /// loaded, so a large project is never held in memory as text all at once.
    /// - Parameter kept: the cache's store of this kind of file; nil without a cache.
    private mutating func collect<T: Sendable>(_ files: [FileRef], context: String, kept: LoadStore<T?>?,
                                               _ load: @Sendable (MarkdownFile, YAMLReader) -> T?) -> [T] {
        let (cache, reader, limit) = (cache, reader, maxFileBytes)
        let context = cache?.canonical(context) ?? context
        let interner = StringInterner()
        let results = files.concurrentMap { ref -> (T?, [Diagnostic]) in
            let text: String
            switch Self.read(ref.path, display: ref.display, reader: reader, cache: cache, limit: limit) {
            case .none: return (nil, [])
            case .failure(let problem)?: return (nil, [problem])
            case .success(let read)?: text = read
            }
            let split = { FrontMatterFile.split(text, file: ref.display) }
            let frontMatter: FrontMatterFile
            switch cache?.split(text, at: ref.path, split) ?? split() {
            case .success(let made): frontMatter = made
            case .failure(let problem): return (nil, [problem])
            }
            let file = MarkdownFile(id: ref.id, display: ref.display, text: text, frontMatter: frontMatter)
            if let kept = kept?.lookup(file.display, context: context, text: file.text) { return kept }
            let reader = YAMLReader(file: file.display, lineOffset: file.frontMatter.yamlLineOffset, interner: interner)
            let value = load(file, reader)
            let result = (reader.diagnostics.hasErrors ? nil : value, reader.diagnostics)
            kept?.store(file.display, context: context, text: file.text, value: result.0, diagnostics: result.1)
            return result
        }
        diagnostics += results.flatMap(\.1)
        return results.compactMap(\.0)
    }

    // MARK: Files

    private mutating func readText(_ path: String) -> String? {
        switch Self.read(path, display: location.display(path), reader: reader, cache: cache, limit: maxFileBytes) {
        case .none: return nil
        case .success(let text)?: return text
        case .failure(let problem)?:
            diagnostics.append(problem)
            return nil
        }
    }

    /// A file's text; nil when there is no such file. An unchanged file (same stamp) comes
    /// from the cache without being read.
    /// - Parameters: encoding, contentPath: the file's declared encoding and its path under
    ///   content/; a file in another encoding than UTF-8 is never cached as text, so a changed
    ///   declaration is always read anew.
    static func read(_ path: String, display: String, reader: ContentReader, cache: LoadCache?, limit: Int,
                     encoding: TextEncoding = .utf8, contentPath: String? = nil) -> Result<String, Diagnostic>? {
        let cache = encoding == .utf8 ? cache : nil
        if let kept = cache?.unchangedText(at: path) { return .success(kept) }
        let stamp = cache == nil ? nil : reader.stamp(path)
        if let stamp, let kept = cache?.text(at: path, stamp: stamp) { return .success(kept) }
        do {
            guard let bytes = try reader.read(path) else { return nil }
            if bytes.count > limit {
                return .failure(Self.tooLarge(display, bytes: bytes.count, limit: limit))
            }
            let decoded = SourceText.decode(bytes, file: display, encoding: encoding, path: contentPath).map(\.text)
            if let stamp, case .success(let text) = decoded { cache?.storeText(text, at: path, stamp: stamp) }
            return decoded
        } catch {
            return .failure(.error(display, "cannot be read: \(error.localizedDescription)"))
        }
    }

    /// A file over `max_file_mb`, text or workbook.
    static func tooLarge(_ display: String, bytes: Int, limit: Int) -> Diagnostic {
        .error(display, "expected a file of at most max_file_mb (\(megabytes(Double(limit) / 1_000_000)) MB), found \(megabytes(Double(bytes) / 1_000_000)) MB; split it, or raise max_file_mb in lynchpin.yml")
    }

    /// "20", "42.3", "0.001".
    static func megabytes(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        return value < 1 ? String(format: "%.3g", value) : String(format: "%.1f", value)
    }

    /// The files of a folder. A symbolic link to a file inside the project is followed (it
    /// is listed, and reading it reads its target); any other link is not, and is reported:
    /// content must not be pulled in from outside the project unnoticed.
    private mutating func list(_ folder: String) -> [String] {
        do {
            var files = try reader.listFiles(folder) ?? []
            let root = URL(fileURLWithPath: location.root).resolvingSymlinksInPath().path + "/"
            for link in reader.symbolicLinks(folder) {
                let shown = location.display(folder + "/" + link.path)
                var isFolder: ObjCBool = false
                guard let target = link.target, FileManager.default.fileExists(atPath: target, isDirectory: &isFolder) else {
                    diagnostics.append(.error(shown, "a symbolic link that leads nowhere: nothing to read; restore its target or remove the link"))
                    continue
                }
                // Not followed, and an error: what the link stands for would be missing from the site.
                if !target.hasPrefix(root) {
                    diagnostics.append(.error(shown, "a symbolic link to \(target), outside the project: not followed; copy the file into the project"))
                } else if isFolder.boolValue {
                    diagnostics.append(.error(shown, "a symbolic link to a folder (\(location.display(target))): not followed; link files one by one"))
                } else {
                    files.append(link.path)
                }
            }
            return files.sorted()
        } catch {
            diagnostics.append(.error(location.display(folder), "cannot be listed: \(error.localizedDescription)"))
            return []
        }
    }

    private mutating func loadConfig() -> SiteConfig {
        guard let text = readText(location.configFile) else {
            warnIfNoProject()
            return SiteConfig()
        }
        configText = text
        let (config, problems) = ConfigLoader.load(yaml: text, file: location.display(location.configFile))
        diagnostics += problems
        return config
    }

    /// A folder with neither lynchpin.yml nor content/ is most likely not the project the
    /// user meant: building there makes an empty site, so say so.
    private mutating func warnIfNoProject() {
        guard (try? reader.listFiles(location.contentFolder)) ?? nil == nil else { return }
        diagnostics.append(.warning(location.root,
            "no Lynchpin project here (no \(location.display(location.configFile)) and no \(location.display(location.contentFolder))/ folder), so the site will be empty; run 'lynchpin init' to start a project, or name one with --source DIR"))
    }

    enum IDKind { case identifier, date }

    struct MarkdownFile: Sendable {
        let id: String
        let display: String
        let text: String
        let frontMatter: FrontMatterFile
    }

    /// A file to load: its id, checked, and where it is.
    struct FileRef: Sendable {
        let id: String
        let path: String
        let display: String
    }

    /// The `.md` files of a folder with a checked id; `collect` reads them.
    private mutating func markdownFiles(in folder: String, idKind: IDKind) -> [FileRef] {
        var files: [FileRef] = []
        for name in list(folder) {
            guard let id = checkedID(folder: folder, name: name, extension: "md", kind: idKind) else { continue }
            listedIDs[folder, default: []].insert(id)
            let path = folder + "/" + name
            files.append(FileRef(id: id, path: path, display: location.display(path)))
        }
        return files
    }

    /// A file in a content folder that is not read is an error: it may hold figures or
    /// text a reader expects to see. The message says what the folder does read.
    static func unread(_ display: String, folder: String, reads: String) -> Diagnostic {
        let lowered = display.lowercased()
        let hint = lowered.hasSuffix(".txt") || lowered.hasSuffix(".tsv")
            ? "; an export saved as text (Excel's \"Unicode Text\" is UTF-16 and tab separated) is read once renamed to .csv"
            : lowered.hasSuffix(".xls") || lowered.hasSuffix(".ods") || lowered.hasSuffix(".numbers")
            ? "; save it as .xlsx or .csv" : "; move it out of \(folder)/ if it is not data"
        return .error(display, "expected a file \(folder)/ reads (\(reads)), found one it does not\(hint)")
    }

    /// The id a file name gives, or nil with a message for names that break the rules.
    private mutating func checkedID(folder: String, name: String, extension ext: String, kind: IDKind) -> String? {
        if FileTree.isHidden(name) { return nil }
        var display: String { location.display(folder + "/" + name) }
        guard !name.contains("/"), name.hasSuffix("." + ext) else {
            let reads = ext == "csv"
                ? "a week's .csv named by its date (2026-11-27.csv; comma, semicolon or tab separated) and .xlsx workbooks of any name"
                : "." + ext + " files" + (kind == .date ? " named by their date (2026-11-27.md)" : "")
            diagnostics.append(Self.unread(display, folder: location.display(folder), reads: reads))
            return nil
        }
        let id = String(name.dropLast(ext.count + 1))
        switch kind {
        case .identifier where !Identifier.isValid(id):
            diagnostics.append(.error(display, "expected a file name matching \(Identifier.rule), found '\(id)'"))
            return nil
        case .date where Day(iso: id) == nil:
            let why = TextDate.parts(id, .iso).flatMap { Day.impossibility(year: $0.year, month: $0.month, day: $0.day) }
            diagnostics.append(.error(display, why.map { "expected a file name that is a date that exists (\($0)), found '\(id)'" }
                                      ?? "expected a file name that is a date as YYYY-MM-DD, found '\(id)'"))
            return nil
        default:
            return id
        }
    }

    private mutating func loadScorecards(in folder: String, accounts: [Account],
                                         brokenAccounts: Set<String>, styles: NumberStyles,
                                         dateStyles: DateStyles, encodings: TextEncodings) -> [ScorecardWeek] {
        // Each account's measure ids with their units (empty for none), to check rows against.
        let measures = Dictionary(uniqueKeysWithValues: accounts.map { account in
            (account.id, Dictionary(account.scorecard.map { ($0.id, $0.unit ?? "") }, uniquingKeysWith: { first, _ in first }))
        })
        // Rows name an account by its id, its name or one of its crm_ids, as CRM rows do.
        let matcher = AccountMatcher(accounts.map { ($0.id, $0.name, $0.crmIDs) }, incomplete: !brokenAccounts.isEmpty)
        var sources: [SendableSource] = []
        var workbooks: [SendableSource] = []
        for name in list(folder) {
            if name.lowercased().hasSuffix(".xlsx"), !FileTree.isHidden(name) {
                // `~$name.xlsx` is the lock file Excel keeps beside a workbook it has open.
                if name.hasPrefix("~$") { continue }
                workbooks.append(SendableSource(date: nil, path: folder + "/" + name,
                                                display: location.display(folder + "/" + name),
                                                style: styles.style(for: "scorecards/" + name),
                                                dates: dateStyles.style(for: "scorecards/" + name),
                                                encoding: encodings.style(for: "scorecards/" + name)))
                continue
            }
            // A CSV named by its week holds that week; one of another name holds weeks as a
            // workbook's sheet does, in a week column or a column per week.
            let stem = name.lowercased().hasSuffix(".csv") ? String(name.dropLast(4)) : nil
            let date: Day?
            if let stem, !FileTree.isHidden(name), Day(iso: stem) == nil {
                date = nil
            } else {
                guard let id = checkedID(folder: folder, name: name, extension: "csv", kind: .date) else { continue }
                date = Day(iso: id)
            }
            sources.append(SendableSource(date: date, path: folder + "/" + name,
                                          display: location.display(folder + "/" + name),
                                          style: styles.style(for: "scorecards/" + name),
                                          dates: dateStyles.style(for: "scorecards/" + name),
                                          encoding: encodings.style(for: "scorecards/" + name)))
        }
        // Weeks are read, parsed and checked independently, so on every core: a week
        // checked before against the same measures comes from the cache whole.
        cache?.beginCheckingWeeks(measures: measures, broken: brokenAccounts, styles: styles,
                                  names: accounts.map { ([$0.id, $0.name] + $0.crmIDs).joined(separator: "\u{1}") }.joined(separator: "\u{0}"))
        let (reader, limit) = (reader, maxFileBytes)
        let checked = sources.concurrentMap(chunk: 1) { [cache] source -> ([ScorecardWeek], [Diagnostic]) in
            let text: String
            switch Self.read(source.path, display: source.display, reader: reader, cache: cache, limit: limit,
                             encoding: source.encoding, contentPath: "scorecards/" + (source.path.split(separator: "/").last.map(String.init) ?? "")) {
            case .none: return ([], [])
            case .failure(let problem)?: return ([], [problem])
            case .success(let read)?: text = read
            }
            guard let date = source.date, !ScorecardLoader.isTable(text) else {
                // A week column or a column per week: read as a sheet is, each week checked.
                let (weeks, problems) = WorkbookScorecards.loadCSV(file: source.display, text: text, week: source.date,
                                                                   styles: .init(numbers: source.style, dates: source.dates))
                let checked = weeks.map { Self.check($0, problems: [], measures: measures, brokenAccounts: brokenAccounts, matcher: matcher) }
                return (checked.map(\.0).filter { !$0.entries.isEmpty }, problems + checked.flatMap(\.1))
            }
            if let kept = cache?.checkedWeek(source.display, text: text) { return ([kept.0], kept.1) }
            let style = source.style.rawValue
            let parsed = cache?.weeks.lookup(source.display, context: style, text: text) ?? {
                let made = ScorecardLoader.load(date: date, file: source.display, text: text, style: source.style)
                cache?.weeks.store(source.display, context: style, text: text, value: made.0, diagnostics: made.1)
                return made
            }()
            let (week, found) = Self.check(parsed.0, problems: parsed.1, measures: measures, brokenAccounts: brokenAccounts, matcher: matcher)
            cache?.storeCheckedWeek(source.display, text: text, week: week, problems: found)
            return ([week], found)
        }
        diagnostics += checked.flatMap(\.1)
        let fromWorkbooks = workbooks.concurrentMap(chunk: 1) { source -> ([ScorecardWeek], [Diagnostic]) in
            let bytes: [UInt8]
            switch Self.readBytes(source.path, display: source.display, reader: reader, limit: limit) {
            case .none: return ([], [])
            case .failure(let problem)?: return ([], [problem])
            case .success(let read)?: bytes = read
            }
            let (weeks, problems) = WorkbookScorecards.load(file: source.display, bytes: bytes,
                                                            styles: .init(numbers: source.style, dates: source.dates))
            // A workbook of many weeks: each checked on its own, so on every core.
            let checked = weeks.concurrentMap(chunk: 4) { week in
                Self.check(week, problems: [], measures: measures, brokenAccounts: brokenAccounts, matcher: matcher)
            }
            // A week made only to carry refused rows has nothing left once they are checked.
            return (checked.map(\.0).filter { !$0.entries.isEmpty }, problems + checked.flatMap(\.1))
        }
        diagnostics += fromWorkbooks.flatMap(\.1)
        let weeks = checked.flatMap(\.0) + fromWorkbooks.flatMap(\.0)
        // A week comes from one file: two would leave it unclear which figure counts.
        var firstSource: [Day: String] = [:]
        for week in weeks.sorted(by: { ($0.date, $0.sourcePath) < ($1.date, $1.sourcePath) }) {
            if let first = firstSource[week.date] {
                diagnostics.append(.error(week.sourcePath, "expected each week in one file, found \(week.date) here and in \(first); remove it from one"))
            } else {
                firstSource[week.date] = week.sourcePath
            }
        }
        return weeks
    }

    /// A week's rows that name a known account and one of its measures; the rest reported.
    private static func check(_ week: ScorecardWeek, problems: [Diagnostic], measures: [String: [String: String]],
                       brokenAccounts: Set<String>, matcher: AccountMatcher) -> (ScorecardWeek, [Diagnostic]) {
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

    /// Swift files are left out: they are the built-in theme's own source, which sits in this
    /// repository's `templates/`, the folder the sample project's overrides would be in.
    private mutating func loadTemplates() -> [String: [UInt8]] {
        let folder = location.templatesFolder
        return readAll(list(folder).filter { !$0.hasSuffix(".swift") }, in: folder)
    }

    private mutating func loadStaticFiles(in folder: String) -> [String: [UInt8]] {
        readAll(list(folder), in: folder)
    }

    /// The files' bytes by name; hidden files and folders are left out.
    private mutating func readAll(_ names: [String], in folder: String) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in names where !FileTree.isHidden(name) {
            do {
                if let bytes = try reader.read(folder + "/" + name) { files[name] = bytes }
            } catch {
                diagnostics.append(.error(location.display(folder + "/" + name), "cannot be read: \(error.localizedDescription)"))
            }
        }
        return files
    }
}

private struct SendableSource: Sendable {
    /// The week a CSV's name gives; nil for a workbook or a CSV named otherwise.
    let date: Day?
    let path: String
    let display: String
    let style: NumberStyle
    let dates: DateStyle
    let encoding: TextEncoding
}
