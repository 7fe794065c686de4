import CQPDF
import Foundation

/// PDFs put together from PDFs already printed, through libqpdf's C API: a manager's pack
/// from its cover and contents and the plans' own PDFs, so no page is laid out twice; the
/// executive pack's numbered contents put in place of the first print's. Pages are copied
/// first and then the objects that point at them (outlines, destinations), which qpdf maps
/// to the copied pages. What a merge keeps and loses is in docs/performance.md: outlines,
/// links and named destinations are kept; the tags (the structure tree) are not, since
/// each part's tree numbers its own pages and joining them is more than qpdf's C API can
/// do; every plan's own PDF stays tagged.
public enum PDFAssembly {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// One part of a pack: its PDF, the bookmark it is filed under, and the address the
    /// head's contents links to it by (the plan's page), so that link lands on its first page.
    public struct Part {
        public let title: String
        public let pdf: [UInt8]
        public let linkedAs: String

        public init(title: String, pdf: [UInt8], linkedAs: String) {
            self.title = title
            self.pdf = pdf
            self.linkedAs = linkedAs
        }
    }

    /// The head's pages and bookmarks, then each part's pages under a bookmark of its own
    /// with the part's bookmarks beneath it; every part's named destinations; the head's
    /// links to a part's page made links to the part's first page, and its other links into
    /// the folder it was printed from rewritten as `relinked` does, in the same pass.
    public static func pack(head: [UInt8], parts: [Part], relinking prefix: String, to replacement: String,
                            author: String = "") throws(Failure) -> [UInt8] {
        let document = try Document(head, "the pack's cover and contents")
        var links: [String: qpdf_oh] = [:]
        // qpdf reads a copied page's streams from its own file when the result is written:
        // every part stays open until then.
        var sources: [Document] = []
        for part in parts {
            let source = try Document(part.pdf, part.title)
            sources.append(source)
            guard let first = try document.append(pagesOf: source) else { continue }
            document.mergeDestinations(of: source)
            document.addBookmark(part.title, at: first, children: source)
            links[part.linkedAs] = first
        }
        document.pointLinks(to: links, onPages: 0..<document.pagesRead)
        document.rewriteLinks(from: prefix, to: replacement)
        document.dropStructure()
        return try withExtendedLifetime(sources) { () throws(Failure) in try document.written(author: author) }
    }

    /// `base` with its first `count` pages replaced by those of `replacement`, each page
    /// object kept in place, so the outline and destinations that point at it still do.
    public static func replacingFirstPages(of base: [UInt8], with replacement: [UInt8], count: Int) throws(Failure) -> [UInt8] {
        let document = try Document(base, "the first print")
        let source = try Document(replacement, "the numbered contents")
        guard qpdf_get_num_pages(source.handle) >= count, qpdf_get_num_pages(document.handle) >= count else {
            throw Failure(description: "the numbered contents has fewer than \(count) pages")
        }
        for index in 0..<count {
            let page = qpdf_get_page_n(document.handle, Int(index))
            let copied = qpdf_oh_copy_foreign_object(document.handle, source.handle, qpdf_get_page_n(source.handle, Int(index)))
            // The copy's dictionary, made direct, put where the first print's page was.
            for key in ["/Contents", "/Resources", "/Annots", "/MediaBox"] {
                if qpdf_oh_has_key(document.handle, copied, key) != 0 {
                    qpdf_oh_replace_key(document.handle, page, key, qpdf_oh_get_key(document.handle, copied, key))
                }
            }
        }
        try document.check("replacing the contents")
        return try withExtendedLifetime(source) { () throws(Failure) in try document.written() }
    }

    /// A PDF's links into the folder it was printed from (Chromium writes each link of the
    /// page as the absolute `file:` address it resolved to, the staging folder's) made
    /// links into the published site: `prefix` replaced by `replacement` (the site's
    /// `base_url`, or `../` from `pdf/`). Every other link, and everything else, is kept.
    public static func relinked(_ pdf: [UInt8], from prefix: String, to replacement: String,
                                author: String = "") throws(Failure) -> [UInt8] {
        let document = try Document(pdf, "a printed PDF")
        document.rewriteLinks(from: prefix, to: replacement)
        try document.check("rewriting its links")
        return try document.written(author: author)
    }

    /// How many pages a PDF has.
    public static func pageCount(_ pdf: [UInt8]) throws(Failure) -> Int {
        try Document(pdf, "a PDF").pagesRead
    }

