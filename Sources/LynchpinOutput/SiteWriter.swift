import Foundation

/// Writes a site so that readers never see half of it: everything goes into a temporary
/// folder beside the target, which is swapped in only once every file is written. When
/// anything fails, the previous site is left exactly as it was. Files whose bytes did not
/// change keep their modification time.
public struct SiteWriter: Sendable {
    public var io: FileIO
    /// Distinguishes this run's temporary folders from another run's.
    public var runID: String

    public init(io: FileIO = .disk, runID: String = "\(getpid())") {
        self.io = io
        self.runID = runID
    }

    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var underlying: Error
        public var description: String { "cannot write \(path): \(underlying)" }
    }

    /// - Parameter finishing: runs on the complete staged site before it is swapped in,
    ///   e.g. to print PDFs from it; what it adds to the folder is published with the rest.
    public func write(_ files: [SiteFile], to output: String, finishing: ((String) -> Void)? = nil) throws {
        let output = output.count > 1 && output.hasSuffix("/") ? String(output.dropLast()) : output
        let staging = sibling(of: output, tag: "new")
        let retired = sibling(of: output, tag: "old")
        try attempt(staging) {
            if io.fileExists(staging) { try io.remove(staging) }
            try io.createFolder(staging)
        }
        do {
            var madeFolders: Set<String> = [staging]
            for file in files.sorted(by: { $0.path < $1.path }) {
                let target = staging + "/" + file.path
                let folder = parent(of: target)
                if !madeFolders.contains(folder) {
                    try attempt(folder) { try io.createFolder(folder) }
                    madeFolders.insert(folder)
                }
                try attempt(target) { try place(file, at: target, previous: output + "/" + file.path) }
            }
            finishing?(staging)
            if io.fileExists(output) {
                if io.fileExists(retired) { try attempt(retired) { try io.remove(retired) } }
                try attempt(output) { try io.move(output, retired) }
            }
            try attempt(output) { try io.move(staging, output) }
        } catch {
            try? io.remove(staging)
            throw error
        }
        // The new site is in place; a leftover old copy is untidy, not wrong.
        if io.fileExists(retired) { try? io.remove(retired) }
    }

    /// A file whose bytes are the same as in the previous site is linked, not written, so it
    /// keeps its modification time and rsync or a CDN uploads only what changed.
    private func place(_ file: SiteFile, at target: String, previous: String) throws {
        if io.size(previous) == file.bytes.count, io.read(previous) == file.bytes {
            do {
                try io.link(previous, target)
                return
            } catch {
                // Another file system or no hard links: writing the bytes is always right.
            }
        }
        try io.write(file.bytes, target)
    }

    private func attempt(_ path: String, _ body: () throws -> Void) throws {
        do { try body() } catch let failure as Failure { throw failure } catch {
            throw Failure(path: path, underlying: error)
        }
    }

    private func sibling(of path: String, tag: String) -> String {
        let folder = parent(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? "site"
        return (folder.isEmpty ? "" : folder + "/") + ".\(name).\(tag)-\(runID)"
    }

    private func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
