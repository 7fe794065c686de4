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
                guard let attributes = try? files.attributesOfItem(atPath: member),
                      attributes[.type] as? FileAttributeType == .typeRegular else { continue }
                let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                stamps[member] = "\(size)@\(modified)"
            }
        }
        return stamps
    }
}
