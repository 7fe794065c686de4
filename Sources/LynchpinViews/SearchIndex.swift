import LynchpinDomain

/// What the site's search box finds, as a script the theme's `search.js` loads when a reader
/// first uses the box: a script, not a JSON fetch, because `file://` pages may not fetch.
///
/// Compact by shape, not by compression: an account's link is made from its id, a contact
/// or an opportunity points at its account by index, and values that repeat across accounts
/// (industries, regions, managers, quadrants, stages, roles) are kept once in `strings`.
/// About 310 bytes an account with 16 contacts, as in the 3,000-account bench.
public struct SearchIndex {
    public static let path = "assets/search-index.js"

    let project: Project
    let portfolio: PortfolioAnalysis

    public init(project: Project, portfolio: PortfolioAnalysis) {
        self.project = project
        self.portfolio = portfolio
    }

    /// `lynchpinSearch({...});` with the members, in this order:
    /// - `strings`: shared values, referred to by index (-1: none);
    /// - `accounts`: `[name, id, industry, region, manager, quadrant, status, stakeholders, team]`,
    ///   the last two flat lists of name and role in turn;
    /// - `people`: `[name, id]`, the managers with a page;
    /// - `opportunities`: `[name, account, stage]`;
    /// - `pages`: `[kind, title, path, [[heading, fragment], …]]`, playbooks and reviews.
    public var bytes: [UInt8] {
        var strings = SharedStrings()
        var out = JSONWriter(compact: true)
        let accounts = portfolio.accounts
        out.raw("lynchpinSearch({\"v\":1,\"accounts\":")
        out.rows(accounts) { out, analysis in
            let account = analysis.account
            out.string(account.name)
            out.raw(",")
            out.string(account.id)
            for value in [account.industry, account.region, account.manager,
                          analysis.position.quadrant?.rawValue, account.status.rawValue] {
                out.raw(",")
                out.number(strings.index(of: value))
            }
            // Contacts inside their account, name and role in turn: a third of the bytes
            // of an entry each with its own account index.
            for people in [account.stakeholders.map { ($0.name, $0.title ?? $0.role?.rawValue) },
                           account.team.map { ($0.name, $0.role) }] {
                out.raw(",")
                out.rows(people, bracketed: false) { out, person in
                    out.string(person.0)
                    out.raw(",")
                    out.number(strings.index(of: person.1))
                }
            }
        }
        out.raw(",\"people\":")
        out.rows(portfolio.managers) { out, manager in
            out.strings([manager.name, manager.id])
        }
        out.raw(",\"opportunities\":")
        let opportunities = accounts.enumerated().flatMap { index, analysis in
            analysis.account.opportunities.map { (index, $0) }
        }
        out.rows(opportunities) { out, item in
            out.string(item.1.name)
            out.raw(",")
            out.number(item.0)
            out.raw(",")
            out.number(strings.index(of: item.1.stage.rawValue))
        }
        out.raw(",\"pages\":")
        let pages = project.playbooks.map { ("playbook", $0.title, SiteLinks.playbook($0.id), $0.body.outline) }
            + project.reviews.map { ("review", $0.title, SiteLinks.review($0.date), $0.notes.outline) }
        out.rows(pages) { out, page in
            out.strings([page.0, page.1, page.2])
            out.raw(",")
            out.rows(page.3) { out, heading in out.strings([heading.text, heading.id]) }
        }
        out.raw(",\"strings\":[")
        out.strings(strings.values)
        out.raw("]});\n")
        return out.bytes
    }
}

/// Values kept once, in the order first met, so the same input gives the same file.
private struct SharedStrings {
    private(set) var values: [String] = []
    private var indices: [String: Int] = [:]

    mutating func index(of value: String?) -> Int {
        guard let value, !value.isEmpty else { return -1 }
        if let index = indices[value] { return index }
        indices[value] = values.count
        values.append(value)
        return values.count - 1
    }
}
