import Foundation

extension Identifier {
    /// Through ICU (Foundation's string transforms, no file access): romanize Greek and
    /// Cyrillic, fold Latin letters to ASCII (ø -> o, ł -> l, ß -> ss, é -> e), lower-case.
    /// One call at a time: ICU transliterators reached through CoreFoundation are not
    /// documented as safe to share between threads, and a build makes ids for a handful of
    /// names only (managers, and `lynchpin new`), so the lock costs nothing.
    static func latin(_ text: String) -> String {
        transforming.withLock { text.applyingTransform(transform, reverse: false) } ?? text.lowercased()
    }

    private static let transform = StringTransform("Greek-Latin; Cyrillic-Latin; Latin-ASCII; Any-Lower")
    private static let transforming = NSLock()
}
