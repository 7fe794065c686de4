import Foundation
import LynchpinDisk

/// Writes a site so that readers never see half of it: everything goes into a temporary
/// folder beside the target, which is exchanged with the old site in one step once every
/// file is written, so the output path never goes missing. When anything fails, the
/// previous site is left exactly as it was. Files whose bytes did not change keep their
/// modification time. A site build keeps the site it replaced beside it (`.<site>.spare`),
/// and that becomes the next build's staging folder, written over where it holds files of
/// its own: a file system that slows down making files where thousands were just deleted
/// (ext4 without a journal skips recently freed inodes) then has neither the deleting nor
/// the making to do.
public struct SiteWriter: Sendable {
    public var io: FileIO
    /// Distinguishes this run's temporary folders from another run's: the process id.
    public var runID: String
    /// Whether the process that left a staging folder behind is still running.
    public var isRunning: @Sendable (Int32) -> Bool
    /// Whether the replaced site is kept as `.<site>.spare` for the next write to write
    /// over: a site's build, yes; a folder handed on as it is (a customer edition), never,
    /// so no earlier version travels with it.
    public var keepsSpare: Bool

    public init(io: FileIO = .disk, runID: String = "\(getpid())", keepsSpare: Bool = false,
                isRunning: @escaping @Sendable (Int32) -> Bool = { kill($0, 0) == 0 || errno == EPERM }) {
        self.io = io
        self.runID = runID
        self.keepsSpare = keepsSpare
        self.isRunning = isRunning
    }

