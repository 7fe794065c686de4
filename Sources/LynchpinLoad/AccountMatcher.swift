import LynchpinDomain

/// Finds the account an export's row is about, the way a person would: by its id, by its
/// name ignoring case, spaces and punctuation ("Meridian Freight, Inc." is not "Meridian
/// Freight", so that takes a `crm_ids` alias), or by an alias in `crm_ids` compared with the
/// row's account name or account id.
struct AccountMatcher: Sendable {
    enum Match: Equatable {
        case account(String)
        /// Two or more accounts answer to it: the ids.
        case ambiguous([String])
        /// None does: the closest account's id and name, if there are accounts at all.
        case none(closest: (id: String, name: String)?)

        static func == (a: Match, b: Match) -> Bool {
            switch (a, b) {
            case (.account(let x), .account(let y)): x == y
            case (.ambiguous(let x), .ambiguous(let y)): x == y
            case (.none(let x), .none(let y)): x?.id == y?.id
            default: false
            }
        }
    }

    /// Some account files did not load (their errors are reported): a row naming none of
    /// the others may name one of those, so it is not called unknown yet.
    let incomplete: Bool
    private let ids: Set<String>
    private var byKey: [String: Set<String>] = [:]
    private let names: [(id: String, name: String, key: String)]

    init(_ accounts: [(id: String, name: String, crmIDs: [String])], incomplete: Bool = false) {
        self.incomplete = incomplete
        ids = Set(accounts.map(\.id))
        names = accounts.map { ($0.id, $0.name, Self.key($0.name)) }.sorted { $0.id < $1.id }
        for account in accounts {
            for alias in [account.name] + account.crmIDs {
                let key = Self.key(alias)
                if !key.isEmpty { byKey[key, default: []].insert(account.id) }
            }
        }
    }

    /// Letters and digits only, accents folded, in lower case.
    static func key(_ text: String) -> String {
        Identifier.slug(text).split(separator: "-").joined()
    }

    /// - Parameters: name: the row's account name; crmID: its account id column, if any.
    func match(name: String, crmID: String?) -> Match {
        if let crmID, let found = byKey[Self.key(crmID)] { return Self.match(found) }
        if ids.contains(name) { return .account(name) }
        if let found = byKey[Self.key(name)] { return Self.match(found) }
        let key = Self.key(name)
        let typed = Array(key.unicodeScalars)
        let closest = names.min { a, b in
            (Suggestion.distance(typed, Array(a.key.unicodeScalars)), a.id) < (Suggestion.distance(typed, Array(b.key.unicodeScalars)), b.id)
        }
        return .none(closest: closest.map { ($0.id, $0.name) })
    }

    /// The error for a row's account cell that matched no account, or one that matched two.
    func problem(_ match: Match, name: String) -> String? {
        switch match {
        case .account: return nil
        case .ambiguous(let ids):
            return "expected one account, found '\(name)' fits \(ids.joined(separator: " and ")); give each its own crm_ids"
        case .none(let closest):
            let hint = closest.map { " (the closest is \($0.id), '\($0.name)'; if it is that one, add crm_ids: [\"\(name)\"] to content/accounts/\($0.id).md)" } ?? ""
            return "expected the name, id or one of the crm_ids of an account in content/accounts/, found '\(name)'\(hint)"
        }
    }

    /// Rows left unchecked because an account file did not load: one warning a table.
    static func unchecked(_ names: [String], in table: ExportTable) -> Diagnostic? {
        guard let first = names.first else { return nil }
        let rows = names.count == 1 ? "1 row names" : "\(names.count) rows name"
        return .warning(table.place, "\(rows) no account that loaded ('\(first)'\(names.count > 1 ? ", …" : "")); checked again once the account files' errors are fixed")
    }

    private static func match(_ found: Set<String>) -> Match {
        found.count == 1 ? .account(found.first!) : .ambiguous(found.sorted())
    }
}
