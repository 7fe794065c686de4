/// Where the finished part of a long page goes while the rest is still being rendered: a
/// pack of a thousand plans is written to its file a part at a time, never held whole.
public final class PageSpill {
    private let drain: ([UInt8]) throws -> Void
    private let threshold: Int
    /// The first failure to hand bytes on; the page is then incomplete and must not be used.
    public private(set) var error: Error?

    /// - Parameter threshold: how many bytes a buffer collects before they are handed on.
    public init(threshold: Int = 1 << 20, drain: @escaping ([UInt8]) throws -> Void) {
        self.threshold = threshold
        self.drain = drain
    }

    /// Hands the buffer's bytes on once there are enough of them, and empties it. Called
    /// between the parts of a page, so the bytes handed on are always whole markup.
    public func take(_ html: inout HTML) {
        take(&html.bytes)
    }

    public func take(_ bytes: inout [UInt8]) {
        guard bytes.count >= threshold else { return }
        if error == nil {
            do { try drain(bytes) } catch { self.error = error }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
