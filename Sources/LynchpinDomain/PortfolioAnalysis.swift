import LynchpinConcurrency

/// The whole portfolio as of the reference date: every account analysed, and the figures
/// the dashboard adds up.
public struct PortfolioAnalysis: Sendable {
    public struct QuadrantCount: Sendable, Equatable {
        public var quadrant: Quadrant
        public var count: Int
    }

    public struct RAGCount: Sendable, Equatable {
        public var rag: RAG
        public var count: Int
    }

    public struct Manager: Sendable, Equatable {
        public var name: String
        /// A URL-safe id made from the name.
        public var id: String
        public var accountIDs: [String]
        /// Their own scorecard, over all their accounts (also in a restricted portfolio).
        public var scorecard: ManagerScorecard
    }

    public var asOf: Day
    /// In account id order, archived accounts included.
    public var accounts: [AccountAnalysis]
    /// Accounts still worked: active and prospect.
    public var current: [AccountAnalysis] { accounts.filter { $0.account.status != .archived } }
    public var totalRevenue: Double
    public var totalProfit: Double
    public var totalPotential: Double
    /// The active accounts' forecasts added up (`ForecastTotal`).
    public var forecast: ForecastTotal
    public var quadrantCounts: [QuadrantCount]
    public var unplaced: [AccountAnalysis]
    /// Measures of active accounts by status.
    public var ragCounts: [RAGCount]
    /// Key account managers by name, each with their current accounts.
    public var managers: [Manager]
    /// The scorecard weeks by account, for the pages that look at history (reviews).
    public var index: ScorecardIndex
    public var config: SiteConfig
    private var positions: [String: Int]
    /// What every account's analysis depended on besides the account itself.
    private var inputs: Inputs?

    private struct Inputs: Sendable, Equatable {
        var config: SiteConfig
        var weeks: [ScorecardWeek]
        var actions: ActionLog
    }

    /// Which accounts are divisions of which.
    public var tree: AccountTree
    /// Each global account's roll-up of its divisions, by the parent's id.
    public var rollUps: [String: GlobalRollUp]
    /// The open opportunities of active and prospect accounts.
    public var pipeline: Pipeline
    /// Every review action as it stood on the reference date.
    public var actions: [ActionLog.Action]
    public var overdueActions: [ActionLog.Action] { actions.filter { $0.isOverdue(on: asOf) } }

    public init(project: Project, asOf: Day) {
        self.init(project: project, asOf: asOf, reusing: nil)
    }

    /// As `init(project:asOf:)`, keeping `previous`'s analysis of every account that is
    /// unchanged when the settings, the scorecard weeks and the date are too: `serve` after
    /// an edit to one plan re-analyses that plan only.
    public init(project: Project, asOf: Day, reusing previous: PortfolioAnalysis?) {
        let log = ActionLog(reviews: project.reviews)
        let inputs = Inputs(config: project.config, weeks: project.weeks, actions: log)
        let reusable = previous.flatMap { $0.inputs == inputs && $0.asOf == asOf ? $0 : nil }
        let index = reusable?.index ?? ScorecardIndex(weeks: project.weeks)
        let actions = reusable?.actions ?? log.state(on: asOf)
        let byAccount = Dictionary(grouping: actions, by: \.account)
        // Each account is analysed on its own, so on every core.
        let accounts = project.accounts.concurrentMap { account in
            if let kept = reusable?.analysis(of: account.id), kept.account == account { return kept }
            return AccountAnalysis(account: account, project: project, index: index, asOf: asOf,
                                   actions: byAccount[account.id] ?? [])
        }
        self.init(accounts: accounts, index: index, asOf: asOf, managers: nil, config: project.config, actions: actions)
        self.inputs = inputs
    }

    /// The same figures over some of the accounts (a manager's pack), reusing their analyses
    /// and keeping the managers' ids, so links from it match the whole site's.
    public func restricted(to ids: Set<String>) -> PortfolioAnalysis {
        let managers = managers.compactMap { manager -> Manager? in
            let kept = manager.accountIDs.filter(ids.contains)
            return kept.isEmpty ? nil : Manager(name: manager.name, id: manager.id, accountIDs: kept, scorecard: manager.scorecard)
        }
        // A global account's roll-up counts all its divisions, whoever manages them.
        return PortfolioAnalysis(accounts: accounts.filter { ids.contains($0.account.id) }, index: index, asOf: asOf,
                                 managers: managers, config: config, actions: actions.filter { ids.contains($0.account) },
                                 family: (tree, rollUps))
    }

