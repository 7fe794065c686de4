import Foundation

/// The loader's only door to the file system: closures with a disk default, so tests can
/// hand it files from memory.
public struct ContentReader: Sendable {
    /// The bytes of a file, or nil when there is no such file.
    public var read: @Sendable (_ path: String) throws -> [UInt8]?
    /// Every regular file below a folder, as paths relative to it; nil when the folder is absent.
    public var listFiles: @Sendable (_ folder: String) throws -> [String]?

    public init(read: @escaping @Sendable (String) throws -> [UInt8]?,
                listFiles: @escaping @Sendable (String) throws -> [String]?) {
        self.read = read
        self.listFiles = listFiles
    }

    public static let disk = ContentReader(
        read: { path in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
                return nil
            }
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        },
        listFiles: { folder in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                return nil
            }
            let root = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
            guard let walker = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: []
            ) else { return [] }
            var files: [String] = []
            let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
            for case let url as URL in walker {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
                let path = url.standardizedFileURL.path
                if path.hasPrefix(prefix) { files.append(String(path.dropFirst(prefix.count))) }
            }
            return files.sorted()
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
