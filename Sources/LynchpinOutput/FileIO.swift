import Foundation

/// The writer's only door to the file system: closures with a disk default, so tests can
/// make a write fail half way and check what is left.
public struct FileIO: Sendable {
    public var fileExists: @Sendable (_ path: String) -> Bool
    public var createFolder: @Sendable (_ path: String) throws -> Void
    public var write: @Sendable (_ bytes: [UInt8], _ path: String) throws -> Void
    public var move: @Sendable (_ from: String, _ to: String) throws -> Void
    public var remove: @Sendable (_ path: String) throws -> Void

    public init(fileExists: @escaping @Sendable (String) -> Bool,
                createFolder: @escaping @Sendable (String) throws -> Void,
                write: @escaping @Sendable ([UInt8], String) throws -> Void,
                move: @escaping @Sendable (String, String) throws -> Void,
                remove: @escaping @Sendable (String) throws -> Void) {
        self.fileExists = fileExists
        self.createFolder = createFolder
        self.write = write
        self.move = move
        self.remove = remove
    }

    public static let disk = FileIO(
        fileExists: { FileManager.default.fileExists(atPath: $0) },
        createFolder: { try FileManager.default.createDirectory(atPath: $0, withIntermediateDirectories: true) },
        write: { bytes, path in try Data(bytes).write(to: URL(fileURLWithPath: path)) },
        move: { from, to in try FileManager.default.moveItem(atPath: from, toPath: to) },
        remove: { try FileManager.default.removeItem(atPath: $0) }
    )
}
