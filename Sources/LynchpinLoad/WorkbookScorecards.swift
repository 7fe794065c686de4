import LynchpinDisk
import LynchpinDomain

/// Scorecard weeks from a workbook in `content/scorecards/`, in either layout its first row
/// shows:
/// - long: `account, metric, actual` (and `note`), with a `week` column, or else one sheet
///   per week named by its date;
/// - wide, as an ERP report gives it: `account, metric`, then one column per week headed by
///   its date; an empty cell is a week without that figure.
/// Every problem names its cell, `file:Sheet!C17`, and all are reported together.
enum WorkbookScorecards {
    struct Styles {
        var numbers: NumberStyle
        var dates: DateStyle
    }

    static func load(file: String, bytes: [UInt8], styles: Styles, reader: ContentReader = .disk) -> ([ScorecardWeek], [Diagnostic]) {
        let workbook: Workbook
        do {
            workbook = try Workbook(bytes: bytes, reader: reader)
        } catch {
            return ([], [.error(file, error.message)])
        }
        var diagnostics: [Diagnostic] = []
        var weeks: [Day: (sheet: String, week: ScorecardWeek)] = [:]
        for sheet in workbook.sheets {
            var reader = SheetReader(file: file, sheet: sheet, uses1904: workbook.uses1904, styles: styles)
            let found = reader.weeks()
            diagnostics += reader.diagnostics
            for week in found {
                if let other = weeks[week.date] {
                    diagnostics.append(.error(file, "expected each week on one sheet, found \(week.date) on the sheets '\(other.sheet)' and '\(sheet.name)'"))
                    continue
                }
                weeks[week.date] = (sheet.name, week)
            }
        }
        return (weeks.values.map(\.week).sorted { $0.date < $1.date }, diagnostics)
    }
}

extension WorkbookScorecards {
    /// A scorecard CSV read as a sheet is: a `week` column, or a column per week (an ERP
    /// report saved as CSV), or rows of the week its name gives. Its problems name lines.
    /// - Parameter week: the week the file is named by, if it is; a `week` column must agree.
    static func loadCSV(file: String, text: String, week: Day?, styles: Styles) -> ([ScorecardWeek], [Diagnostic]) {
        var rows = CSVRows(text, separator: CSVRows.separator(of: text, naming: ["account", "metric"]))
        var table: [(row: Int, cells: [(column: Int, value: Workbook.Cell)])] = []
        while let row = rows.next() {
            table.append((row.line, row.fields.enumerated().map { ($0.offset + 1, Workbook.Cell.text($0.element)) }))
        }
        var diagnostics: [Diagnostic] = []
        if let problem = rows.problem {
            diagnostics.append(.error(file, line: problem.line, column: problem.column, problem.message))
        }
        let sheet = Workbook.Sheet(name: week?.description ?? "", rows: table)
        var reader = SheetReader(file: file, sheet: sheet, uses1904: false, styles: styles, source: .csv(namedWeek: week))
        let weeks = reader.weeks()
        return (weeks, diagnostics + reader.diagnostics)
    }
}

/// One sheet's rows as scorecard entries.
private struct SheetReader {
    let file: String
    let sheet: Workbook.Sheet
    let uses1904: Bool
    let styles: WorkbookScorecards.Styles
    /// Where the rows come from: a workbook's sheet, or a CSV read as one, with the week
    /// its file name gives when it gives one.
    enum Source {
        case workbook
        case csv(namedWeek: Day?)
    }

    let source: Source
    var isCSV: Bool { if case .csv = source { true } else { false } }
    /// The week a CSV's file name gives; nil for a workbook or a CSV named otherwise.
    var namedWeek: Day? { if case .csv(let week) = source { week } else { nil } }
    var diagnostics: [Diagnostic] = []

    init(file: String, sheet: Workbook.Sheet, uses1904: Bool, styles: WorkbookScorecards.Styles, source: Source = .workbook) {
        self.file = file
        self.sheet = sheet
        self.uses1904 = uses1904
        self.styles = styles
        self.source = source
    }

    func cell(_ column: Int, _ row: Int) -> String {
        ScorecardWeek.cell(file, sheet: sheet.name, column: column, row: row)
    }

