import Foundation
import LynchpinDomain

/// What a previous load made of each file of one kind, typed: an entry is reused when the
/// file's text and everything its parse depends on (`context`) are the same as last time.
final class LoadStore<Value: Sendable>: @unchecked Sendable {
    private struct Entry {
        let context: String
        let text: String
        let value: Value
        let diagnostics: [Diagnostic]
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    func lookup(_ path: String, context: String, text: String) -> (Value, [Diagnostic])? {
        lock.withLock {
            guard let entry = entries[path], entry.text == text, entry.context == context else { return nil }
            return (entry.value, entry.diagnostics)
        }
    }

    func store(_ path: String, context: String, text: String, value: Value, diagnostics: [Diagnostic]) {
        lock.withLock { entries[path] = Entry(context: context, text: text, value: value, diagnostics: diagnostics) }
    }
}
