// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "tdkt",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "tdkt", targets: ["tdkt"]),
    .library(name: "LibXML", targets: ["LibXML"]),
    .library(name: "VietText", targets: ["VietText"]),
    .library(name: "ExchangeModel", targets: ["ExchangeModel"]),
    .library(name: "PortalPage", targets: ["PortalPage"]),
    .library(name: "Records", targets: ["Records"]),
    .library(name: "Interchange", targets: ["Interchange"]),
    .library(name: "Batch", targets: ["Batch"]),
    .library(name: "Reports", targets: ["Reports"]),
    .executable(name: "tdkt-eval", targets: ["Eval"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // SHA-256 of the page bytes: BoringSSL's, with the processor's SHA instructions.
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    // The C library. On Linux it comes from pkg-config (Debian: libxml2-dev).
    .systemLibrary(
      name: "libxml2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    // SQLite for `tdkt export --sqlite`. On Linux it comes from pkg-config (Debian:
    // libsqlite3-dev).
    .systemLibrary(
      name: "SQLite3",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
    ),

    // zlib, for the gzip parts of `batch --format jsonl` (Debian: zlib1g-dev).
    .systemLibrary(
      name: "CZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
    ),

    // Build-time embedding of the data files (schemas, gazetteer, vocabulary) into the binary.
    .executableTarget(name: "EmbedFiles", path: "Tools/EmbedFiles"),
    .plugin(
      name: "EmbedPlugin", capability: .buildTool(), dependencies: ["EmbedFiles"],
      path: "Plugins/EmbedFiles"),

    .target(name: "LibXML", dependencies: ["libxml2"]),
    .target(name: "VietText", plugins: ["EmbedPlugin"]),
    // The records of the exchange format, `Source` and `Article`: no dependencies.
    .target(name: "ExchangeModel", plugins: ["EmbedPlugin"]),
    .target(
      name: "PortalPage",
      dependencies: [
        "ExchangeModel", "LibXML", "VietText", .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(name: "Records", dependencies: ["ExchangeModel", "VietText", "PortalPage"]),
    .target(
      name: "Interchange", dependencies: ["ExchangeModel", "LibXML"], plugins: ["EmbedPlugin"]),
    .target(name: "Batch", dependencies: ["Interchange", "PortalPage", "Records", "CZlib"]),
    .target(
      name: "Reports",
      dependencies: ["Batch", "Interchange", "PortalPage", "Records", "VietText", "SQLite3"]),
    .executableTarget(
      name: "tdkt",
      dependencies: [
        "Batch", "Interchange", "Reports", "PortalPage", "Records", "LibXML", "VietText",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // The scorer of the sample pages (`make eval`).
    .executableTarget(
      name: "Eval",
      dependencies: [
        "Batch", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Tools/Eval"
    ),

    .target(name: "TestSupport", dependencies: ["ExchangeModel"], path: "Tests/TestSupport"),
    .testTarget(name: "LibXMLTests", dependencies: ["LibXML", "TestSupport"]),
    .testTarget(name: "VietTextTests", dependencies: ["VietText", "TestSupport"]),
    .testTarget(name: "ExchangeModelTests", dependencies: ["ExchangeModel", "TestSupport"]),
    .testTarget(name: "PortalPageTests", dependencies: ["PortalPage", "TestSupport"]),
    .testTarget(name: "RecordsTests", dependencies: ["Records", "TestSupport"]),
    .testTarget(name: "InterchangeTests", dependencies: ["Interchange", "TestSupport"]),
    .testTarget(name: "BatchTests", dependencies: ["Batch", "TestSupport"]),
    .testTarget(name: "ReportsTests", dependencies: ["Reports", "TestSupport"]),
    .testTarget(name: "EndToEndTests", dependencies: ["tdkt", "TestSupport"]),
    .testTarget(name: "EvalTests", dependencies: ["Eval", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