    /// A print's pages, and the page (from 1) each named destination lands on, read in one
    /// pass: Chromium writes a destination in the catalog's `/Dests` for every element id a
    /// link points to, and has no `target-counter()`, so this is how a pack's contents
    /// learns its page numbers.
    public struct Layout: Sendable {
        public let pages: Int
        public let destinations: [String: Int]

        public init(_ pdf: [UInt8]) throws(Failure) {
            let document = try Document(pdf, "a printed PDF")
            pages = document.pagesRead
            destinations = document.destinationPages()
        }
    }

    /// A PDF with its author set, and nothing else changed but how it is written.
    public static func withAuthor(_ author: String, in pdf: [UInt8]) throws(Failure) -> [UInt8] {
        try Document(pdf, "a printed PDF").written(author: author)
    }
}

/// One PDF open in libqpdf, its bytes held for as long as qpdf reads them.
private final class Document {
    let handle: qpdf_data
    private let buffer: UnsafeMutablePointer<CChar>
    private let name: String
    /// The pages it was read with, before any part was appended.
    let pagesRead: Int

    init(_ bytes: [UInt8], _ name: String) throws(PDFAssembly.Failure) {
        self.name = name
        handle = qpdf_init()
        qpdf_silence_errors(handle)
        let memory = UnsafeMutablePointer<CChar>.allocate(capacity: max(bytes.count, 1))
        bytes.withUnsafeBufferPointer { source in
            source.withMemoryRebound(to: CChar.self) { if let start = $0.baseAddress { memory.initialize(from: start, count: bytes.count) } }
        }
        buffer = memory
        _ = qpdf_read_memory(handle, name, memory, UInt64(bytes.count), nil)
        pagesRead = Int(qpdf_get_num_pages(handle))
        try check("reading it")
    }

    deinit {
        var data: qpdf_data? = handle
        qpdf_cleanup(&data)
        buffer.deallocate()
    }

    func check(_ doing: String) throws(PDFAssembly.Failure) {
        guard qpdf_has_error(handle) != 0 else { return }
        let error = qpdf_get_error(handle)
        throw PDFAssembly.Failure(description: "\(name): \(doing): \(String(cString: qpdf_get_error_full_text(handle, error)))")
    }

    func key(_ object: qpdf_oh, _ name: String) -> qpdf_oh? {
        qpdf_oh_has_key(handle, object, name) != 0 ? qpdf_oh_get_key(handle, object, name) : nil
    }

    /// Appends every page of `source`; the first of them, or nil when it has none.
    func append(pagesOf source: Document) throws(PDFAssembly.Failure) -> qpdf_oh? {
        let before = qpdf_get_num_pages(handle)
        let count = qpdf_get_num_pages(source.handle)
        for index in 0..<count {
            _ = qpdf_add_page(handle, source.handle, qpdf_get_page_n(source.handle, Int(index)), 0)
        }
        try check("adding the pages of \(source.name)")
        return count > 0 ? qpdf_get_page_n(handle, Int(before)) : nil
    }

    /// The catalog's `/Dests` of `source` added to this one's, the first of a name kept.
    func mergeDestinations(of source: Document) {
        let root = qpdf_get_root(handle)
        guard let theirs = source.key(qpdf_get_root(source.handle), "/Dests"), qpdf_oh_is_dictionary(source.handle, theirs) != 0 else { return }
        let ours: qpdf_oh
        if let existing = key(root, "/Dests"), qpdf_oh_is_dictionary(handle, existing) != 0 {
            ours = existing
        } else {
            ours = qpdf_make_indirect_object(handle, qpdf_oh_new_dictionary(handle))
            qpdf_oh_replace_key(handle, root, "/Dests", ours)
        }
        var names: [String] = []
        qpdf_oh_begin_dict_key_iter(source.handle, theirs)
        while qpdf_oh_dict_more_keys(source.handle) != 0 { names.append(String(cString: qpdf_oh_dict_next_key(source.handle))) }
        for name in names where qpdf_oh_has_key(handle, ours, name) == 0 {
            qpdf_oh_replace_key(handle, ours, name, copy(qpdf_oh_get_key(source.handle, theirs, name), from: source))
        }
    }

