import LynchpinDomain
import LynchpinMarkdown
import LynchpinOutput
import LynchpinTheme
import LynchpinViews

/// The customer edition: a kind of page of the same build as the site, made from the same
/// load and analysis (`SitePages.editions`), but written outside the site, to
/// `share/<id>/index.html`, from `CustomerEdition` alone.
public enum ShareRoutes {
    public struct Edition: Sendable {
        public var file: SiteFile
        /// Nothing in it but its title: no objective, measure, pilot, action or section is marked.
        public var isEmpty: Bool
        public var accountName: String
        public var accountID: String
        /// The account's plan, for messages about it.
        public var sourcePath: String
    }

    /// - Parameter accountIDs: each must be an account of the project (the caller checks).
    static func editions(_ accountIDs: [String], inputs: SiteInputs) -> [Edition] {
        accountIDs.compactMap { id in
            guard let analysis = inputs.portfolio.analysis(of: id) else { return nil }
            let edition = CustomerEdition(analysis: analysis, actions: inputs.portfolio.actions, config: inputs.config,
                                          asOf: inputs.asOf)
            // Unsafe HTML stays out even where the project lets it into its own site.
            let narrative = edition.sections.isEmpty ? HTML()
                : HTML(raw: inputs.documents.sharedSections(edition.sections, of: analysis.account.narrative, idPrefix: "share-"))
            let page = SharePage(edition, narrative: narrative)
            let isEmpty = edition.objectives.isEmpty && edition.measures.isEmpty && edition.pilot == nil && edition.actions.isEmpty
                && narrative.isEmpty
            return Edition(file: SiteFile(path: SharePage.path(id), bytes: BuiltInTheme.share(page).bytes), isEmpty: isEmpty,
                           accountName: analysis.account.name, accountID: id, sourcePath: analysis.account.sourcePath)
        }
    }
}
