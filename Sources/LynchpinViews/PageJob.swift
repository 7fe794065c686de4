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
