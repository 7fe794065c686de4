import LynchpinDomain
import Mustache

/// The templates and assets pages are rendered with: the built-in theme, with any file of
/// the project's `templates/` replacing the built-in file of the same name.
public struct Theme: Sendable {
    /// Every file of the theme by its path (`account.mustache`, `assets/lynchpin.css`).
    let files: [String: String]
    let library: MustacheLibrary

    static let templateExtension = ".mustache"

    /// Builds the theme, reporting every template that does not parse.
    public static func make(overrides: [String: String], templatesFolder: String = "templates")
        -> (Theme?, [Diagnostic]) {
        var files = EmbeddedTheme.files
        for (path, text) in overrides { files[path] = text }
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(templateExtension) {
            let name = String(path.dropLast(templateExtension.count))
            let shownPath = overrides[path] != nil ? "\(templatesFolder)/\(path)" : "built-in theme: \(path)"
            do {
                try library.register(text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(shownPath, line: error.context.lineNumber, column: error.context.columnNumber,
                                          "template does not parse: \(error.error)"))
            } catch {
                diagnostics.append(.error(shownPath, "template does not parse: \(error)"))
            }
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (Theme(files: files, library: library), diagnostics)
    }

    /// Files that are copied to the site as they are (stylesheets, images, scripts).
    var assets: [SiteFileSource] {
        files.keys.sorted().filter { !$0.hasSuffix(Theme.templateExtension) }.map {
            SiteFileSource(path: $0, text: files[$0]!)
        }
    }

    func render(_ template: String, _ context: Any) -> String? {
        library.render(TemplateContext(context), withTemplate: template)
    }
}

struct SiteFileSource {
    let path: String
    let text: String
}
