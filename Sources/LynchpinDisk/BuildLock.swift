import Foundation

/// Keeps two builds from writing the same site at once: an advisory lock (flock) on a file
/// beside the output, `.site.lock`, which holds the process id of the build that has it.
/// The lock goes with the process, so a killed build never leaves it held.
public final class BuildLock: Sendable {
    private let descriptor: Int32

    public struct Busy: Error, CustomStringConvertible {
        public let lockFile: String
        /// The process holding the lock, as it wrote it; nil if it could not be read.
        public let holder: Int32?
        public let waited: Double

        public var description: String {
            let who = holder.map { "another lynchpin build (process \($0))" } ?? "another lynchpin build"
            let how = waited > 0 ? "waited \(Self.seconds(waited)) s for it" : "did not wait (--no-wait)"
            return "\(who) is writing this site (\(lockFile)); \(how). Run again when it has finished, or give --wait with more seconds."
        }

        static func seconds(_ value: Double) -> String {
            value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public let lockFile: String
        public let code: Int32
        public var description: String { "cannot lock \(lockFile): \(String(cString: strerror(code)))" }
    }

    /// The lock file that goes with an output folder: `/srv/site` -> `/srv/.site.lock`.
    public static func file(for output: String) -> String {
        let trimmed = output.count > 1 && output.hasSuffix("/") ? String(output.dropLast()) : output
        let url = URL(fileURLWithPath: trimmed)
        return url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".lock"
    }

    /// Takes the lock for `output`, waiting up to `wait` seconds while another build holds it.
    public init(output: String, wait: Double) throws {
        let path = Self.file(for: output)
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(lockFile: path, code: errno) }
        let deadline = Date().addingTimeInterval(wait)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else {
                close(descriptor)
                throw Failure(lockFile: path, code: code)
            }
            if Date() >= deadline {
                let holder = Self.holder(descriptor)
                close(descriptor)
                throw Busy(lockFile: path, holder: holder, waited: wait)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        // Ours now: say who holds it, for the message another build prints.
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, pid, pid.count, 0)
        self.descriptor = descriptor
    }

    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Releases the lock; the file stays, empty of meaning until the next build takes it
    /// (removing it would let a waiting build lock a file that is no longer the lock).
    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