    /// How the new site took the old one's place.
    public enum Publication: Equatable, Sendable {
        /// Exchanged in one step, or put where there was no site before.
        case atomic
        /// The system could not exchange folders: the old site was renamed aside and the
        /// new one into place, so for a moment there was no site at the output path.
        case twoRenames
    }

    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var underlying: Error
        public var description: String { "cannot write \(path): \(underlying)" }
    }

    /// Writes a whole site in one go.
    /// - Parameter finishing: runs on the complete staged site before it is swapped in,
    ///   e.g. to print PDFs from it; what it adds to the folder is published with the rest.
    @discardableResult
    public func write(_ files: [SiteFile], to output: String, finishing: ((String) -> Void)? = nil) throws -> Publication {
        let stage = try begin(output)
        do {
            for file in files.sorted(by: { $0.path < $1.path }) { try stage.add(file) }
            return try stage.commit(finishing: finishing)
        } catch {
            stage.abandon()
            throw error
        }
    }

    /// Starts a site that is written file by file as its pages are rendered, so a large
    /// site is never held in memory whole. Nothing is visible until `commit`.
    public func begin(_ output: String) throws -> StagedSite {
        let output = output.count > 1 && output.hasSuffix("/") ? String(output.dropLast()) : output
        removeLeftovers(of: output)
        let staging = sibling(of: output, "new-\(runID)")
        let spare = spare(of: output)
        var recycled = false
        try attempt(staging) {
            if io.fileExists(staging) { try io.remove(staging) }
            if keepsSpare, io.fileExists(spare), (try? io.move(spare, staging)) != nil {
                recycled = true
            } else {
                try io.createFolder(staging)
            }
        }
        return StagedSite(writer: self, output: output, staging: staging, retired: sibling(of: output, "old-\(runID)"),
                          spare: spare, recycled: recycled)
    }

    /// A site being written into its staging folder. Files may be added from several
    /// threads at once: each page is written by the worker that rendered it.
    public final class StagedSite: @unchecked Sendable {
        let writer: SiteWriter
        let output: String
        let staging: String
        let retired: String
        /// Where the replaced site is kept for the next build to write over.
        let spare: String
        /// Whether the staging folder is a site kept from before: its files are written
        /// over, and those this build does not write are removed before it is published.
        let recycled: Bool
        private var madeFolders: Set<String>
        /// The files this build wrote, by path under the site.
        private var written: Set<String> = []
        private let folders = NSLock()

        init(writer: SiteWriter, output: String, staging: String, retired: String, spare: String, recycled: Bool) {
            self.writer = writer
            self.output = output
            self.staging = staging
            self.retired = retired
            self.spare = spare
            self.recycled = recycled
            madeFolders = [staging]
        }

        public func add(_ file: SiteFile) throws {
            let target = try prepare(file.path)
            try writer.attempt(target) {
                try writer.place(file.bytes, at: target, previous: output + "/" + file.path,
                                 existing: recycled ? writer.io.identity(target) : nil)
            }
        }

        /// A file written in parts as it is rendered: a pack of a thousand plans need not be
        /// whole in memory.
        public func stream(_ path: String) throws -> StreamedFile {
            let target = try prepare(path)
            let io = writer.io
            // The parts are appended: a recycled file of its own starts empty; any other
            // (one the published site shares, or one whose links cannot be told) is let go.
            if recycled, io.fileExists(target) {
                try writer.attempt(target) {
                    if io.identity(target)?.links == 1 { try io.write([], target) } else { try io.remove(target) }
                }
            }
            return StreamedFile(writer: writer, target: target, previous: output + "/" + path)
        }

        private func prepare(_ path: String) throws -> String {
            if recycled { folders.withLock { _ = written.insert(path) } }
            let target = staging + "/" + path
            let folder = writer.parent(of: target)
            // Outside the lock: making a folder can take a millisecond (a file system that
            // skips recently freed inodes), and the other workers need not wait for it. Two
            // workers making the same folder at once both succeed.
            guard !folders.withLock({ madeFolders.contains(folder) }) else { return target }
            try writer.attempt(folder) { try writer.io.createFolder(folder) }
            folders.withLock { _ = madeFolders.insert(folder) }
            return target
        }

        /// Puts the staged site in the previous one's place, in one step where the system
        /// can exchange two folders.
        @discardableResult
        public func commit(finishing: ((String) -> Void)? = nil) throws -> Publication {
            let io = writer.io
            if recycled { removeUnwritten() }
            finishing?(staging)
            guard io.fileExists(output) else {
                try writer.attempt(output) { try io.move(staging, output) }
                return .atomic
            }
            var exchanged = false
            try writer.attempt(output) { exchanged = try io.exchange(staging, output) }
            if exchanged {
                // The staging path now holds the previous site.
                keep(staging)
                return .atomic
            }
            if io.fileExists(output) {
                if io.fileExists(retired) { try writer.attempt(retired) { try io.remove(retired) } }
                try writer.attempt(output) { try io.move(output, retired) }
            }
            try writer.attempt(output) { try io.move(staging, output) }
            // The new site is in place; a leftover old copy is untidy, not wrong.
            if io.fileExists(retired) { keep(retired) }
            return .twoRenames
        }

        /// The replaced site kept as the spare, or removed when there is one already or
        /// none is kept.
        private func keep(_ replaced: String) {
            let io = writer.io
            if writer.keepsSpare, !io.fileExists(spare), (try? io.move(replaced, spare)) != nil { return }
            try? io.remove(replaced)
        }

        /// Removes what a recycled staging folder holds that this build did not write: each
        /// such file, or the highest of its folders that no file written needs.
        private func removeUnwritten() {
            let io = writer.io
            let written = folders.withLock { self.written }
            var needed: Set<Substring> = []
            for path in written {
                var folder = path[...]
                while let slash = folder.lastIndex(of: "/") {
                    folder = folder[..<slash]
                    if !needed.insert(folder).inserted { break }
                }
            }
            for path in io.files(staging) where !written.contains(path) {
                var top = path[...], folder = path[...]
                while let slash = folder.lastIndex(of: "/") {
                    folder = folder[..<slash]
                    if needed.contains(folder) { break }
                    top = folder
                }
                // A folder removed takes the rest of what is stale in it: later paths in it are gone.
                try? io.remove(staging + "/" + top)
            }
        }

        /// Drops the staged files; the previous site stays as it was.
        public func abandon() {
            try? writer.io.remove(staging)
        }
    }

    /// A file of the staged site written part by part. When it ends up the same as the
    /// previous site's file, that file is linked in its place, as `add` does.
    public final class StreamedFile {
        let writer: SiteWriter
        let target: String
        let previous: String
        /// The parts, where the file system cannot append.
        private var held: [UInt8] = []
        private var size = 0

        init(writer: SiteWriter, target: String, previous: String) {
            self.writer = writer
            self.target = target
            self.previous = previous
        }

        public func append(_ bytes: [UInt8]) throws {
            size += bytes.count
            guard let append = writer.io.append else {
                held += bytes
                return
            }
            try writer.attempt(target) { try append(bytes, target) }
        }

        /// Writes the last part and closes the file.
        public func finish(_ bytes: [UInt8]) throws {
            guard writer.io.append != nil else {
                try writer.attempt(target) { try writer.place(held + bytes, at: target, previous: previous) }
                return
            }
            try append(bytes)
            let io = writer.io
            guard io.size(previous) == size, io.sameContents(previous, target) else { return }
            // The old file is linked beside the new one first: where hard links fail, the new
            // copy stays as it is, and it holds the same bytes.
            let linked = target + ".unchanged"
            guard (try? io.link(previous, linked)) != nil else { return }
            try writer.attempt(target) {
                try io.remove(target)
                try io.move(linked, target)
            }
        }
    }

    /// A file whose bytes are the same as in the previous site is linked, not written, so it
    /// keeps its modification time and rsync or a CDN uploads only what changed. `existing`:
    /// the file a recycled staging folder holds at `target`, written over in place only when
    /// it has no other name (a file the published site shares is let go first).
    func place(_ bytes: [UInt8], at target: String, previous: String, existing: FileIdentity? = nil) throws {
        if let existing, existing.links > 1 { try io.remove(target) }
        if try linkUnchanged(previous, to: target, size: bytes.count, equals: { $0 == bytes },
                             replacing: existing.map { $0.links == 1 } ?? false) { return }
        try io.write(bytes, target)
    }

    private func linkUnchanged(_ previous: String, to target: String, size: Int, equals: ([UInt8]) -> Bool,
                               replacing: Bool = false) throws -> Bool {
        guard io.size(previous) == size, let old = io.read(previous), equals(old) else { return false }
        // A link needs the name free.
        if replacing { try io.remove(target) }
        do {
            try io.link(previous, target)
            return true
        } catch {
            // Another file system or no hard links: writing the bytes is always right.
            return false
        }
    }

    func attempt(_ path: String, _ body: () throws -> Void) throws {
        do { try body() } catch let failure as Failure { throw failure } catch {
            throw Failure(path: path, underlying: error)
        }
    }

    /// Removes the staging and retired folders that builds killed before they finished
    /// left beside `output` (`.site.new-<pid>`, `.site.old-<pid>`), but only those whose
    /// process is gone: a build running now keeps its own.
    func removeLeftovers(of output: String) {
        let folder = parent(of: output)
        let name = output.split(separator: "/").last.map(String.init) ?? "site"
        for entry in io.list(folder) {
            guard let pid = Self.leftoverPID(entry, siteName: name), "\(pid)" != runID, !isRunning(pid) else { continue }
            try? io.remove(folder + "/" + entry)
        }
    }

    /// The process id in `.<site>.new-<pid>` or `.<site>.old-<pid>`.
    static func leftoverPID(_ entry: String, siteName: String) -> Int32? {
        for tag in ["new", "old"] {
            let prefix = ".\(siteName).\(tag)-"
            if entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)), pid > 0 { return pid }
        }
        return nil
    }

    /// Where the replaced site is kept: `.<site>.spare` beside it, one for the output,
    /// whichever run wrote it.
    func spare(of output: String) -> String {
        sibling(of: output, "spare")
    }

    /// `.<name>.<tag>` beside `path`: this run's staging (`new-<pid>`) and retired
    /// (`old-<pid>`) folders, and the spare.
    private func sibling(of path: String, _ tag: String) -> String {
        let folder = parent(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? "site"
        return (folder.isEmpty ? "" : folder + "/") + ".\(name).\(tag)"
    }

    func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
