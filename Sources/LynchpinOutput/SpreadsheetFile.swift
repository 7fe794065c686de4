import CXLSXWriter
import LynchpinDomain
import Foundation
import LynchpinDisk

/// A table written as a workbook, with Debian's libxlsxwriter, or as CSV: the forms a team
/// fills in. Written beside its path and renamed into place, so a half-written file never
/// takes its name.
public enum SpreadsheetFile {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        /// A number shown in an Excel number format (`"USD "#,##0`); a CSV holds the number.
        case formatted(Double, format: String)
        case empty
    }

    /// A measure's figure for a form: to the unit from 100 up (cents there are noise, as on
    /// the plan's "due by now"), else to two decimals; shown in the measure's unit.
    public static func figure(_ value: Double?, unit: String) -> Cell {
        guard let value else { return .empty }
        let rounded = abs(value) >= 100 ? value.rounded() : (value * 100).rounded() / 100
        let digits = rounded == rounded.rounded() ? "#,##0" : "#,##0.00"
        let format: String
        if UnitMark.code(unit) != nil {
            format = "\"\(unit) \"" + digits
        } else if unit.isEmpty || unit.contains("\"") {
            format = digits
        } else {
            format = digits + "\"" + (unit == "%" ? "" : " ") + unit + "\""
        }
        return .formatted(rounded, format: format)
    }

    public struct Table: Sendable {
        public var sheet: String
        public var header: [String]
        public var rows: [[Cell]]
        /// Column widths in characters.
        public var widths: [Double]
        /// The file's creation time, so the same table gives the same bytes.
        public var created: Day

        public init(sheet: String, header: [String], rows: [[Cell]], widths: [Double], created: Day) {
            self.sheet = sheet
            self.header = header
            self.rows = rows
            self.widths = widths
            self.created = created
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// - Parameter io: the door to the disk: the staged file is moved into place, or removed, through it.
    public static func writeXLSX(_ table: Table, to path: String, io: FileIO = .disk) throws(Failure) {
        let staged = path + ".lynchpin-\(getpid())"
        guard let workbook = workbook_new(staged) else { throw Failure(description: "\(path): cannot be written") }
        var properties = lxw_doc_properties()
        properties.created = time_t(table.created.ordinal * 86_400)
        _ = workbook_set_properties(workbook, &properties)
        let sheet = workbook_add_worksheet(workbook, table.sheet)
        let bold = workbook_add_format(workbook)
        format_set_bold(bold)
        for (column, width) in table.widths.enumerated() {
            _ = worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil)
        }
        worksheet_freeze_panes(sheet, 1, 0)
        for (column, name) in table.header.enumerated() {
            _ = worksheet_write_string(sheet, 0, lxw_col_t(column), name, bold)
        }
        // One format object per number format, made as first met, so the same table gives the same bytes.
        var formats: [String: UnsafeMutablePointer<lxw_format>] = [:]
        for (index, row) in table.rows.enumerated() {
            for (column, cell) in row.enumerated() {
                switch cell {
                case .text(let text): _ = worksheet_write_string(sheet, lxw_row_t(index + 1), lxw_col_t(column), text, nil)
                case .number(let number): _ = worksheet_write_number(sheet, lxw_row_t(index + 1), lxw_col_t(column), number, nil)
                case .formatted(let number, let code):
                    let format = formats[code] ?? {
                        let made = workbook_add_format(workbook)
                        format_set_num_format(made, code)
                        formats[code] = made
                        return made
                    }()
                    _ = worksheet_write_number(sheet, lxw_row_t(index + 1), lxw_col_t(column), number, format)
                case .empty: break
                }
            }
        }
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else {
            try? io.remove(staged)
            throw Failure(description: "\(path): cannot be written (\(String(cString: lxw_strerror(status))))")
        }
        try moveIntoPlace(staged, path, io: io)
    }

    private static func moveIntoPlace(_ staged: String, _ path: String, io: FileIO) throws(Failure) {
        do {
            try io.move(staged, path)
        } catch {
            try? io.remove(staged)
            throw Failure(description: "\(path): cannot be written (\(error))")
        }
    }

    /// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
    public static func csv(_ table: Table) -> [UInt8] {
        func field(_ text: String) -> String {
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var out = table.header.map(field).joined(separator: ",") + "\n"
        for row in table.rows {
            out += row.map { cell -> String in
                switch cell {
                case .text(let text): field(text)
                case .number(let number), .formatted(let number, _):
                    number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
                case .empty: ""
                }
            }.joined(separator: ",") + "\n"
        }
        return Array(out.utf8)
    }

    public static func writeCSV(_ table: Table, to path: String, io: FileIO = .disk) throws(Failure) {
        let staged = path + ".lynchpin-\(getpid())"
        do {
            try io.write(csv(table), staged)
        } catch {
            throw Failure(description: "\(path): cannot be written (\(error.localizedDescription))")
        }
        try moveIntoPlace(staged, path, io: io)
    }
}

extension SpreadsheetFile.Table {
    /// The weekly form: a sheet named by the week, so the workbook loads back as that week.
    public init(_ template: ScorecardTemplate) {
        let rows = template.rows.map { row -> [SpreadsheetFile.Cell] in
            let number = { (value: Double?) in SpreadsheetFile.figure(value, unit: row.unit) }
            return [.text(row.accountID), .text(row.accountName), .text(row.measureID), .text(row.measureName), .text(row.unit),
             .text(row.period), number(row.periodTarget), number(row.dueByNow), number(row.lastEntry),
             row.lastEntryWeek.map { .text($0.description) } ?? .empty, .empty, .empty]
        }
        self.init(sheet: template.week.description, header: ScorecardTemplate.header, rows: rows,
                  widths: [22, 26, 16, 30, 8, 16, 14, 16, 12, 16, 14, 30], created: template.week)
    }
}
