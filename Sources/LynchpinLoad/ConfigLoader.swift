import LynchpinDomain

/// Reads `lynchpin.yml`; every key is optional and falls back to its documented default.
enum ConfigLoader {
    static let knownKeys: Set<String> = [
        "title", "organization", "encodings", "currency", "as_of", "rag", "focus_limit", "stale_contact_days",
        "unsafe_html", "smart_punctuation", "base_url", "criteria", "qualification_threshold",
        "executive_pack", "max_file_mb", "fiscal_year_start", "perspective_weights", "rewards",
        "number_formats", "date_formats", "crm", "feedback", "paper", "forecast",
    ]

    static func load(yaml: String, file: String) -> (SiteConfig, [Diagnostic]) {
        let reader = YAMLReader(file: file, lineOffset: 0)
        var config = SiteConfig()
        guard let fields = reader.root(of: yaml) else { return (config, reader.diagnostics) }
        fields.warnUnknownKeys(known: knownKeys)
        readSite(fields, into: &config)
        readScoring(fields, into: &config)
        config.numberStyles = NumberStyles(readStyles(fields, "number_formats", NumberStyle.self))
        config.dateStyles = DateStyles(readStyles(fields, "date_formats", DateStyle.self))
        config.encodings = TextEncodings(readStyles(fields, "encodings", TextEncoding.self))
        readExports(fields, into: &config)
        if let criteria = fields.nested("criteria") { readSelection(criteria, into: &config) }
        return (config, reader.diagnostics)
    }

