// swift-tools-version: 6.0
// libFuzzer targets for every entry point of tdkt, built by `make fuzz` with
// `-sanitize=address` and SanitizerCoverage over the whole package; see README.md beside this file.
import PackageDescription

let fuzzer: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

func target(_ name: String, _ products: [String]) -> Target {
  .executableTarget(
    name: name,
    dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: "tdkt") },
    linkerSettings: fuzzer)
}

let package = Package(
  name: "tdkt-fuzz",
  dependencies: [.package(name: "tdkt", path: "..")],
  targets: [
    .target(name: "FuzzSupport"),
    target("FuzzPage", ["Batch", "Interchange", "Records"]),
    target("FuzzExchangeXML", ["Interchange", "Records"]),
    target("FuzzExchangeJSON", ["Interchange", "Records"]),
    target("FuzzGenericXML", ["Interchange"]),
    target("FuzzGenericJSON", ["Interchange"]),
    target("FuzzDecoder", ["VietText"]),
  ],
  swiftLanguageModes: [.v6]
)
