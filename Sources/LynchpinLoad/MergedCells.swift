import LynchpinDomain

/// A workbook sheet with merged cells is refused whole. A merged range keeps its value in
/// its first cell and leaves the others empty, so a merged header loses column names and a
/// merged title row above the header is taken for the header: either way the sheet would
/// be read only in part, and a figure from a sheet read in part never reaches a page.
enum MergedCells {
    /// The error for a sheet's merged ranges, at the first one's first cell; nil without any.
    static func problem(file: String, sheet: Workbook.Sheet) -> Diagnostic? {
        guard let first = sheet.merged.first else { return nil }
        let (column, row) = firstCell(of: first)
        let listed = sheet.merged.prefix(6).joined(separator: ", ") + (sheet.merged.count > 6 ? " and \(sheet.merged.count - 6) more" : "")
        let ranges = sheet.merged.count == 1 ? "a merged range, \(listed)" : "merged ranges, \(listed)"
        // A row whose one filled cell is merged across, with rows below it: a title.
        let filled = sheet.rows.filter { row in row.cells.contains { !$0.value.isBlank } }
        let titleRow = filled.dropLast().first { row in
            row.cells.filter { !$0.value.isBlank }.count == 1
                && sheet.merged.contains { Workbook.Sheet.firstRow(of: $0) == row.row && MergedCells.spansColumns($0) }
        }?.row
        let title = titleRow.map { "; row \($0) looks like a title above the header: delete it, so that the first row is the header" } ?? ""
        return .error(ScorecardWeek.cell(file, sheet: sheet.name, column: column, row: row), field: "merged cells",
                      "expected one value in each cell, found \(ranges) (a merged range keeps its value in its first cell only, so the sheet would be read in part)\(title); unmerge the cells (Excel: Home › Merge & Center › Unmerge Cells; LibreOffice: Format › Merge and Unmerge Cells › Unmerge Cells) and give each column its own header")
    }

    /// Whether a range covers more than one column (`A1:E1`), not only rows (`A1:A2`).
    static func spansColumns(_ range: String) -> Bool {
        let parts = range.split(separator: ":")
        guard parts.count == 2 else { return false }
        return parts[0].filter(\.isLetter) != parts[1].filter(\.isLetter)
    }

    /// `C3:F4` -> (3, 3).
    static func firstCell(of range: String) -> (column: Int, row: Int) {
        let cell = range.prefix { $0 != ":" }
        var column = 0
        for scalar in cell.unicodeScalars where ("A"..."Z").contains(scalar) {
            column = column * 26 + Int(scalar.value - 64)
        }
        return (max(column, 1), Workbook.Sheet.firstRow(of: range) ?? 1)
    }
}
