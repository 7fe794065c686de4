#!/usr/bin/env python3
"""Writes a synthetic Lynchpin project and an equivalent Hugo site for `make bench`.

    generate.py N WEEKS OUT [--managers M] [--reviews R]

OUT/lynchpin: lynchpin.yml, N accounts as rich as a real plan (about 7.5 KB of front
matter: 8 measures, 12 stakeholders, 13 objectives; and 1 KB of Markdown with links of the
kind authors write, to a playbook and to the plan's own sections), WEEKS weekly scorecard CSVs, a few
playbooks and reviews: by default 10 managers and 4 reviews, each on two accounts; with
--managers and --reviews, M managers and R reviews of the whole portfolio (the shape of a
team whose three managers hold a thousand accounts each).
OUT/hugo: a Hugo site whose content/accounts/ holds the same account files, and a layout
that lists the front-matter fields in a table and renders the body.

Deterministic: the same N and WEEKS give the same files (a fixed random seed).
"""
import argparse
import datetime
import os
import random
import shutil
import sys

MANAGERS = ["Dana Whitfield", "Luis Romero", "Hannah Okafor", "Kenji Sato", "Amara Osei", "Jonas Berg",
            "Priya Nair", "Tomasz Nowak", "Grace Liu", "Owen Price"]
INDUSTRIES = ["Logistics", "Food processing", "Medical devices", "Pharmaceuticals", "Energy", "Rail", "Retail",
              "Construction", "Aerospace", "Dairy"]
REGIONS = ["EMEA", "North America", "APAC", "LATAM"]
# Summed over the quarter: each week's row is that week's sales (a thirteenth of the target).
SUMMED = {"revenue"}
MEASURES = [
    ("revenue", "financial", "Quarterly sales revenue", "USD", 650000, "up", 2),
    ("margin", "financial", "Profit contribution", "%", 17, "up", 1),
    ("new-lanes", "growth", "New applications developed", "projects", 6, "up", 1),
    ("nps", "customer", "Net promoter score", "points", 40, "up", 1),
    ("on-time", "customer", "On-time delivery", "%", 95, "up", 2),
    ("lead-time", "internal", "Order lead time", "days", 12, "down", 1),
    ("wallet", "growth", "Sales to previously unsold divisions", "USD", 120000, "up", 1),
    ("inventory", "internal", "Days of inventory held", "days", 30, "down", 1),
]
STAKEHOLDERS = [("Maria Chen", "decision-maker"), ("Jonas Berg", "sponsor"), ("Elif Kaya", "user"),
                ("Rupert Hale", "blocker"), ("Oskar Lind", "champion"), ("Sofia Duarte", "evaluator"),
                ("Kwame Mensah", "user"), ("Lin Wei", "evaluator"), ("Ines Moreau", "champion"),
                ("Pavel Novak", "user"), ("Hana Sato", "evaluator"), ("Diego Alvarez", "user")]
BODY = """Who {name} is, and why it is key to us: a {industry} business in {region} that buys
sensors and telematics for its operations. We want a larger share of its spend. The plan
follows [the congruence model](../../playbooks/congruence-model/index.html); how we measure
it is under [Systems and processes](#systems-and-processes).

## Strategy

{name} values **reliability over price**. Our products are rated well, but our delivery
record lets us down. Win the next programme through a focused pilot, then fix delivery.

- Grow share of wallet by a third within two years.
- Keep price out of the pilot; lead with avoided costs.

## Organization

The sponsor meets their executives each quarter; the director holds the monthly plan review.

## Human resources

Two engineers know the account; a third is being trained so no knowledge sits with one person.

## Systems and processes

A weekly scorecard export from the ERP, reviewed in the Monday account review.
"""


