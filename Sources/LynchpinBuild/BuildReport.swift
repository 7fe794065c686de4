import LynchpinDomain

/// The outcome of a build: what went wrong, what was written, and where the time went.
public struct BuildReport: Sendable {
    public struct Phase: Sendable {
        public var step: BuildStep
        public var seconds: Double
        public var name: String { step.name }
    }

    public var diagnostics: [Diagnostic] = []
    /// One-line remarks that are neither errors nor warnings ("feed skipped: no base_url").
    public var notes: [String] = []
    public var phases: [Phase] = []
    /// Files written; zero when the build stopped before writing.
    public var fileCount = 0
    public var pageCount = 0
    public var output: String
    public var referenceDate: Day?
    /// The step that stopped the build, if one did.
    public var failedStep: BuildStep?

    public var succeeded: Bool { failedStep == nil }
}
