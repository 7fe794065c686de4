import LynchpinDomain

/// Opportunities from the CRM exports in `content/crm/`: each table's header says its
/// layout (Salesforce's, HubSpot's, or the one `crm.columns` declares for the file), each
/// row becomes an opportunity of the account it names.
struct CRMExports {
    /// One row read: the account it belongs to, and where it was, for later messages.
    struct Found: Sendable {
        var account: String
        var opportunity: Opportunity
        var file: String
        var line: Int?
    }

    var declaredColumns: [String: String]?
    var stages: [String: Opportunity.Stage]
    var numbers: NumberStyle
    var dates: DateStyle
    var currency: String
    var matcher: AccountMatcher
    /// `forecast.probabilities`, for a row with no probability of its own.
    var probabilities: [String: Double] = [:]

    func load(_ tables: [ExportTable]) -> ([Found], [Diagnostic]) {
        var found: [Found] = []
        var diagnostics: [Diagnostic] = []
        var unread: [ExportTable] = []
        for table in tables {
            let layouts = declaredColumns.map { [CRMLayout.declared($0)] } ?? CRMLayout.builtIn
            guard let (layout, columns) = layouts.lazy.compactMap({ layout in layout.columns(in: table).map { (layout, $0) } }).first else {
                unread.append(table)
                continue
            }
            var cells = ExportCells(table: table, numbers: numbers, dates: dates)
            found += rows(table, layout: layout, columns: columns, cells: &cells)
            diagnostics += cells.diagnostics
        }
        // A workbook may hold a sheet of notes beside the report; any other sheet that is not
        // a report may hold figures, so it is an error, as is a file with no report at all.
        let readFiles = Set(tables.filter { table in !unread.contains { $0.file == table.file && $0.sheet == table.sheet } }.map(\.file))
        for table in unread {
            let headers = table.headers.prefix(8).map { "'\($0.name)'" }.joined(separator: ", ")
            if readFiles.contains(table.file), table.isNotes {
                diagnostics.append(.warning(table.place, "sheet of notes left out: it holds only text in one column, no figures"))
                continue
            }
            let expected = declaredColumns.map { columns in
                "the columns declared for it under crm.columns (missing \(CRMLayout.declared(columns).missingHeaders(in: table).joined(separator: ", ")))"
            } ?? CRMLayout.builtIn.map { "\($0.name) (\($0.requiredHeaders.joined(separator: ", ")))" }.joined(separator: " or ")
                + ", or a layout of its own declared under crm.columns in lynchpin.yml"
            diagnostics.append(table.diagnostic(.error, column: 1, row: table.headerRow, field: "header",
                                                "expected the header of \(expected); found \(headers.isEmpty ? "no column names" : headers)"))
        }
        return (found, diagnostics)
    }

