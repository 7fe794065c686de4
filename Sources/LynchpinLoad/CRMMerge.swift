import LynchpinDomain

/// Puts the opportunities read from CRM exports into their accounts, each counted once.
///
/// An export row and an entry in the account's front matter are one opportunity when they
/// have the same id, or the same name (compared as account names are: case, spaces and
/// punctuation aside). The export owns what the CRM tracks (name, value, stage, close,
/// owner, probability); the plan keeps the team's own call (fit, qualification). An entry
/// that also writes the CRM's fields is told so: a warning when they agree, an error when
/// they differ, naming both places, since a director would otherwise read one figure on
/// the plan and find another in the CRM. An entry of team fields with no export row is an
/// error.
enum CRMMerge {
    /// - Parameter exportsRead: false when an export had errors: team fields without a row
    ///   are then not reported, since the row may be in the export that failed.
    static func merge(_ found: [CRMExports.Found], into loaded: [AccountLoader.Loaded],
                      exportsRead: Bool = true) -> ([Account], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let byAccount = Dictionary(grouping: found, by: \.account)
        let accounts = loaded.map { entry -> Account in
            var account = entry.account
            let rows = byAccount[account.id] ?? []
            let team = Dictionary(entry.teamFields.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var typed = account.opportunities
            var merged: [Opportunity] = []
            for row in rows {
                var opportunity = row.opportunity
                if let notes = team[opportunity.id] {
                    opportunity.fit = notes.fit ?? .undecided
                    opportunity.qualification = notes.qualification
                } else if let index = typed.firstIndex(where: { $0.id == opportunity.id })
                            ?? typed.firstIndex(where: { AccountMatcher.key($0.name) == AccountMatcher.key(opportunity.name) }) {
                    let written = typed.remove(at: index)
                    diagnostics.append(conflict(written, row: row, line: entry.opportunityLines[written.id], account: account))
                    opportunity.fit = written.fit
                    opportunity.qualification = written.qualification
                }
                merged.append(opportunity)
            }
            let fromCRM = Set(rows.map(\.opportunity.id))
            for notes in entry.teamFields where exportsRead && !fromCRM.contains(notes.id) {
                let nearest = Suggestion.phrase(for: notes.id, in: fromCRM)
                diagnostics.append(.error(account.sourcePath, line: notes.line, field: "opportunities.\(notes.id)",
                                          "expected name, value, stage and close, or a row of a content/crm/ export with this id for \(account.id), found neither\(nearest)"))
            }
            account.opportunities = typed + merged
            return account
        }
        return (accounts, diagnostics)
    }

    /// An opportunity written in the plan that the export has too: a warning when the
    /// CRM's fields agree, an error naming each difference when they do not.
    static func conflict(_ written: Opportunity, row: CRMExports.Found, line: Int?, account: Account) -> Diagnostic {
        let crm = row.opportunity
        var differences: [String] = []
        if written.name != crm.name { differences.append("name '\(written.name)' here, '\(crm.name)' there") }
        if written.value != crm.value { differences.append("value \(PlainNumber.text(written.value)) here, \(PlainNumber.text(crm.value)) there") }
        if written.stage != crm.stage { differences.append("stage \(written.stage.rawValue) here, \(crm.stage.rawValue) there") }
        if written.close != crm.close { differences.append("close \(written.close) here, \(crm.close) there") }
        let keep = "keep only id: \(crm.id), fit and qualification here, so the opportunity is counted once, from the export"
        let field = "opportunities.\(written.id)"
        guard !differences.isEmpty else {
            return .warning(account.sourcePath, line: line, field: field,
                            "the same opportunity as \(place(row)), counted once with the export's figures; \(keep)")
        }
        return .error(account.sourcePath, line: line, field: field,
                      "expected one opportunity to have one set of figures, found it here and in \(place(row)) with \(differences.joined(separator: "; ")); the export's figures are the CRM's: \(keep)")
    }

    static func place(_ row: CRMExports.Found) -> String {
        row.line.map { "\(row.file):\($0)" } ?? row.file
    }
}