def account(i, rng, today, managers, booked_through):
    name = f"Synthetic Account {i:05d}"
    ident = f"account-{i:05d}"
    start = today - datetime.timedelta(days=rng.randint(0, 120))
    lines = [
        "---",
        f"name: {name}",
        f"status: {rng.choice(['active'] * 8 + ['prospect', 'archived'])}",
        f"industry: {rng.choice(INDUSTRIES)}",
        f"region: {rng.choice(REGIONS)}",
        f"manager: {managers[i % len(managers)]}",
        "director: Sam Ortiz",
        "sponsor: Priya Raman",
        "team:",
        "  - {name: Lee Park, role: Solutions engineer}",
        "  - {name: Ana Ruiz, role: Customer success}",
        "  - {name: Tomasz Nowak, role: Supply planner}",
        "  - {name: Grace Liu, role: Service manager}",
        "revenue:",
        # About four quarters of the weekly sales the scorecards carry (650,000 a quarter).
        f"  current: {rng.randint(2000, 3200) * 1000}",
        f"  profit: {rng.randint(5, 900) * 1000}",
        f"  potential: {rng.randint(500, 9000) * 1000}",
        # The year's sales before the first scorecard week, so the forecast has the whole year.
        f"  year_to_date: {{through: {booked_through.isoformat()}, amount: {rng.randint(1200, 2000) * 1000}}}",
        "attractiveness:",
    ]
    for key in ["current_revenue", "current_profit", "future_volume", "financial_security", "strategic_fit",
                "cultural_fit", "values_us"]:
        lines.append(f"  {key}: {rng.randint(1, 5)}")
    lines.append("strength:")
    for key in ["relationship", "offer_fit", "share_of_wallet", "delivery_record"]:
        lines.append(f"  {key}: {rng.randint(1, 5)}")
    lines.append("expectations:")
    for need in ["On-time delivery", "Sensor accuracy", "Integration with their systems", "Price per unit",
                 "Field service response", "Data retention and export", "Calibration support",
                 "Training for their technicians"]:
        lines += [f"  - need: {need}", f"    importance: {rng.randint(1, 5)}", f"    us: {rng.randint(1, 5)}",
                  f"    competitor: {rng.randint(1, 5)}"]
    lines.append("stakeholders:")
    for who, role in STAKEHOLDERS:
        contact = today - datetime.timedelta(days=rng.randint(0, 60))
        lines += [f"  - name: {who}", f"    title: Director of {rng.choice(['Operations', 'Supply Chain', 'Procurement', 'Quality', 'Engineering'])}",
                  f"    role: {role}",
                  f"    stance: {rng.choice(['advocate', 'supporter', 'neutral', 'skeptic'])}",
                  f"    last_contact: {contact.isoformat()}"]
    lines.append("objectives:")
    for k in range(13):
        due = today + datetime.timedelta(days=rng.randint(-30, 120))
        lines += [f"  - name: Objective {k + 1} for {name} - widen the footprint in the next plant",
                  f"    owner: {managers[i % len(managers)]}", f"    due: {due.isoformat()}",
                  f"    status: {rng.choice(['planned', 'in-progress', 'done'])}"]
    lines.append("scorecard:")
    for mid, perspective, label, unit, target, direction, weight in MEASURES:
        unit_text = '"%"' if unit == "%" else unit
        lines += [f"  - id: {mid}", f"    perspective: {perspective}", f"    name: {label}", f"    unit: {unit_text}",
                  f"    target: {target}", f"    direction: {direction}", f"    weight: {weight}"]
        if mid in SUMMED:
            lines += ["    period: quarter", "    aggregate: sum"]
    # Two open opportunities of the plan's own, weighted in the forecast by their stage.
    lines.append("opportunities:")
    for k, stage in enumerate(rng.sample(["qualify", "propose", "negotiate"], 2)):
        close = today + datetime.timedelta(days=rng.randint(-20, 90))
        lines.append(f"  - {{id: deal-{k + 1}, name: Rollout {k + 1} at {name}, value: {rng.randint(50, 900) * 1000}, "
                     f"stage: {stage}, close: {close.isoformat()}, fit: pursue}}")
    lines += [
        "pilot:",
        "  name: Visibility pilot",
        f"  start: {start.isoformat()}",
        "  days: 90",
        "  team: [Dana Whitfield, Lee Park, Ana Ruiz]",
        "  customer_stakeholder: Maria Chen",
        "  hypothesis: Live tracking cuts claims by a third.",
        "  success: Two lanes live and a signed rollout order by day 90.",
        "  milestones:",
        "    - {name: Kick-off with customer, day: 0, status: done}",
        "    - {name: Sensors installed on the first lane, day: 20, status: done}",
        "    - {name: First lane live, day: 45, status: in-progress}",
        "    - {name: Claims data compared with last year, day: 70, status: planned}",
        "    - {name: Rollout decision, day: 90, status: planned}",
        "qualification:",
        # Quoted: Hugo's YAML parser reads a bare '?' in a flow mapping as a complex key.
        "  - {step: 1, question: \"What prompted you to look into this?\", answer: Claims doubled, score: 4}",
        "  - {step: 2, question: \"What budget has been established?\", answer: Pilot funded, score: 3}",
        "  - {step: 1, question: \"What does a good outcome look like for you?\", answer: Claims down by a third, score: 4}",
        "  - {step: 2, question: \"Who signs off on the rollout?\", answer: The operations board, score: 3}",
        "  - {step: 2, question: \"What could stop this from going ahead?\", answer: A freeze on capital spend, score: 2}",
        "  - {step: 3, question: \"What are your priorities?\", answer: Fewer escalations, score: 4}",
        "---",
        BODY.format(name=name, industry=rng.choice(INDUSTRIES), region=rng.choice(REGIONS)),
    ]
    return ident, "\n".join(lines)


def week_csv(ids, week_index, rng):
    rows = ["account,metric,actual,note"]
    for ident in ids:
        if rng.random() < 0.03:
            continue  # an account that sent no update that week
        for mid, _, _, _, target, direction, _ in MEASURES:
            drift = 0.8 + 0.3 * rng.random() + 0.01 * week_index
            value = target * drift if direction == "up" else target / drift
            if mid in SUMMED:
                value /= 13
            rows.append(f"{ident},{mid},{round(value, 1)},")
    return "\n".join(rows) + "\n"


