import Foundation

/// One copy of each longer text that many files repeat: a job title, a customer need, a
/// measure's name and unit. A Swift string over 15 bytes is a heap object of its own, and
/// at 10,000 accounts the same few hundred texts were held hundreds of thousands of times.
/// Lives for one load; the workers that parse files share it.
final class StringInterner: @unchecked Sendable {
    /// Longer texts are prose, rarely repeated: not worth a table entry.
    static let maxLength = 120

    private final class Shard {
        let lock = NSLock()
        var strings: Set<String> = []
    }

    /// Several tables, each with its own lock, so parsing workers seldom wait for each other.
    private let shards = (0..<16).map { _ in Shard() }

    func intern(_ text: String) -> String {
        let length = text.utf8.count
        // Up to 15 bytes a string is stored inline, with nothing to share.
        guard length > 15, length <= Self.maxLength else { return text }
        let shard = shards[(length &+ Int(text.utf8.last!)) & 15]
        shard.lock.lock()
        defer { shard.lock.unlock() }
        if let index = shard.strings.firstIndex(of: text) { return shard.strings[index] }
        shard.strings.insert(text)
        return text
    }
}
