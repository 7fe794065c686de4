import Foundation

/// Adds an author to a PDF Chromium printed: its document information (title, creator)
/// is kept and `/Author` added, as an incremental update appended to the file, the way PDF
/// editors save, so nothing Chromium wrote is touched. Chromium takes the title from the
/// page's `<title>` but has no way to be given an author.
public enum PDFMetadata {
    /// The PDF with `/Author` set; the same bytes when the file is not laid out as
    /// Chromium writes it (a classic cross-reference table and trailer).
    public static func withAuthor(_ author: String, in pdf: [UInt8]) -> [UInt8] {
        guard !author.isEmpty, let trailer = lastTrailer(pdf),
              let size = integer(after: "/Size ", in: trailer), let root = integer(after: "/Root ", in: trailer),
              let startXref = startXref(pdf) else { return pdf }
        var info = "/Producer (Lynchpin)"
        if let old = integer(after: "/Info ", in: trailer), let dictionary = dictionary(old, in: pdf) {
            info = dictionary
        }
        var out = pdf
        if out.last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
        let offset = out.count
        out += Array("\(size) 0 obj\n<<\(info) /Author \(hexString(author))>>\nendobj\n".utf8)
        let xref = out.count
        let offsetText = String(offset)
        let padded = String(repeating: "0", count: max(0, 10 - offsetText.count)) + offsetText
        out += Array("xref\n\(size) 1\n\(padded) 00000 n \ntrailer\n<</Size \(size + 1)\n/Root \(root) 0 R\n/Info \(size) 0 R\n/Prev \(startXref)>>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    /// A text string as UTF-16 in hex, which every PDF reader takes for any script.
    static func hexString(_ text: String) -> String {
        "<FEFF" + text.utf16.map { unit in
            let hex = String(unit, radix: 16, uppercase: true)
            return String(repeating: "0", count: 4 - hex.count) + hex
        }.joined() + ">"
    }

    static func lastTrailer(_ pdf: [UInt8]) -> String? {
        let tail = String(decoding: pdf.suffix(4096), as: UTF8.self)
        guard let start = tail.range(of: "trailer", options: .backwards)?.upperBound,
              let end = tail.range(of: "startxref", range: start..<tail.endIndex)?.lowerBound else { return nil }
        return String(tail[start..<end])
    }

    static func startXref(_ pdf: [UInt8]) -> Int? {
        let tail = String(decoding: pdf.suffix(64), as: UTF8.self)
        guard let start = tail.range(of: "startxref", options: .backwards)?.upperBound else { return nil }
        return Int(tail[start...].split(whereSeparator: \.isWhitespace).first ?? "")
    }

    static func integer(after key: String, in text: String) -> Int? {
        guard let start = text.range(of: key)?.upperBound else { return nil }
        return Int(text[start...].prefix { $0.isNumber })
    }

    /// The inside of object `number`'s dictionary (`<<` … `>>`, without them), found through
    /// the cross-reference table; nil if it is not a small dictionary.
    static func dictionary(_ number: Int, in pdf: [UInt8]) -> String? {
        guard let offset = PDFDestinations.objectOffsets(pdf)?[number], offset < pdf.count else { return nil }
        let text = String(decoding: pdf[offset..<min(pdf.count, offset + 8192)], as: UTF8.self)
        guard let open = text.range(of: "<<"), let close = text.range(of: ">>\nendobj"), open.upperBound <= close.lowerBound else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }
}
