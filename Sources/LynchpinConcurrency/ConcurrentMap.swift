/// Work on every core, and the lock its workers share: the one room for concurrency
/// utilities, below the domain, so the domain holds only the model and its analysis.
import Dispatch

extension Array where Element: Sendable {
    /// `map` on every core, results in the original order. For work whose items are
    /// independent (parsing files, rendering pages); the transform must not share state.
    public func concurrentMap<T: Sendable>(chunk: Int = 8, _ transform: @Sendable (Element) -> T) -> [T] {
        guard count > chunk else { return map(transform) }
        let slots = Slots<T>(count: count)
        let chunks = (count + chunk - 1) / chunk
        self.withUnsafeBufferPointer { items in
            nonisolated(unsafe) let items = items
            DispatchQueue.concurrentPerform(iterations: chunks) { index in
                let range = (index * chunk)..<Swift.min(items.count, (index + 1) * chunk)
                slots.fill(range.map { transform(items[$0]) }, from: range.lowerBound)
            }
        }
        return slots.values()
    }
}

/// Where concurrent workers leave their results; each index is written by one worker only.
private final class Slots<T: Sendable>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = DispatchMutex()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func fill(_ values: [T], from start: Int) {
        lock.withLock { for (offset, value) in values.enumerated() { storage[start + offset] = value } }
    }

    func values() -> [T] { lock.withLock { storage.map { $0! } } }
}

/// A mutex from Dispatch alone, so the modules that use it need no Foundation.
public final class DispatchMutex: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 1)

    public init() {}

    public func withLock<R>(_ body: () -> R) -> R {
        semaphore.wait()
        defer { semaphore.signal() }
        return body()
    }
}
