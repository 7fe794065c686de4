import LynchpinDomain

/// How many problems a person is shown: a file with 200,000 bad rows must not print 25 MB.
/// The first `perFile` problems of each file and `total` in all are shown, in order, and
/// then an exact count of the rest for each file. Tools get every problem from
/// `lynchpin check --format json`.
public struct ProblemLimit: Sendable, Equatable {
    public var perFile: Int
    public var total: Int

    public static let standard = ProblemLimit(perFile: 50, total: 500)

    /// `--max-errors N`: at most N in all, and at most 50 (or N, if smaller) from one file;
    /// 0 shows every problem.
    public init(maxErrors: Int) {
        self = maxErrors <= 0 ? ProblemLimit(perFile: .max, total: .max)
                              : ProblemLimit(perFile: min(Self.standard.perFile, maxErrors), total: maxErrors)
    }

    public init(perFile: Int, total: Int) {
        self.perFile = perFile
        self.total = total
    }

    /// The problems to print, then one line for each file whose problems were not all shown.
    public func lines(for diagnostics: [Diagnostic]) -> [String] {
        var lines: [String] = []
        var shownPerFile: [String: Int] = [:]
        var shown = 0
        var left: [(file: String, errors: Int, warnings: Int)] = []
        var leftIndex: [String: Int] = [:]
        for diagnostic in diagnostics {
            if shown < total, shownPerFile[diagnostic.file, default: 0] < perFile {
                lines.append(diagnostic.description)
                shownPerFile[diagnostic.file, default: 0] += 1
                shown += 1
                continue
            }
            let index = leftIndex[diagnostic.file] ?? {
                left.append((diagnostic.file, 0, 0))
                leftIndex[diagnostic.file] = left.count - 1
                return left.count - 1
            }()
            if diagnostic.severity == .error { left[index].errors += 1 } else { left[index].warnings += 1 }
        }
        for rest in left {
            let counts = [Self.count(rest.errors, "error"), Self.count(rest.warnings, "warning")].compactMap { $0 }
            lines.append("and \(counts.joined(separator: " and ")) in \(rest.file)")
        }
        return lines
    }

    /// "199,500 more errors"; nil for none.
    static func count(_ n: Int, _ noun: String) -> String? {
        guard n > 0 else { return nil }
        let digits = String(n)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return "\(grouped) more \(noun)\(n == 1 ? "" : "s")"
    }
}
