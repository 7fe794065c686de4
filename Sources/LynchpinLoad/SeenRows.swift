/// The account and metric pairs of a week so far, to find a second row for one. A file is
/// written account by account, so the rows of the account being read are searched by
/// looking back along them; an account's rows are filed by its id once they end, in case it
/// comes back later. Hashing every row's pair was a quarter of the reader's time.
struct SeenRows {
    private var account: String?
    /// The current account's rows so far: (metric, line).
    private var run: [(metric: String, line: Int)] = []
    private var runIndex: [String: Int]?
    private var finished: [String: [(metric: String, line: Int)]] = [:]
    /// Past this many rows for one account, its metrics are found through a table.
    static let lookBack = 16

    /// The line of an earlier row with the same account and metric, or nil after noting this one.
    mutating func insert(account: String, metric: String, line: Int) -> Int? {
        if account != self.account {
            if let previous = self.account { finished[previous] = run }
            self.account = account
            run = finished.removeValue(forKey: account) ?? []
            runIndex = run.count > Self.lookBack
                ? Dictionary(run.map { ($0.metric, $0.line) }, uniquingKeysWith: { first, _ in first }) : nil
        }
        if let runIndex {
            if let first = runIndex[metric] { return first }
        } else if let first = run.first(where: { $0.metric == metric }) {
            return first.line
        }
        run.append((metric, line))
        if runIndex != nil {
            runIndex![metric] = line
        } else if run.count > Self.lookBack {
            runIndex = Dictionary(run.map { ($0.metric, $0.line) }, uniquingKeysWith: { first, _ in first })
        }
        return nil
    }
}
