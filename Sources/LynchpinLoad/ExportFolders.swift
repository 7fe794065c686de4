import LynchpinDisk
import LynchpinDomain

/// `content/crm/` and `content/feedback/`: exports read into tables, their rows joined to
/// the accounts they name.
extension LoadRun {
    /// The accounts with their opportunities from `content/crm/` and their survey answers
    /// from `content/feedback/`.
    mutating func loadExports(in content: String, accounts loaded: [AccountLoader.Loaded], config: SiteConfig) -> [Account] {
        let listed = listedIDs[content + "/accounts"] ?? []
        let matcher = AccountMatcher(loaded.map { ($0.account.id, $0.account.name, $0.account.crmIDs) },
                                     incomplete: listed.count > loaded.count)
        var opportunities: [CRMExports.Found] = []
        let before = diagnostics.count
        for (name, tables) in exportTables(in: content + "/crm", encodings: config.encodings) {
            let path = "crm/" + name
            let crm = CRMExports(declaredColumns: config.crmColumns.style(for: path), stages: config.crmStages,
                                 numbers: config.numberStyles.style(for: path), dates: config.dateStyles.style(for: path),
                                 currency: config.currency, matcher: matcher, probabilities: config.stageProbabilities)
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
    mutating func exportTables(in folder: String, encodings: TextEncodings) -> [(name: String, tables: [ExportTable])] {
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
                                                          encoding: encodings.style(for: contentPath), contentPath: contentPath,
                                                          reader: reader)
                diagnostics += problems
                files.append((name, tables))
            }
        }
        return files
    }
}