    /// A problem at a cell: `file:Sheet!C17` in a workbook, `file:17` (its line) in a CSV.
    func problem(_ severity: Diagnostic.Severity, _ column: Int, _ row: Int, field: String? = nil, _ message: String) -> Diagnostic {
        isCSV ? Diagnostic(severity, file: file, line: row, field: field, message)
            : Diagnostic(severity, file: cell(column, row), field: field, message)
    }

    mutating func weeks() -> [ScorecardWeek] {
        // A workbook may keep notes beside its weeks; a CSV is never a sheet of notes.
        if !isCSV, sheet.isNotes {
            diagnostics.append(problem(.warning, 1, sheet.rows.first?.row ?? 1, "sheet of notes left out: it holds only text in one column, no figures"))
            return []
        }
        if let merged = MergedCells.problem(file: file, sheet: sheet) {
            diagnostics.append(merged)
            return []
        }
        guard let header = sheet.rows.first(where: { row in row.cells.contains { !$0.value.isBlank } }) else { return [] }
        var names: [String: Int] = [:]
        var dates: [(column: Int, day: Day)] = []
        var badDates = false
        for (column, value) in header.cells {
            switch value {
            case .text(let text):
                let name = text.trimmed.lowercased()
                switch TextDate.parse(name, style: styles.dates) {
                case .success(let day): dates.append((column, day))
                case .failure(let expected) where !expected.readings.isEmpty:
                    // A date in another style: say so, rather than take it for a column name.
                    diagnostics.append(problem(.error, column, header.row, field: "header", "expected \(expected.description), found '\(text.trimmed)'"))
                    badDates = true
                default:
                    if names[name] == nil { names[name] = column }
                }
            case .number(let serial, isDate: true):
                if let day = ExcelDate.day(serial: serial, uses1904: uses1904) { dates.append((column, day)) }
            default: break
            }
        }
        guard let accountColumn = names["account"], let metricColumn = names["metric"] else {
            let found = header.cells.compactMap { cell -> String? in
                if case .text(let text) = cell.value, !text.trimmed.isEmpty { return "'\(text.trimmed)'" }
                return nil
            }.prefix(8).joined(separator: ", ")
            diagnostics.append(problem(.error, 1, header.row, field: "header",
                                      "expected the sheet's first row to name account, metric and actual (a week per row or sheet), or account, metric and week dates (a column per week), found \(found.isEmpty ? "no column names" : found); a workbook in content/scorecards/ holds scorecard sheets only, so move any other sheet to another workbook"))
            return []
        }
        let place = ScorecardWeek.SheetPlace(name: sheet.name, accountColumn: accountColumn, metricColumn: metricColumn)
        if let actualColumn = names["actual"] {
            return long(header: header.row, account: accountColumn, metric: metricColumn, actual: actualColumn,
                        note: names["note"], week: names["week"], place: place)
        }
        guard !dates.isEmpty else {
            if badDates { return [] }
            diagnostics.append(problem(.error, metricColumn + 1, header.row, field: "header",
                                      "expected an actual column, or columns headed by week dates (written \(styles.dates.rawValue) or as dates), found neither"))
            return []
        }
        return wide(header: header.row, account: accountColumn, metric: metricColumn, dates: dates, place: place)
    }

