import Foundation
import LynchpinDomain
import LynchpinLoad

/// What `serve` keeps from one build to the next: every file's text and parse (keyed by the
/// file's stamp and text), and the last analysis, whose per-account results are reused for
/// accounts an edit did not touch. `build` keeps nothing: it runs once.
public final class BuildMemory: @unchecked Sendable {
    public let files = LoadCache()
    private let lock = NSLock()
    private var analysis: PortfolioAnalysis?

    public init() {}

    func analyse(_ project: Project, asOf: Day) -> PortfolioAnalysis {
        let previous = lock.withLock { analysis }
        let fresh = PortfolioAnalysis(project: project, asOf: asOf, reusing: previous)
        lock.withLock { analysis = fresh }
        return fresh
    }
}