    /// An object of `source` as an object of this PDF: an indirect one through qpdf's
    /// foreign copy (a page already appended maps to its copy), a direct one rebuilt.
    func copy(_ object: qpdf_oh, from source: Document, depth: Int = 0) -> qpdf_oh {
        let theirs = source.handle
        if qpdf_oh_is_indirect(theirs, object) != 0 { return qpdf_oh_copy_foreign_object(handle, theirs, object) }
        guard depth < 32 else { return qpdf_oh_new_null(handle) }
        if qpdf_oh_is_array(theirs, object) != 0 {
            let array = qpdf_oh_new_array(handle)
            for index in 0..<qpdf_oh_get_array_n_items(theirs, object) {
                qpdf_oh_append_item(handle, array, copy(qpdf_oh_get_array_item(theirs, object, index), from: source, depth: depth + 1))
            }
            return array
        }
        if qpdf_oh_is_dictionary(theirs, object) != 0 {
            let dictionary = qpdf_oh_new_dictionary(handle)
            var keys: [String] = []
            qpdf_oh_begin_dict_key_iter(theirs, object)
            while qpdf_oh_dict_more_keys(theirs) != 0 { keys.append(String(cString: qpdf_oh_dict_next_key(theirs))) }
            for key in keys {
                qpdf_oh_replace_key(handle, dictionary, key, copy(qpdf_oh_get_key(theirs, object, key), from: source, depth: depth + 1))
            }
            return dictionary
        }
        return qpdf_oh_parse(handle, qpdf_oh_unparse_binary(theirs, object))
    }

    /// A bookmark at the end of the outline, to `page`, with `source`'s bookmarks (copied,
    /// their pages mapped to the ones appended) beneath it.
    func addBookmark(_ title: String, at page: qpdf_oh, children source: Document) {
        let root = qpdf_get_root(handle)
        let outlines: qpdf_oh
        if let existing = key(root, "/Outlines"), qpdf_oh_is_dictionary(handle, existing) != 0 {
            outlines = existing
        } else {
            outlines = qpdf_make_indirect_object(handle, qpdf_oh_parse(handle, "<< /Type /Outlines /Count 0 >>"))
            qpdf_oh_replace_key(handle, root, "/Outlines", outlines)
        }
        let item = qpdf_make_indirect_object(handle, qpdf_oh_new_dictionary(handle))
        qpdf_oh_replace_key(handle, item, "/Title", qpdf_oh_new_unicode_string(handle, title))
        qpdf_oh_replace_key(handle, item, "/Parent", outlines)
        let destination = qpdf_oh_new_array(handle)
        qpdf_oh_append_item(handle, destination, page)
        qpdf_oh_append_item(handle, destination, qpdf_oh_new_name(handle, "/Fit"))
        qpdf_oh_replace_key(handle, item, "/Dest", destination)
        if let theirs = source.key(qpdf_get_root(source.handle), "/Outlines"), let first = source.key(theirs, "/First"),
           let last = source.key(theirs, "/Last") {
            let copiedFirst = qpdf_oh_copy_foreign_object(handle, source.handle, first)
            let copiedLast = qpdf_oh_copy_foreign_object(handle, source.handle, last)
            qpdf_oh_replace_key(handle, item, "/First", copiedFirst)
            qpdf_oh_replace_key(handle, item, "/Last", copiedLast)
            // The part's own top bookmarks now hang from this one; shown closed.
            var child: qpdf_oh? = copiedFirst
            var count = 0
            while let current = child, count < 10_000 {
                qpdf_oh_replace_key(handle, current, "/Parent", item)
                count += 1
                child = key(current, "/Next")
            }
            qpdf_oh_replace_key(handle, item, "/Count", qpdf_oh_new_integer(handle, Int64(-count)))
        }
        if let last = key(outlines, "/Last") {
            qpdf_oh_replace_key(handle, last, "/Next", item)
            qpdf_oh_replace_key(handle, item, "/Prev", last)
        } else {
            qpdf_oh_replace_key(handle, outlines, "/First", item)
        }
        qpdf_oh_replace_key(handle, outlines, "/Last", item)
        let open = key(outlines, "/Count").map { Int64(qpdf_oh_get_int_value(handle, $0)) } ?? 0
        qpdf_oh_replace_key(handle, outlines, "/Count", qpdf_oh_new_integer(handle, abs(open) + 1))
    }

