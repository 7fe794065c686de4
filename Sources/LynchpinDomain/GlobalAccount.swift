/// Accounts that are divisions of another (`parent`), and what a global account adds up to.
public struct AccountTree: Sendable, Equatable {
    /// Division ids by parent id, each list sorted.
    public let divisions: [String: [String]]
    let parents: [String: String]

    public init(_ accounts: [Account]) {
        self.init(links: accounts.lazy.map { (id: $0.id, parent: $0.parent) })
    }

    /// From each account's id and parent alone, so no account is copied to find them.
    public init<Links: Sequence>(links: Links) where Links.Element == (id: String, parent: String?) {
        var divisions: [String: [String]] = [:]
        var parents: [String: String] = [:]
        for (id, parent) in links {
            guard let parent else { continue }
            divisions[parent, default: []].append(id)
            parents[id] = parent
        }
        self.divisions = divisions.mapValues { $0.sorted() }
        self.parents = parents
    }

    public func parent(of id: String) -> String? { parents[id] }

    /// Every division below an account, depth first, with its depth (1 for a direct one).
    /// Stops at an account already seen, so a cycle that slipped through cannot loop.
    public func descendants(of id: String) -> [(id: String, depth: Int)] {
        var found: [(id: String, depth: Int)] = []
        var seen: Set<String> = [id]
        func walk(_ parent: String, _ depth: Int) {
            for child in divisions[parent] ?? [] where seen.insert(child).inserted {
                found.append((child, depth))
                walk(child, depth + 1)
            }
        }
        walk(id, 1)
        return found
    }

    /// An account's parent, its parent's parent, and so on up to the top account. Stops at
    /// an account already seen, so a cycle that slipped through cannot loop.
    public func ancestors(of id: String) -> [String] {
        var chain: [String] = []
        var seen: Set<String> = [id]
        var current = id
        while let parent = parents[current], seen.insert(parent).inserted {
            chain.append(parent)
            current = parent
        }
        return chain
    }

    /// Every chain of parents that comes back on itself, each listed once from its
    /// smallest id, in id order.
    public static func cycles(in accounts: [Account]) -> [[String]] {
        let parents = Dictionary(accounts.compactMap { account in account.parent.map { (account.id, $0) } },
                                 uniquingKeysWith: { first, _ in first })
        var cycles: Set<[String]> = []
        for start in parents.keys.sorted() {
            var path: [String] = [start]
            var current = start
            while let next = parents[current] {
                if let index = path.firstIndex(of: next) {
                    let cycle = Array(path[index...])
                    let smallest = cycle.indices.min { cycle[$0] < cycle[$1] }!
                    cycles.insert(Array(cycle[smallest...] + cycle[..<smallest]))
                    break
                }
                path.append(next)
                current = next
            }
        }
        return cycles.sorted { $0.joined(separator: ",") < $1.joined(separator: ",") }
    }
}

/// A global account's plan adds up its divisions: money summed with its own, each
/// division's place and score, and the divisions not sold to yet.
public struct GlobalRollUp: Sendable, Equatable {
    public struct Division: Sendable, Equatable {
        public var id: String
        public var name: String
        public var status: Account.Status
        public var depth: Int
        public var quadrant: Quadrant?
        public var overall: Double?
        public var overallRAG: RAG
        public var revenue: Double?
    }

    /// Own plus every division's that is not archived.
    public var revenue: Revenue
    /// Every division below, depth first, archived ones left out.
    public var divisions: [Division]
    public var notYetSold: [Division] { divisions.filter { $0.status == .prospect } }
    public var divisionCount: Int { divisions.count }

    /// nil when the account has no divisions.
    public init?(of analysis: AccountAnalysis, tree: AccountTree, analyses: (String) -> AccountAnalysis?) {
        let below = tree.descendants(of: analysis.account.id).compactMap { entry -> (AccountAnalysis, Int)? in
            guard let division = analyses(entry.id), division.account.status != .archived else { return nil }
            return (division, entry.depth)
        }
        guard !below.isEmpty else { return nil }
        divisions = below.map { division, depth in
            Division(id: division.account.id, name: division.account.name, status: division.account.status, depth: depth,
                     quadrant: division.position.quadrant, overall: division.scorecard.overall,
                     overallRAG: division.scorecard.overallRAG,
                     revenue: division.account.revenue.current)
        }
        func sum(_ value: (Revenue) -> Double?) -> Double? {
            let values = ([analysis.account.revenue] + below.map(\.0.account.revenue)).compactMap(value)
            return values.isEmpty ? nil : values.reduce(0, +)
        }
        revenue = Revenue(current: sum(\.current), profit: sum(\.profit), potential: sum(\.potential))
    }
}
