import Foundation

/// The door the loader is handed to the file system: closures with a disk default, so tests
/// can hand it files from memory. Only this module reaches the disk itself (BoundaryTests).
public struct ContentReader: Sendable {
    /// The bytes of a file, or nil when there is no such file.
    public var read: @Sendable (_ path: String) throws -> [UInt8]?
    /// Every regular file below a folder, as paths relative to it; nil when the folder is absent.
    public var listFiles: @Sendable (_ folder: String) throws -> [String]?
    /// What identifies a file's current contents without reading them (size, modification
    /// time, inode), or nil when it cannot be told: then the file is always read.
    public var stamp: @Sendable (_ path: String) -> String?
    /// The symbolic links below a folder, which `listFiles` leaves out: paths relative to it,
    /// each with the absolute path it resolves to (nil when it leads nowhere).
    public var symbolicLinks: @Sendable (_ folder: String) -> [(path: String, target: String?)]
    /// Whether something is at a path, and whether it is a folder: nil when nothing is.
    public var isFolder: @Sendable (_ path: String) -> Bool?
    /// Runs `body` with the bytes as a file of their own, removed afterwards: for a library
    /// that reads only from a path (a workbook's zip archive).
    public var withTemporaryFile: @Sendable (_ bytes: [UInt8], _ body: (URL) throws -> Void) throws -> Void

    public init(read: @escaping @Sendable (String) throws -> [UInt8]?,
                listFiles: @escaping @Sendable (String) throws -> [String]?,
                stamp: @escaping @Sendable (String) -> String? = { _ in nil },
                symbolicLinks: @escaping @Sendable (String) -> [(path: String, target: String?)] = { _ in [] },
                isFolder: @escaping @Sendable (String) -> Bool? = { _ in nil },
                withTemporaryFile: @escaping @Sendable ([UInt8], (URL) throws -> Void) throws -> Void = { bytes, body in
                    try TemporaryFile.holding(bytes, suffix: ".tmp", body)
                }) {
        self.read = read
        self.listFiles = listFiles
        self.stamp = stamp
        self.symbolicLinks = symbolicLinks
        self.isFolder = isFolder
        self.withTemporaryFile = withTemporaryFile
    }

    public static let disk = ContentReader(
        read: { path in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
                return nil
            }
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        },
        listFiles: { folder in FileTree.regularFiles(under: folder) },
        stamp: { path in FileStamp.of(path) },
        symbolicLinks: { folder in FileTree.symbolicLinks(under: folder) },
        isFolder: { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) ? isFolder.boolValue : nil
        }
    )

    /// Files from memory, keyed by absolute path: for tests.
    public static func memory(_ files: [String: String]) -> ContentReader {
        memory(bytes: files.mapValues { Array($0.utf8) })
    }

    public static func memory(bytes files: [String: [UInt8]]) -> ContentReader {
        ContentReader(
            read: { files[$0] },
            listFiles: { folder in
                let prefix = folder.hasSuffix("/") ? folder : folder + "/"
                let inside = files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
                return inside.isEmpty ? nil : inside.sorted()
            }
        )
    }
}
