import Testing
@testable import LynchpinMarkdown

/// Pipe tables and task lists, checked against the behaviour of the GFM spec's examples
/// (written here in our own words and our own output form: a table in a scroll region,
/// header cells with scope, alignment as a style).
@Suite struct GFMTests {
    let renderer = MarkdownRenderer(smartPunctuation: false)

    /// The HTML with the line breaks cmark puts around custom blocks taken out.
    func html(_ markdown: String, renderer: MarkdownRenderer? = nil, idPrefix: String = "", rebase: LinkRebase? = nil) -> String {
        (renderer ?? self.renderer).render(markdown, idPrefix: idPrefix, rebase: rebase).html
            .replacingOccurrences(of: "\n", with: "")
    }

    func table(_ rows: String) -> String { "<table>\(rows)</table></div>" }

    @Test func aTableHasAHeaderRowADelimiterRowAndBodyRows() {
        let out = html("| foo | bar |\n| --- | --- |\n| baz | bim |\n")
        #expect(out.hasPrefix("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"Table 1: foo, bar\">"))
        #expect(out.hasSuffix(table("<thead><tr><th scope=\"col\">foo</th><th scope=\"col\">bar</th></tr></thead>"
            + "<tbody><tr><td>baz</td><td>bim</td></tr></tbody>")))
    }

    @Test func colonsAlignColumnsAndOuterPipesAreOptional() {
        let out = html("| abc | defghi |\n:-: | -----------:\nbar | baz\n")
        #expect(out.contains("<th scope=\"col\" style=\"text-align: center\">abc</th><th scope=\"col\" style=\"text-align: right\">defghi</th>"))
        #expect(out.contains("<td style=\"text-align: center\">bar</td><td style=\"text-align: right\">baz</td>"))
        #expect(html("a | b\n:-- | ---\n1 | 2\n").contains("<th scope=\"col\" style=\"text-align: left\">a</th><th scope=\"col\">b</th>"))
    }

    @Test func escapedPipesStayInTheirCellAndInlinesAreRendered() {
        let out = html("| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n")
        #expect(out.contains("<th scope=\"col\">f|oo</th>"))
        #expect(out.contains("<td>b <code>|</code> az</td>"))
        #expect(out.contains("<td>b <strong>|</strong> im</td>"))
    }

    @Test func aTableEndsWhereItsParagraphDoes() {
        // A block quote starts after it; a line without pipes is still a row; a blank line ends it.
        let quoted = html("| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n")
        #expect(quoted.contains("<tbody><tr><td>bar</td><td>baz</td></tr></tbody></table></div><blockquote><p>bar</p></blockquote>"))
        let lazy = html("| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n")
        #expect(lazy.contains("<tr><td>bar</td><td></td></tr></tbody></table></div><p>bar</p>"))
    }

    @Test func aHeaderAndDelimiterThatDisagreeAreNoTable() {
        #expect(html("| abc | def |\n| --- |\n| bar |\n") == "<p>| abc | def || --- || bar |</p>")
        #expect(html("text\n---\n").hasPrefix("<h2"), "a setext heading stays one")
    }

    @Test func shortRowsAreFilledAndLongOnesCut() {
        let out = html("| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |\n")
        #expect(out.contains("<tbody><tr><td>bar</td><td></td></tr><tr><td>bar</td><td>baz</td></tr></tbody>"))
        #expect(!out.contains("boo"))
    }

    @Test func aTableWithNoBodyHasOnlyItsHead() {
        let out = html("| abc | def |\n| --- | --- |\n")
        #expect(out.hasSuffix(table("<thead><tr><th scope=\"col\">abc</th><th scope=\"col\">def</th></tr></thead>")))
    }

    @Test func tablesWorkInsideListsAndBlockQuotesAndAfterText() {
        let list = html("- item\n\n  | a | b |\n  | - | - |\n  | 1 | 2 |\n")
        #expect(list.contains("<li><p>item</p><div class=\"table-wrap\""))
        #expect(list.contains("<td>1</td><td>2</td>"))
        let quote = html("> | a | b |\n> | - | - |\n> | 1 | 2 |\n")
        #expect(quote.hasPrefix("<blockquote><div class=\"table-wrap\"") && quote.contains("<td>1</td><td>2</td>"))
        let after = html("Our SWOT:\n| S | W |\n|---|---|\n| x | y |\n")
        #expect(after.hasPrefix("<p>Our SWOT:</p><div class=\"table-wrap\""))
    }

    @Test func cellsStaySafeAndTheirLinksAreRebased() {
        let out = html("| a | b |\n|---|---|\n| <script>x</script> | [deck](deck.pdf) |\n",
                       rebase: LinkRebase(from: "accounts/acme/index.html", to: "print/index.html"))
        #expect(!out.contains("<script>"), "safe mode: raw HTML in a cell is dropped")
        #expect(out.contains("<a href=\"../accounts/acme/deck.pdf\">deck</a>"))
        #expect(html("| a |\n|---|\n| 1 |\n", idPrefix: "acme-").contains("aria-label=\"Table 1: a (acme)\""),
                "a plan's tables are named by its account, so a pack never names two regions alike")
    }

    /// Every table example of the GFM spec (0.29, examples 198 to 205), whole, in our
    /// output form: the table in a named scroll region, header cells with a scope,
    /// alignment as a style rather than the `align` attribute HTML5 dropped.
    static let specTables: [(number: Int, markdown: String, html: String)] = [
        (198, "| foo | bar |\n| --- | --- |\n| baz | bim |\n",
         region("Table 1: foo, bar") + "<thead><tr><th scope=\"col\">foo</th><th scope=\"col\">bar</th></tr></thead>"
            + "<tbody><tr><td>baz</td><td>bim</td></tr></tbody>" + end),
        (199, "| abc | defghi |\n:-: | -----------:\nbar | baz\n",
         region("Table 1: abc, defghi") + "<thead><tr><th scope=\"col\" style=\"text-align: center\">abc</th>"
            + "<th scope=\"col\" style=\"text-align: right\">defghi</th></tr></thead>"
            + "<tbody><tr><td style=\"text-align: center\">bar</td><td style=\"text-align: right\">baz</td></tr></tbody>" + end),
        (200, "| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n",
         region("Table 1: f|oo") + "<thead><tr><th scope=\"col\">f|oo</th></tr></thead>"
            + "<tbody><tr><td>b <code>|</code> az</td></tr><tr><td>b <strong>|</strong> im</td></tr></tbody>" + end),
        (201, "| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n",
         region("Table 1: abc, def") + "<thead><tr><th scope=\"col\">abc</th><th scope=\"col\">def</th></tr></thead>"
            + "<tbody><tr><td>bar</td><td>baz</td></tr></tbody>" + end + "<blockquote><p>bar</p></blockquote>"),
        (202, "| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n",
         region("Table 1: abc, def") + "<thead><tr><th scope=\"col\">abc</th><th scope=\"col\">def</th></tr></thead>"
            + "<tbody><tr><td>bar</td><td>baz</td></tr><tr><td>bar</td><td></td></tr></tbody>" + end + "<p>bar</p>"),
        (203, "| abc | def |\n| --- |\n| bar |\n", "<p>| abc | def || --- || bar |</p>"),
        (204, "| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |\n",
         region("Table 1: abc, def") + "<thead><tr><th scope=\"col\">abc</th><th scope=\"col\">def</th></tr></thead>"
            + "<tbody><tr><td>bar</td><td></td></tr><tr><td>bar</td><td>baz</td></tr></tbody>" + end),
        (205, "| abc | def |\n| --- | --- |\n",
         region("Table 1: abc, def") + "<thead><tr><th scope=\"col\">abc</th><th scope=\"col\">def</th></tr></thead>" + end),
    ]

    /// The task-list examples (279 and 280), with each checkbox named for screen readers.
    static let specTaskLists: [(number: Int, markdown: String, html: String)] = [
        (279, "- [ ] foo\n- [x] bar\n",
         "<ul><li>" + box(false) + " foo</li><li>" + box(true) + " bar</li></ul>"),
        (280, "- [x] foo\n  - [ ] bar\n  - [x] baz\n- [ ] bim\n",
         "<ul><li>" + box(true) + " foo<ul><li>" + box(false) + " bar</li><li>" + box(true) + " baz</li></ul></li>"
            + "<li>" + box(false) + " bim</li></ul>"),
    ]

    static func region(_ label: String) -> String {
        "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"\(label)\"><table>"
    }
    static let end = "</table></div>"
    static func box(_ checked: Bool) -> String {
        "<input type=\"checkbox\" disabled=\"\" \(checked ? "checked=\"\" " : "")aria-label=\"\(checked ? "done" : "not done")\">"
    }

    @Test(arguments: specTables.map(\.number))
    func gfmSpecTableExample(_ number: Int) throws {
        let example = try #require(Self.specTables.first { $0.number == number })
        #expect(html(example.markdown) == example.html)
    }

    @Test(arguments: specTaskLists.map(\.number))
    func gfmSpecTaskListExample(_ number: Int) throws {
        let example = try #require(Self.specTaskLists.first { $0.number == number })
        #expect(html(example.markdown) == example.html)
    }

    /// A cell holds inlines only: text that would open a block at the start of a line is
    /// kept as it is written.
    @Test(arguments: [
        ("- item", "- item"), ("* star", "* star"), ("+ plus", "+ plus"), ("# hash", "# hash"),
        ("> quote", "&gt; quote"), ("1. first", "1. first"), ("2) second", "2) second"), ("---", "---"),
        ("***", "***"), ("```", "```"), ("<div>", "<!-- raw HTML omitted -->"), ("=", "="),
        ("- **bold** item", "- <strong>bold</strong> item"), ("# [link](x.html)", "# <a href=\"x.html\">link</a>"),
    ])
    func aCellThatBeginsLikeABlockKeepsItsText(_ cell: String, _ expected: String) {
        let out = html("| a | b |\n|---|---|\n| \(cell) | after |\n")
        #expect(out.contains("<tbody><tr><td>\(expected)</td><td>after</td></tr></tbody>"), "\(out)")
        let header = html("| \(cell) | b |\n|---|---|\n| 1 | 2 |\n")
        #expect(header.contains("<thead><tr><th scope=\"col\">\(expected)</th><th scope=\"col\">b</th>"), "\(header)")
    }

    @Test func emphasisAndQuotesAtACellsStartReadAsAtALinesStart() {
        #expect(html("| a |\n|---|\n| _lean_ plan |\n").contains("<td><em>lean</em> plan</td>"))
        #expect(html("| a |\n|---|\n| *lean* plan |\n").contains("<td><em>lean</em> plan</td>"))
        let smart = MarkdownRenderer(smartPunctuation: true)
        #expect(html("| a |\n|---|\n| \"ok\" |\n", renderer: smart).contains("<td>\u{201C}ok\u{201D}</td>"))
    }

    @Test func referenceLinksInCellsUseTheDocumentsDefinitions() {
        let markdown = """
        See [the deck][] first.

        | Source | Link |
        |---|---|
        | deck | [the deck][] |
        | pricing | [price list][prices] |
        | - listed | [The Deck] and [missing][nowhere] |

        [the deck]: deck.pdf "Q3 deck"
        [prices]: https://example.com/prices
        """
        let out = html(markdown)
        #expect(out.contains("<td><a href=\"deck.pdf\" title=\"Q3 deck\">the deck</a></td>"), "\(out)")
        #expect(out.contains("<td><a href=\"https://example.com/prices\">price list</a></td>"))
        #expect(out.contains("<td>- listed</td><td><a href=\"deck.pdf\" title=\"Q3 deck\">The Deck</a> and [missing][nowhere]</td>"))
        #expect(out.hasPrefix("<p>See <a href=\"deck.pdf\" title=\"Q3 deck\">the deck</a> first.</p>"))
    }

    @Test func referenceLinksInCellsAreRebasedAndTextBeforeTheHeaderKeepsThem() {
        let markdown = "Read [the map][m]:\n| a | b |\n|---|---|\n| [map][m] | x |\n\n[m]: map.png\n"
        let out = html(markdown, rebase: LinkRebase(from: "accounts/acme/index.html", to: "print/index.html"))
        #expect(out.hasPrefix("<p>Read <a href=\"../accounts/acme/map.png\">the map</a>:</p>"), "\(out)")
        #expect(out.contains("<td><a href=\"../accounts/acme/map.png\">map</a></td>"))
    }

    @Test func aDefinitionInsideCodeIsNoDefinition() {
        let out = html("| a |\n|---|\n| [x][] |\n\n```\n[x]: nowhere.html\n```\n")
        #expect(out.contains("<td>[x][]</td>"), "\(out)")
    }

    @Test func noCellTextIsEverDropped() {
        // Every printable ASCII character at a cell's start, then a word: the word and the
        // character (or what cmark makes of it: an entity, a backslash escape) always remain.
        for byte in UInt8(0x21)...UInt8(0x7E) where byte != UInt8(ascii: "|") && byte != UInt8(ascii: "\\") {
            let lead = String(UnicodeScalar(byte))
            let out = html("| a |\n|---|\n| \(lead) word |\n")
            #expect(out.contains("word</td>"), "cell starting with \(lead): \(out)")
        }
    }

    @Test func taskListItemsGetNamedCheckboxes() {
        let out = html("- [ ] foo\n- [x] bar\n")
        #expect(out == "<ul><li><input type=\"checkbox\" disabled=\"\" aria-label=\"not done\"> foo</li>"
            + "<li><input type=\"checkbox\" disabled=\"\" checked=\"\" aria-label=\"done\"> bar</li></ul>")
        let nested = html("- [x] foo\n  - [ ] bar\n  - [X] baz\n- [ ] bim\n")
        #expect(nested.contains("aria-label=\"done\"> foo<ul><li><input type=\"checkbox\" disabled=\"\" aria-label=\"not done\"> bar</li>"))
        #expect(nested.contains("checked=\"\" aria-label=\"done\"> baz</li>"))
        #expect(html("- [y] not a task\n- [ ]\n") == "<ul><li>[y] not a task</li><li>[ ]</li></ul>")
        #expect(html("[ ] not in a list\n") == "<p>[ ] not in a list</p>")
    }
}
