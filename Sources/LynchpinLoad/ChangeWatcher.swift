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
            let members = isFolder.boolValue ? (files.subpaths(atPath: path) ?? []).map { path + "/" + $0 } : [path]
            for member in members {
                // stat(2) directly: FileManager's attribute dictionary costs ten times as much,
                // which matters when a large project is polled several times a second.
                var info = stat()
                guard stat(member, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                #if canImport(Darwin)
                let modified = info.st_mtimespec
                #else
                let modified = info.st_mtim
                #endif
                stamps[member] = "\(info.st_size)@\(modified.tv_sec).\(modified.tv_nsec)"
            }
        }
        return stamps
    }
}
