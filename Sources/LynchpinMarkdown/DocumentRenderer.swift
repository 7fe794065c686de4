import Foundation
import LynchpinDomain

/// The one entry point from Markdown to what a page shows. The loader asks it for a
/// document (its source and outline, for the model); a view asks it for the document's
/// HTML where the document is shown: on its own page the HTML of the same parse, kept from
/// the loader's call so that nothing is parsed twice; anywhere else with its relative links
/// rebased; outside the site (the customer edition) only the shared sections, safe.
public final class DocumentRenderer: @unchecked Sendable {
    private let renderer: MarkdownRenderer
    private let lock = NSLock()
    /// The HTML of each document as rendered for its own page, by prefix and source.
    private var kept: [Key: String] = [:]

    private struct Key: Hashable {
        let idPrefix: String
        let source: String
    }

    public init(allowUnsafeHTML: Bool = false, smartPunctuation: Bool = true) {
        renderer = MarkdownRenderer(allowUnsafeHTML: allowUnsafeHTML, smartPunctuation: smartPunctuation)
    }

    public convenience init(config: SiteConfig) {
        self.init(allowUnsafeHTML: config.unsafeHTML, smartPunctuation: config.smartPunctuation)
    }

    /// A document for the model: the source with its outline. Its HTML is kept for the view.
    public func document(_ source: String, idPrefix: String = "") -> Document {
        let rendered = renderer.render(source, idPrefix: idPrefix)
        lock.withLock { kept[Key(idPrefix: idPrefix, source: source)] = rendered.html }
        return rendered.document(source: source, idPrefix: idPrefix)
    }

    /// The document's HTML for a page: its own page's with `rebase` nil, else with its
    /// relative links moved from its own page to the other one. The own page's HTML comes
    /// from the loader's parse when it made this document; otherwise it is rendered now.
    public func html(_ document: Document, rebase: LinkRebase? = nil) -> String {
        // Rendering again would change nothing when every relative link reads the same from
        // there (`../../playbooks/x/` from another page two folders down).
        // Made absolute (an e-mail), even a link within the page moves.
        let moves = rebase.map { rebase in
            rebase.base != nil || (document.relativeLinks.map { !$0.allSatisfy { rebase.rebase($0) == $0 } } ?? true)
        } ?? false
        if !moves, let html = lock.withLock({ kept[Key(idPrefix: document.idPrefix, source: document.source)] }) {
            return html
        }
        return renderer.render(document.source, idPrefix: document.idPrefix, rebase: moves ? rebase : nil).html
    }

    /// The document as plain text (an e-mail's text part), its links rebased.
    public func text(_ document: Document, rebase: LinkRebase? = nil) -> String {
        renderer.text(document.source, rebase: rebase)
    }

    /// Only the sections named, for a page outside the site: raw HTML never goes through,
    /// relative links lose their target (`MarkdownRenderer.render(sections:of:)`).
    public func sharedSections(_ sections: [String], of document: Document, idPrefix: String) -> String {
        MarkdownRenderer(allowUnsafeHTML: false, smartPunctuation: renderer.smartPunctuation)
            .render(sections: sections, of: document.source, idPrefix: idPrefix).0.html
    }
}
