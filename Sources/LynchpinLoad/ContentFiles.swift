import Foundation
import LynchpinDisk
import LynchpinDomain

/// Reading the project's files and the rules for their names: what a folder reads, ids
/// from file names, symbolic links, the size limit, declared encodings.
extension LoadRun {

    mutating func readText(_ path: String) -> String? {
        switch Self.read(path, display: location.display(path), reader: reader, cache: cache, limit: maxFileBytes) {
        case .none: return nil
        case .success(let text)?: return text
        case .failure(let problem)?:
            diagnostics.append(problem)
            return nil
        }
    }

    /// A file's text; nil when there is no such file. An unchanged file (same stamp) comes
    /// from the cache without being read.
    /// - Parameters: encoding, contentPath: the file's declared encoding and its path under
    ///   content/; a file in another encoding than UTF-8 is never cached as text, so a changed
    ///   declaration is always read anew.
    static func read(_ path: String, display: String, reader: ContentReader, cache: LoadCache?, limit: Int,
                     encoding: TextEncoding = .utf8, contentPath: String? = nil) -> Result<String, Diagnostic>? {
        let cache = encoding == .utf8 ? cache : nil
        if let kept = cache?.unchangedText(at: path) { return .success(kept) }
        let stamp = cache == nil ? nil : reader.stamp(path)
        if let stamp, let kept = cache?.text(at: path, stamp: stamp) { return .success(kept) }
        do {
            guard let bytes = try reader.read(path) else { return nil }
            if bytes.count > limit {
                return .failure(Self.tooLarge(display, bytes: bytes.count, limit: limit))
            }
            let decoded = SourceText.decode(bytes, file: display, encoding: encoding, path: contentPath).map(\.text)
            if let stamp, case .success(let text) = decoded { cache?.storeText(text, at: path, stamp: stamp) }
            return decoded
        } catch {
            return .failure(.error(display, "cannot be read: \(error.localizedDescription)"))
        }
    }

    /// A file over `max_file_mb`, text or workbook.
    static func tooLarge(_ display: String, bytes: Int, limit: Int) -> Diagnostic {
        .error(display, "expected a file of at most max_file_mb (\(megabytes(Double(limit) / 1_000_000)) MB), found \(megabytes(Double(bytes) / 1_000_000)) MB; split it, or raise max_file_mb in lynchpin.yml")
    }

    /// "20", "42.3", "0.001".
    static func megabytes(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        return value < 1 ? String(format: "%.3g", value) : String(format: "%.1f", value)
    }

    /// The files of a folder. A symbolic link to a file inside the project is followed (it
    /// is listed, and reading it reads its target); any other link is not, and is reported:
    /// content must not be pulled in from outside the project unnoticed.
    mutating func list(_ folder: String) -> [String] {
        do {
            var files = try reader.listFiles(folder) ?? []
            let root = URL(fileURLWithPath: location.root).resolvingSymlinksInPath().path + "/"
            for link in reader.symbolicLinks(folder) {
                let shown = location.display(folder + "/" + link.path)
                guard let target = link.target, let isFolder = reader.isFolder(target) else {
                    diagnostics.append(.error(shown, "a symbolic link that leads nowhere: nothing to read; restore its target or remove the link"))
                    continue
                }
                // Not followed, and an error: what the link stands for would be missing from the site.
                if !target.hasPrefix(root) {
                    diagnostics.append(.error(shown, "a symbolic link to \(target), outside the project: not followed; copy the file into the project"))
                } else if isFolder {
                    diagnostics.append(.error(shown, "a symbolic link to a folder (\(location.display(target))): not followed; link files one by one"))
                } else {
                    files.append(link.path)
                }
            }
            return files.sorted()
        } catch {
            diagnostics.append(.error(location.display(folder), "cannot be listed: \(error.localizedDescription)"))
            return []
        }
    }

    /// A file's bytes, refused above `max_file_mb`; nil when there is no such file.
    static func readBytes(_ path: String, display: String, reader: ContentReader, limit: Int) -> Result<[UInt8], Diagnostic>? {
        do {
            guard let bytes = try reader.read(path) else { return nil }
            if bytes.count > limit { return .failure(Self.tooLarge(display, bytes: bytes.count, limit: limit)) }
            return .success(bytes)
        } catch {
            return .failure(.error(display, "cannot be read: \(error.localizedDescription)"))
        }
    }

    enum IDKind { case identifier, date }

    struct MarkdownFile: Sendable {
        let id: String
        let display: String
        let text: String
        let frontMatter: FrontMatterFile
    }

    /// A file to load: its id, checked, and where it is.
    struct FileRef: Sendable {
        let id: String
        let path: String
        let display: String
    }

    /// The `.md` files of a folder with a checked id; `collect` reads them.
    mutating func markdownFiles(in folder: String, idKind: IDKind) -> [FileRef] {
        var files: [FileRef] = []
        for name in list(folder) {
            guard let id = checkedID(folder: folder, name: name, extension: "md", kind: idKind) else { continue }
            listedIDs[folder, default: []].insert(id)
            let path = folder + "/" + name
            files.append(FileRef(id: id, path: path, display: location.display(path)))
        }
        return files
    }

    /// A file in a content folder that is not read is an error: it may hold figures or
    /// text a reader expects to see. The message says what the folder does read.
    static func unread(_ display: String, folder: String, reads: String) -> Diagnostic {
        let lowered = display.lowercased()
        let hint = lowered.hasSuffix(".txt") || lowered.hasSuffix(".tsv")
            ? "; an export saved as text (Excel's \"Unicode Text\" is UTF-16 and tab separated) is read once renamed to .csv"
            : lowered.hasSuffix(".xls") || lowered.hasSuffix(".ods") || lowered.hasSuffix(".numbers")
            ? "; save it as .xlsx or .csv" : "; move it out of \(folder)/ if it is not data"
        return .error(display, "expected a file \(folder)/ reads (\(reads)), found one it does not\(hint)")
    }

    /// The id a file name gives, or nil with a message for names that break the rules.
    mutating func checkedID(folder: String, name: String, extension ext: String, kind: IDKind) -> String? {
        if FileTree.isHidden(name) { return nil }
        var display: String { location.display(folder + "/" + name) }
        guard !name.contains("/"), name.hasSuffix("." + ext) else {
            let reads = ext == "csv"
                ? "a week's .csv named by its date (2026-11-27.csv; comma, semicolon or tab separated) and .xlsx workbooks of any name"
                : "." + ext + " files" + (kind == .date ? " named by their date (2026-11-27.md)" : "")
            diagnostics.append(Self.unread(display, folder: location.display(folder), reads: reads))
            return nil
        }
        let id = String(name.dropLast(ext.count + 1))
        switch kind {
        case .identifier where !Identifier.isValid(id):
            diagnostics.append(.error(display, "expected a file name matching \(Identifier.rule), found '\(id)'"))
            return nil
        case .date where Day(iso: id) == nil:
            let why = TextDate.nonexistent(id, .iso)
            diagnostics.append(.error(display, why.map { "expected a file name that is a date that exists (\($0)), found '\(id)'" }
                                      ?? "expected a file name that is a date as YYYY-MM-DD, found '\(id)'"))
            return nil
        default:
            return id
        }
    }
}
