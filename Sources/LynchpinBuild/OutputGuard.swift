import LynchpinDomain
import LynchpinLoad

/// The site folder is replaced whole on every build, so it must never be a folder that
/// holds the project's own files.
enum OutputGuard {
    static func check(output: String, location: ProjectLocation) -> Diagnostic? {
        let target = normalize(output)
        let protected = [location.root, location.contentFolder, location.templatesFolder].map(normalize)
        for folder in protected where folder == target || folder.hasPrefix(target == "/" ? "/" : target + "/") {
            return .error(output, field: "--output",
                          "expected a folder of its own for the site, found one that holds the project's files (\(folder)); the build would replace it")
        }
        return nil
    }

    private static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
