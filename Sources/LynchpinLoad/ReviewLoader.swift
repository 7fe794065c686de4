import LynchpinDomain

/// Reads one `content/reviews/<date>.md`.
enum ReviewLoader {
    static func load(date: Day, file: String, frontMatter: FrontMatterFile, reader: YAMLReader,
                     accountIDs: Set<String>, markdown: (String) -> Document) -> Review? {
        let fields = reader.root(of: frontMatter.yaml)
        fields?.warnUnknownKeys(known: ["title", "attendees", "accounts", "actions"])
        let accounts: [String]? = fields?.value("accounts") == nil ? nil : fields?.list("accounts").compactMap {
            item -> String? in
            guard let id = fields?.string(item.node, path: item.path) else { return nil }
            guard accountIDs.contains(id) else {
                reader.fail(item.node, path: item.path, expected: "the id of an account in content/accounts/", known: accountIDs)
                return nil
            }
            return id
        }
        let actions = fields.map { actionList($0, reader: reader, accountIDs: accountIDs) } ?? []
        return Review(date: date, sourcePath: file, title: fields?.string("title"),
                      attendees: fields?.stringList("attendees") ?? [], accounts: accounts,
                      notes: markdown(frontMatter.body), actions: actions)
    }

    /// `actions:` as written. Whether an id is new or an update is decided across reviews
    /// (`ActionLog.problems`); each field is checked here, where its line is known.
    private static func actionList(_ fields: Fields, reader: YAMLReader, accountIDs: Set<String>) -> [ReviewAction] {
        fields.list("actions").compactMap { item in
            guard let a = reader.fields(item) else { return nil }
            a.warnUnknownKeys(known: ["id", "account", "action", "owner", "due", "status", "joint", "customer_owner"])
            guard let id = a.requireString("id") else { return nil }
            guard Identifier.isValid(id) else {
                reader.fail(a.value("id"), path: "\(item.path).id", expected: "an action id of lower-case letters, digits and '-' ([a-z0-9-])")
                return nil
            }
            var ok = true
            let account = a.string("account")
            if let account, !accountIDs.contains(account) {
                reader.fail(a.value("account"), path: "\(item.path).account", expected: "the id of an account in content/accounts/",
                            known: accountIDs)
                ok = false
            }
            let due = a.day("due")
            let status = a.choice("status", ReviewAction.Status.self)
            let joint = a.bool("joint")
            if (a.value("due") != nil && due == nil) || (a.value("status") != nil && status == nil)
                || (a.value("joint") != nil && joint == nil) { ok = false }
            let idNode = a.value("id")
            guard ok else { return nil }
            var action = ReviewAction(id: id, account: account, action: a.string("action"), owner: a.string("owner"), due: due,
                                      status: status, line: idNode.map { $0.mark.line + reader.lineOffset }, column: idNode?.mark.column)
            action.joint = joint
            action.customerOwner = a.string("customer_owner")
            return action
        }
    }
}
