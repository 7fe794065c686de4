import Foundation
import CSV
import LynchpinDomain

/// Reads one week of actuals, `content/scorecards/<date>.csv`, row by row so that every
/// problem can name its line.
enum ScorecardLoader {
    static let requiredColumns = ["account", "metric", "actual"]
    static let knownColumns: Set<String> = ["account", "metric", "actual", "note"]

    static func load(date: Day, file: String, text: String) -> (ScorecardWeek, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var entries: [ScorecardWeek.Entry] = []
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            return (ScorecardWeek(date: date, sourcePath: file, entries: []),
                    [.error(file, line: 1, "expected a header row naming the columns account, metric, actual, found none")])
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
        let missing = requiredColumns.filter { !header.contains($0) }
        if !missing.isEmpty {
            diagnostics.append(.error(file, line: 1, "expected the header to name the columns \(requiredColumns.joined(separator: ", ")), found \(header.map { "'\($0)'" }.joined(separator: ", ")) (missing \(missing.joined(separator: ", ")))"))
            return (ScorecardWeek(date: date, sourcePath: file, entries: []), diagnostics)
        }
        for (index, name) in header.enumerated() where !knownColumns.contains(name) {
            diagnostics.append(.warning(file, line: 1, column: nil, field: name.isEmpty ? "column \(index + 1)" : name,
                                        "unknown column, ignored"))
        }
        let column = Dictionary(header.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })

        var line = 1 + newlineCount(in: reader.headerRow ?? []) + 1
        var seen: [String: Int] = [:]
        while let row = reader.next() {
            let rowLine = line
            line += 1 + newlineCount(in: row)
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard row.count == header.count else {
                diagnostics.append(.error(file, line: rowLine,
                                          "expected \(header.count) fields as in the header, found \(row.count)"))
                continue
            }
            let account = row[column["account"]!].trimmingCharacters(in: .whitespaces)
            let metric = row[column["metric"]!].trimmingCharacters(in: .whitespaces)
            let actualText = row[column["actual"]!].trimmingCharacters(in: .whitespaces)
            let note = column["note"].map { row[$0].trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            guard let actual = PlainNumber.parse(actualText) else {
                let found = actualText.isEmpty ? "nothing" : "'\(actualText)'"
                diagnostics.append(.error(file, line: rowLine, field: "actual",
                                          "expected a plain number (no currency sign, separators or %), found \(found)"))
                continue
            }
            let key = "\(account)\u{0}\(metric)"
            if let first = seen[key] {
                diagnostics.append(.error(file, line: rowLine, field: "metric",
                                          "expected one row per account and metric, found \(account)/\(metric) again (first on line \(first))"))
                continue
            }
            seen[key] = rowLine
            entries.append(.init(account: account, metric: metric, actual: actual, note: note, line: rowLine))
        }
        return (ScorecardWeek(date: date, sourcePath: file, entries: entries), diagnostics)
    }

    /// Quoted fields may hold line breaks; counting them keeps later rows' line numbers true.
    private static func newlineCount(in fields: [String]) -> Int {
        fields.reduce(0) { $0 + $1.reduce(0) { $1 == "\n" || $1 == "\r\n" || $1 == "\r" ? $0 + 1 : $0 } }
    }
}
