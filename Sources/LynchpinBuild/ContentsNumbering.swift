import Foundation
import LynchpinDisk
import LynchpinOutput

/// The executive pack's contents numbered with the pages its parts start on. Chromium has
/// no `target-counter()`, so the first print says where each part starts (its named
/// destinations); a copy of the page beside it carries those numbers and is printed; should
/// the numbers move a part, once more. The last print that came back stands when the
/// numbers cannot be read or a reprint fails.
struct ContentsNumbering {
    /// The page under the site, such as `print/index.html`.
    let page: String
    let site: String
    let io: FileIO
    /// The page again with its contents numbered (element id to page); nil for none.
    let numbered: (String, [String: Int]) -> [UInt8]?
    private(set) var best: [UInt8]?
    private var pages: [String: Int] = [:]
    private var reprints = 0

    init(page: String, site: String, io: FileIO, numbered: @escaping (String, [String: Int]) -> [UInt8]?) {
        self.page = page
        self.site = site
        self.io = io
        self.numbered = numbered
    }

    /// Where the numbered copy is written; hidden, and removed by `finish`.
    var copy: String {
        let folder = (page as NSString).deletingLastPathComponent
        return site + "/" + folder + "/.numbered-" + (page as NSString).lastPathComponent
    }

    /// Takes a print of the page or of its copy: the address of the copy to print next, or
    /// nil when `best` is the one to keep.
    mutating func take(_ printed: [UInt8]) -> String? {
        best = printed
        let now = PDFDestinations.pages(in: printed)
        guard !now.isEmpty, reprints < 2, reprints == 0 || now != pages else { return nil }
        pages = now
        reprints += 1
        guard let html = numbered(page, pages), (try? io.write(html, copy)) != nil else { return nil }
        return URL(fileURLWithPath: copy).absoluteString
    }

    func finish() {
        try? io.remove(copy)
    }
}
