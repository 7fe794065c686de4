/// Everything a build reads, typed and checked: the input of every later stage.
public struct Project: Sendable {
    public var config: SiteConfig
    /// Sorted by id.
    public var accounts: [Account]
    /// Sorted by `order`, then title.
    public var playbooks: [Playbook]
    /// Sorted oldest first.
    public var reviews: [Review]
    /// Sorted oldest first.
    public var weeks: [ScorecardWeek]

    public init(config: SiteConfig, accounts: [Account], playbooks: [Playbook], reviews: [Review],
                weeks: [ScorecardWeek]) {
        self.config = config
        self.accounts = accounts.sorted { $0.id < $1.id }
        self.playbooks = playbooks.sorted {
            ($0.order ?? Int.max, $0.title, $0.id) < ($1.order ?? Int.max, $1.title, $1.id)
        }
        self.reviews = reviews.sorted { $0.date < $1.date }
        self.weeks = weeks.sorted { $0.date < $1.date }
    }

    /// The day the site describes: `as_of` from the config, else the newest scorecard week, else today.
    public func referenceDate(today: Day) -> Day {
        config.asOf ?? weeks.last?.date ?? today
    }

    /// The project as it stood on a day: scorecard weeks and reviews dated after it did not
    /// exist yet, so a build for that day leaves them out.
    public func asItStood(on day: Day) -> Project {
        var past = self
        past.weeks = weeks.filter { $0.date <= day }
        past.reviews = reviews.filter { $0.date <= day }
        return past
    }

    /// Accounts are sorted by id, so a binary search finds one.
    public func account(id: String) -> Account? {
        var low = 0
        var high = accounts.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if accounts[middle].id == id { return accounts[middle] }
            if accounts[middle].id < id { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }
}
