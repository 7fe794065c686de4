import LynchpinDomain

/// Reads one `content/reviews/<date>.md`.
enum ReviewLoader {
    static func load(date: Day, file: String, frontMatter: FrontMatterFile, reader: YAMLReader,
                     accountIDs: Set<String>, markdown: (String) -> Document) -> Review? {
        let fields = reader.root(of: frontMatter.yaml)
        fields?.warnUnknownKeys(known: ["title", "attendees", "accounts"])
        let accounts: [String]? = fields?.value("accounts") == nil ? nil : fields?.list("accounts").compactMap {
            item -> String? in
            guard let id = fields?.string(item.node, path: item.path) else { return nil }
            guard accountIDs.contains(id) else {
                reader.fail(item.node, path: item.path, expected: "the id of an account in content/accounts/")
                return nil
            }
            return id
        }
        return Review(date: date, sourcePath: file, title: fields?.string("title"),
                      attendees: fields?.stringList("attendees") ?? [], accounts: accounts,
                      notes: markdown(frontMatter.body))
    }
}
