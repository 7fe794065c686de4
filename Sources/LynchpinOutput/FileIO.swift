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
    /// Swaps two paths in one step; false where the system cannot (the writer then renames twice).
    public var exchange: @Sendable (_ first: String, _ second: String) throws -> Bool
    /// The names in a folder, for finding the staging folders of builds that were killed.
    public var list: @Sendable (_ folder: String) -> [String]

    public init(fileExists: @escaping @Sendable (String) -> Bool,
                createFolder: @escaping @Sendable (String) throws -> Void,
                write: @escaping @Sendable ([UInt8], String) throws -> Void,
                move: @escaping @Sendable (String, String) throws -> Void,
                remove: @escaping @Sendable (String) throws -> Void,
                read: @escaping @Sendable (String) -> [UInt8]? = { _ in nil },
                size: @escaping @Sendable (String) -> Int? = { _ in nil },
                link: @escaping @Sendable (String, String) throws -> Void = { _, _ in throw CocoaError(.featureUnsupported) },
                exchange: @escaping @Sendable (String, String) throws -> Bool = { _, _ in false },
                list: @escaping @Sendable (String) -> [String] = { _ in [] }) {
        self.fileExists = fileExists
        self.createFolder = createFolder
        self.write = write
        self.move = move
        self.remove = remove
        self.read = read
        self.size = size
        self.link = link
        self.exchange = exchange
        self.list = list
    }

    /// The real disk. Writing, making folders and sizing go straight to the system calls:
    /// Foundation's `Data.write`, `createDirectory` and `attributesOfItem` copied, stat-ed
    /// every parent and allocated per call, which showed in a profile of large builds.
    public static let disk = FileIO(
        fileExists: { FileManager.default.fileExists(atPath: $0) },
        createFolder: { path in
            if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        },
        write: { bytes, path in try POSIXFile.write(bytes, to: path) },
        move: { from, to in try FileManager.default.moveItem(atPath: from, toPath: to) },
        remove: { try FileManager.default.removeItem(atPath: $0) },
        read: { path in FileManager.default.contents(atPath: path).map { [UInt8]($0) } },
        size: { path in
            var info = stat()
            return stat(path, &info) == 0 ? Int(info.st_size) : nil
        },
        link: { existing, newName in try FileManager.default.linkItem(atPath: existing, toPath: newName) },
        exchange: { first, second in try AtomicSwap.exchange(first, second) },
        list: { folder in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] }
    )
}

/// A whole file written with open, write and close.
enum POSIXFile {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let code: Int32
        var description: String { "\(path): \(String(cString: strerror(code)))" }
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: path, code: errno)
                }
                offset += written
            }
        }
    }
}
