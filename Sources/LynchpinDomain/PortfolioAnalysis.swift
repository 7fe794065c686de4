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
    }

    public var asOf: Day
    /// In account id order, archived accounts included.
    public var accounts: [AccountAnalysis]
    /// Accounts still worked: active and prospect.
    public var current: [AccountAnalysis] { accounts.filter { $0.account.status != .archived } }
    public var totalRevenue: Double
    public var totalProfit: Double
    public var totalPotential: Double
    public var quadrantCounts: [QuadrantCount]
    public var unplaced: [AccountAnalysis]
    /// Measures of active accounts by status.
    public var ragCounts: [RAGCount]
    /// Key account managers by name, each with their current accounts.
    public var managers: [Manager]
    /// The scorecard weeks by account, for the pages that look at history (reviews).
    public var index: ScorecardIndex
    private var positions: [String: Int]

    public init(project: Project, asOf: Day) {
        let index = ScorecardIndex(weeks: project.weeks)
        let accounts = project.accounts.map { AccountAnalysis(account: $0, project: project, index: index, asOf: asOf) }
        self.init(accounts: accounts, index: index, asOf: asOf, managers: nil)
    }

    /// The same figures over some of the accounts (a manager's pack), reusing their analyses
    /// and keeping the managers' ids, so links from it match the whole site's.
    public func restricted(to ids: Set<String>) -> PortfolioAnalysis {
        let managers = managers.compactMap { manager -> Manager? in
            let kept = manager.accountIDs.filter(ids.contains)
            return kept.isEmpty ? nil : Manager(name: manager.name, id: manager.id, accountIDs: kept)
        }
        return PortfolioAnalysis(accounts: accounts.filter { ids.contains($0.account.id) }, index: index, asOf: asOf,
                                 managers: managers)
    }

    /// - Parameter managers: nil to work them out from the accounts.
    private init(accounts: [AccountAnalysis], index: ScorecardIndex, asOf: Day, managers: [Manager]?) {
        self.asOf = asOf
        self.index = index
        self.accounts = accounts
        positions = Dictionary(uniqueKeysWithValues: accounts.enumerated().map { ($1.account.id, $0) })
        let active = accounts.filter { $0.account.status == .active }
        totalRevenue = active.compactMap(\.account.revenue.current).reduce(0, +)
        totalProfit = active.compactMap(\.account.revenue.profit).reduce(0, +)
        totalPotential = active.compactMap(\.account.revenue.potential).reduce(0, +)
        let current = accounts.filter { $0.account.status != .archived }
        quadrantCounts = Quadrant.allCases.map { quadrant in
            QuadrantCount(quadrant: quadrant, count: current.filter { $0.position.quadrant == quadrant }.count)
        }
        unplaced = current.filter { !$0.position.isPlaced }
        let lines = active.flatMap(\.scorecard.lines)
        ragCounts = RAG.allCases.map { rag in RAGCount(rag: rag, count: lines.filter { $0.rag == rag }.count) }
        if let managers {
            self.managers = managers
            return
        }
        let byManager = Dictionary(grouping: current.filter { $0.account.manager != nil }) { $0.account.manager! }
        var usedIDs: Set<String> = []
        self.managers = byManager.keys.sorted().map { name in
            let base = Identifier.slug(name).isEmpty ? "manager" : Identifier.slug(name)
            var id = base
            var n = 2
            while !usedIDs.insert(id).inserted {
                id = "\(base)-\(n)"
                n += 1
            }
            return Manager(name: name, id: id, accountIDs: byManager[name]!.map(\.account.id).sorted())
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
