import LynchpinDomain
import LynchpinMarkdown

/// Each parser the loader runs on a file's bytes, reachable from outside the module for the
/// fuzz targets (`Fuzz/`, `make fuzz`) and their regression inputs. Each takes raw bytes as
/// a file would hold them and returns how many problems it reported, so that nothing is
/// optimised away; none may crash, hang or grow without bound on any input.
public enum ParserEntryPoints {
    public enum Target: String, CaseIterable, Sendable {
        case frontMatter = "front-matter", yaml, csv, markdown, config
    }

    @discardableResult
    public static func run(_ target: Target, on bytes: [UInt8]) -> Int {
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
        case .csv:
            return ScorecardLoader.load(date: Day(iso: "2026-11-27")!, file: "fuzz", text: text).1.count
        case .markdown:
            let rebase = LinkRebase(from: "accounts/fuzz/index.html", to: "print/index.html")
            let safe = MarkdownRenderer().render(text, idPrefix: "fuzz-", rebase: rebase)
            let unsafe = MarkdownRenderer(allowUnsafeHTML: true, smartPunctuation: false).render(text)
            return safe.outline.count + unsafe.outline.count
        case .config:
            return ConfigLoader.load(yaml: text, file: "lynchpin.yml").1.count
        }
    }
}
