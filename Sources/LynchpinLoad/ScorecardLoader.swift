import LynchpinDomain

/// Reads one week of actuals, `content/scorecards/<date>.csv`, row by row so that every
/// problem can name its line.
enum ScorecardLoader {
    static let requiredColumns = ["account", "metric", "actual"]
    static let knownColumns = Set(["account", "metric", "actual", "note"])
        // The columns of `lynchpin scorecard template`, which say what a figure is held against.
        .union(ScorecardTemplate.header.map { $0.lowercased() })

    /// Whether a CSV holds more than its named week's plain rows: a `week` column to check,
    /// or `account` and `metric` with no `actual` (a column per week). Read as a sheet is.
    static func isTable(_ text: String) -> Bool {
        // The first line alone: the whole text would be copied to bytes.
        let firstLine = String(decoding: text.utf8.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        var rows = CSVRows(firstLine, separator: CSVRows.separator(of: firstLine, naming: ["account", "metric"]))
        guard let header = rows.next() else { return false }
        let names = Set(header.fields.map { $0.trimmed.lowercased() })
        return names.contains("week") || (names.contains("account") && names.contains("metric") && !names.contains("actual"))
    }

    /// - Parameter style: how the file writes its actuals (`number_formats` in lynchpin.yml).
    static func load(date: Day, file: String, text: String, style: NumberStyle = .plain) -> (ScorecardWeek, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var entries: [ScorecardWeek.Entry] = []
        var rows = CSVRows(text, separator: CSVRows.separator(of: text, naming: requiredColumns))
        guard let headerRow = rows.next() else {
            return (ScorecardWeek(date: date, sourcePath: file, entries: []),
                    [rows.problem.map { .error(file, line: $0.line, column: $0.column, $0.message) }
                        ?? .error(file, line: 1, "expected a header row naming the columns account, metric, actual, found none")])
        }
        // Exports capitalise their headers (`Account`, `Actual`).
        let header = headerRow.fields.map { $0.trimmed.lowercased() }
        let missing = requiredColumns.filter { !header.contains($0) }
        if !missing.isEmpty {
            diagnostics.append(.error(file, line: 1, "expected the header to name the columns \(requiredColumns.joined(separator: ", ")), found \(header.map { "'\($0)'" }.joined(separator: ", ")) (missing \(missing.joined(separator: ", ")))"))
            return (ScorecardWeek(date: date, sourcePath: file, entries: []), diagnostics)
        }
        diagnostics += unknownColumns(header, file: file)
        // The columns' places, looked up once rather than by name on every row.
        let column = Dictionary(header.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let (accountColumn, metricColumn, actualColumn) = (column["account"]!, column["metric"]!, column["actual"]!)
        let noteColumn = column["note"]

        var seen = SeenRows()
        var blank: (line: Int, count: Int)?
        var unchecked: [ScorecardWeek.Entry] = []
        entries.reserveCapacity(rows.maximumRowCount - 1)
        while let next = rows.next() {
            let (rowLine, row) = (next.line, next.fields)
            if row.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            guard row.count == header.count else {
                diagnostics.append(.error(file, line: rowLine,
                                          "expected \(header.count) fields as in the header, found \(row.count)"))
                continue
            }
            let account = row[accountColumn].trimmed
            let metric = row[metricColumn].trimmed
            let actualText = row[actualColumn].trimmed
            let note = noteColumn.map { row[$0].trimmed }.flatMap { $0.isEmpty ? nil : $0 }
            // A row of the weekly form left unfilled: no figure for that measure this week.
            if actualText.isEmpty, note == nil {
                if blank == nil { blank = (rowLine, 0) }
                blank!.count += 1
                continue
            }
            var actual: FormattedNumber.Read?
            switch FormattedNumber.parse(actualText, style: style) {
            case .success(let read): actual = read
            case .failure(let expected):
                let found = actualText.isEmpty ? "nothing" : "'\(actualText)'"
                diagnostics.append(.error(file, line: rowLine, field: "actual", "expected \(expected.description), found \(found)"))
            }
            if let first = seen.insert(account: account, metric: metric, line: rowLine) {
                diagnostics.append(.error(file, line: rowLine, field: "metric",
                                          "expected one row per account and metric, found \(account)/\(metric) again (first on line \(first))"))
                continue
            }
            guard let actual else {
                // Its account and measure are still checked, so a row's problems come in one run.
                unchecked.append(.init(account: account, metric: metric, actual: 0, line: rowLine))
                continue
            }
            entries.append(.init(account: account, metric: metric, actual: actual.value, note: note, line: rowLine,
                                 mark: actual.mark))
        }
        if let problem = rows.problem {
            diagnostics.append(.error(file, line: problem.line, column: problem.column, problem.message))
        }
        if let blank { diagnostics.append(ScorecardLoader.unfilled(blank.count, first: "on line \(blank.line)", file: file, line: blank.line)) }
        var week = ScorecardWeek(date: date, sourcePath: file, entries: entries)
        week.refused = unchecked
        return (week, diagnostics)
    }
}

extension ScorecardLoader {
    /// A column Lynchpin does not read is a warning; one a slip away from a column it reads
    /// (`nots`) is an error, since every value in it would be dropped.
    static func unknownColumns(_ header: [String], file: String) -> [Diagnostic] {
        header.enumerated().compactMap { index, name -> Diagnostic? in
            guard !knownColumns.contains(name) else { return nil }
            if let near = Suggestion.nearest(to: name, in: ["account", "metric", "actual", "note", "week"]) {
                return .error(file, line: 1, field: name,
                              "expected a column Lynchpin reads, found '\(name)' (did you mean \(near)?); as written its values would be left out")
            }
            return .warning(file, line: 1, column: nil, field: name.isEmpty ? "column \(index + 1)" : name, "unknown column, ignored")
        }
    }

    /// Rows left without an actual, in one warning per file or sheet.
    static func unfilled(_ count: Int, first: String, file: String, line: Int?) -> Diagnostic {
        .warning(file, line: line, field: "actual",
                 "\(count == 1 ? "a row has" : "\(count) rows have") no actual and \(count == 1 ? "is" : "are") left out as no figure this week (the first \(first))")
    }
}

extension String {
    /// Without the spaces and tabs around it. Most fields have none, so check the ends
    /// before building a new string.
    var trimmed: String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        // Most fields are plain ASCII with nothing around them: decide on the end bytes.
        guard let firstByte = utf8.first, let lastByte = utf8.last else { return self }
        if firstByte > 0x20, firstByte < 0x80, lastByte > 0x20, lastByte < 0x80 { return self }
        guard let first = unicodeScalars.first, let last = unicodeScalars.last, isSpace(first) || isSpace(last) else {
            return self
        }
        let kept = unicodeScalars.drop(while: isSpace).reversed().drop(while: isSpace)
        return String(String.UnicodeScalarView(kept.reversed()))
    }
}