    /// - Parameters:
    ///   - managers: nil to work them out from the accounts.
    ///   - family: the accounts' tree and roll-ups; nil to work them out from the accounts.
    private init(accounts: [AccountAnalysis], index: ScorecardIndex, asOf: Day, managers: [Manager]?, config: SiteConfig,
                 actions: [ActionLog.Action], family: (tree: AccountTree, rollUps: [String: GlobalRollUp])? = nil) {
        self.asOf = asOf
        self.config = config
        self.actions = actions
        let positions = Dictionary(uniqueKeysWithValues: accounts.enumerated().map { ($1.account.id, $0) })
        self.positions = positions
        if let family {
            tree = family.tree
            rollUps = family.rollUps
        } else {
            let tree = AccountTree(links: accounts.lazy.map { (id: $0.account.id, parent: $0.account.parent) })
            self.tree = tree
            let analysis = { (id: String) in positions[id].map { accounts[$0] } }
            rollUps = Dictionary(uniqueKeysWithValues: tree.divisions.keys.compactMap { id in
                analysis(id).flatMap { GlobalRollUp(of: $0, tree: tree, analyses: analysis) }.map { (id, $0) }
            })
        }
        pipeline = Pipeline(accounts.filter { $0.account.status != .archived }.flatMap { analysis in
            analysis.account.opportunities.map { Pipeline.Entry(accountID: analysis.account.id, opportunity: $0) }
        }, on: asOf)
        self.index = index
        self.accounts = accounts
        // One pass, reading each account in place: an `Account` is a large value, and copying
        // one retains every string and list in it, for each of 10,000 accounts on every
        // rebuild of `serve`.
        var revenue = 0.0, profit = 0.0, potential = 0.0
        var quadrants: [Quadrant: Int] = [:]
        var rags: [RAG: Int] = [:]
        var unplacedIndices: [Int] = []
        var byManager: [String: [String]] = [:]
        var forecasts: [(accountID: String, outcome: ForecastOutcome)] = []
        for (index, analysis) in accounts.enumerated() {
            if let outcome = analysis.forecast { forecasts.append((analysis.account.id, outcome)) }
            if analysis.account.status == .active {
                revenue += analysis.account.revenue.current ?? 0
                profit += analysis.account.revenue.profit ?? 0
                potential += analysis.account.revenue.potential ?? 0
                for perspective in analysis.scorecard.perspectives {
                    for line in perspective.lines.indices { rags[perspective.lines[line].rag, default: 0] += 1 }
                }
            }
            guard analysis.account.status != .archived else { continue }
            if let quadrant = analysis.position.quadrant {
                quadrants[quadrant, default: 0] += 1
            } else {
                unplacedIndices.append(index)
            }
            if let manager = analysis.account.manager { byManager[manager, default: []].append(analysis.account.id) }
        }
        totalRevenue = revenue
        totalProfit = profit
        totalPotential = potential
        forecast = ForecastTotal(forecasts)
        quadrantCounts = Quadrant.allCases.map { QuadrantCount(quadrant: $0, count: quadrants[$0] ?? 0) }
        unplaced = unplacedIndices.map { accounts[$0] }
        ragCounts = RAG.allCases.map { RAGCount(rag: $0, count: rags[$0] ?? 0) }
        if let managers {
            self.managers = managers
            return
        }
        var usedIDs: Set<String> = []
        let named = byManager.keys.sorted().map { name in
            let slug = Identifier.slug(name)
            let base = slug.isEmpty ? "manager" : slug
            var id = base
            var n = 2
            while !usedIDs.insert(id).inserted {
                id = "\(base)-\(n)"
                n += 1
            }
            return (name: name, id: id, accountIDs: byManager[name]!.sorted())
        }
        // Each manager's scorecard reads a tenth of the portfolio or so: on every core.
        self.managers = named.concurrentMap(chunk: 1) { [index, config] manager in
            Manager(name: manager.name, id: manager.id, accountIDs: manager.accountIDs,
                    scorecard: ManagerScorecard(accounts: manager.accountIDs.compactMap { positions[$0].map { accounts[$0] } },
                                                index: index, asOf: asOf, config: config))
        }
    }

    /// What the analysis finds worth a warning at build time, with the file it concerns.
    public var warnings: [Diagnostic] {
        accounts.flatMap { analysis in
            analysis.scorecard.perspectives.filter(\.isOverFocusLimit).map { perspective in
                Diagnostic.warning(analysis.account.sourcePath, field: "scorecard",
                                   "the \(perspective.perspective.rawValue) perspective has \(perspective.lines.count) measures, more than focus_limit allows; keep it focused")
            }
        }
    }

    public func analysis(of id: String) -> AccountAnalysis? {
        positions[id].map { accounts[$0] }
    }
}
