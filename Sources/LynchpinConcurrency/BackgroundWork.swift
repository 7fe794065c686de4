import Dispatch

/// Work done in the order it is handed over, on one thread beside the caller's, which goes
/// on meanwhile: the PDFs' rewriting and assembling while the loop that feeds the browser
/// keeps its tabs busy. `wait` returns once everything handed over is done.
public final class BackgroundWork: @unchecked Sendable {
    private let queue = DispatchQueue(label: "lynchpin.background-work")
    private let group = DispatchGroup()

    public init() {}

    public func add(_ work: @escaping @Sendable () -> Void) {
        queue.async(group: group, execute: work)
    }

    public func wait() {
        group.wait()
    }
}
