import LynchpinDomain
import LynchpinLoad

/// A small project in memory, with one file to break per test.
enum Fixtures {
    static let root = "/p"
    static let location = ProjectLocation(root: root)

    static let account = """
    ---
    name: Acme Logistics
    status: active
    manager: Dana Whitfield
    team:
      - {name: Lee Park, role: Solutions engineer}
    revenue:
      current: 2400000
      profit: 410000
    attractiveness:
      current_revenue: 4
      future_volume: 5
    strength:
      relationship: 3
    expectations:
      - {need: On-time delivery, importance: 5, us: 3, competitor: 4}
    stakeholders:
      - name: Maria Chen
        role: decision-maker
        stance: advocate
        last_contact: 2026-11-20
    objectives:
      - {name: Rotterdam hub, due: 2027-03-31, status: in-progress}
    scorecard:
      - {id: revenue, perspective: financial, name: Sales, unit: USD, target: 650000, weight: 2}
      - {id: lead-time, perspective: internal, name: Lead time, unit: days, target: 12, direction: down}
    pilot:
      name: Cold chain
      start: 2026-10-01
      milestones:
        - {name: Kick-off, day: 0, status: done}
        - {name: Decision, day: 90}
    qualification:
      - {step: 1, question: Why now?, answer: Claims doubled, score: 4}
    playbooks: [congruence-model]
    ---
    ## Strategy

    Win the reefer fleet.
    """

    static let playbook = """
    ---
    title: The congruence model
    order: 1
    ---
    ## Strategy
    """

    static let week = """
    account,metric,actual,note
    acme,revenue,612000,
    acme,lead-time,13,"slow, again"
    """

    static let review = """
    ---
    attendees: [Priya Raman, Dana Whitfield]
    accounts: [acme]
    ---
    Notes.
    """

    static func files(_ changes: [String: String?] = [:]) -> [String: String] {
        var files: [String: String] = [
            "/p/lynchpin.yml": "title: Test accounts\nas_of: 2026-11-27\n",
            "/p/content/accounts/acme.md": account,
            "/p/content/playbooks/congruence-model.md": playbook,
            "/p/content/scorecards/2026-11-27.csv": week,
            "/p/content/reviews/2026-11-27.md": review,
        ]
        for (path, text) in changes { files["/p/" + path] = text }
        return files
    }

    static func load(_ changes: [String: String?] = [:]) -> (LoadedProject?, [Diagnostic]) {
        ProjectLoader(reader: .memory(files(changes))).load(location)
    }
}
