import Foundation
import TestSupport
import Testing

@Suite struct InterchangeCommandTests {
  @Test(arguments: exchangeSamples("valid").filter { $0.hasSuffix(".xml") })
  func xmlToJSONAndBackIsTheSameCanonicalXML(_ path: String) throws {
    let json = try runTDKT(["to-json", path])
    #expect(json.status == 0, "\(json.stderr)")
    #expect(json.stderr.isEmpty)
    let xml = try runTDKT(["to-xml", "-"], stdin: json.stdoutBytes)
    #expect(xml.status == 0, "\(xml.stderr)")
    let original = contents(of: packageRoot.appendingPathComponent(path)) ?? []
    if let left = try canonical(original), let right = try canonical(xml.stdoutBytes) {
      #expect(left == right)
    }
    // And the JSON is canonical: converting back again gives the same bytes.
    let again = try runTDKT(["to-json", "-"], stdin: xml.stdoutBytes)
    #expect(again.stdoutBytes == json.stdoutBytes)
  }

  @Test(arguments: exchangeSamples("valid").filter { $0.hasSuffix(".json") })
  func jsonToXMLAndBackIsTheSameBytes(_ path: String) throws {
    let xml = try runTDKT(["to-xml", path])
    #expect(xml.status == 0, "\(xml.stderr)")
    let json = try runTDKT(["to-json", "-"], stdin: xml.stdoutBytes)
    #expect(json.status == 0, "\(json.stderr)")
    #expect(json.stdoutBytes == contents(of: packageRoot.appendingPathComponent(path)))
  }

  @Test(
    arguments: ["Schemas/tdkt-exchange.xsd"]
      + exchangeSamples("valid").filter {
        $0.hasSuffix(".xml")
      })
  func genericFormIsLossless(_ path: String) throws {
    let json = try runTDKT(["to-json", "--generic", path])
    #expect(json.status == 0, "\(json.stderr)")
    #expect(json.stdout.hasPrefix("["))
    let xml = try runTDKT(["to-xml", "-"], stdin: json.stdoutBytes)
    #expect(xml.status == 0, "\(xml.stderr)")
    let original = contents(of: packageRoot.appendingPathComponent(path)) ?? []
    if let left = try canonical(original), let right = try canonical(xml.stdoutBytes) {
      #expect(left == right)
    }
  }

  @Test func outputFilesAndErrors() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("<exchange><unclosed></exchange>".utf8).write(
      to: folder.appendingPathComponent("broken.xml"))
    let broken = try runTDKT(["to-json", "broken.xml"], in: folder)
    #expect(broken.status == 1)
    #expect(broken.stdout.isEmpty)
    #expect(broken.stderr.hasPrefix("broken.xml:1:"), "\(broken.stderr)")
    let missing = try runTDKT(["to-xml", "missing.json"], in: folder)
    #expect(missing.status == 1)
    #expect(missing.stderr == "missing.json: error: no such file\n")
    let notJSON = try runTDKT(["to-xml", "-"], stdin: Array("{\"version\": 1,".utf8), in: folder)
    #expect(notJSON.status == 1)
    #expect(notJSON.stderr.hasPrefix("<stdin>"), "\(notJSON.stderr)")

    let xsd = try runTDKT(["to-json", "--generic", schemaPath, "-o", "schema.json"], in: folder)
    #expect(xsd.status == 0)
    #expect(xsd.stdout.isEmpty)
    let written = contents(of: folder.appendingPathComponent("schema.json")) ?? []
    #expect(written == (try runTDKT(["to-json", "--generic", schemaPath])).stdoutBytes)
    let toDirectory = try runTDKT(["to-xml", "schema.json", "-o", "."], in: folder)
    #expect(toDirectory.status == 64)
  }

  @Test func schemaPrintsTheEmbeddedSchemas() throws {
    let xsd = try runTDKT(["schema"])
    #expect(xsd.status == 0)
    #expect(xsd.stdoutBytes == contents(of: URL(fileURLWithPath: schemaPath)))
    let json = try runTDKT(["schema", "--json"])
    #expect(json.status == 0)
    #expect(
      json.stdoutBytes
        == contents(of: packageRoot.appendingPathComponent("Schemas/tdkt-exchange.schema.json")))
  }

  @Test(arguments: pageCaseNames)
  func inspectExplainsEveryPage(_ name: String) throws {
    let input = pageCase(name).appendingPathComponent("input.html")
    let result = try runTDKT(["inspect", relativePath(input)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.hasPrefix("page: \(relativePath(input))\n"))
    #expect(result.stdout.contains("sha256: "))
    #expect(result.stdout.contains("records: "))
    let converted = try runTDKT(["convert", relativePath(input)])
    // Every record id of the conversion is listed.
    var rest = Substring(converted.stdout)
    while let range = rest.range(of: " id=\"") {
      rest = rest[range.upperBound...]
      let id = rest.prefix { $0 != "\"" }
      #expect(result.stdout.contains("  \(id) "), "\(id)")
    }
  }

  @Test func inspectRejectsBadInput() throws {
    let result = try runTDKT(["inspect", "-"], stdin: [0x25, 0x50, 0x44, 0x46, 0x2D])
    #expect(result.status == 1)
    #expect(
      result.stderr == "<stdin>: error: not an HTML page (a PDF document); expected an HTML page\n")
  }
}