    /// Links on the given pages to an address ending in one of `targets`' keys, made links
    /// to that page of this PDF.
    func pointLinks(to targets: [String: qpdf_oh], onPages pages: Range<Int>) {
        guard !targets.isEmpty else { return }
        for index in pages {
            let page = qpdf_get_page_n(handle, index)
            guard let annotations = key(page, "/Annots") else { continue }
            for item in 0..<qpdf_oh_get_array_n_items(handle, annotations) {
                let annotation = qpdf_oh_get_array_item(handle, annotations, item)
                guard let action = key(annotation, "/A"), let uri = key(action, "/URI") else { continue }
                let address = String(cString: qpdf_oh_get_utf8_value(handle, uri))
                guard let target = targets.first(where: { address.hasSuffix($0.key) })?.value else { continue }
                let destination = qpdf_oh_new_array(handle)
                qpdf_oh_append_item(handle, destination, target)
                qpdf_oh_append_item(handle, destination, qpdf_oh_new_name(handle, "/Fit"))
                qpdf_oh_remove_key(handle, annotation, "/A")
                qpdf_oh_replace_key(handle, annotation, "/Dest", destination)
            }
        }
    }

    /// Every link annotation's address that starts with `prefix`, the prefix replaced.
    func rewriteLinks(from prefix: String, to replacement: String) {
        for index in 0..<Int(qpdf_get_num_pages(handle)) {
            guard let annotations = key(qpdf_get_page_n(handle, index), "/Annots") else { continue }
            for item in 0..<qpdf_oh_get_array_n_items(handle, annotations) {
                let annotation = qpdf_oh_get_array_item(handle, annotations, item)
                guard let action = key(annotation, "/A"), let uri = key(action, "/URI") else { continue }
                let address = String(cString: qpdf_oh_get_utf8_value(handle, uri))
                guard address.hasPrefix(prefix) else { continue }
                qpdf_oh_replace_key(handle, action, "/URI", qpdf_oh_new_string(handle, replacement + address.dropFirst(prefix.count)))
            }
        }
    }

    /// The catalog's named destinations, each to the number (from 1) of the page it
    /// points at; a destination is an array whose first item is the page, or a dictionary
    /// holding that array under `/D`.
    func destinationPages() -> [String: Int] {
        guard let dests = key(qpdf_get_root(handle), "/Dests"), qpdf_oh_is_dictionary(handle, dests) != 0 else { return [:] }
        var names: [String] = []
        qpdf_oh_begin_dict_key_iter(handle, dests)
        while qpdf_oh_dict_more_keys(handle) != 0 { names.append(String(cString: qpdf_oh_dict_next_key(handle))) }
        var pages: [String: Int] = [:]
        for name in names {
            var destination = qpdf_oh_get_key(handle, dests, name)
            if qpdf_oh_is_dictionary(handle, destination) != 0, let inner = key(destination, "/D") { destination = inner }
            guard qpdf_oh_is_array(handle, destination) != 0, qpdf_oh_get_array_n_items(handle, destination) > 0 else { continue }
            let index = qpdf_find_page_by_oh(handle, qpdf_oh_get_array_item(handle, destination, 0))
            if index >= 0 { pages[String(name.dropFirst())] = Int(index) + 1 }
        }
        return pages
    }

    /// Leaves out the structure tree: the head's tree names only its own pages.
    func dropStructure() {
        let root = qpdf_get_root(handle)
        qpdf_oh_remove_key(handle, root, "/StructTreeRoot")
        qpdf_oh_remove_key(handle, root, "/MarkInfo")
        for index in 0..<Int(qpdf_get_num_pages(handle)) {
            qpdf_oh_remove_key(handle, qpdf_get_page_n(handle, index), "/StructParents")
        }
    }

    func written(author: String = "") throws(PDFAssembly.Failure) -> [UInt8] {
        if !author.isEmpty { _ = qpdf_set_info_key(handle, "/Author", author) }
        _ = qpdf_init_write_memory(handle)
        // The objects packed in compressed object streams (PDF 1.5): a tagged plan's
        // thousand small structure objects took more than half its bytes (293 KB to 130 KB).
        qpdf_set_object_stream_mode(handle, qpdf_o_generate)
        _ = qpdf_write(handle)
        try check("writing the result")
        let length = qpdf_get_buffer_length(handle)
        guard let bytes = qpdf_get_buffer(handle) else { throw PDFAssembly.Failure(description: "\(name): nothing written") }
        return Array(UnsafeBufferPointer(start: bytes, count: length))
    }
}
