import Testing
import LynchpinDomain

@Suite struct PortfolioMatrixTests {
    let criteria = SelectionCriteria.standard

    func account(attractiveness: [String: Int], strength: [String: Int]) -> Account {
        var account = Account(id: "a", sourcePath: "a.md", name: "A")
        account.attractiveness = attractiveness
        account.strength = strength
        return account
    }

    @Test func weightsTheScoredCriteriaOnly() throws {
        // current_revenue 4 (w1), future_volume 5 (w2), strategic_fit 5 (w2): (4 + 10 + 10) / 5 = 4.8.
        // relationship 3 (w2), offer_fit 4 (w2): (6 + 8) / 4 = 3.5.
        let position = MatrixPosition(
            account: account(attractiveness: ["current_revenue": 4, "future_volume": 5, "strategic_fit": 5],
                             strength: ["relationship": 3, "offer_fit": 4]),
            criteria: criteria)
        #expect(try #require(position.attractiveness) == 4.8)
        #expect(try #require(position.strength) == 3.5)
        #expect(position.quadrant == .strategic)
    }

    @Test(arguments: [
        (3.0, 3.0, Quadrant.strategic), (3.0, 2.99, .star), (2.99, 3.0, .status), (1.0, 1.0, .streamline),
    ])
    func threePointZeroSplitsEachAxis(attractiveness: Double, strength: Double, expected: Quadrant) {
        #expect(MatrixPosition(attractiveness: attractiveness, strength: strength).quadrant == expected)
    }

    @Test func anAxisWithNothingScoredLeavesTheAccountUnplaced() {
        let position = MatrixPosition(account: account(attractiveness: ["future_volume": 5], strength: [:]),
                                      criteria: criteria)
        #expect(position.attractiveness == 5)
        #expect(position.strength == nil)
        #expect(position.quadrant == nil)
        #expect(!position.isPlaced)
    }

    @Test func zeroWeightCriteriaCountForNothing() {
        let custom = SelectionCriteria(attractiveness: [Criterion(id: "x", label: "X", weight: 0),
                                                        Criterion(id: "y", label: "Y", weight: 1)],
                                       strength: [Criterion(id: "z", label: "Z", weight: 0)])
        let position = MatrixPosition(account: account(attractiveness: ["x": 1, "y": 4], strength: ["z": 5]),
                                      criteria: custom)
        #expect(position.attractiveness == 4)
        #expect(position.strength == nil)
    }
}
