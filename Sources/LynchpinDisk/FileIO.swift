import Foundation

/// The door writers are handed to the file system: closures with a disk default (`.disk`)
/// and one in memory (`.memory`), so tests can make a write fail half way, or keep a whole
/// site in memory, and check what is left. Only this module reaches the disk itself
/// (BoundaryTests).
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
    /// Adds bytes to the end of a file, creating it: a long page is written in parts as it
    /// is rendered. Nil where the system cannot; the writer then keeps the parts in memory.
    public var append: (@Sendable (_ bytes: [UInt8], _ path: String) throws -> Void)?
    /// Whether two existing files hold the same bytes, read a part at a time: a page written
    /// in parts is never whole in memory to compare.
    public var sameContents: @Sendable (_ first: String, _ second: String) -> Bool
    /// Every regular file below a folder, as paths relative to it: to compare two sites' assets.
    public var files: @Sendable (_ root: String) -> [String]
    /// Which file a path names, and how many names it has (hard links); nil when it names
    /// none, or where files are not kept that way (in memory). A recycled staging folder
    /// uses it never to write in place a file the published site shares.
    public var identity: @Sendable (_ path: String) -> FileIdentity?

    public init(fileExists: @escaping @Sendable (String) -> Bool,
                createFolder: @escaping @Sendable (String) throws -> Void,
                write: @escaping @Sendable ([UInt8], String) throws -> Void,
                move: @escaping @Sendable (String, String) throws -> Void,
                remove: @escaping @Sendable (String) throws -> Void,
                read: @escaping @Sendable (String) -> [UInt8]? = { _ in nil },
                size: @escaping @Sendable (String) -> Int? = { _ in nil },
                link: @escaping @Sendable (String, String) throws -> Void = { _, _ in throw CocoaError(.featureUnsupported) },
                exchange: @escaping @Sendable (String, String) throws -> Bool = { _, _ in false },
                list: @escaping @Sendable (String) -> [String] = { _ in [] },
                append: (@Sendable ([UInt8], String) throws -> Void)? = nil,
                sameContents: @escaping @Sendable (String, String) -> Bool = { _, _ in false },
                files: @escaping @Sendable (String) -> [String] = { _ in [] },
                identity: @escaping @Sendable (String) -> FileIdentity? = { _ in nil }) {
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
        self.append = append
        self.sameContents = sameContents
        self.files = files
        self.identity = identity
    }

    /// A copy of an existing file: a second name for it where the system allows, else its
    /// bytes written again. False when neither works.
    public func copy(_ existing: String, to newName: String) -> Bool {
        if (try? link(existing, newName)) != nil { return true }
        guard let bytes = read(existing) else { return false }
        return (try? write(bytes, newName)) != nil
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
        list: { folder in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] },
        append: { bytes, path in try POSIXFile.write(bytes, to: path, flags: O_APPEND) },
        sameContents: { first, second in POSIXFile.sameContents(first, second) },
        files: { root in
            guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
            var found: [String] = []
            while let path = walker.nextObject() as? String {
                if (walker.fileAttributes?[.type] as? FileAttributeType) == .typeRegular { found.append(path) }
            }
            return found
        },
        identity: { path in
            var info = stat()
            guard lstat(path, &info) == 0 else { return nil }
            return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), links: Int(info.st_nlink))
        }
    )
}

/// A file on a disk, whichever of its names it was reached by.
public struct FileIdentity: Equatable, Sendable {
    public let device: UInt64
    public let inode: UInt64
    /// How many names the file has: above one, another folder holds it too.
    public let links: Int

    public init(device: UInt64, inode: UInt64, links: Int) {
        self.device = device
        self.inode = inode
        self.links = links
    }

    /// Whether two paths name the same file.
    public func isSameFile(as other: FileIdentity) -> Bool {
        device == other.device && inode == other.inode
    }
}

/// A whole file written with open, write and close.
enum POSIXFile {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let code: Int32
        var description: String { "\(path): \(String(cString: strerror(code)))" }
    }

    static func write(_ bytes: [UInt8], to path: String, flags: Int32 = O_TRUNC) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | flags | O_CLOEXEC, 0o644)
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

extension POSIXFile {
    /// Compares two files a megabyte at a time; false when either cannot be read.
    static func sameContents(_ first: String, _ second: String) -> Bool {
        let a = open(first, O_RDONLY | O_CLOEXEC)
        guard a >= 0 else { return false }
        defer { close(a) }
        let b = open(second, O_RDONLY | O_CLOEXEC)
        guard b >= 0 else { return false }
        defer { close(b) }
        let size = 1 << 20
        var left = [UInt8](repeating: 0, count: size)
        var right = [UInt8](repeating: 0, count: size)
        while true {
            let n = readFully(a, &left)
            guard n >= 0, readFully(b, &right) == n else { return false }
            if n == 0 { return true }
            guard memcmp(left, right, n) == 0 else { return false }
        }
    }

    /// Fills the buffer unless the file ends first; the byte count, or -1 on an error.
    private static func readFully(_ descriptor: Int32, _ buffer: inout [UInt8]) -> Int {
        buffer.withUnsafeMutableBytes { raw in
            var filled = 0
            while filled < raw.count {
                let n = read(descriptor, raw.baseAddress! + filled, raw.count - filled)
                if n < 0 {
                    if errno == EINTR { continue }
                    return -1
                }
                if n == 0 { break }
                filled += n
            }
            return filled
        }
    }
}
