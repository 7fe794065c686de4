import Foundation
import LynchpinDomain

/// What a previous load made of each file, so that `serve` re-parses only the files an edit
/// touched. An entry is reused when the file's text and everything its parse depends on
/// (the settings, the ids it may refer to) are the same as last time.
public final class LoadCache: @unchecked Sendable {
    private struct Entry {
        let context: String
        let text: String
        let value: Any
        let diagnostics: [Diagnostic]
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    /// Each file's decoded text by path, with the stamp it had when read.
    private var texts: [String: (stamp: String, text: String)] = [:]
    /// Each Markdown file's split into front matter and body, with the text it was made from.
    private var splits: [String: (text: String, split: FrontMatterFile)] = [:]
    /// Each scorecard week as checked against the accounts' measures, and what it found.
    private var checkedWeeks: [String: (text: String, week: ScorecardWeek, problems: [Diagnostic])] = [:]
    /// The accounts' measures and the accounts with errors the weeks were checked against.
    private var checkedAgainst: (measures: [String: Set<String>], broken: Set<String>)?

    public init() {}

    func lookup<T>(_ path: String, context: String, text: String, as type: T.Type) -> (T, [Diagnostic])? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[path], entry.text == text, entry.context == context,
              let value = entry.value as? T else { return nil }
        return (value, entry.diagnostics)
    }

    /// The text read from `path` before, if the file still has the same stamp: an unchanged
    /// file is not read again. The same String comes back, so comparing it with the text
    /// a parse was kept for is immediate.
    func text(at path: String, stamp: String) -> String? {
        lock.withLock { texts[path].flatMap { $0.stamp == stamp ? $0.text : nil } }
    }

    func storeText(_ text: String, at path: String, stamp: String) {
        lock.withLock { texts[path] = (stamp, text) }
    }

    /// The front matter split of `text`, made once per text.
    func split(_ text: String, at path: String, _ make: () -> Result<FrontMatterFile, Diagnostic>)
        -> Result<FrontMatterFile, Diagnostic> {
        if let kept = lock.withLock({ splits[path] }), kept.text == text { return .success(kept.split) }
        let made = make()
        if case .success(let split) = made { lock.withLock { splits[path] = (text, split) } }
        return made
    }

    /// Weeks checked before against the same measures, when nothing they depend on changed.
    func checkedWeek(_ path: String, text: String, measures: [String: Set<String>], broken: Set<String>)
        -> (ScorecardWeek, [Diagnostic])? {
        lock.withLock {
            guard let against = checkedAgainst, against.broken == broken, against.measures == measures,
                  let kept = checkedWeeks[path], kept.text == text else { return nil }
            return (kept.week, kept.problems)
        }
    }

    func storeCheckedWeek(_ path: String, text: String, week: ScorecardWeek, problems: [Diagnostic],
                          measures: [String: Set<String>], broken: Set<String>) {
        lock.withLock {
            if checkedAgainst?.measures != measures || checkedAgainst?.broken != broken {
                checkedAgainst = (measures, broken)
                checkedWeeks = [:]
            }
            checkedWeeks[path] = (text, week, problems)
        }
    }

    func store(_ path: String, context: String, text: String, value: Any, diagnostics: [Diagnostic]) {
        lock.lock()
        entries[path] = Entry(context: context, text: text, value: value, diagnostics: diagnostics)
        lock.unlock()
    }
}
