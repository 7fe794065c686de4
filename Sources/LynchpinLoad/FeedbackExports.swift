import LynchpinDomain

/// Survey answers from the exports in `content/feedback/`: a row per response, naming the
/// account, the date, the score and, where the tool gives them, the respondent's role and
/// a comment. NPS (0–10) and CSAT (1–5) are told apart by the file, never by the score: a
/// `survey` column (`nps` or `csat`) beside a `score`, or a column named `NPS` or `CSAT`.
/// Whose answers they are is a `side` column (`customer` or `employee`), or the file's side
/// declared under `feedback.sides`.
struct FeedbackExports {
    struct Found: Sendable {
        var account: String
        var response: FeedbackResponse
    }

    static let columns: [String: [String]] = [
        "account": ["account", "account name", "company", "company name", "organization", "organisation"],
        "account_id": ["account id", "company id"],
        "date": ["date", "response date", "submitted", "submitted at", "date submitted", "completed", "recorded date",
                 "end date", "date created"],
        "side": ["side"],
        "role": ["role", "respondent role", "job title", "title"],
        "survey": ["survey", "survey type", "type"],
        "score": ["score", "rating"],
        "nps": ["nps", "nps score", "net promoter score"],
        "csat": ["csat", "csat score", "satisfaction"],
        "comment": ["comment", "comments", "feedback", "verbatim", "reason"],
    ]

    var side: FeedbackResponse.Side?
    var numbers: NumberStyle
    var dates: DateStyle
    var matcher: AccountMatcher

    func load(_ tables: [ExportTable]) -> ([Found], [Diagnostic]) {
        var found: [Found] = []
        var diagnostics: [Diagnostic] = []
        for table in tables {
            if table.isNotes, tables.count > 1 {
                diagnostics.append(.warning(table.place, "sheet of notes left out: it holds only text in one column, no figures"))
                continue
            }
            var cells = ExportCells(table: table, numbers: numbers, dates: dates)
            found += rows(table, cells: &cells)
            diagnostics += cells.diagnostics
        }
        return (found, diagnostics)
    }

    /// Where a table's columns are, and which hold scores of which survey.
    private struct Layout {
        var column: [String: Int]
        var account: Int
        var date: Int
        /// A survey column decides a score column's survey (nil here).
        var scored: [(column: Int, survey: FeedbackResponse.Survey?)]
    }

    /// The table's layout from its header; nil, with the header's error, when it has none.
    private func layout(_ table: ExportTable, cells: inout ExportCells) -> Layout? {
        var column: [String: Int] = [:]
        for (field, names) in Self.columns {
            if let found = table.column(names) { column[field] = found }
        }
        func headerError(_ message: String) -> Layout? {
            cells.diagnostics.append(table.diagnostic(.error, column: 1, row: table.headerRow, field: "header", message))
            return nil
        }
        let headers = table.headers.prefix(8).map { "'\($0.name)'" }.joined(separator: ", ")
        guard let accountColumn = column["account"], let dateColumn = column["date"] else {
            return headerError("expected columns naming the account and the date of each response, found \(headers)")
        }
        let scored: [(column: Int, survey: FeedbackResponse.Survey?)]
        if let score = column["score"] {
            guard column["survey"] != nil else {
                return headerError("expected a survey column (nps or csat) beside score, or the score column named NPS or CSAT: a score of 4 could be either; found \(headers)")
            }
            scored = [(score, nil)]
        } else {
            scored = [column["nps"].map { ($0, .nps) }, column["csat"].map { ($0, .csat) }].compactMap { $0 }
        }
        guard !scored.isEmpty else {
            return headerError("expected a column of scores named NPS or CSAT, or score and survey, found \(headers)")
        }
        guard column["side"] != nil || side != nil else {
            return headerError("expected a side column (customer or employee), or the file's side declared under feedback.sides in lynchpin.yml (feedback/\(table.file.split(separator: "/").last ?? ""): customer), found neither")
        }
        return Layout(column: column, account: accountColumn, date: dateColumn, scored: scored)
    }

