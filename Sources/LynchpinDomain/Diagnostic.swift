/// One problem found in the input, worded for the person who wrote the file.
///
/// Every stage reports problems as values instead of throwing, so that a build can
/// show all of them at once.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case warning, error
    }

    public var severity: Severity
    /// Path relative to the project folder, e.g. `content/accounts/acme.md`.
    public var file: String
    public var line: Int?
    public var column: Int?
    /// The field the problem is about, as a path: `stakeholders[2].last_contact`.
    public var field: String?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, column: Int? = nil,
                field: String? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    public static func error(_ file: String, line: Int? = nil, column: Int? = nil,
                             field: String? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, column: column, field: field, message)
    }

    public static func warning(_ file: String, line: Int? = nil, column: Int? = nil,
                               field: String? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.warning, file: file, line: line, column: column, field: field, message)
    }

    /// `path:line:col: error: field: message`, the form editors and CI annotate.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if line != nil, let column { place += ":\(column)" }
        let subject = field.map { "\($0): " } ?? ""
        return "\(place): \(severity.rawValue): \(subject)\(message)"
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }

    /// File, then line, then column: the order a reader fixes them in.
    public func sortedForReading() -> [Diagnostic] {
        sorted {
            ($0.file, $0.line ?? 0, $0.column ?? 0, $0.message) < ($1.file, $1.line ?? 0, $1.column ?? 0, $1.message)
        }
    }
}
