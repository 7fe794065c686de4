/// The scorecard actuals of one week: one file `scorecards/<date>.csv`.
public struct ScorecardWeek: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var account: String
        public var metric: String
        public var actual: Double
        public var note: String?
        /// Line in the CSV file, kept for messages about the row.
        public var line: Int
        /// The `%` or currency the cell was written with, if any (a declared number style).
        public var mark: UnitMark?
        /// In a workbook, the column of the actual's cell (1 = A) and `line` its row; 0 in a CSV.
        public var column: UInt16 = 0

        public init(account: String, metric: String, actual: Double, note: String? = nil, line: Int, mark: UnitMark? = nil,
                    column: UInt16 = 0) {
            self.account = account
            self.metric = metric
            self.actual = actual
            self.note = note
            self.line = line
            self.mark = mark
            self.column = column
        }
    }

    /// Where in a workbook a week's rows are: the sheet, and the columns of the accounts and
    /// the measures, so that a message can name a cell (`erp.xlsx:Weekly!B17`).
    public struct SheetPlace: Sendable, Equatable {
        public var name: String
        public var accountColumn: Int
        public var metricColumn: Int

        public init(name: String, accountColumn: Int, metricColumn: Int) {
            self.name = name
            self.accountColumn = accountColumn
            self.metricColumn = metricColumn
        }
    }

    public var date: Day
    public var sourcePath: String
    public var entries: [Entry]
    /// nil for a CSV file.
    public var sheet: SheetPlace?
    /// Rows whose figure was refused: kept only until their account and measure are
    /// checked, so every problem of a row is reported in one run.
    public var refused: [Entry] = []

    public init(date: Day, sourcePath: String, entries: [Entry], sheet: SheetPlace? = nil) {
        self.date = date
        self.sourcePath = sourcePath
        self.entries = entries
        self.sheet = sheet
    }

    public enum Field { case account, metric, actual }

    /// Where a message about an entry's field points: the CSV file and line, or the
    /// workbook, sheet and cell.
    public func place(of entry: Entry, _ field: Field) -> (file: String, line: Int?) {
        guard let sheet else { return (sourcePath, entry.line) }
        let column = switch field {
        case .account: sheet.accountColumn
        case .metric: sheet.metricColumn
        case .actual: Int(entry.column)
        }
        return (Self.cell(sourcePath, sheet: sheet.name, column: column, row: entry.line), nil)
    }

    /// `content/scorecards/erp.xlsx:'Week 48'!C17`: a sheet name other than letters, digits
    /// and `_` is quoted, as Excel writes references.
    public static func cell(_ file: String, sheet: String, column: Int, row: Int) -> String {
        let plain = !sheet.isEmpty && sheet.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
        let name = plain ? sheet : "'" + sheet.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
        return "\(file):\(name)!\(columnLetters(column))\(row)"
    }

    /// 3 -> `C`, 28 -> `AB`.
    public static func columnLetters(_ column: Int) -> String {
        var column = column
        var letters: [UInt8] = []
        while column > 0 {
            letters.append(UInt8(ascii: "A") + UInt8((column - 1) % 26))
            column = (column - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }
}
