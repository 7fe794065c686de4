import Foundation
import Testing
import LynchpinDomain
@testable import LynchpinLoad

@Suite struct SymbolicLinkTests {
    @Test func linksInsideTheProjectAreFollowedAndOthersReported() throws {
        let root = NSTemporaryDirectory() + "lynchpin-links-\(UUID().uuidString)"
        let outside = NSTemporaryDirectory() + "lynchpin-outside-\(UUID().uuidString).md"
        let files = FileManager.default
        for folder in ["content/playbooks", "shared", "content/accounts"] {
            try files.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        let playbook = "---\ntitle: Shared playbook\n---\nText.\n"
        try playbook.write(toFile: root + "/shared/pilot.md", atomically: true, encoding: .utf8)
        try playbook.write(toFile: outside, atomically: true, encoding: .utf8)
        try files.createSymbolicLink(atPath: root + "/content/playbooks/pilot.md", withDestinationPath: "../../shared/pilot.md")
        try files.createSymbolicLink(atPath: root + "/content/playbooks/secret.md", withDestinationPath: outside)
        try files.createSymbolicLink(atPath: root + "/content/playbooks/gone.md", withDestinationPath: root + "/nowhere.md")
        try files.createSymbolicLink(atPath: root + "/content/accounts/more", withDestinationPath: root + "/shared")

        let (loaded, diagnostics) = ProjectLoader(reader: .disk).load(ProjectLocation(root: root))
        // A link not followed is an error: what it stands for would be missing from the site.
        #expect(loaded == nil)
        let errors = Dictionary(uniqueKeysWithValues: diagnostics.errors.map { ($0.file, $0.message) })
        #expect(errors["content/playbooks/secret.md"] == "a symbolic link to \(URL(fileURLWithPath: outside).resolvingSymlinksInPath().path), outside the project: not followed; copy the file into the project")
        #expect(errors["content/playbooks/gone.md"] == "a symbolic link that leads nowhere: nothing to read; restore its target or remove the link")
        #expect(errors["content/accounts/more"]?.hasPrefix("a symbolic link to a folder (shared): not followed") == true)
        #expect(errors.count == 3, "\(diagnostics)")
        // Without them, the link inside the project is followed.
        for link in ["content/playbooks/secret.md", "content/playbooks/gone.md", "content/accounts/more"] {
            try files.removeItem(atPath: root + "/" + link)
        }
        let (followed, problems) = ProjectLoader(reader: .disk).load(ProjectLocation(root: root))
        #expect(followed?.project.playbooks.map(\.id) == ["pilot"], "the link inside the project is followed")
        #expect(!problems.hasErrors, "\(problems)")
    }
}