    /// A row a week: the week from the `week` column, else the sheet's name.
    mutating func long(header: Int, account: Int, metric: Int, actual: Int, note: Int?, week: Int?,
                       place: ScorecardWeek.SheetPlace) -> [ScorecardWeek] {
        var sheetDay: Day?
        if week == nil, isCSV {
            guard let named = namedWeek else {
                diagnostics.append(.error(file, line: header, field: "header",
                                          "expected a week column, a column per week headed by its date, or the file named by its week's date (2026-11-27.csv), found none of them"))
                return []
            }
            sheetDay = named
        } else if week == nil {
            switch TextDate.parse(sheet.name, style: styles.dates) {
            case .success(let day): sheetDay = day
            case .failure(let expected):
                diagnostics.append(.error(file, field: "sheet '\(sheet.name)'",
                                          "expected a week column or the sheet named by its week's date, \(expected.description), found '\(sheet.name)'"))
                return []
            }
        }
        var byDay: [Day: [ScorecardWeek.Entry]] = [:]
        var firstRow: [RowKey: Int] = [:]
        var refused: [ScorecardWeek.Entry] = []
        var blank: (row: Int, count: Int)?
        defer {
            if let blank {
                diagnostics.append(isCSV ? ScorecardLoader.unfilled(blank.count, first: "on line \(blank.row)", file: file, line: blank.row)
                                   : ScorecardLoader.unfilled(blank.count, first: "in row \(blank.row)", file: cell(actual, blank.row), line: nil))
            }
        }
        for (row, cells) in sheet.rows where row > header {
            let values = Dictionary(cells.map { ($0.column, $0.value) }, uniquingKeysWith: { first, _ in first })
            if values.values.allSatisfy({ if case .text(let text) = $0 { text.trimmed.isEmpty } else { false } }) { continue }
            guard let accountID = text(values[account], account, row, field: "account"),
                  let metricID = text(values[metric], metric, row, field: "metric") else { continue }
            let day: Day
            if let week {
                guard let found = date(values[week], week, row) else { continue }
                if let named = namedWeek, found != named {
                    diagnostics.append(problem(.error, week, row, field: "week",
                                               "expected the week the file is named by, \(named), found \(found); move the row to that week's file, or name the file by its week"))
                    continue
                }
                day = found
            } else {
                day = sheetDay!
            }
            guard let value = values[actual], !Self.isBlank(value) else {
                // A row of the weekly form left unfilled: no figure, unless it has a note.
                if let note, let text = values[note], !Self.isBlank(text) {
                    diagnostics.append(problem(.error, actual, row, field: "actual", "expected an actual beside the note, found nothing"))
                } else {
                    if blank == nil { blank = (row, 0) }
                    blank!.count += 1
                }
                continue
            }
            guard let figure = number(value, actual, row) else {
                refused.append(ScorecardWeek.Entry(account: accountID, metric: metricID, actual: 0, line: row,
                                                   column: UInt16(clamping: actual)))
                continue
            }
            if let first = firstRow.updateValue(row, forKey: RowKey(account: accountID, metric: metricID, day: day)) {
                diagnostics.append(problem(.error, metric, row, field: "metric",
                                          "expected one figure per account, measure and week, found \(accountID)/\(metricID) for \(day) again (first on row \(first))"))
                continue
            }
            let noteText = note.flatMap { values[$0] }.flatMap { value -> String? in
                if case .text(let text) = value { return text.trimmed.isEmpty ? nil : text.trimmed }
                return nil
            }
            byDay[day, default: []].append(ScorecardWeek.Entry(account: accountID, metric: metricID, actual: figure.value,
                                                               note: noteText, line: row, mark: figure.mark,
                                                               column: UInt16(clamping: actual)))
        }
        return Self.weeks(byDay, refused: refused, file: file, place: isCSV ? nil : place)
    }

    /// The weeks found, the rows refused for their figure carried by the first (or by a week
    /// of their own when none was found) so their account and measure are still checked.
    static func weeks(_ byDay: [Day: [ScorecardWeek.Entry]], refused: [ScorecardWeek.Entry], file: String,
                      place: ScorecardWeek.SheetPlace?) -> [ScorecardWeek] {
        var weeks = byDay.map { ScorecardWeek(date: $0.key, sourcePath: file, entries: $0.value, sheet: place) }
            .sorted { $0.date < $1.date }
        if !refused.isEmpty {
            if weeks.isEmpty { weeks.append(ScorecardWeek(date: Day(ordinal: 0), sourcePath: file, entries: [], sheet: place)) }
            weeks[0].refused = refused
        }
        return weeks
    }

