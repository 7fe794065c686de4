import Foundation

/// Wakes `serve` as soon as something under the watched folders changes. On Linux it waits
/// on inotify, so an edit is noticed when it is saved rather than at the next poll; elsewhere
/// (or if inotify is unavailable) it simply waits out the timeout, and the caller's
/// fingerprint comparison finds the change.
public final class FileEvents: @unchecked Sendable {
    private let paths: [String]
    #if os(Linux)
    private let descriptor: Int32
    private var watched: Set<String> = []
    #endif

    public init(paths: [String]) {
        self.paths = paths
        #if os(Linux)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        watchFolders()
        #endif
    }

    deinit {
        #if os(Linux)
        if descriptor >= 0 { close(descriptor) }
        #endif
    }

    /// Blocks until a change is reported or `timeout` seconds pass. Call it off Swift's
    /// cooperative threads (it blocks).
    public func wait(upTo timeout: Double) {
        #if os(Linux)
        guard descriptor >= 0 else { return Thread.sleep(forTimeInterval: timeout) }
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, Int32(timeout * 1000)) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var folderAppeared = false
        while case let count = read(descriptor, &buffer, buffer.count), count > 0 {
            folderAppeared = folderAppeared || Self.mentionsNewFolder(buffer[..<count])
        }
        // A folder made since the last wait gets its own watch; inotify is not recursive.
        if folderAppeared { watchFolders() }
        #else
        Thread.sleep(forTimeInterval: timeout)
        #endif
    }

    #if os(Linux)
    /// Whether the events in `bytes` include a folder created or moved in. Each event is
    /// a fixed header (watch, mask, cookie, name length) followed by the name.
    private static func mentionsNewFolder(_ bytes: ArraySlice<UInt8>) -> Bool {
        let header = MemoryLayout<inotify_event>.size
        var offset = bytes.startIndex
        while offset + header <= bytes.endIndex {
            let (mask, length) = bytes.withUnsafeBytes { raw in
                let event = raw.loadUnaligned(fromByteOffset: offset - bytes.startIndex, as: inotify_event.self)
                return (event.mask, Int(event.len))
            }
            if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { return true }
            offset += header + length
        }
        return false
    }

    private func watchFolders() {
        guard descriptor >= 0 else { return }
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB)
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            // A single file (lynchpin.yml) is watched through its folder, which also sees it
            // replaced by an editor's save-by-rename.
            let root = isFolder.boolValue ? path : (path as NSString).deletingLastPathComponent
            let folders = isFolder.boolValue ? FileTree.folders(under: root) : [root]
            for folder in folders where !watched.contains(folder) {
                if inotify_add_watch(descriptor, folder, mask) >= 0 { watched.insert(folder) }
            }
        }
    }
    #endif
}