HUGO_CONFIG = """baseURL = "https://example.com/"
title = "Synthetic key accounts"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
[markup.goldmark.renderer]
unsafe = false
"""

HUGO_SINGLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Params.name }}</h1>
<table>
<tr><th>Status</th><td>{{ .Params.status }}</td></tr>
<tr><th>Industry</th><td>{{ .Params.industry }}</td></tr>
<tr><th>Region</th><td>{{ .Params.region }}</td></tr>
<tr><th>Manager</th><td>{{ .Params.manager }}</td></tr>
<tr><th>Revenue</th><td>{{ .Params.revenue.current }}</td></tr>
<tr><th>Profit</th><td>{{ .Params.revenue.profit }}</td></tr>
<tr><th>Potential</th><td>{{ .Params.revenue.potential }}</td></tr>
</table>
<h2>Scorecard</h2><table>{{ range .Params.scorecard }}<tr><th>{{ .name }}</th><td>{{ .target }}</td><td>{{ .direction }}</td></tr>{{ end }}</table>
<h2>Stakeholders</h2><table>{{ range .Params.stakeholders }}<tr><th>{{ .name }}</th><td>{{ .role }}</td><td>{{ .last_contact }}</td></tr>{{ end }}</table>
<h2>Objectives</h2><table>{{ range .Params.objectives }}<tr><th>{{ .name }}</th><td>{{ .due }}</td><td>{{ .status }}</td></tr>{{ end }}</table>
{{ .Content }}
</main></body></html>
"""

HUGO_LIST = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1><table>
{{ range .Pages }}<tr><th><a href="{{ .RelPermalink }}">{{ .Params.name }}</a></th><td>{{ .Params.manager }}</td><td>{{ .Params.revenue.current }}</td></tr>
{{ end }}</table></main></body></html>
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("accounts", type=int)
    parser.add_argument("weeks", type=int)
    parser.add_argument("out")
    parser.add_argument("--managers", type=int, default=len(MANAGERS))
    parser.add_argument("--reviews", type=int, default=None,
                        help="this many weekly reviews of every active account (default: 4 on two accounts)")
    args = parser.parse_args()
    n, weeks, out = args.accounts, args.weeks, args.out
    managers = MANAGERS[:max(1, min(args.managers, len(MANAGERS)))]
    rng = random.Random(20261127)
    today = datetime.date(2026, 11, 27)
    shutil.rmtree(out, ignore_errors=True)
    project = os.path.join(out, "lynchpin")
    hugo = os.path.join(out, "hugo")
    for folder in ["content/accounts", "content/scorecards", "content/reviews", "content/playbooks"]:
        os.makedirs(os.path.join(project, folder))
    for folder in ["content/accounts", "layouts/_default"]:
        os.makedirs(os.path.join(hugo, folder))
    with open(os.path.join(project, "lynchpin.yml"), "w") as f:
        f.write(f"title: Synthetic key accounts\norganization: Bench Components\nas_of: {today.isoformat()}\n")
    ids = []
    booked_through = today - datetime.timedelta(days=7 * weeks)
    for i in range(1, n + 1):
        ident, text = account(i, rng, today, managers, booked_through)
        ids.append(ident)
        for root in (project, hugo):
            with open(os.path.join(root, "content/accounts", ident + ".md"), "w") as f:
                f.write(text)
    for w in range(weeks):
        date = today - datetime.timedelta(days=7 * (weeks - 1 - w))
        with open(os.path.join(project, "content/scorecards", date.isoformat() + ".csv"), "w") as f:
            f.write(week_csv(ids, w, rng))
    whole_portfolio = args.reviews is not None
    for w in range(min(weeks, 4) if not whole_portfolio else args.reviews):
        date = today - datetime.timedelta(days=7 * w)
        focus = "" if whole_portfolio else f"accounts: [{ids[0]}, {ids[-1]}]\n"
        with open(os.path.join(project, "content/reviews", date.isoformat() + ".md"), "w") as f:
            f.write(f"---\ntitle: Week review {date.isoformat()}\nattendees: [Priya Raman, Sam Ortiz]\n{focus}---\nNotes of the meeting.\n")
    with open(os.path.join(project, "content/playbooks/congruence-model.md"), "w") as f:
        f.write("---\ntitle: The congruence model\norder: 1\n---\n## Strategy\n\nText.\n")
    with open(os.path.join(hugo, "config.toml"), "w") as f:
        f.write(HUGO_CONFIG)
    with open(os.path.join(hugo, "layouts/_default/single.html"), "w") as f:
        f.write(HUGO_SINGLE)
    with open(os.path.join(hugo, "layouts/_default/list.html"), "w") as f:
        f.write(HUGO_LIST)
    with open(os.path.join(hugo, "layouts/index.html"), "w") as f:
        f.write(HUGO_LIST)


if __name__ == "__main__":
    main()
