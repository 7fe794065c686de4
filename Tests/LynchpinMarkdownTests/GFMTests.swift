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
