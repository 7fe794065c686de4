import Foundation
import Testing
@testable import LynchpinLoad

/// The subset parser must give libyaml's tree, every text, style and mark included, or give
/// up and let libyaml read the text (and report its errors).
@Suite struct YAMLSubsetParserTests {
    func subset(_ yaml: String) -> YAMLNode? {
        var text = yaml
        return text.withUTF8 { YAMLSubsetParser.parse($0, interner: nil) }
    }

    /// What `compose` gives, through the subset parser and through libyaml alone, written
    /// out in full so that two results compare mark for mark.
    func outlines(_ yaml: String) -> (subset: String, libyaml: String) {
        func outline(_ result: Result<YAMLNode?, YAMLComposer.Failure>) -> String {
            switch result {
            case .success(let node): node?.outline ?? "no document"
            case .failure(let failure): "failure \(failure)"
            }
        }
        return (outline(YAMLComposer.compose(yaml, subset: true)), outline(YAMLComposer.compose(yaml, subset: false)))
    }

    /// The shapes front matter is written in: each is read without libyaml, to the same tree.
    static let readTexts = [
        "name: Acme\nstatus: active\n",
        "name: Acme",
        "revenue:\n  current: 4532000\n  profit: -12.5\n  potential: 1e6\n",
        "team:\n  - {name: Lee Park, role: Solutions engineer}\n  - {name: Ana Ruiz}\n",
        "team:\n- Lee\n- Ana\nregion: EMEA\n",
        "stakeholders:\n  - name: Maria Chen\n    title: Director\n    last_contact: 2026-10-26\n  - name: Jonas\n",
        "stakeholders:\n- name: Maria Chen\n  title: Director\n- name: Jonas\nowner: x\n",
        "owners: [Ana Ruiz, Lee Park]\nempty: []\nnone: {}\n",
        "a: 'it''s here'\nb: \"double quoted\"\nc: '  spaced  '\nd: ''\ne: \"\"\n",
        "# a comment\n\nname: Acme   # trailing comment\n\n  # indented comment\nregion: EMEA\n",
        "industry:\nregion: EMEA\nsponsor:   \nnote: # only a comment\n",
        "pilot:\n  name: P\n  decision:\nlast:\n",
        "items:\n  - id: a\n    value:\n  - id: b\n",
        "name: Łódź Rail\n", "region: ÉMEA\n", "team: [Zoë, 日本語]\n", "team: {name: Zoë, role: 日本語, a: b}\n",
        "a: [[x, y], {b: [c, 'd'], e: {}}, []]\n", "a: [{name: Zoë, owners: [Ana, Lee]}]\n",
        "url: https://example.com/a#b?c=d\nsign: -5\ntext: a#b and \"quotes\" and 'apostrophes'\n",
        "key.with-dash_and.dot: 1\nKey2: -x\n",
        "a:    spaced out value   \nb: x\n",
        "scorecard:\n  - id: revenue\n    targets:\n      - {from: 2026-10-01, target: 38}\n      - {from: 2026-11-15, target: 43}\n",
        "opportunities:\n  - id: o1\n    qualification:\n    - step: 1\n      question: Who?\n    - step: 2\n  - id: o2\n",
        "  indented: root\n  second: key\n",
        "list: [ a , 'b' , \"c\" ]\nmap: { a: 1 , b: 'two' }\n",
        "a: 'x' # comment\nb: [c] # comment\nc: {d: e}  # comment\n",
    ]

    /// Outside the subset, or errors: given up on, so libyaml reads (or refuses) them.
    static let givenUpTexts = [
        "", "# only a comment\n", "---\nname: A\n", "---", "--- a: 1\n", "  a: 1\n---\n", "  a: 1\n...\n", "name: A\n---\nb: 2\n", "%YAML 1.1\n---\na: 1\n", "a: 1\n...\n",
        "base: &b {target: 10}\nother: *b\n", "a: !!str 5\n", "a: |\n  line one\n  line two\n", "a: >\n  folded\n",
        "a: plain\n  continued\n", "a: 1\n b: 2\n", "a:\n  b: 1\n c: 2\n", "a:\n    b: 1\n  c: 2\n",
        "a:\tb\n", "a: 1\r\nb: 2\r\n", "\u{FEFF}a: 1\n", "a: x\u{85}y\n", "a: x\u{2028}y\n", "a: \u{7}\n",
        "name: A\nname: B\n", "team: {a: 1, a: 2}\n", "a: b: c\n", "a: see:\n", "- - a\n", "-\n  a: 1\n", "- a\n- b\n",
        "? a\n: b\n", "a b: 1\n", "\"quoted\": 1\n", "a: [x, y,]\n", "a: [x,\n  [y]]\n", "a: [x,\n  y]\n", "a: \"esc\\n\"\n",
        "a: 'open\n", "a: {b: c} d\n", "a: [b]#c\n", "a: - b\n", "a: @b\n", "a: `b`\n", "a: %b\n", "a: ,b\n",
        "a: [b: c]\n", "a: {b}\n", "a: {b: }\n", "a: [,]\n", "a: {b: x:y}\n", "a:\n  - b\n  c: d\n", "a:\n  note text\n",
        "list:\n  - x\n    y\n", "-a: 1\n", ".a: 1\n", "a: 1\n  # a comment between\n  b: 2\n", "d: 'x'y\n",
        String(repeating: "k", count: 1100) + ": 1\n",
        (0..<20).reduce("x") { inner, _ in "a:\n" + inner.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") } + "\n",
    ]

    @Test(arguments: readTexts)
    func frontMatterShapesAreReadAsLibyamlReadsThem(_ yaml: String) throws {
        let tree = try #require(subset(yaml), "read by the subset parser")
        let libyaml = try #require(try YAMLComposer.compose(yaml, subset: false).get())
        #expect(tree.outline == libyaml.outline)
    }

    /// Some of these are errors, some YAML the subset does not cover: either way the
    /// subset parser must give up, so that libyaml reads them (and `compose` then gives
    /// libyaml's own result by construction).
    @Test(arguments: givenUpTexts)
    func otherTextsAreLeftToLibyaml(_ yaml: String) {
        #expect(subset(yaml) == nil)
    }

    /// Every YAML text of the sample project: read by the subset parser where it can, and
    /// then exactly as libyaml reads it. One plan writes flow mappings over two lines,
    /// which is left to libyaml.
    @Test func theSampleProjectReadsAsLibyamlReadsIt() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..")
        var texts = [("lynchpin.yml", try String(contentsOf: repository.appendingPathComponent("lynchpin.yml"), encoding: .utf8))]
        for folder in ["accounts", "playbooks", "reviews"] {
            let url = repository.appendingPathComponent("content/\(folder)")
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where name.hasSuffix(".md") {
                let file = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                if case .success(let split) = FrontMatterFile.split(file, file: name), split.hasFrontMatter {
                    texts.append((name, split.yaml))
                }
            }
        }
        #expect(texts.count > 20)
        for (name, text) in texts {
            let (subset, libyaml) = outlines(text)
            #expect(subset == libyaml, "\(name)")
        }
        let leftToLibyaml = texts.filter { subset($0.1) == nil }.map(\.0)
        #expect(leftToLibyaml == ["meridian-freight.md"])
    }
}
