import LynchpinTheme
import LynchpinViews

/// The playbooks' index and a page per playbook.
enum PlaybookIndexRoutes: PageRoutes {
    static let kind = PageKind("playbooks")
    static let templates = [kind]

    static func jobs(_ inputs: SiteInputs, notes: inout [String]) -> [SitePages.Job] {
        [.page(PlaybookIndexPage.path) {
            let page = PlaybookIndexPage(project: inputs.project, asOf: inputs.asOf)
            return PageModel(kind, page, chrome: page.page, theme: BuiltInTheme.playbooks(_:slots:))
        }]
    }
}

enum PlaybookRoutes: PageRoutes {
    static let kind = PageKind("playbook")
    static let templates = [kind]

    static func jobs(_ inputs: SiteInputs, notes: inout [String]) -> [SitePages.Job] {
        inputs.project.playbooks.indices.map { index in
            .page(PlaybookPage.path(inputs.project.playbooks[index])) {
                let page = PlaybookPage(playbook: inputs.project.playbooks[index], project: inputs.project, asOf: inputs.asOf,
                                        documents: inputs.documents)
                return PageModel(kind, page, chrome: page.page, theme: BuiltInTheme.playbook(_:slots:))
            }
        }
    }
}
