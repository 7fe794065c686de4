import Foundation

/// The regular files below a folder, walked with opendir/readdir. `serve` lists the whole
/// project after every edit, and Foundation's enumerator with resource values took most of
/// an incremental rebuild at 1,000 accounts. Symbolic links are not followed (they are left
/// out, as before), hidden names are kept: callers decide about those.
public enum FileTree {
    /// Whether a path relative to a project folder names a hidden file or lies in a hidden
    /// folder: not content, for the loader and the watcher alike.
    public static func isHidden(_ relativePath: some StringProtocol) -> Bool {
        relativePath.split(separator: "/").contains { $0.hasPrefix(".") }
    }

    /// Paths relative to `folder`, sorted; nil when `folder` is not a folder.
    public static func regularFiles(under folder: String) -> [String]? {
        guard let top = opendir(folder) else { return nil }
        closedir(top)
        var files: [String] = []
        walk(folder, prefix: "", into: &files)
        return files.sorted()
    }

    /// The symbolic links below `folder` (not followed into), as paths relative to it, each
    /// with what it resolves to: nil when it leads nowhere.
    public static func symbolicLinks(under folder: String) -> [(path: String, target: String?)] {
        var links: [(String, String?)] = []
        collectLinks(folder, prefix: "", into: &links)
        return links.sorted { $0.0 < $1.0 }
    }

    private static func collectLinks(_ folder: String, prefix: String, into links: inout [(String, String?)]) {
        for (name, kind) in entries(of: folder) {
            switch kind {
            case .link:
                let resolved = realpath(folder + "/" + name, nil)
                links.append((prefix + name, resolved.map { String(cString: $0) }))
                free(resolved)
            case .folder: collectLinks(folder + "/" + name, prefix: prefix + name + "/", into: &links)
            case .file, .other: continue
            }
        }
    }

    /// Every folder below `folder`, itself included, as full paths.
    public static func folders(under folder: String) -> [String] {
        var found: [String] = []
        collectFolders(folder, into: &found)
        return found
    }

    private static func walk(_ folder: String, prefix: String, into files: inout [String]) {
        for (name, kind) in entries(of: folder) {
            switch kind {
            case .file: files.append(prefix + name)
            case .folder: walk(folder + "/" + name, prefix: prefix + name + "/", into: &files)
            case .link, .other: continue
            }
        }
    }

    private static func collectFolders(_ folder: String, into found: inout [String]) {
        found.append(folder)
        for (name, kind) in entries(of: folder) where kind == .folder {
            collectFolders(folder + "/" + name, into: &found)
        }
    }

    private enum Kind { case file, folder, link, other }

    private static func entries(of folder: String) -> [(String, Kind)] {
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        var found: [(String, Kind)] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                // Some file systems do not fill d_type: ask lstat, which does not follow links.
                var info = stat()
                guard lstat(folder + "/" + name, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFREG: type = Int32(DT_REG)
                case S_IFDIR: type = Int32(DT_DIR)
                case S_IFLNK: type = Int32(DT_LNK)
                default: continue
                }
            }
            switch type {
            case Int32(DT_REG): found.append((name, .file))
            case Int32(DT_DIR): found.append((name, .folder))
            case Int32(DT_LNK): found.append((name, .link))
            default: found.append((name, .other))
            }
        }
        return found
    }
}
