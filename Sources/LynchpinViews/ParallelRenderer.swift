import LynchpinDomain

/// One page to render: where it goes, which template, and how to make its view model.
struct PageJob: Sendable {
    let path: String
    let template: String
    let context: @Sendable () -> Any

    init(_ path: String, _ template: String, _ context: @escaping @Sendable () -> Any) {
        self.path = path
        self.template = template
        self.context = context
    }
}

/// Renders pages on every core: pages are independent and the theme is read-only.
struct ParallelRenderer {
    let theme: Theme

    /// The rendered pages in job order; nil where the template is missing.
    func render(_ jobs: [PageJob]) -> [String?] {
        let theme = theme
        return jobs.concurrentMap { theme.render($0.template, $0.context()) }
    }
}