    private func rows(_ table: ExportTable, cells: inout ExportCells) -> [Found] {
        guard let layout = layout(table, cells: &cells) else { return [] }
        let (column, accountColumn, dateColumn, scored) = (layout.column, layout.account, layout.date, layout.scored)
        var found: [Found] = []
        var unchecked: [String] = []
        defer { AccountMatcher.unchecked(unchecked, in: table).map { cells.diagnostics.append($0) } }
        for (row, values) in table.rows {
            if values.values.allSatisfy(\.isBlank) { continue }
            var account: String?
            if let name = cells.text(values, accountColumn, row, field: "account", expected: "the account's name") {
                let match = matcher.match(name: name, crmID: cells.optionalText(values, column["account_id"]))
                if case .account(let id) = match {
                    account = id
                } else if case .none = match, matcher.incomplete {
                    unchecked.append(name)
                } else if let problem = matcher.problem(match, name: name) {
                    cells.fail(accountColumn, row, field: "account", problem)
                }
            }
            let date = cells.date(values, dateColumn, row, field: "date")
            var rowSide = side
            if let sideColumn = column["side"] {
                let text = cells.text(values, sideColumn, row, field: "side", expected: "customer or employee")
                rowSide = text.flatMap { FeedbackResponse.Side(rawValue: $0.lowercased()) }
                if let text, rowSide == nil {
                    cells.fail(sideColumn, row, field: "side", "expected customer or employee, found '\(text)'")
                }
            }
            var surveys: [(column: Int, survey: FeedbackResponse.Survey?)] = scored
            if scored.count == 1, scored[0].survey == nil, let surveyColumn = column["survey"] {
                let text = cells.text(values, surveyColumn, row, field: "survey", expected: "nps or csat")
                let survey = text.flatMap { FeedbackResponse.Survey(rawValue: $0.lowercased()) }
                if let text, survey == nil { cells.fail(surveyColumn, row, field: "survey", "expected nps or csat, found '\(text)'") }
                surveys = survey.map { [(scored[0].column, $0)] } ?? []
            }
            let role = cells.optionalText(values, column["role"])
            let comment = cells.optionalText(values, column["comment"])
            if scored.count > 1, scored.allSatisfy({ values[$0.column]?.isBlank ?? true }) {
                cells.fail(scored[0].column, row, field: "score", "expected a score in \(scoreNames(scored, table).joined(separator: " or ")), found none")
                continue
            }
            var commentLeft = comment
            for (scoreColumn, survey) in surveys {
                guard let survey else { continue }
                // A row of two surveys may answer one.
                if scored.count > 1, values[scoreColumn]?.isBlank ?? true { continue }
                guard let read = cells.number(values, scoreColumn, row, field: survey.rawValue) else { continue }
                let score = Int(read.value)
                guard Double(score) == read.value, survey.scale.contains(score), read.mark == nil else {
                    cells.fail(scoreColumn, row, field: survey.rawValue,
                               "expected a whole number from \(survey.scale.lowerBound) to \(survey.scale.upperBound) (\(survey.label)), found \(Workbook.Cell.describe(values[scoreColumn]))")
                    continue
                }
                guard let account, let date, let rowSide else { continue }
                found.append(Found(account: account, response: FeedbackResponse(date: date, side: rowSide, survey: survey, score: score,
                                                                               role: role, comment: commentLeft,
                                                                               sourcePath: table.file)))
                // One comment, however many scores the row gives.
                commentLeft = nil
            }
        }
        return found
    }

    private func scoreNames(_ scored: [(column: Int, survey: FeedbackResponse.Survey?)], _ table: ExportTable) -> [String] {
        scored.map { score in table.headers.first { $0.column == score.column }?.name ?? "" }
    }
}
