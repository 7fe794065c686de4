import Foundation

/// Notices edits to a project by comparing the size and modification time of every file
/// under the watched paths. Polling is portable and cheap at the sizes a project has; it
/// needs no platform file-event API.
public struct ChangeWatcher: Sendable {
    public var paths: [String]

    public init(paths: [String]) {
        self.paths = paths
    }

    public init(location: ProjectLocation) {
        self.init(paths: [location.configFile, location.contentFolder, location.templatesFolder])
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
            for member in members {
                if let stamp = FileStamp.of(member) { stamps[member] = stamp }
            }
        }
        return stamps
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
