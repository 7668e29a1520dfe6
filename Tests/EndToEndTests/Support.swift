// Helpers of the end-to-end tests, which run the built `tdkt` binary.

import Foundation
import TestSupport

/// `xmllint`, when installed, for checks independent of tdkt.
let xmllint: URL? = {
  for folder in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"] {
    let url = URL(fileURLWithPath: folder).appendingPathComponent("xmllint")
    if FileManager.default.isExecutableFile(atPath: url.path) { return url }
  }
  return nil
}()

/// The XSD of the exchange format.
let schemaPath = packageRoot.appendingPathComponent("Schemas/tdkt-exchange.xsd").path

/// The input pages of `Samples/portal` and `Samples/records`, as case folders.
let pageCases: [URL] = (sampleCases("portal") + sampleCases("records")).filter {
  FileManager.default.fileExists(atPath: $0.appendingPathComponent("input.html").path)
}

/// The names of the page cases, for parameterised tests.
let pageCaseNames: [String] = pageCases.map {
  "\($0.deletingLastPathComponent().lastPathComponent)/\($0.lastPathComponent)"
}

/// The case folder of a name from `pageCaseNames`.
func pageCase(_ name: String) -> URL { samplesRoot.appendingPathComponent(name) }

/// Runs `xmllint --noout --schema` on `xml`; `nil` when xmllint is missing, else its result.
func xmllintValidate(_ xml: [UInt8]) throws -> ProcessResult? {
  guard let xmllint else { return nil }
  return try run(xmllint, ["--noout", "--nonet", "--schema", schemaPath, "-"], stdin: xml)
}

/// Canonical XML (C14N 1.0) of `xml` by xmllint; `nil` when xmllint is missing.
func canonical(_ xml: [UInt8]) throws -> String? {
  guard let xmllint else { return nil }
  let result = try run(xmllint, ["--nonet", "--c14n", "-"], stdin: xml)
  return result.status == 0 ? result.stdout : "xmllint failed: \(result.stderr)"
}

/// The text of `xml` with the five predefined entities decoded, for snippet checks.
func unescapedXML(_ xml: String) -> String {
  xml.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
    .replacingOccurrences(of: "&amp;", with: "&")
}

/// Every regular file under `root` (relative path → bytes), not following links.
func snapshot(_ root: URL) -> [String: [UInt8]] {
  var result: [String: [UInt8]] = [:]
  guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return result }
  while let path = enumerator.nextObject() as? String {
    let full = root.appendingPathComponent(path).path
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: full),
      attributes[.type] as? FileAttributeType == .typeRegular,
      let data = FileManager.default.contents(atPath: full)
    else { continue }
    result[path] = [UInt8](data)
  }
  return result
}

/// The real-web corpus (`TDKT_CORPUS`, default `../shared/corpus/real-web` beside the package),
/// or `nil` when it is missing.
let realWebCorpus: URL? = {
  let environment = ProcessInfo.processInfo.environment["TDKT_CORPUS"]
  let url =
    environment.map { URL(fileURLWithPath: $0) }
    ?? packageRoot.appendingPathComponent("../shared/corpus/real-web").standardizedFileURL
  var isDirectory: ObjCBool = false
  return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
    && isDirectory.boolValue ? url : nil
}()

/// The lines of a text, without the empty last one.
func lines(_ text: String) -> [String] {
  text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter {
    !$0.isEmpty
  }
}
