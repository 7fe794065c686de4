import Foundation

/// A file of the system's temporary folder, for a library that reads only from a path
/// (ZIPFoundation's archive, see `Workbook`): written, used, and removed.
public enum TemporaryFile {
    public struct Failure: Error {}

    /// The bytes a library writes to a path (libxlsxwriter writes only to a file): `write`
    /// is given a path in the system's temporary folder, and the file is read and removed.
    public static func made(suffix: String, _ write: (String) throws -> Void) throws -> [UInt8] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lynchpin-\(UUID().uuidString)\(suffix)")
        defer { try? FileManager.default.removeItem(at: url) }
        try write(url.path)
        guard let data = try? Data(contentsOf: url) else { throw Failure() }
        return [UInt8](data)
    }

    /// Runs `body` with the bytes as a file of their own, removed afterwards.
    public static func holding<T>(_ bytes: [UInt8], suffix: String, _ body: (URL) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lynchpin-\(UUID().uuidString)\(suffix)")
        do {
            try Data(bytes).write(to: url)
        } catch {
            throw Failure()
        }
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }
}

/// Programs on this machine: the browser that prints PDFs.
public enum Programs {
    /// Whether a path is a file this process may run.
    public static func isExecutable(_ path: String) -> Bool {
        FileManager.default.isExecutableFile(atPath: path)
    }
}

/// The folder the command was started in, which relative paths on its command line start from.
public enum CurrentFolder {
    public static var path: String { FileManager.default.currentDirectoryPath }
}

extension TemporaryFile {
    /// A path in the system's temporary folder no other process uses: for a browser's profile.
    public static func path(named prefix: String) -> String {
        NSTemporaryDirectory() + "\(prefix)-\(getpid())-\(UUID().uuidString)"
    }
}
