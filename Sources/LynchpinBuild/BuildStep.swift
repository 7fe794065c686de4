/// The steps of a build, in the order they run: each is counted in the progress line,
/// timed for `--verbose`, and, when it finds errors, named as the step that stopped the build.
public enum BuildStep: String, Sendable, CaseIterable {
    /// That the output folder is not the project, nor inside its content.
    case checkOutput = "check output"
    /// No other build of the same site at once.
    case lock
    case load
    case theme
    case analyse
    case render
    case write

    /// `lynchpin share`: the organisation that prepares an edition is named.
    case organization
    /// `lynchpin share`: every account named exists.
    case accounts

    /// The steps of `build`, in order; `check` and `serve` stop before `render`.
    public static let site: [BuildStep] = [.checkOutput, .lock, .load, .theme, .analyse, .render, .write]

    /// The step's name as a person reads it.
    public var name: String { rawValue }
}
