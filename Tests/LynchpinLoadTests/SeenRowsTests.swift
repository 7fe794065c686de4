import Testing
@testable import LynchpinLoad

@Suite struct SeenRowsTests {
    /// The look-back gives the same answers as a table of every pair, in any order of rows:
    /// grouped, interleaved, an account coming back, and past the look-back's length.
    @Test func findsTheFirstRowOfEveryRepeatedPairAsATableWould() {
        var generator = SplitMix64(seed: 20261201)
        for trial in 0..<200 {
            var seen = SeenRows()
            var table: [String: Int] = [:]
            let accounts = (0..<(1 + trial % 4)).map { "account-\($0)" }
            let metrics = (0..<(1 + trial % 40)).map { "metric-\($0)" }
            var line = 2
            for _ in 0..<(trial % 3 == 0 ? 300 : 60) {
                // Runs of one account, as files are written, with jumps back to another.
                let account = accounts[Int.random(in: 0..<accounts.count, using: &generator)]
                for _ in 0..<Int.random(in: 1...8, using: &generator) {
                    let metric = metrics[Int.random(in: 0..<metrics.count, using: &generator)]
                    let expected = table[account + "/" + metric]
                    if expected == nil { table[account + "/" + metric] = line }
                    #expect(seen.insert(account: account, metric: metric, line: line) == expected,
                            "trial \(trial), line \(line): \(account)/\(metric)")
                    line += 1
                }
            }
        }
    }

    @Test func aRepeatedRowNamesTheFirstLine() {
        var seen = SeenRows()
        #expect(seen.insert(account: "acme", metric: "revenue", line: 2) == nil)
        #expect(seen.insert(account: "beta", metric: "revenue", line: 3) == nil)
        #expect(seen.insert(account: "acme", metric: "nps", line: 4) == nil)
        #expect(seen.insert(account: "acme", metric: "revenue", line: 5) == 2, "acme came back after beta")
        #expect(seen.insert(account: "beta", metric: "revenue", line: 6) == 3)
    }
}
