import Foundation

/// Files held in memory, by absolute path: what tests hand the writer instead of the disk.
public final class MemoryFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [UInt8]]

    public init(_ files: [String: [UInt8]] = [:]) { self.files = files }

    /// Every file, by path.
    public var all: [String: [UInt8]] { lock.withLock { files } }

    func get(_ path: String) -> [UInt8]? { lock.withLock { files[path] } }
    func set(_ path: String, _ bytes: [UInt8]?) { lock.withLock { files[path] = bytes } }

    /// The paths at `path` or below it.
    func under(_ path: String) -> [String] {
        lock.withLock { files.keys.filter { $0 == path || $0.hasPrefix(path + "/") } }
    }

    /// Moves a file, or a folder with everything below it.
    func move(_ from: String, _ to: String) throws {
        try lock.withLock {
            let moving = files.keys.filter { $0 == from || $0.hasPrefix(from + "/") }
            guard !moving.isEmpty else { throw CocoaError(.fileNoSuchFile) }
            for path in moving {
                files[to + path.dropFirst(from.count)] = files.removeValue(forKey: path)
            }
        }
    }
}

extension FileIO {
    /// The writer's door onto files in memory: for tests that check what a write leaves.
    public static func memory(_ store: MemoryFiles) -> FileIO {
        FileIO(
            fileExists: { !store.under($0).isEmpty },
            createFolder: { _ in },
            write: { bytes, path in store.set(path, bytes) },
            move: { from, to in try store.move(from, to) },
            remove: { path in for file in store.under(path) { store.set(file, nil) } },
            read: { store.get($0) },
            size: { store.get($0)?.count },
            list: { folder in
                Array(Set(store.under(folder).filter { $0 != folder }.map { String($0.dropFirst(folder.count + 1).prefix { $0 != "/" }) }))
                    .sorted()
            },
            append: { bytes, path in store.set(path, (store.get(path) ?? []) + bytes) },
            sameContents: { first, second in store.get(first).map { $0 == store.get(second) } ?? false },
            files: { root in store.under(root).filter { $0 != root }.map { String($0.dropFirst(root.count + 1)) }.sorted() }
        )
    }
}
