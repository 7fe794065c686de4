import LynchpinDomain

/// The files `lynchpin init` writes: a small project that builds at once and shows every
/// kind of file. There is no `templates/` folder: the built-in theme serves.
enum StarterProject {
    static func files(today: Day) -> [(path: String, text: String)] {
        [
            (".gitignore", "site/\n.site.*\n"),
            ("lynchpin.yml", config),
            ("content/accounts/example-account.md", account(today: today)),
            ("content/playbooks/congruence-model.md", playbook),
            ("content/scorecards/\(today).csv", scorecard),
            ("content/reviews/\(today).md", review(today: today)),
            ("content/static/robots.txt", "# Account plans are internal: keep them out of search engines.\nUser-agent: *\nDisallow: /\n"),
        ]
    }

    /// The organisation `init` writes until the team names its own: never on a customer's cover.
    static let placeholderOrganization = "Your Company"

    static let config = """
    # Lynchpin settings. Every key is optional; the values shown are the defaults
    # unless marked otherwise. See docs/content-format.md in the Lynchpin repository.
    title: Key accounts
    organization: \(placeholderOrganization)           # shown beside the title, on the print cover and on customer editions
    currency: USD
    # as_of: 2026-11-27                  # default: the newest scorecard week, else today
    rag:
      green: 1.0
      amber: 0.9
    focus_limit: 4
    stale_contact_days: 30
    # base_url: https://plans.example.com/   # needed for the reviews' Atom feed

    """

    static func account(today: Day) -> String {
        """
        ---
        name: Example Account
        status: active
        industry: Manufacturing
        region: EMEA
        manager: Your Name
        director: Your Director
        sponsor: Your Sponsor
        team:
          - {name: A Colleague, role: Solutions engineer}
        revenue:
          current: 1000000
          profit: 150000
          potential: 2500000
        attractiveness:
          current_revenue: 3
          future_volume: 4
          strategic_fit: 4
        strength:
          relationship: 3
          offer_fit: 4
        expectations:
          - {need: On-time delivery, importance: 5, us: 3, competitor: 4}
        stakeholders:
          - {name: Their Decision Maker, title: VP Operations, role: decision-maker, stance: supporter, last_contact: \(today)}
          - {name: Their Sponsor, title: COO, role: sponsor, stance: neutral, last_contact: \(today)}
        objectives:
          - {name: Agree the next year's plan with the customer, owner: Your Name, due: \(today.adding(days: 60)), status: planned}
        scorecard:
          # A week's sales each week, added up over the quarter against the quarter's target,
          # pro-rated to the day: the plan shows the quarter so far and what is due by now.
          - {id: revenue, perspective: financial, name: Sales revenue, unit: USD, target: 250000, period: quarter, aggregate: sum, direction: up, weight: 2}
          - {id: new-projects, perspective: growth, name: New projects won, unit: projects, target: 2, direction: up}
          - {id: nps, perspective: customer, name: Net promoter score, unit: points, target: 30, direction: up}
          - {id: lead-time, perspective: internal, name: Order lead time, unit: days, target: 10, direction: down}
        playbooks: [congruence-model]
        ---
        Who the account is, and why it is key to us.

        ## Strategy

        What the account values, how it rates us against competitors, and what we will do about it.

        ## Organization

        Who sponsors the account on our side and how the team meets.

        ## Human resources

        Who covers the account, and who would take over.

        ## Systems and processes

        Where the scorecard numbers come from and when the plan is reviewed.

        """
    }

    static let playbook = """
    ---
    title: The congruence model
    summary: Strategy, organization, people and systems must pull the same way.
    order: 1
    ---
    Every account plan covers four building blocks. Write one second-level section for each:

    ## Strategy

    Which accounts are key, what they value, and the experience we design for them.

    ## Organization

    A sponsor at the top, a key account director who keeps the blocks aligned, and a key
    account manager who leads each relationship.

    ## Human resources

    Recruit, train, retain and reward the people who run the accounts.

    ## Systems and processes

    The data, reports and weekly review that keep the plan alive.

    """

    static let scorecard = """
    account,metric,actual,note
    example-account,revenue,21000,week's invoiced sales
    example-account,new-projects,1,
    example-account,nps,34,survey of 9 users
    example-account,lead-time,12,

    """

    static func review(today: Day) -> String {
        """
        ---
        title: First account review
        attendees: [Your Sponsor, Your Director, Your Name]
        ---
        ## Decisions

        - Start the weekly review rhythm.

        """
    }
}
