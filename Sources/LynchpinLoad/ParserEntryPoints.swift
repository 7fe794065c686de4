import LynchpinDomain
import LynchpinMarkdown

/// Each parser the loader runs on a file's bytes, reachable from outside the module for the
/// fuzz targets (`Fuzz/`, `make fuzz`) and their regression inputs. Each takes raw bytes as
/// a file would hold them and returns how many problems it reported, so that nothing is
/// optimised away; none may crash, hang or grow without bound on any input. The one that
/// stops on purpose is `yaml-subset`, on a tree the subset parser reads unlike libyaml.
public enum ParserEntryPoints {
    public enum Target: String, CaseIterable, Sendable {
        case frontMatter = "front-matter", yaml, yamlSubset = "yaml-subset", csv, markdown, config
        /// A worksheet's XML, and the same bytes as a whole workbook.
        case sheet
        /// A CRM or survey export, as CSV and as a workbook, read as opportunities and as answers.
        case exports
    }

    @discardableResult
    public static func run(_ target: Target, on bytes: [UInt8]) -> Int {
        if target == .sheet {
            let rows = (try? Workbook.rows(bytes, part: "fuzz", strings: ["a", "b"], dateStyles: [false, true]))?.rows.count ?? 1
            let styles = WorkbookScorecards.Styles(numbers: .commaGroupsDotDecimal, dates: .dayFirst)
            return rows + WorkbookScorecards.load(file: "fuzz", bytes: bytes, styles: styles).1.count
        }
        if target == .exports { return exports(bytes) }
        guard case .success(let source) = SourceText.decode(bytes, file: "fuzz") else { return 1 }
        let text = source.text
        switch target {
        case .frontMatter:
            if case .failure = FrontMatterFile.split(text, file: "fuzz") { return 1 }
            return 0
        case .yaml:
            guard case .success(let split) = FrontMatterFile.split(text, file: "fuzz") else { return 1 }
            let reader = YAMLReader(file: "fuzz", lineOffset: split.yamlLineOffset)
            let loader = AccountLoader(config: SiteConfig(), playbookIDs: ["congruence-model"], accountIDs: ["fuzz", "parent-account"])
            _ = loader.load(id: "fuzz", file: "fuzz", frontMatter: split, reader: reader)
            return reader.diagnostics.count
        case .yamlSubset:
            // The one target that stops on purpose: a tree the subset parser reads
            // differently from libyaml.
            let subset = YAMLComposer.compose(text, subset: true)
            let libyaml = YAMLComposer.compose(text, subset: false)
            if case .success(let tree?) = subset {
                guard case .success(let expected?) = libyaml, expected.outline == tree.outline else {
                    fatalError("YAMLSubsetParser read a text differently from libyaml:\n\(tree.outline)\nlibyaml: \(libyaml)")
                }
            }
            return 0
        case .csv:
            // Every number style, so the formatted amounts' reader meets the fuzzer's bytes too.
            return NumberStyle.allCases.reduce(0) { count, style in
                count + ScorecardLoader.load(date: Day(iso: "2026-11-27")!, file: "fuzz", text: text, style: style).1.count
            }
        case .markdown:
            let rebase = LinkRebase(from: "accounts/fuzz/index.html", to: "print/index.html")
            let safe = MarkdownRenderer().render(text, idPrefix: "fuzz-", rebase: rebase)
            let unsafe = MarkdownRenderer(allowUnsafeHTML: true, smartPunctuation: false).render(text)
            return safe.outline.count + unsafe.outline.count
        case .config:
            return ConfigLoader.load(yaml: text, file: "lynchpin.yml").1.count
        case .sheet, .exports:
            return 0
        }
    }

    private static func exports(_ bytes: [UInt8]) -> Int {
        let matcher = AccountMatcher([("acme", "Acme Logistics", ["001Ax00000Acme01"]), ("zenith", "Zenith", [])])
        var count = 0
        for isWorkbook in [false, true] {
            let (tables, problems) = ExportTable.read(file: "fuzz", bytes: bytes, isWorkbook: isWorkbook)
            let crm = CRMExports(declaredColumns: nil, stages: ["verhandlung": .negotiate], numbers: .commaGroupsDotDecimal,
                                 dates: .monthFirst, currency: "USD", matcher: matcher).load(tables)
            let feedback = FeedbackExports(side: .customer, numbers: .plain, dates: .iso, matcher: matcher).load(tables)
            count += problems.count + crm.0.count + crm.1.count + feedback.0.count + feedback.1.count
        }
        return count
    }
}
