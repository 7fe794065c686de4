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

    public init() {}

    func lookup<T>(_ path: String, context: String, text: String, as type: T.Type) -> (T, [Diagnostic])? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[path], entry.text == text, entry.context == context,
              let value = entry.value as? T else { return nil }
        return (value, entry.diagnostics)
    }

    func store(_ path: String, context: String, text: String, value: Any, diagnostics: [Diagnostic]) {
        lock.lock()
        entries[path] = Entry(context: context, text: text, value: value, diagnostics: diagnostics)
        lock.unlock()
    }
}
