import LynchpinDomain

/// The totals a CRM report adds among its rows: Salesforce's `Grand Totals (12 records)` and
/// `Subtotal`, HubSpot's `Total`. They are not opportunities, so they are recognised and
/// skipped rather than refused; a grand total is then checked against the rows read, so a
/// report that was read in part says so.
struct ReportTotals {
    /// The grand total as the report states it: its amount and record count, where given.
    struct Stated {
        var amount: Double?
        var records: Int?
        var row: Int
    }

    var grand: Stated?

    /// Whether a row is a totals row: its first filled cell begins with Total, Totals,
    /// Grand Total(s) or Subtotal, and it has no stage and no close date, as no opportunity lacks.
    static func isTotals(_ values: [Int: Workbook.Cell], stage: Int, close: Int) -> Bool {
        guard let label = Self.label(values), words(label).first.map({ ["total", "totals", "grand", "subtotal", "subtotals"].contains($0) }) == true
        else { return false }
        return (values[stage]?.isBlank ?? true) && (values[close]?.isBlank ?? true)
    }

    /// Keeps a grand total's figures: `Grand Totals (12 records)`, or a lone `Total` row.
    mutating func note(_ values: [Int: Workbook.Cell], row: Int, amount: Double?) {
        guard let label = Self.label(values) else { return }
        let words = Self.words(label)
        guard words.first == "grand" || (words.first.map { $0.hasPrefix("total") } ?? false) else { return }
        let records = words.firstIndex { $0 == "records" || $0 == "record" }.flatMap { index in index > 0 ? Int(words[index - 1]) : nil }
        grand = Stated(amount: amount, records: records, row: row)
    }

    private static func label(_ values: [Int: Workbook.Cell]) -> String? {
        guard let first = values.filter({ !$0.value.isBlank }).min(by: { $0.key < $1.key }),
              case .text(let text) = first.value else { return nil }
        return text
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// A warning when the grand total disagrees with the rows read: their count or their sum.
    func check(rows: Int, sum: Double, table: ExportTable, amountColumn: Int, currency: String) -> Diagnostic? {
        guard let grand else { return nil }
        var differences: [String] = []
        if let records = grand.records, records != rows {
            differences.append("\(records) records, where \(rows) rows were read")
        }
        if let amount = grand.amount, abs(amount - sum) > max(0.005, abs(sum) * 1e-9) {
            differences.append("an amount of \(currency) \(PlainNumber.text(amount)), where the rows read add up to \(currency) \(PlainNumber.text(sum))")
        }
        guard !differences.isEmpty else { return nil }
        return table.diagnostic(.warning, column: amountColumn, row: grand.row, field: "total",
                                "the report's grand total states \(differences.joined(separator: " and ")); check that the export holds every row (a filter, or rows refused above)")
    }
}