    private func rows(_ table: ExportTable, layout: CRMLayout, columns: [String: Int], cells: inout ExportCells) -> [Found] {
        var found: [Found] = []
        var firstRow: [String: Int] = [:]
        var unchecked: [String] = []
        var totals = ReportTotals()
        var (rowsRead, sum) = (0, 0.0)
        defer {
            AccountMatcher.unchecked(unchecked, in: table).map { cells.diagnostics.append($0) }
            totals.check(rows: rowsRead, sum: sum, table: table, amountColumn: columns["amount"]!, currency: currency)
                .map { cells.diagnostics.append($0) }
        }
        for (row, values) in table.rows {
            if values.values.allSatisfy(\.isBlank) { continue }
            if ReportTotals.isTotals(values, stage: columns["stage"]!, close: columns["close"]!) {
                totals.note(values, row: row, amount: try? cells.read(values[columns["amount"]!]).get().value)
                continue
            }
            rowsRead += 1
            let name = cells.text(values, columns["name"]!, row, field: "name", expected: "the opportunity's name")
            let accountName = cells.text(values, columns["account"]!, row, field: "account", expected: "the account's name")
            let accountID = cells.optionalText(values, columns["account_id"])
            let amount = cells.number(values, columns["amount"]!, row, field: "amount")
            let stageText = cells.text(values, columns["stage"]!, row, field: "stage", expected: "a stage")
            let close = cells.date(values, columns["close"]!, row, field: "close")
            var account: String?
            if let accountName {
                let match = matcher.match(name: accountName, crmID: accountID)
                if case .account(let id) = match {
                    account = id
                } else if case .none = match, matcher.incomplete {
                    unchecked.append(accountName)
                } else if let problem = matcher.problem(match, name: accountName) {
                    cells.fail(columns["account"]!, row, field: "account", problem)
                }
            }
            if let amount {
                sum += amount.value
                if let mark = amount.mark, !mark.fits(unit: currency) {
                    cells.fail(columns["amount"]!, row, field: "amount", "expected an amount in the site currency, \(currency), found one marked \(mark)")
                } else if amount.value < 0 {
                    cells.fail(columns["amount"]!, row, field: "amount", "expected an amount of 0 or more, found \(PlainNumber.text(amount.value))")
                }
            }
            var stage: Opportunity.Stage?
            if let stageText {
                stage = CRMStageName.stage(stageText, declared: stages)
                if stage == nil {
                    cells.fail(columns["stage"]!, row, field: "stage",
                               "expected one of \(Opportunity.Stage.allCases.map(\.rawValue).joined(separator: ", ")), a stage of Salesforce's or HubSpot's default pipeline, or a name mapped under crm.stages in lynchpin.yml, found '\(stageText)'")
                }
            }
            let probability = probability(values, columns["probability"], row, cells: &cells)
            let id = opportunityID(values, columns: columns, name: name, row: row, cells: &cells)
            guard let name, let account, let amount, amount.value >= 0, amount.mark?.fits(unit: currency) ?? true,
                  let stage, let close, let id, probability.ok else { continue }
            let key = account + "\u{0}" + id
            if let first = firstRow.updateValue(row, forKey: key) {
                cells.fail(columns["id"] ?? columns["name"]!, row, field: columns["id"] == nil ? "name" : "id",
                           "expected one row per opportunity, found \(account)'s '\(id)' again (first \(table.sheet == nil ? "on line" : "in row") \(first))")
                continue
            }
            var opportunity = Opportunity(id: id, name: name, value: amount.value, stage: stage, close: close,
                                          owner: cells.optionalText(values, columns["owner"]), probability: probability.value)
            opportunity.stageProbability = StageProbabilities.of(crmStage: stageText, stage: stage, declared: probabilities)
            let place = table.diagnostic(.error, column: columns["name"]!, row: row, field: nil, "")
            found.append(Found(account: account, opportunity: opportunity, file: place.file, line: place.line))
        }
        return found
    }

    /// The probability, nil when the layout has none or the cell is empty; `ok` false when it is wrong.
    private func probability(_ values: [Int: Workbook.Cell], _ column: Int?, _ row: Int,
                             cells: inout ExportCells) -> (value: Double?, ok: Bool) {
        guard let column, let cell = values[column], !cell.isBlank else { return (nil, true) }
        var percent = cell
        if case .text(let text) = cell, numbers == .plain, text.trimmed.hasSuffix("%") {
            percent = .text(String(text.trimmed.dropLast()))
        }
        guard let read = cells.number([column: percent], column, row, field: "probability") else { return (nil, false) }
        guard (0...100).contains(read.value), read.mark == nil || read.mark == .percent else {
            cells.fail(column, row, field: "probability", "expected a percentage from 0 to 100, found \(Workbook.Cell.describe(cell))")
            return (nil, false)
        }
        return (read.value, true)
    }

    /// The export's own id, made an id (`0065g00000AbCdE` -> `0065g00000abcde`), else the name's.
    private func opportunityID(_ values: [Int: Workbook.Cell], columns: [String: Int], name: String?, row: Int,
                               cells: inout ExportCells) -> String? {
        if let column = columns["id"], let text = cells.optionalText(values, column) {
            let id = Identifier.slug(text)
            if id.isEmpty { cells.fail(column, row, field: "id", "expected an id with letters or digits, found '\(text)'") }
            return id.isEmpty ? nil : id
        }
        guard let name else { return nil }
        let id = Identifier.slug(name)
        if id.isEmpty {
            cells.fail(columns["name"]!, row, field: "name",
                       "expected a name with Latin letters or digits to make the opportunity's id from, found '\(name)'; export the CRM's id column too")
        }
        return id.isEmpty ? nil : id
    }
}
