// swift-tools-version: 6.0
import PackageDescription

// One library target per pipeline stage; data flows one way:
// Load -> Domain -> Views -> Theme -> Site -> Output, tied together by Build and driven by the CLI.
let package = Package(
    name: "lynchpin",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lynchpin", targets: ["LynchpinCLI"]),
        .executable(name: "lynchpin-fuzz", targets: ["LynchpinFuzz"]),
    ],
    dependencies: [
        // A project's own page overrides (the built-in theme is Swift, in templates/).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The command line: subcommands, --help, validation.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Workbooks (.xlsx) are zip archives of XML parts.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // YAML front matter and lynchpin.yml through libyaml's event parser: a third to a
        // quarter of Yams' cost here (docs/performance.md), with each node's line and column.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // A workbook's sheets through libxml2's pull reader: Foundation's XMLParser took 0.83 s
        // for the elements alone of a 300-account, 156-week wide sheet (docs/performance.md).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The weekly scorecard form as a workbook (`lynchpin scorecard template`), through
        // Debian's libxlsxwriter rather than a zip of XML parts written by hand.
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]
        ),
        // A manager's pack PDF assembled from the plans' PDFs already printed, with their
        // outlines, links and named destinations, through Debian's libqpdf C API.
        .systemLibrary(
            name: "CQPDF",
            pkgConfig: "libqpdf",
            providers: [.apt(["libqpdf-dev"]), .brew(["qpdf"])]
        ),
        // jemalloc instead of glibc's malloc for the lynchpin binary on Linux: a build is
        // millions of small allocations on every core (docs/performance.md).
        .target(
            name: "LynchpinAllocator",
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .target(name: "LynchpinConcurrency"),
        // The one module that touches the disk: reading, listing, writing, swapping, locks,
        // watching. Every other module receives a `ContentReader` or a `FileIO` as a value.
        .target(name: "LynchpinDisk"),
        .target(name: "LynchpinDomain", dependencies: ["LynchpinConcurrency"]),
        .target(name: "LynchpinMarkdown", dependencies: ["CCmark", "LynchpinDomain"]),
        .target(
            name: "LynchpinLoad",
            dependencies: [
                "LynchpinDomain", "LynchpinConcurrency", "LynchpinDisk", "LynchpinMarkdown", "CYAML", "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "LynchpinOutput", dependencies: ["LynchpinDomain", "LynchpinDisk", "CXLSXWriter", "CQPDF"]),
        .target(name: "LynchpinViews", dependencies: ["LynchpinDomain", "LynchpinMarkdown"]),
        // The built-in theme: typed Swift functions from view models to HTML, and the
        // stylesheet compiled in, so an installed binary needs no other file.
        .target(
            name: "LynchpinTheme",
            dependencies: ["LynchpinViews"],
            path: "templates",
            resources: [.embedInCode("assets/lynchpin.css"), .embedInCode("assets/search.js")]
        ),
        // Which page goes where, rendered by the built-in theme or a project's override.
        .target(
            name: "LynchpinSite",
            dependencies: [
                "LynchpinDomain", "LynchpinConcurrency", "LynchpinViews", "LynchpinTheme", "LynchpinOutput", "LynchpinMarkdown",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "LynchpinBuild",
            dependencies: ["LynchpinDomain", "LynchpinLoad", "LynchpinSite", "LynchpinOutput", "LynchpinConcurrency", "LynchpinDisk"]
        ),
        .target(
            name: "LynchpinServe",
            dependencies: [
                "LynchpinDomain", "LynchpinOutput", "LynchpinLoad", "LynchpinBuild", "LynchpinSite", "LynchpinViews", "LynchpinDisk",
            ]
        ),
        .executableTarget(
            name: "LynchpinCLI",
            dependencies: [
                "LynchpinBuild", "LynchpinDomain", "LynchpinLoad", "LynchpinServe", "LynchpinOutput", "LynchpinSite",
                "LynchpinViews", "LynchpinDisk", "LynchpinAllocator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The loader's parsers under libFuzzer: `make fuzz` (see docs/reliability.md).
        .executableTarget(name: "LynchpinFuzz", dependencies: ["LynchpinLoad", "LynchpinDisk"], path: "Fuzz"),
        .testTarget(name: "LynchpinDomainTests", dependencies: ["LynchpinDomain"]),
        .testTarget(name: "LynchpinMarkdownTests", dependencies: ["LynchpinMarkdown", "LynchpinDomain"]),
        // Workbooks/: fixtures the tests read by path (scripts/fixtures/workbooks.py).
        .testTarget(name: "LynchpinLoadTests", dependencies: ["LynchpinLoad", "LynchpinDomain", "LynchpinOutput", "LynchpinDisk"],
                    exclude: ["Workbooks"]),
        .testTarget(name: "LynchpinViewsTests", dependencies: ["LynchpinViews", "LynchpinDomain", "LynchpinOutput", "LynchpinSite", "LynchpinTheme", "LynchpinMarkdown", "LynchpinDisk"]),
        .testTarget(name: "LynchpinOutputTests", dependencies: ["LynchpinOutput", "LynchpinDisk", "LynchpinDomain"]),
        .testTarget(name: "LynchpinServeTests", dependencies: [
            "LynchpinServe", "LynchpinOutput", "LynchpinBuild", "LynchpinLoad", "LynchpinDomain", "LynchpinDisk",
        ]),
        .testTarget(
            name: "LynchpinBuildTests",
            dependencies: ["LynchpinBuild", "LynchpinDomain", "LynchpinOutput", "LynchpinLoad", "LynchpinConcurrency", "LynchpinDisk"],
            // Workbooks/ and Foreign/: fixtures the tests read by path (scripts/fixtures/).
            exclude: ["Workbooks", "Foreign"]
        ),
    ]
)
