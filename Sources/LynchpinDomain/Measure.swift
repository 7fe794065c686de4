/// One measure of an account's balanced scorecard.
public struct Measure: Sendable, Equatable {
    public enum Perspective: String, Sendable, CaseIterable {
        case financial, growth, customer, `internal`
    }

    /// Whether more or less of the measure is better.
    public enum Direction: String, Sendable, CaseIterable { case up, down }

    public var id: String
    public var perspective: Perspective
    public var name: String
    public var unit: String?
    public var target: Double
    public var direction: Direction
    public var weight: Double

    public init(id: String, perspective: Perspective, name: String, unit: String? = nil,
                target: Double, direction: Direction = .up, weight: Double = 1) {
        self.id = id
        self.perspective = perspective
        self.name = name
        self.unit = unit
        self.target = target
        self.direction = direction
        self.weight = weight
    }
}
