import LynchpinDomain

/// Puts the opportunities read from CRM exports into their accounts. An entry in an
/// account's front matter with the same id keeps the team's own fields (fit,
/// qualification); the export owns the rest, so a front-matter entry that also states
/// them is told so. An entry of team fields with no export row is an error.
enum CRMMerge {
    static func merge(_ found: [CRMExports.Found], into loaded: [AccountLoader.Loaded]) -> ([Account], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let byAccount = Dictionary(grouping: found, by: \.account)
        let accounts = loaded.map { entry -> Account in
            var account = entry.account
            let rows = byAccount[account.id] ?? []
            let team = Dictionary(entry.teamFields.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var typed = Dictionary(account.opportunities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var merged: [Opportunity] = []
            for row in rows {
                var opportunity = row.opportunity
                if let notes = team[opportunity.id] {
                    opportunity.fit = notes.fit ?? .undecided
                    opportunity.qualification = notes.qualification
                } else if let written = typed.removeValue(forKey: opportunity.id) {
                    diagnostics.append(.warning(account.sourcePath, field: "opportunities.\(opportunity.id)",
                                                "name, value, stage and close come from \(place(row)); the ones written here are not used: keep only id, fit and qualification"))
                    opportunity.fit = written.fit
                    opportunity.qualification = written.qualification
                }
                merged.append(opportunity)
            }
            let fromCRM = Set(rows.map(\.opportunity.id))
            for notes in entry.teamFields where !fromCRM.contains(notes.id) {
                let nearest = Suggestion.phrase(for: notes.id, in: fromCRM)
                diagnostics.append(.error(account.sourcePath, line: notes.line, field: "opportunities.\(notes.id)",
                                          "expected name, value, stage and close, or a row of a content/crm/ export with this id for \(account.id), found neither\(nearest)"))
            }
            account.opportunities = account.opportunities.filter { typed[$0.id] != nil } + merged
            return account
        }
        return (accounts, diagnostics)
    }

    static func place(_ row: CRMExports.Found) -> String {
        row.line.map { "\(row.file):\($0)" } ?? row.file
    }
}
