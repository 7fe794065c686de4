import LynchpinDomain
import LynchpinMarkdown
import LynchpinOutput
import LynchpinTheme
import LynchpinViews

/// The customer editions of the named accounts: `<id>/index.html` each, from
/// `CustomerEdition` alone and written for where it is read, outside the site.
public enum ShareEditions {
    public struct Edition: Sendable {
        public var file: SiteFile
        /// Nothing in it but its title: no objective, measure, pilot, action or section is marked.
        public var isEmpty: Bool
        public var accountName: String
    }

    /// - Parameter accountIDs: each must be an account of the project (the caller checks).
    public static func render(_ accountIDs: [String], project: Project, portfolio: PortfolioAnalysis) -> [Edition] {
        let markdown = MarkdownRenderer(allowUnsafeHTML: false, smartPunctuation: project.config.smartPunctuation)
        return accountIDs.compactMap { id in
            guard let analysis = portfolio.accounts.first(where: { $0.account.id == id }) else { return nil }
            let edition = CustomerEdition(analysis: analysis, actions: portfolio.actions, config: project.config,
                                          asOf: portfolio.asOf)
            // Unsafe HTML stays out even where the project lets it into its own site.
            let narrative = edition.sections.isEmpty ? HTML()
                : HTML(raw: markdown.render(sections: edition.sections, of: analysis.account.narrativeSource, idPrefix: "share-").0.html)
            let page = SharePage(edition, narrative: narrative)
            let isEmpty = edition.objectives.isEmpty && edition.measures.isEmpty && edition.pilot == nil && edition.actions.isEmpty
                && narrative.isEmpty
            return Edition(file: SiteFile(path: SharePage.path(id), bytes: BuiltInTheme.share(page).bytes), isEmpty: isEmpty,
                           accountName: analysis.account.name)
        }
    }
}
