import Foundation
import LynchpinConcurrency
import LynchpinDisk
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

/// The state of one load: what was found so far and what went wrong. Its parts are in
/// files of their own: `ContentFiles` (reading and naming files), `AccountChecks`,
/// `ExportFolders` (CRM and survey exports) and `ScorecardFolder`.
struct LoadRun {
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
        let documents = DocumentRenderer(config: config)
        let content = location.contentFolder

        let playbooks: [Playbook] = collect(markdownFiles(in: content + "/playbooks", idKind: .identifier),
                                            context: configText, kept: cache?.playbooks) { file, reader in
            PlaybookLoader.load(id: file.id, file: file.display, frontMatter: file.frontMatter, reader: reader,
                                markdown: { documents.document($0) })
        }
        let accountFiles = markdownFiles(in: content + "/accounts", idKind: .identifier)
        let accountLoader = AccountLoader(config: config, playbookIDs: Set(playbooks.map(\.id)),
                                          accountIDs: Set(accountFiles.map(\.id)))
        let loadedAccounts: [AccountLoader.Loaded] = collect(accountFiles,
                                          context: configText + "\u{0}" + playbooks.map(\.id).joined(separator: ",")
                                              + "\u{0}" + accountFiles.map(\.id).sorted().joined(separator: ","),
                                          kept: cache?.accounts) { file, reader in
            var loaded = accountLoader.loadWithTeamFields(id: file.id, file: file.display, frontMatter: file.frontMatter, reader: reader)
            loaded?.account.narrative = documents.document(file.frontMatter.body, idPrefix: file.id + "-")
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
                              reader: reader, accountIDs: accountIDs, markdown: { documents.document($0) })
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
        return LoadedProject(project: project, templates: templates, staticFiles: staticFiles, documents: documents)
    }

    /// Reads, splits and loads files on every core (each file parses on its own) and keeps
    /// what each file's YAML reader reported; a file with errors gives no value, so later
    /// stages never see half-read data. Each worker lets go of a file's text once it is
    /// loaded, so a large project is never held in memory as text all at once.
    /// - Parameter kept: the cache's store of this kind of file; nil without a cache.
    mutating func collect<T: Sendable>(_ files: [FileRef], context: String, kept: LoadStore<T?>?,
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

    mutating func loadConfig() -> SiteConfig {
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
    mutating func warnIfNoProject() {
        guard (try? reader.listFiles(location.contentFolder)) ?? nil == nil else { return }
        diagnostics.append(.warning(location.root,
            "no Lynchpin project here (no \(location.display(location.configFile)) and no \(location.display(location.contentFolder))/ folder), so the site will be empty; run 'lynchpin init' to start a project, or name one with --source DIR"))
    }

    /// A project's overrides, by the rule docs/themes.md states: Mustache templates (pages
    /// and `slots/`) and whatever is under `assets/`. Nothing else in `templates/` is read:
    /// in Lynchpin's own repository that folder is also the built-in theme's Swift source.
    mutating func loadTemplates() -> [String: [UInt8]] {
        let folder = location.templatesFolder
        return readAll(list(folder).filter(Self.isOverride), in: folder)
    }

    static func isOverride(_ path: String) -> Bool {
        path.hasSuffix(".mustache") || path.hasPrefix("assets/")
    }

    mutating func loadStaticFiles(in folder: String) -> [String: [UInt8]] {
        readAll(list(folder), in: folder)
    }

    /// The files' bytes by name; hidden files and folders are left out.
    mutating func readAll(_ names: [String], in folder: String) -> [String: [UInt8]] {
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