    /// The site as a whole: its names, dates, addresses, pages and limits.
    private static func readSite(_ fields: Fields, into config: inout SiteConfig) {
        let reader = fields.reader
        if let title = fields.string("title") { config.title = title }
        if let organization = fields.string("organization") { config.organization = organization }
        if let currency = fields.string("currency") {
            if currency.count == 3, currency.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                config.currency = currency
            } else {
                reader.fail(fields.value("currency"), path: "currency", expected: "an ISO 4217 code such as USD or EUR")
            }
        }
        config.asOf = fields.day("as_of")
        if let unsafe = fields.bool("unsafe_html") { config.unsafeHTML = unsafe }
        if let smart = fields.bool("smart_punctuation") { config.smartPunctuation = smart }
        if let base = fields.string("base_url") {
            if base.hasPrefix("https://") || base.hasPrefix("http://") {
                config.baseURL = base.hasSuffix("/") ? base : base + "/"
            } else {
                reader.fail(fields.value("base_url"), path: "base_url", expected: "an absolute http:// or https:// address")
            }
        }
        if let threshold = fields.value("qualification_threshold") {
            // v1 files still build: qualifying a sale gives a profile for the team's call,
            // not a verdict against a threshold.
            reader.warning(at: threshold, field: "qualification_threshold",
                           "no longer used: qualification is shown as a profile and the team records its call as an opportunity's fit; remove the key")
        }
        if let pack = fields.choice("executive_pack", ExecutivePack.self) { config.executivePack = pack }
        if let paper = fields.choice("paper", Paper.self) { config.paper = paper }
        if let limit = fields.number("max_file_mb") {
            if limit > 0 {
                config.maxFileMB = limit
            } else {
                reader.fail(fields.value("max_file_mb"), path: "max_file_mb", expected: "a number of megabytes above 0")
            }
        }
        if let month = fields.integer("fiscal_year_start", in: 1...12) { config.fiscalYearStart = month }
    }

    /// How measures, perspectives and managers are scored: bands, focus, staleness,
    /// perspective weights, the bonus curve.
    private static func readScoring(_ fields: Fields, into config: inout SiteConfig) {
        let reader = fields.reader
        if let rag = fields.nested("rag") {
            rag.warnUnknownKeys(known: ["green", "amber"])
            if let green = rag.number("green") { config.rag.green = green }
            if let amber = rag.number("amber") { config.rag.amber = amber }
            if config.rag.amber > config.rag.green {
                reader.error(at: rag.value("amber"), field: "rag.amber",
                             "expected a band no higher than rag.green (\(config.rag.green)), found \(config.rag.amber)")
            }
        }
        if let limit = fields.integer("focus_limit", in: 1...100) { config.focusLimit = limit }
        if let days = fields.integer("stale_contact_days", in: 0...3650) { config.staleContactDays = days }
        if let weights = fields.nested("perspective_weights") {
            weights.warnUnknownKeys(known: Measure.Perspective.allCases.map(\.rawValue))
            for perspective in Measure.Perspective.allCases {
                guard let weight = weights.number(perspective.rawValue) else { continue }
                if weight < 0 {
                    reader.fail(weights.value(perspective.rawValue), path: "perspective_weights.\(perspective.rawValue)",
                                expected: "a weight of 0 or more")
                } else {
                    config.perspectiveWeights[perspective] = weight
                }
            }
            if Measure.Perspective.allCases.allSatisfy({ config.perspectiveWeights[$0] == 0 }) {
                reader.error(at: fields.value("perspective_weights"), field: "perspective_weights",
                             "expected at least one perspective weighted above 0, found every weight 0")
            }
        }
        if let rewards = fields.nested("rewards") {
            rewards.warnUnknownKeys(known: ["bonus_curve"])
            config.bonusCurve = readBonusCurve(rewards)
        }
    }

    /// `crm` and `feedback`: how the CRM's and the survey tools' exports are read.
    private static func readExports(_ fields: Fields, into config: inout SiteConfig) {
        if let crm = fields.nested("crm") {
            crm.warnUnknownKeys(known: ["columns", "stages"])
            config.crmColumns = DeclaredStyles(readColumns(crm), fallback: nil)
            for entry in crm.entries("stages") {
                guard case .scalar(let scalar) = entry.value, let stage = Opportunity.Stage(rawValue: scalar.string) else {
                    crm.reader.fail(entry.value, path: entry.path,
                                    expected: "one of \(Opportunity.Stage.allCases.map(\.rawValue).joined(separator: ", "))")
                    continue
                }
                config.crmStages[CRMStageName.key(entry.key)] = stage
            }
        }
        if let forecast = fields.nested("forecast") {
            forecast.warnUnknownKeys(known: ["probabilities"])
            for entry in forecast.entries("probabilities") {
                guard let percent = forecast.number(entry.value, path: entry.path) else { continue }
                guard (0...100).contains(percent) else {
                    forecast.reader.fail(entry.value, path: entry.path, expected: "a percentage from 0 to 100")
                    continue
                }
                config.stageProbabilities[CRMStageName.key(entry.key)] = percent
            }
        }
        if let feedback = fields.nested("feedback") {
            feedback.warnUnknownKeys(known: ["sides"])
            let sides = readStyles(feedback, "sides", FeedbackResponse.Side.self)
            config.feedbackSides = DeclaredStyles(sides.mapValues { Optional($0) }, fallback: nil)
        }
    }

    /// `criteria`: the matrix's criteria, and how many must be scored to be ranked.
    private static func readSelection(_ criteria: Fields, into config: inout SiteConfig) {
        criteria.warnUnknownKeys(known: ["attractiveness", "strength", "scored_to_rank"])
        if let value = criteria.value("scored_to_rank") {
            if let number = criteria.number("scored_to_rank"), number >= 1, number == number.rounded() {
                config.scoredToRank = Int(number)
            } else {
                criteria.reader.fail(value, path: "criteria.scored_to_rank", expected: "a whole number of criteria, 1 or more")
            }
        }
        if criteria.value("attractiveness") != nil {
            config.criteria.attractiveness = readCriteria(criteria, key: "attractiveness")
        }
        if criteria.value("strength") != nil {
            config.criteria.strength = readCriteria(criteria, key: "strength")
        }
    }

    /// `number_formats: {scorecards: "1.234,56", scorecards/2026-11-27.csv: "1,234.56"}`, and
    /// `date_formats` alike: paths under content/, each a folder or a file.
    private static func readStyles<Style: RawRepresentable & CaseIterable>(_ fields: Fields, _ key: String, _: Style.Type)
        -> [String: Style] where Style.RawValue == String {
        var styles: [String: Style] = [:]
        let options = Style.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        for entry in fields.entries(key) {
            guard let path = contentPath(entry, fields) else { continue }
            guard case .scalar(let scalar) = entry.value, let style = Style(rawValue: scalar.string) else {
                fields.reader.fail(entry.value, path: entry.path, expected: "one of \(options) (in quotes)")
                continue
            }
            styles[path] = style
        }
        return styles
    }

    /// A key naming a file or folder under content/, without a trailing slash; nil, reported, otherwise.
    private static func contentPath(_ entry: Fields.Entry, _ fields: Fields) -> String? {
        let path = entry.key.hasSuffix("/") ? String(entry.key.dropLast()) : entry.key
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            fields.reader.fail(entry.keyNode, path: entry.path, expected: "a file or folder under content/, such as scorecards or scorecards/2026-11-27.csv")
            return nil
        }
        return path
    }

    /// `crm.columns: {crm/pipedrive.csv: {name: Title, account: Organization, …}}`: for each
    /// path, which column header holds each opportunity field.
    private static func readColumns(_ crm: Fields) -> [String: [String: String]?] {
        var layouts: [String: [String: String]?] = [:]
        for entry in crm.entries("columns") {
            guard let path = contentPath(entry, crm), let mapping = crm.reader.fields(entry.value, path: entry.path) else { continue }
            mapping.warnUnknownKeys(known: CRMLayout.fields)
            var columns: [String: String] = [:]
            for field in CRMLayout.fields {
                if let header = mapping.string(field) { columns[field] = header }
            }
            let missing = CRMLayout.requiredFields.filter { columns[$0] == nil }
            guard missing.isEmpty else {
                crm.reader.error(at: entry.value, field: entry.path,
                                 "expected the column of every required field (\(CRMLayout.requiredFields.joined(separator: ", "))), found none for \(missing.joined(separator: ", "))")
                continue
            }
            layouts[path] = columns
        }
        return layouts
    }

    /// `bonus_curve: [{score, payout}]`: percentages, scores strictly rising.
    private static func readBonusCurve(_ rewards: Fields) -> BonusCurve? {
        guard let node = rewards.value("bonus_curve") else {
            _ = rewards.present("bonus_curve", expected: "a list of {score, payout} points")
            return nil
        }
        var points: [BonusCurve.Point] = []
        var failed = false
        for item in rewards.list("bonus_curve") {
            guard let point = rewards.reader.fields(item) else {
                failed = true
                continue
            }
            point.warnUnknownKeys(known: ["score", "payout"])
            let score = point.present("score", expected: "a score as a percentage") ? point.number("score") : nil
            let payout = point.present("payout", expected: "a payout as a percentage") ? point.number("payout") : nil
            guard let score, let payout else {
                failed = true
                continue
            }
            if payout < 0 {
                rewards.reader.fail(point.value("payout"), path: "\(item.path).payout", expected: "a payout percentage of 0 or more")
                failed = true
            }
            if let last = points.last, score <= last.score {
                rewards.reader.error(at: point.value("score"), field: "\(item.path).score",
                                     "expected a score above the previous point's \(PlainNumber.text(last.score)), found \(PlainNumber.text(score))")
                failed = true
            }
            points.append(BonusCurve.Point(score: score, payout: payout))
        }
        if node.sequence != nil, points.isEmpty, !failed {
            rewards.reader.fail(node, path: "rewards.bonus_curve", expected: "a list of at least one {score, payout} point")
        }
        return failed ? nil : BonusCurve(points: points)
    }

    private static func readCriteria(_ fields: Fields, key: String) -> [Criterion] {
        fields.entries(key).compactMap { entry in
            guard Identifier.isValid(entry.key.replacingUnderscores()) else {
                fields.reader.fail(entry.keyNode, path: entry.path, expected: "a criterion id of lower-case letters, digits, '_' or '-'")
                return nil
            }
            guard let criterion = fields.reader.fields(entry.value, path: entry.path) else { return nil }
            criterion.warnUnknownKeys(known: ["label", "weight"])
            let weight = criterion.number("weight") ?? 1
            if weight < 0 {
                fields.reader.fail(criterion.value("weight"), path: "\(entry.path).weight", expected: "a weight of 0 or more")
            }
            return Criterion(id: entry.key, label: criterion.string("label") ?? entry.key.humanized(), weight: max(0, weight))
        }
    }
}

extension String {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }

    /// "ninety-day_pilot" -> "Ninety day pilot", for titles nobody wrote.
    func humanized() -> String {
        let words = split(whereSeparator: { $0 == "-" || $0 == "_" }).joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
