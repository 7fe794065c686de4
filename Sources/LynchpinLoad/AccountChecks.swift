import LynchpinDomain
import LynchpinMarkdown

/// What only the account files together show: shared sections, names, cycles of parents.
extension LoadRun {
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
}
