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
    // Into a folder: the input's name with the other extension.
    let toDirectory = try runTDKT(["to-xml", "schema.json", "-o", "."], in: folder)
    #expect(toDirectory.status == 0, "\(toDirectory.stderr)")
    let back = contents(of: folder.appendingPathComponent("schema.xml")) ?? []
    if let left = try canonical(back),
      let right = try canonical(contents(of: URL(fileURLWithPath: schemaPath)) ?? [])
    {
      #expect(left == right)
    }
  }

  @Test func foldersConvertWithMirroredNamesAndJobs() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in/nested")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    let samples = try FileManager.default.contentsOfDirectory(
      atPath: samplesRoot.appendingPathComponent("exchange/valid").path
    ).filter { $0.hasSuffix(".json") }.sorted()
    #expect(samples.count >= 4)
    for (index, name) in samples.enumerated() {
      let data = try Data(contentsOf: samplesRoot.appendingPathComponent("exchange/valid/\(name)"))
      try data.write(
        to: (index % 2 == 0 ? input : input.deletingLastPathComponent()).appendingPathComponent(
          name))
    }
    try Data("{\"version\": \"1.0\"}".utf8).write(to: input.appendingPathComponent("bad.json"))
    let toXML = try runTDKT(["to-xml", "in", "-o", "xml", "--jobs", "2"], in: folder)
    #expect(toXML.status == 1)
    #expect(
      toXML.stderr.contains("in/nested/bad.json: error: missing required key \"source\""),
      "\(toXML.stderr)")
    #expect(toXML.stderr.hasSuffix("\(samples.count + 1) files, 1 failed\n"), "\(toXML.stderr)")
    for (index, name) in samples.enumerated() {
      let relative = (index % 2 == 0 ? "nested/" : "") + name.dropLast(5) + ".xml"
      let written = contents(of: folder.appendingPathComponent("xml/" + relative))
      #expect(
        written
          == contents(
            of: samplesRoot.appendingPathComponent("exchange/valid/\(name.dropLast(5)).xml")),
        "\(relative)")
    }
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("xml/nested/bad.xml").path))
    // Back: byte for byte, several jobs or one.
    for jobs in ["1", "2"] {
      let toJSON = try runTDKT(["to-json", "xml", "-o", "json\(jobs)", "-j", jobs], in: folder)
      #expect(toJSON.status == 0, "\(toJSON.stderr)")
      for (index, name) in samples.enumerated() {
        let relative = (index % 2 == 0 ? "nested/" : "") + name
        #expect(
          contents(of: folder.appendingPathComponent("json\(jobs)/" + relative))
            == contents(of: samplesRoot.appendingPathComponent("exchange/valid/\(name)")),
          "\(relative)")
      }
    }
    // Several files need a folder.
    let several = try runTDKT(["to-json", "xml/nested", "xml"], in: folder)
    #expect(several.status == 64)
    #expect(several.stdout.isEmpty)
  }

  @Test func invalidOutputIsNeverWritten() throws {
    // Inputs whose conversion the schema would refuse: refused, exit 1, nothing on stdout.
    let base = try String(
      contentsOf: samplesRoot.appendingPathComponent("exchange/valid/award-decision.json"),
      encoding: .utf8)
    let edits: [(String, String)] = [
      ("\"collectives\": 1", "\"collectives\": -5"),
      (
        "\"title\": \"Lễ đón nhận Huân chương Lao động hạng Ba\",\n    \"published\"",
        "\"title\": \"\",\n    \"published\""
      ),
    ]
    for (old, new) in edits {
      #expect(base.contains(old), "\(old)")
      let result = try runTDKT(
        ["to-xml", "-"], stdin: Array(base.replacingOccurrences(of: old, with: new).utf8))
      #expect(result.status == 1, "\(new)")
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.hasPrefix("<stdin>:/"), "\(result.stderr)")
    }
    let deep =
      String(repeating: "[\"a\", {}, ", count: 300) + "\"x\"" + String(repeating: "]", count: 300)
    let generic = try runTDKT(["to-xml", "-"], stdin: Array(deep.utf8))
    #expect(generic.status == 1)
    #expect(generic.stdout.isEmpty)
    let binding = try runTDKT(
      ["to-xml", "-"], stdin: Array("[\"a\", {\"xmlns:xml\": \"urn:x\"}]".utf8))
    #expect(binding.status == 1)
    #expect(binding.stderr.contains("/1/xmlns:xml"), "\(binding.stderr)")
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
    // Every record is followed by the rule that produced it.
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated()
    where line.hasPrefix("  c-") || line.hasPrefix("  a-") {
      #expect(
        index + 1 < lines.count && lines[index + 1].hasPrefix("    because "),
        "no rule after \(line)")
    }
  }

  @Test func inspectSaysWhichRuleProducedEachAward() throws {
    let input = samplesRoot.appendingPathComponent(
      "records/award-ministry-ceremony-sharepoint/input.html")
    let result = try runTDKT(["inspect", relativePath(input)])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let awards = lines.indices.filter { lines[$0].hasPrefix("  a-") }
    #expect(!awards.isEmpty)
    for index in awards {
      let rule = index + 1 < lines.count ? lines[index + 1] : ""
      #expect(rule.hasPrefix("    because "), "\(lines[index])")
      // The rule quotes the sentence the award was read from.
      #expect(rule.contains("“") && rule.hasSuffix("”"), "\(rule)")
    }
  }

  @Test func inspectRejectsBadInput() throws {
    let result = try runTDKT(["inspect", "-"], stdin: [0x25, 0x50, 0x44, 0x46, 0x2D])
    #expect(result.status == 1)
    #expect(
      result.stderr == "<stdin>: error: not an HTML page (a PDF document); expected an HTML page\n")
  }
}
