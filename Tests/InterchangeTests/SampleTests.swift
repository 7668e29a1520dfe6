// The exchange samples: every valid file round-trips both ways and validates; every invalid file
// gives exactly its expected diagnostics. The expected exchanges of the portal and record
// samples are valid, canonical, and agree with their XML form.

import ExchangeModel
import Foundation
import Interchange
import LibXML
import TestSupport
import Testing

/// Files of `Samples/exchange/<folder>/` with the extension `ext`, as paths relative to the
/// package root, sorted.
func exchangeSamples(_ folder: String, _ ext: String) -> [String] {
  let url = samplesRoot.appendingPathComponent("exchange").appendingPathComponent(folder)
  let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
  return names.filter { $0.hasSuffix("." + ext) }.sorted().map {
    "Samples/exchange/\(folder)/\($0)"
  }
}

/// The `expected.json` files of the portal and record samples.
func expectedExchangeFiles() -> [String] {
  (sampleCases("portal") + sampleCases("records")).map {
    $0.appendingPathComponent("expected.json")
  }.filter { FileManager.default.fileExists(atPath: $0.path) }.map(relativePath)
}

func bytes(of path: String) throws -> [UInt8] {
  try #require(contents(of: packageRoot.appendingPathComponent(path)), "cannot read \(path)")
}

func text(_ bytes: [UInt8]) -> String {
  String(decoding: bytes, as: UTF8.self)
}

/// Canonical XML (with comments) of a document, through libxml2.
func c14n(_ xml: [UInt8], file: String? = nil) throws -> String {
  let parsed = try Document.parseXML(xml, file: file)
  return text(try parsed.document.canonicalized(withComments: true))
}

@Suite struct ValidSampleTests {
  @Test(arguments: exchangeSamples("valid", "json"))
  func jsonSampleIsCanonicalAndValid(path: String) throws {
    let json = try bytes(of: path)
    let exchange = try ExchangeJSON.decode(json, file: path)
    #expect(text(ExchangeJSON.encode(exchange)) == text(json), "not canonical: \(path)")
    let report = ExchangeValidator.shared.validate(json: json, file: path)
    #expect(report.isValid, "\(report.diagnostics)")
    // Its XML form is the sample of the same name, and leads back to the same bytes.
    let xml = ExchangeXML.encode(exchange)
    let xmlPath = String(path.dropLast(5)) + ".xml"
    if let difference = compareGolden(text(xml), to: packageRoot.appendingPathComponent(xmlPath)) {
      Issue.record("\(difference)")
    }
    #expect(text(ExchangeJSON.encode(try ExchangeXML.decode(xml))) == text(json))
  }

  @Test(arguments: exchangeSamples("valid", "xml"))
  func xmlSampleRoundTripsAsCanonicalXML(path: String) throws {
    let xml = try bytes(of: path)
    let report = ExchangeValidator.shared.validate(xml: xml, file: path)
    #expect(report.isValid, "\(report.diagnostics)")
    let json = ExchangeJSON.encode(try ExchangeXML.decode(xml, file: path))
    let back = ExchangeXML.encode(try ExchangeJSON.decode(json))
    #expect(try c14n(back) == c14n(xml, file: path))
    #expect(ExchangeValidator.shared.validate(json: json).isValid)
  }

  @Test(arguments: expectedExchangeFiles())
  func expectedExchangeOfAPageSampleIsValidAndCanonical(path: String) throws {
    let json = try bytes(of: path)
    let report = ExchangeValidator.shared.validate(json: json, file: path)
    #expect(report.isValid, "\(report.diagnostics.map(\.description).joined(separator: "\n"))")
    let exchange = try ExchangeJSON.decode(json, file: path)
    #expect(text(ExchangeJSON.encode(exchange)) == text(json), "not canonical: \(path)")
    let xmlPath = String(path.dropLast(4)) + "xml"
    if let xml = contents(of: packageRoot.appendingPathComponent(xmlPath)) {
      #expect(try ExchangeXML.decode(xml, file: xmlPath) == exchange)
      #expect(try c14n(ExchangeXML.encode(exchange)) == c14n(xml, file: xmlPath))
    }
  }

  @Test func recordsValidateWithoutAFile() {
    var random = SeededGenerator(seed: 99)
    for _ in 0..<20 {
      let report = ExchangeValidator.shared.validate(random.exchange(awardCodes: awardCodes))
      #expect(report.isValid, "\(report.diagnostics)")
    }
  }

  @Test func generatedRecordsAreValidInBothForms() {
    for seed in propertySeeds {
      var random = SeededGenerator(seed: seed)
      let exchange = random.exchange(awardCodes: awardCodes)
      let xmlReport = ExchangeValidator.shared.validate(xml: ExchangeXML.encode(exchange))
      let jsonReport = ExchangeValidator.shared.validate(json: ExchangeJSON.encode(exchange))
      #expect(xmlReport.isValid, "seed \(seed): \(xmlReport.diagnostics)")
      #expect(jsonReport.isValid, "seed \(seed): \(jsonReport.diagnostics)")
    }
  }
}

@Suite struct InvalidSampleTests {
  static let samples = exchangeSamples("invalid", "xml") + exchangeSamples("invalid", "json")

  @Test func thereAreEnoughInvalidSamples() {
    #expect(Self.samples.count >= 12)
  }

  @Test(arguments: samples)
  func invalidSampleGivesItsExpectedDiagnostics(path: String) throws {
    let input = try bytes(of: path)
    let result = ExchangeValidator.shared.validate(input, file: path)
    #expect(!result.isValid)
    let lines = result.diagnostics.map { "\($0)\n" }.joined()
    let expected = packageRoot.appendingPathComponent(
      String(path[..<path.lastIndex(of: ".")!]) + ".diagnostics.txt")
    if let difference = compareGolden(lines, to: expected) { Issue.record("\(difference)") }
    // Every diagnostic is located: a line (and column) or a JSON Pointer.
    for diagnostic in result.diagnostics {
      #expect(diagnostic.location.file == path)
      #expect(diagnostic.location.line > 0 || diagnostic.location.pointer != nil, "\(diagnostic)")
    }
  }

  @Test(arguments: samples)
  func reportOfAnInvalidSampleEncodesAsJSON(path: String) throws {
    let result = ExchangeValidator.shared.validateFile(
      atPath: packageRoot.appendingPathComponent(path).path)
    #expect(!result.valid)
    let encoded = try JSONEncoder().encode(result)
    let decoded = try JSONDecoder().decode(FileValidation.self, from: encoded)
    #expect(decoded == result)
    let object = try JSONSerialization.jsonObject(with: encoded) as? [String: Any]
    #expect(object?["valid"] as? Bool == false)
    #expect((object?["errors"] as? [Any])?.isEmpty == false)
  }

  @Test func exchangeFilesAreFoundRecursivelyAndSorted() {
    let root = samplesRoot.appendingPathComponent("exchange").path
    let files = ExchangeValidator.exchangeFiles(in: [root])
    #expect(
      files.count == Self.samples.count + exchangeSamples("valid", "xml").count
        + exchangeSamples("valid", "json").count)
    #expect(files.allSatisfy { $0.hasSuffix(".xml") || $0.hasSuffix(".json") })
    #expect(files == files.sorted())
  }
}
