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
        /// By a hash of the bytes: a text seen before is found without making a String of it.
        var strings: [Int: [String]] = [:]
    }

    /// Several tables, each with its own lock, so parsing workers seldom wait for each other.
    private let shards = (0..<16).map { _ in Shard() }

    /// The text of UTF-8 bytes (a YAML scalar as the parser hands it over): the kept copy
    /// when the same bytes were seen before.
    func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Up to 15 bytes a string is stored inline, with nothing to share.
        guard bytes.count > 15, bytes.count <= Self.maxLength else { return String(decoding: bytes, as: UTF8.self) }
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        let hash = hasher.finalize()
        let shard = shards[hash & 15]
        shard.lock.lock()
        defer { shard.lock.unlock() }
        if let kept = shard.strings[hash]?.first(where: { Self.equal($0, bytes) }) { return kept }
        let text = String(decoding: bytes, as: UTF8.self)
        shard.strings[hash, default: []].append(text)
        return text
    }

    private static func equal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = text
        return text.withUTF8 { $0.count == bytes.count && memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }
}
