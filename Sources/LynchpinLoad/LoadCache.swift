import Foundation
import LynchpinDomain

/// What a previous load made of each file, so that `serve` re-parses only the files an edit
/// touched. An entry is reused when the file's text and everything its parse depends on
/// (the settings, the ids it may refer to) are the same as last time.
public final class LoadCache: @unchecked Sendable {
    /// Each kind of file's loads, typed.
    let playbooks = LoadStore<Playbook?>()
    let accounts = LoadStore<AccountLoader.Loaded?>()
    let reviews = LoadStore<Review?>()
    let weeks = LoadStore<ScorecardWeek>()

    private let lock = NSLock()
    /// Each file's decoded text by path, with the stamp it had when read.
    private var texts: [String: (stamp: String, text: String)] = [:]
    /// Each Markdown file's split into front matter and body, with the text it was made from.
    private var splits: [String: (text: String, split: FrontMatterFile)] = [:]
    /// Each scorecard week as checked against the accounts' measures, and what it found.
    private var checkedWeeks: [String: (text: String, week: ScorecardWeek, problems: [Diagnostic])] = [:]
    /// The accounts' measures and the accounts with errors the weeks were checked against.
    private var checkedAgainst: (measures: [String: [String: String]], broken: Set<String>, styles: NumberStyles, names: String)?
    /// When file events named every change since the last load: those changed paths. The
    /// other files' kept texts are current, and are used without asking the file system.
    /// Nil: every file's stamp is checked.
    private var changedSinceLastLoad: Set<String>?
    /// The contexts of the last load, one per kind of file.
    private var contexts: Set<String> = []

    public init() {}

    /// The same context as a previous load's, as that load's very String, so that comparing
    /// it with each file's entry is immediate: an accounts context lists every account id,
    /// and comparing it byte by byte for each of 10,000 files was a tenth of a second.
    func canonical(_ context: String) -> String {
        lock.withLock {
            if let index = contexts.firstIndex(of: context) { return contexts[index] }
            // A context that changed leaves the old one unused: keep only a few.
            if contexts.count > 16 { contexts.removeAll() }
            contexts.insert(context)
            return context
        }
    }


    /// Says which files changed since the last load, when that is known for certain (`serve`
    /// with file events); nil when it is not, and every file's stamp is to be checked.
    public func assumeUnchanged(except changed: Set<String>?) {
        lock.withLock { changedSinceLastLoad = changed }
    }

    /// The text kept for `path` when the file is known not to have changed since.
    func unchangedText(at path: String) -> String? {
        lock.withLock {
            guard let changed = changedSinceLastLoad, !changed.contains(path) else { return nil }
            return texts[path]?.text
        }
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

    /// Starts checking a load's weeks against the accounts' measures (ids and units): the weeks
    /// checked before are kept only if they were checked against the same ones, read in the same number styles. Compared once per
    /// load, not once per week.
    /// - Parameter names: the accounts' ids, names and crm_ids, which rows may name them by.
    func beginCheckingWeeks(measures: [String: [String: String]], broken: Set<String>, styles: NumberStyles, names: String) {
        lock.withLock {
            if checkedAgainst?.broken != broken || checkedAgainst?.measures != measures || checkedAgainst?.styles != styles
                || checkedAgainst?.names != names {
                checkedAgainst = (measures, broken, styles, names)
                checkedWeeks = [:]
            }
        }
    }

    /// A week checked before, if its text is the same (see `beginCheckingWeeks`).
    func checkedWeek(_ path: String, text: String) -> (ScorecardWeek, [Diagnostic])? {
        lock.withLock {
            guard let kept = checkedWeeks[path], kept.text == text else { return nil }
            return (kept.week, kept.problems)
        }
    }

    func storeCheckedWeek(_ path: String, text: String, week: ScorecardWeek, problems: [Diagnostic]) {
        lock.withLock { checkedWeeks[path] = (text, week, problems) }
    }
}