    /// A column a week; an empty cell is a week without that figure.
    mutating func wide(header: Int, account: Int, metric: Int, dates: [(column: Int, day: Day)],
                       place: ScorecardWeek.SheetPlace) -> [ScorecardWeek] {
        var byDay: [Day: [ScorecardWeek.Entry]] = [:]
        var refused: [ScorecardWeek.Entry] = []
        var columnDays: [Int: Day] = [:]
        for (column, day) in dates {
            if let other = columnDays.first(where: { $0.value == day }) {
                diagnostics.append(problem(.error, column, header, field: "header",
                                          "expected each week in one column, found \(day) again (first in column \(ScorecardWeek.columnLetters(other.key)))"))
                continue
            }
            columnDays[column] = day
        }
        var firstRow: [RowKey: Int] = [:]
        for (row, cells) in sheet.rows where row > header {
            var accountValue: Workbook.Cell?, metricValue: Workbook.Cell?
            for (column, value) in cells {
                if column == account { accountValue = value } else if column == metric { metricValue = value }
            }
            let figures = cells.filter { columnDays[$0.column] != nil && !Self.isBlank($0.value) }
            if accountValue.map(Self.isBlank) ?? true, metricValue.map(Self.isBlank) ?? true, figures.isEmpty { continue }
            guard let accountID = text(accountValue, account, row, field: "account"),
                  let metricID = text(metricValue, metric, row, field: "metric") else { continue }
            if let first = firstRow.updateValue(row, forKey: RowKey(account: accountID, metric: metricID, day: nil)) {
                diagnostics.append(problem(.error, metric, row, field: "metric",
                                          "expected one row per account and measure, found \(accountID)/\(metricID) again (first on row \(first))"))
                continue
            }
            var rowRefused = false
            for (column, value) in figures {
                guard let figure = number(value, column, row) else {
                    if !rowRefused {
                        refused.append(ScorecardWeek.Entry(account: accountID, metric: metricID, actual: 0, line: row,
                                                           column: UInt16(clamping: column)))
                    }
                    rowRefused = true
                    continue
                }
                byDay[columnDays[column]!, default: []].append(
                    ScorecardWeek.Entry(account: accountID, metric: metricID, actual: figure.value, line: row, mark: figure.mark,
                                        column: UInt16(clamping: column)))
            }
        }
        return Self.weeks(byDay, refused: refused, file: file, place: isCSV ? nil : place)
    }

    struct RowKey: Hashable {
        var account: String
        var metric: String
        var day: Day?
    }

    static func isBlank(_ value: Workbook.Cell) -> Bool { value.isBlank }

    /// An id cell: text, or a whole number written as one (`12345`).
    mutating func text(_ value: Workbook.Cell?, _ column: Int, _ row: Int, field: String) -> String? {
        switch value {
        case .text(let text) where !text.trimmed.isEmpty: return text.trimmed
        case .number(let number, isDate: false) where number == number.rounded() && abs(number) < 1e15:
            return String(Int(number))
        default:
            diagnostics.append(problem(.error, column, row, field: field, "expected an id, found \(Self.describe(value))"))
            return nil
        }
    }

    mutating func number(_ value: Workbook.Cell, _ column: Int, _ row: Int) -> FormattedNumber.Read? {
        switch value {
        case .number(let number, isDate: false):
            return FormattedNumber.Read(value: number, mark: nil)
        case .text(let text):
            switch FormattedNumber.parse(text.trimmed, style: styles.numbers) {
            case .success(let read): return read
            case .failure(let expected):
                diagnostics.append(problem(.error, column, row, field: "actual", "expected \(expected.description), found '\(text.trimmed)'"))
                return nil
            }
        default:
            diagnostics.append(problem(.error, column, row, field: "actual", "expected a number, found \(Self.describe(value))"))
            return nil
        }
    }

    mutating func date(_ value: Workbook.Cell?, _ column: Int, _ row: Int) -> Day? {
        switch value {
        case .number(let serial, _):
            if let day = ExcelDate.day(serial: serial, uses1904: uses1904) { return day }
            diagnostics.append(problem(.error, column, row, field: "week", "expected a date, found the number \(PlainNumber.text(serial))"))
        case .text(let text):
            switch TextDate.parse(text, style: styles.dates) {
            case .success(let day): return day
            case .failure(let expected):
                diagnostics.append(problem(.error, column, row, field: "week", "expected \(expected.description), found '\(text.trimmed)'"))
            }
        default:
            diagnostics.append(problem(.error, column, row, field: "week", "expected a date, found \(Self.describe(value))"))
        }
        return nil
    }

    static func describe(_ value: Workbook.Cell?) -> String { Workbook.Cell.describe(value) }
}
