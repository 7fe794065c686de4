import Foundation

/// Notices edits to a project by comparing each file's stamp (size, modification time,
/// inode). A fingerprint of every file under the watched paths needs no platform API, so
/// `serve` falls back on it wherever file events (`FileEvents`) cannot name the change; where
/// they can, `refresh` stamps only the files they named.
public struct ChangeWatcher: Sendable {
    public var paths: [String]

    public init(paths: [String]) {
        self.paths = paths
    }

    /// A value that changes whenever a watched file is added, removed or edited.
    public func fingerprint() -> [String: String] {
        var stamps: [String: String] = [:]
        let files = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            var members = isFolder.boolValue ? (FileTree.regularFiles(under: path) ?? []).map { path + "/" + $0 } : [path]
            // A followed link changes when its target does: stat follows the link.
            if isFolder.boolValue { members += FileTree.symbolicLinks(under: path).map { path + "/" + $0.path } }
            for member in members where watches(member) {
                if let stamp = FileStamp.of(member) { stamps[member] = stamp }
            }
        }
        return stamps
    }
}

extension ChangeWatcher {
    /// Whether a path is one of the watched files or lies under a watched folder. Hidden
    /// names below a watched folder are not content (the loader skips them), and editors and
    /// Foundation's atomic writes pass through hidden temporary files: those are no change.
    public func watches(_ path: String) -> Bool {
        paths.contains { root in
            if path == root { return true }
            guard path.hasPrefix(root + "/") else { return false }
            return !FileTree.isHidden(path.dropFirst(root.count + 1))
        }
    }

    /// Whether a watched folder holds symbolic links: a change to what a link leads to is
    /// not an event in the watched folders, so only a fingerprint notices it.
    public func followsLinks() -> Bool {
        paths.contains { !FileTree.symbolicLinks(under: $0).isEmpty }
    }

    /// Of the paths file events named, those that are watched and whose stamp changed since
    /// `fingerprint` was taken (written, made or removed); brings `fingerprint` up to date.
    public func refresh(_ fingerprint: inout [String: String], named paths: Set<String>) -> Set<String> {
        var changed: Set<String> = []
        for path in paths where watches(path) {
            let stamp = FileStamp.of(path)
            if fingerprint[path] != stamp {
                fingerprint[path] = stamp
                changed.insert(path)
            }
        }
        return changed
    }
}

/// A regular file's size, modification time and inode as one string: it changes whenever
/// the file is replaced or written. stat(2) directly: FileManager's attribute dictionary
/// costs ten times as much, which matters when a large project is checked on every edit.
enum FileStamp {
    static func of(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return "\(info.st_size)@\(modified.tv_sec).\(modified.tv_nsec)#\(info.st_ino)"
    }
}
