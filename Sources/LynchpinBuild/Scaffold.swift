import Foundation
import LynchpinDisk
import LynchpinDomain
import LynchpinLoad
import LynchpinOutput

/// `init` and `new`: files written from templates, never over an existing file.
public struct Scaffold: Sendable {
    public var io: FileIO
    public var reader: ContentReader

    public init(io: FileIO = .disk, reader: ContentReader = .disk) {
        self.io = io
        self.reader = reader
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// A new project in `folder`. Refuses a folder that has files unless `force`; even then
    /// it writes only files that do not exist yet. Returns the paths written and skipped.
    public func initProject(in folder: String, today: Day, force: Bool) throws -> (written: [String], skipped: [String]) {
        let existing = (try? reader.listFiles(folder)) ?? nil
        if let existing, !existing.isEmpty, !force {
            throw Failure(description: "\(folder) is not empty (\(existing.count) files); run 'lynchpin init' in an empty folder, or add --force to add only the files that are missing")
        }
        var written: [String] = []
        var skipped: [String] = []
        for file in StarterProject.files(today: today) {
            let path = folder + "/" + file.path
            if io.fileExists(path) {
                skipped.append(file.path)
                continue
            }
            try write(file.text, to: path)
            written.append(file.path)
        }
        return (written, skipped)
    }

    public enum Kind: String, Sendable, CaseIterable { case account, review, playbook }

    /// A new account, review or playbook file in the project; returns its path.
    /// - Parameter id: the file's id, instead of one made from the name.
    public func create(_ kind: Kind, name: String?, id: String? = nil, date: Day, location: ProjectLocation) throws -> String {
        let content = location.contentFolder
        switch kind {
        case .account:
            let name = try required(name, "an account name, e.g. lynchpin new account \"Acme Logistics\"")
            let id = try id.map(checked) ?? identifier(from: name)
            return try writeNew(content + "/accounts/\(id).md", NewFile.account(name: name, today: date))
        case .playbook:
            let title = try required(name, "a playbook title, e.g. lynchpin new playbook \"Running the weekly review\"")
            let id = try id.map(checked) ?? identifier(from: title)
            let order = (latestProject(location)?.playbooks.compactMap(\.order).max() ?? 0) + 1
            return try writeNew(content + "/playbooks/\(id).md", NewFile.playbook(title: title, order: order))
        case .review:
            let attendees = latestProject(location)?.reviews.last { $0.date < date }?.attendees ?? []
            return try writeNew(content + "/reviews/\(date).md", NewFile.review(date: date, attendees: attendees))
        }
    }

    private func required(_ value: String?, _ what: String) throws -> String {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Failure(description: "expected \(what), found none")
        }
        return value
    }

    private func identifier(from name: String) throws -> String {
        let id = Identifier.slug(name)
        guard Identifier.isValid(id) else {
            throw Failure(description: "cannot make a file id from '\(name)': ids use the letters a-z, digits and '-', and nothing Latin is left of that name; give one with --id, e.g. --id tokyo-logistics")
        }
        return id
    }

    private func checked(_ id: String) throws -> String {
        guard Identifier.isValid(id) else {
            throw Failure(description: "--id: expected an id matching \(Identifier.rule), found '\(id)'")
        }
        return id
    }

    /// The project as it loads now, for defaults such as the last review's attendees; nil
    /// when it has errors (the new file is still written, with empty defaults).
    private func latestProject(_ location: ProjectLocation) -> Project? {
        ProjectLoader(reader: reader).load(location).0?.project
    }

    private func writeNew(_ path: String, _ text: String) throws -> String {
        guard !io.fileExists(path) else {
            throw Failure(description: "\(path) already exists; lynchpin new never overwrites a file")
        }
        try write(text, to: path)
        return path
    }

    private func write(_ text: String, to path: String) throws {
        if let slash = path.lastIndex(of: "/") { try io.createFolder(String(path[..<slash])) }
        try io.write(Array(text.utf8), path)
    }
}

/// The templates of `lynchpin new`.
enum NewFile {
    static func account(name: String, today: Day) -> String {
        """
        ---
        name: \(yamlQuoted(name))
        status: active
        manager:
        revenue:
          current:
          potential:
        attractiveness: {}
        strength: {}
        stakeholders: []
        objectives: []
        scorecard: []
        ---
        ## Strategy

        ## Organization

        ## Human resources

        ## Systems and processes

        """
    }

    static func playbook(title: String, order: Int) -> String {
        """
        ---
        title: \(yamlQuoted(title))
        summary:
        order: \(order)
        ---

        """
    }

    static func review(date: Day, attendees: [String]) -> String {
        """
        ---
        title: Account review \(date)
        attendees: [\(attendees.map(yamlQuoted).joined(separator: ", "))]
        ---
        ## Decisions

        ## Actions

        """
    }

    /// A YAML double-quoted scalar, so names with ':' or '#' stay names.
    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
