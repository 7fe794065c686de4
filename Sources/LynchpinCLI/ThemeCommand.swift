import ArgumentParser
import Foundation
import LynchpinBuild
import LynchpinSite

struct Theme: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Help with overriding the built-in theme.",
        subcommands: [ThemeData.self]
    )
}

struct ThemeData: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Print the data a page's template receives, as JSON.",
        discussion: """
        Write a project's templates/<kind>.mustache against this data: every field is a \
        name Mustache can use ({{name}}, {{#scorecard.groups}}…{{/scorecard.groups}}). \
        Markup fields (narrative, body, notes) need triple braces: {{{narrative}}}.

        Examples: lynchpin theme data accounts/meridian-freight
                  lynchpin theme data index.html
        """
    )

    @Argument(help: ArgumentHelp("The page's path in the site: accounts/<id>, people/<id>, print, index.html …", valueName: "site-path"))
    var path: String

    @OptionGroup var project: ProjectOptions

    func run() throws {
        let prepared = SiteBuilder().prepare(project.buildOptions(output: nil))
        guard let pages = prepared.pages else {
            for diagnostic in prepared.report.diagnostics { FileHandle.standardError.write(Data("\(diagnostic)\n".utf8)) }
            throw failure("the project does not build, so its pages have no data yet")
        }
        guard let page = Self.resolve(path, in: pages.paths), let (kind, json) = pages.templateData(at: page) else {
            let examples = pages.paths.filter { $0.hasSuffix("index.html") }.prefix(6).joined(separator: ", ")
            throw failure("no page at '\(path)'; pages include \(examples)")
        }
        FileHandle.standardError.write(Data("\(page): the data templates/\(kind.rawValue).mustache receives\n".utf8))
        print(json, terminator: "")
    }

    /// `accounts/acme`, `accounts/acme/` and `accounts/acme/index.html` name the same page.
    static func resolve(_ path: String, in paths: [String]) -> String? {
        let trimmed = path.split(separator: "/").joined(separator: "/")
        let candidates = trimmed.isEmpty ? ["index.html"] : [trimmed, trimmed + "/index.html"]
        return candidates.first { paths.contains($0) }
    }
}
