import LynchpinDomain

/// Reads one `content/playbooks/<id>.md`.
enum PlaybookLoader {
    static func load(id: String, file: String, frontMatter: FrontMatterFile, reader: YAMLReader,
                     markdown: (String) -> Document) -> Playbook? {
        let fields = reader.root(of: frontMatter.yaml)
        fields?.warnUnknownKeys(known: ["title", "summary", "order"])
        let body = markdown(frontMatter.body)
        // A playbook without a title borrows its first heading, as a reader would.
        let title = fields?.string("title") ?? body.outline.first?.text ?? id.humanized()
        return Playbook(id: id, sourcePath: file, title: title, summary: fields?.string("summary"),
                        order: fields?.integer("order"), body: body)
    }
}
