// swift-tools-version: 6.1
import PackageDescription

// The modules follow the way data flows through Thema:
// read → segment (ThemaIngest, ThemaXML) → store (ThemaStore) → code (ThemaCodebook, ThemaLanguage,
// ThemaCoding) → review → analyse (ThemaSurvey, …) → export. The `thema` executable is a thin layer of
// subcommands over these libraries.
let package = Package(
  name: "Thema",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "thema", targets: ["thema"]),
    .library(
      name: "ThemaKit",
      targets: [
        "ThemaXML", "ThemaYAML", "ThemaIngest", "ThemaLanguage", "ThemaCodebook", "ThemaStore", "ThemaCoding",
        "ThemaSurvey", "ThemaReview", "ThemaAnalysis", "ThemaExport",
      ]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
  ],
  targets: [
    // MARK: - Reading
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .target(name: "ThemaXML", dependencies: ["CLibXML2"]),
    // Where a YAML syntax error is, for every reader of YAML files (manifests, mappings, codebooks).
    .target(name: "ThemaYAML", dependencies: [.product(name: "Yams", package: "Yams")]),
    .target(
      name: "ThemaIngest",
      dependencies: [
        "ThemaXML", "ThemaYAML",
        .product(name: "Yams", package: "Yams"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "CSV", package: "CSV.swift"),
      ]),

    // MARK: - Storing
    .target(
      name: "ThemaStore",
      dependencies: [
        "ThemaIngest",
        .product(name: "GRDB", package: "GRDB.swift"),
        // The SQLite C API GRDB itself uses, for the segment insert's raw binding (SegmentWriter).
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),

    // MARK: - Coding
    .target(name: "ThemaLanguage"),
    .target(
      name: "ThemaCodebook",
      dependencies: [
        "ThemaLanguage", "ThemaYAML", .product(name: "Yams", package: "Yams"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(
      name: "ThemaCoding",
      dependencies: [
        "ThemaCodebook", "ThemaLanguage", "ThemaStore", "ThemaReview", "ThemaYAML",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),

    // MARK: - Reviewing
    .target(name: "ThemaReview", dependencies: ["ThemaStore"]),

    // MARK: - Analysing
    .target(
      name: "ThemaSurvey",
      dependencies: [
        "ThemaIngest", "ThemaStore", "ThemaYAML", .product(name: "CSV", package: "CSV.swift"),
        .product(name: "Yams", package: "Yams"), .product(name: "GRDB", package: "GRDB.swift"),
      ]),

    .target(
      name: "ThemaAnalysis",
      dependencies: [
        "ThemaStore", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),

    // MARK: - Exporting
    .target(
      name: "ThemaExport",
      dependencies: [
        "ThemaAnalysis", "ThemaSurvey", "ThemaXML", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "CSV", package: "CSV.swift"),
      ]),

    // MARK: - Command line
    .executableTarget(
      name: "thema",
      dependencies: [
        "ThemaIngest", "ThemaStore", "ThemaCodebook", "ThemaCoding", "ThemaSurvey",
        "ThemaReview", "ThemaAnalysis", "ThemaExport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "CSV", package: "CSV.swift"),
      ]),

    // MARK: - Tests (mirroring Sources/)
    .testTarget(name: "ThemaXMLTests", dependencies: ["ThemaXML"]),
    .testTarget(name: "ThemaYAMLTests", dependencies: ["ThemaYAML"]),
    .testTarget(
      name: "ThemaIngestTests",
      dependencies: [
        "ThemaIngest", .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(name: "ThemaLanguageTests", dependencies: ["ThemaLanguage"], resources: [.copy("Fixtures")]),
    .testTarget(name: "ThemaCodebookTests", dependencies: ["ThemaCodebook"]),
    .testTarget(
      name: "ThemaStoreTests",
      dependencies: [
        "ThemaStore", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "ThemaCodingTests",
      dependencies: [
        "ThemaCoding", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(name: "ThemaSurveyTests", dependencies: ["ThemaSurvey"]),
    .testTarget(
      name: "ThemaReviewTests",
      dependencies: [
        "ThemaReview", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "ThemaAnalysisTests",
      dependencies: ["ThemaAnalysis", .product(name: "GRDB", package: "GRDB.swift")]),
    .testTarget(name: "ThemaExportTests", dependencies: ["ThemaExport", "ThemaSurvey"]),
    .testTarget(name: "themaTests", dependencies: ["thema"]),
  ],
  swiftLanguageModes: [.v6]
)
