import Foundation

/// The writer's only door to the file system: closures with a disk default, so tests can
/// make a write fail half way and check what is left.
public struct FileIO: Sendable {
    public var fileExists: @Sendable (_ path: String) -> Bool
    public var createFolder: @Sendable (_ path: String) throws -> Void
    public var write: @Sendable (_ bytes: [UInt8], _ path: String) throws -> Void
    public var move: @Sendable (_ from: String, _ to: String) throws -> Void
    public var remove: @Sendable (_ path: String) throws -> Void
    /// The bytes of an existing file, or nil; used to find files that did not change.
    public var read: @Sendable (_ path: String) -> [UInt8]?
    /// The size of an existing file, or nil; a cheap first test before reading it.
    public var size: @Sendable (_ path: String) -> Int?
    /// A second name for an existing file (a hard link): the file keeps its modification time.
    public var link: @Sendable (_ existing: String, _ newName: String) throws -> Void

    public init(fileExists: @escaping @Sendable (String) -> Bool,
                createFolder: @escaping @Sendable (String) throws -> Void,
                write: @escaping @Sendable ([UInt8], String) throws -> Void,
                move: @escaping @Sendable (String, String) throws -> Void,
                remove: @escaping @Sendable (String) throws -> Void,
                read: @escaping @Sendable (String) -> [UInt8]? = { _ in nil },
                size: @escaping @Sendable (String) -> Int? = { _ in nil },
                link: @escaping @Sendable (String, String) throws -> Void = { _, _ in throw CocoaError(.featureUnsupported) }) {
        self.fileExists = fileExists
        self.createFolder = createFolder
        self.write = write
        self.move = move
        self.remove = remove
        self.read = read
        self.size = size
        self.link = link
    }

    public static let disk = FileIO(
        fileExists: { FileManager.default.fileExists(atPath: $0) },
        createFolder: { try FileManager.default.createDirectory(atPath: $0, withIntermediateDirectories: true) },
        write: { bytes, path in try Data(bytes).write(to: URL(fileURLWithPath: path)) },
        move: { from, to in try FileManager.default.moveItem(atPath: from, toPath: to) },
        remove: { try FileManager.default.removeItem(atPath: $0) },
        read: { path in FileManager.default.contents(atPath: path).map { [UInt8]($0) } },
        size: { path in (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue },
        link: { existing, newName in try FileManager.default.linkItem(atPath: existing, toPath: newName) }
    )
}
