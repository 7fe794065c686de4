import Foundation

/// The page each named destination of a PDF lands on, read back from a PDF Chromium
/// printed: the catalog's `/Dests` (one per element id that a link points to) and the page
/// tree, found through the cross-reference table. Chromium has no `target-counter()`, so
/// this is how a pack's contents learns its page numbers.
public enum PDFDestinations {
    /// Element id to page number (from 1); empty when the file is not laid out as Chromium writes it.
    public static func pages(in pdf: [UInt8]) -> [String: Int] {
        guard let offsets = objectOffsets(pdf), let catalog = offsets.keys.sorted().lazy
                .compactMap({ number -> (pages: Int, dests: Int)? in
                    guard let text = object(number, offsets, pdf), text.contains("/Type /Catalog"),
                          let pages = PDFMetadata.integer(after: "/Pages ", in: text), let dests = PDFMetadata.integer(after: "/Dests ", in: text) else { return nil }
                    return (pages, dests)
                }).first,
              let dests = object(catalog.dests, offsets, pdf) else { return [:] }
        var order: [Int] = []
        collectPages(catalog.pages, offsets, pdf, into: &order, depth: 0)
        let index = Dictionary(order.enumerated().map { ($0.element, $0.offset + 1) }, uniquingKeysWith: { first, _ in first })
        var pages: [String: Int] = [:]
        // `/pack-portfolio [20 0 R /XYZ 0 774.75 0]`
        let scanner = dests.components(separatedBy: "\n/").map { $0.hasPrefix("<</") ? String($0.dropFirst(3)) : $0 }
        for entry in scanner {
            guard let bracket = entry.range(of: " ["), let page = Int(entry[bracket.upperBound...].prefix { $0.isNumber }),
                  let number = index[page] else { continue }
            pages[String(entry[..<bracket.lowerBound])] = number
        }
        return pages
    }

    private static func collectPages(_ number: Int, _ offsets: [Int: Int], _ pdf: [UInt8], into order: inout [Int], depth: Int) {
        guard depth < 32, let text = object(number, offsets, pdf) else { return }
        guard text.contains("/Type /Pages"), let kids = text.range(of: "/Kids [") else {
            order.append(number)
            return
        }
        let list = text[kids.upperBound...].prefix { $0 != "]" }
        let numbers = list.split(separator: " ").enumerated().compactMap { $0.offset % 3 == 0 ? Int($0.element) : nil }
        for kid in numbers { collectPages(kid, offsets, pdf, into: &order, depth: depth + 1) }
    }

    /// Object number to byte offset, from the last cross-reference table.
    static func objectOffsets(_ pdf: [UInt8]) -> [Int: Int]? {
        guard let start = PDFMetadata.startXref(pdf), start >= 0, start < pdf.count else { return nil }
        let text = String(decoding: pdf[start..<min(pdf.count, start + 40 * 1_000_000)], as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).makeIterator()
        guard lines.next()?.hasPrefix("xref") == true else { return nil }
        var offsets: [Int: Int] = [:]
        while let header = lines.next(), !header.hasPrefix("trailer") {
            let parts = header.split(separator: " ")
            guard parts.count == 2, let first = Int(parts[0]), let count = Int(parts[1]) else { return nil }
            for number in first..<first + count {
                guard let entry = lines.next() else { return nil }
                let fields = entry.split(separator: " ")
                if fields.count >= 3, fields[2].hasPrefix("n"), let offset = Int(fields[0]) { offsets[number] = offset }
            }
        }
        return offsets
    }

    /// An object's text up to `endobj` (its dictionary; a stream's bytes are not read).
    static func object(_ number: Int, _ offsets: [Int: Int], _ pdf: [UInt8]) -> String? {
        guard let offset = offsets[number], offset < pdf.count else { return nil }
        let window = pdf[offset..<min(pdf.count, offset + 1_000_000)]
        let end = window.indices.first { index in
            index + 6 <= window.endIndex && (window[index] == UInt8(ascii: "s") || window[index] == UInt8(ascii: "e"))
                && (window[index..<index + 6].elementsEqual("stream".utf8) || window[index..<index + 6].elementsEqual("endobj".utf8))
        } ?? window.endIndex
        return String(decoding: window[offset..<end], as: UTF8.self)
    }
}
