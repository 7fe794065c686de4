import Foundation

/// Wakes `serve` as soon as something under the watched folders changes, and says which
/// files. On Linux it waits on inotify, so an edit is noticed when it is saved rather than at
/// the next poll, and the events name the files, so a project of 10,000 files need not be
/// walked to find the one that changed. Elsewhere (or if inotify is unavailable, or its queue
/// overflowed) it cannot say, and the caller compares fingerprints instead.
public final class FileEvents: @unchecked Sendable {
    public enum Change: Equatable, Sendable {
        /// Nothing happened before the timeout.
        case none
        /// These paths (files, or folders' entries) were written, made, removed or renamed.
        case paths(Set<String>)
        /// Something may have changed, but the events cannot say what.
        case unknown
    }

    private let paths: [String]
    #if os(Linux)
    private let descriptor: Int32
    /// Each watch's folder, to turn an event's watch and name into a path.
    private var folders: [Int32: String] = [:]
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
    @discardableResult
    public func wait(upTo timeout: Double) -> Change {
        #if os(Linux)
        guard descriptor >= 0 else {
            Thread.sleep(forTimeInterval: timeout)
            return .unknown
        }
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, Int32(timeout * 1000)) > 0 else { return .none }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var changed: Set<String> = []
        var known = true
        var folderAppeared = false
        while case let count = read(descriptor, &buffer, buffer.count), count > 0 {
            for event in Self.events(in: buffer[..<count]) {
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { known = false }
                // A watched folder went away: a folder made again at its path needs a new watch.
                if event.mask & UInt32(IN_IGNORED) != 0, let folder = folders.removeValue(forKey: event.watch) {
                    watched.remove(folder)
                    known = false
                }
                if event.mask & UInt32(IN_ISDIR) != 0 && event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    folderAppeared = true
                }
                if let folder = folders[event.watch], !event.name.isEmpty { changed.insert(folder + "/" + event.name) }
            }
        }
        // A folder made since the last wait gets its own watch (inotify is not recursive),
        // and the files it already holds were never reported: the caller must look.
        if folderAppeared {
            watchFolders()
            known = false
        }
        return known ? .paths(changed) : .unknown
        #else
        Thread.sleep(forTimeInterval: timeout)
        return .unknown
        #endif
    }

    #if os(Linux)
    /// The events in `bytes`: each is a fixed header (watch, mask, cookie, name length)
    /// followed by the name, padded with zero bytes.
    private static func events(in bytes: ArraySlice<UInt8>) -> [(watch: Int32, mask: UInt32, name: String)] {
        let header = MemoryLayout<inotify_event>.size
        var events: [(watch: Int32, mask: UInt32, name: String)] = []
        var offset = bytes.startIndex
        while offset + header <= bytes.endIndex {
            let event = bytes.withUnsafeBytes { raw in
                raw.loadUnaligned(fromByteOffset: offset - bytes.startIndex, as: inotify_event.self)
            }
            let nameStart = offset + header
            let nameEnd = min(bytes.endIndex, nameStart + Int(event.len))
            let name = bytes[nameStart..<nameEnd].prefix { $0 != 0 }
            events.append((event.wd, event.mask, String(decoding: name, as: UTF8.self)))
            offset = nameStart + Int(event.len)
        }
        return events
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
                let watch = inotify_add_watch(descriptor, folder, mask)
                if watch >= 0 {
                    watched.insert(folder)
                    self.folders[watch] = folder
                }
            }
        }
    }
    #endif
}
