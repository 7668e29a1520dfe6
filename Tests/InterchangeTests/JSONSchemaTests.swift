// Independent checks with other tools: Python's jsonschema (Draft 2020-12) over every JSON
// sample and every JSON the tests produce, and xmllint's canonical XML for the round trips.

import Foundation
import Interchange
import TestSupport
import Testing

/// The first executable named `name` on PATH.
func executable(_ name: String) -> URL? {
  let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
  for folder in path.split(separator: ":") {
    let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
    if FileManager.default.isExecutableFile(atPath: url.path) { return url }
  }
  return nil
}

/// The Python of the tests: the virtual environment `make deps` makes under `.build/` (with
/// jsonschema), else `python3` on PATH.
let testPython: URL? = {
  let venv = packageRoot.appendingPathComponent(".build/test-venv/bin/python3")
  return FileManager.default.isExecutableFile(atPath: venv.path) ? venv : executable("python3")
}()

/// Whether the tests' Python has `jsonschema`.
let hasJSONSchemaValidator: Bool = {
  guard let python = testPython else { return false }
  let result = try? run(python, ["-c", "import jsonschema"])
  return result?.status == 0
}()

/// Checks files against the JSON Schema with Python's jsonschema. Each output line is
/// `valid<TAB>path` or `invalid<TAB>path<TAB>first message`; duplicate keys count as invalid.
private let checkerScript = """
  import json, sys
  from jsonschema import Draft202012Validator
  schema = json.load(open(sys.argv[1], encoding="utf-8"))
  Draft202012Validator.check_schema(schema)
  validator = Draft202012Validator(schema)
  def no_duplicates(pairs):
      keys = [k for k, _ in pairs]
      if len(keys) != len(set(keys)):
          raise ValueError("duplicate key")
      return dict(pairs)
  for path in sys.argv[2:]:
      try:
          document = json.load(open(path, encoding="utf-8"), object_pairs_hook=no_duplicates)
      except ValueError as error:
          print("invalid\\t%s\\tnot JSON: %s" % (path, error))
          continue
      errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
      if errors:
          print("invalid\\t%s\\t%s" % (path, errors[0].message))
      else:
          print("valid\\t%s" % path)
  """

/// Runs the checker over `paths`; returns path → (valid, message).
private func checkWithJSONSchema(_ paths: [String]) throws -> [String: (Bool, String)] {
  let python = try #require(testPython)
  let schema = packageRoot.appendingPathComponent("Schemas/tdkt-exchange.schema.json").path
  let result = try run(python, ["-c", checkerScript, schema] + paths)
  #expect(result.status == 0, "\(result.stderr)")
  var verdicts: [String: (Bool, String)] = [:]
  for line in result.stdout.split(separator: "\n") {
    let fields = line.split(separator: "\t", maxSplits: 2).map(String.init)
    guard fields.count >= 2 else { continue }
    verdicts[fields[1]] = (fields[0] == "valid", fields.count > 2 ? fields[2] : "")
  }
  return verdicts
}

@Suite(
  .enabled(
    if: hasJSONSchemaValidator,
    "no Python with jsonschema (make deps installs it into .build/test-venv)"))
struct JSONSchemaTests {
  @Test func everyValidJSONAndEveryProducedJSONMatchesTheJSONSchema() throws {
    let folder = try makeTemporaryDirectory("tdkt-jsonschema")
    defer { try? FileManager.default.removeItem(at: folder) }
    var paths = (exchangeSamples("valid", "json") + expectedExchangeFiles()).map {
      packageRoot.appendingPathComponent($0).path
    }
    // JSON that the converters produce: generated records and the XML samples as JSON.
    for seed in propertySeeds {
      var random = SeededGenerator(seed: seed)
      let url = folder.appendingPathComponent("generated-\(seed).json")
      try Data(ExchangeJSON.encode(random.exchange(awardCodes: awardCodes))).write(to: url)
      paths.append(url.path)
    }
    for path in exchangeSamples("valid", "xml") {
      let exchange = try ExchangeXML.decode(try bytes(of: path), file: path)
      let url = folder.appendingPathComponent(
        (path as NSString).lastPathComponent + ".json")
      try Data(ExchangeJSON.encode(exchange)).write(to: url)
      paths.append(url.path)
    }
    let verdicts = try checkWithJSONSchema(paths)
    #expect(verdicts.count == paths.count)
    for path in paths {
      let verdict = try #require(verdicts[path], "no verdict for \(path)")
      #expect(verdict.0, "\(path): \(verdict.1)")
    }
  }

  @Test func invalidJSONSamplesAreInvalidForTheJSONSchemaToo() throws {
    let samples = exchangeSamples("invalid", "json")
    let verdicts = try checkWithJSONSchema(
      samples.map { packageRoot.appendingPathComponent($0).path })
    for sample in samples {
      let verdict = try #require(verdicts[packageRoot.appendingPathComponent(sample).path])
      #expect(!verdict.0, "\(sample) passes the JSON Schema")
    }
  }

  @Test func editedJSONGetsTheJSONSchemasVerdict() throws {
    // Hand edits of two samples, valid and invalid: tdkt's check from the field tables says
    // what the JSON Schema says (the rules beyond it are not exercised here).
    let folder = try makeTemporaryDirectory("tdkt-json-verdict")
    defer { try? FileManager.default.removeItem(at: folder) }
    let conference = "Samples/exchange/valid/conference-midyear-review.json"
    let award = "Samples/exchange/valid/posthumous-signer.json"
    let edits: [(String, String, String)] = [
      (
        conference, "\"code\": \"06\",\n          \"mergedInto\"",
        "\"code\": \"6\",\n          \"mergedInto\""
      ),
      (conference, "\"year\": 2022", "\"year\": 999"),
      (conference, "\"year\": 2022", "\"year\": 10000"),
      (conference, "\"part\": \"H1\"", "\"part\": \"h1\""),
      (conference, "\"kind\": \"midyear-review\"", "\"kind\": \"review\""),
      (conference, "\"date\": \"2022-07-27\"", "\"date\": \"2022-02-29\""),
      (conference, "\"date\": \"2022-07-27\"", "\"date\": \"2024-02-29\""),
      (conference, "\"date\": \"2022-07-27\"", "\"date\": \" 2022-07-27\""),
      (conference, "\"dateYearInferred\": true", "\"dateYearInferred\": false"),
      (conference, "\"id\": \"c-ae809483ed04-1\"", "\"id\": \"1c\""),
      (conference, "\"id\": \"c-ae809483ed04-1\"", "\"id\": \"_c.1\""),
      (conference, "\"sha256\": \"ae8", "\"sha256\": \"AE8"),
      (conference, "\"place\": \"tỉnh Bắc Kạn\"", "\"place\": \"\""),
      (conference, "\"place\": \"tỉnh Bắc Kạn\"", "\"place\": \" \""),
      (conference, "\"place\": \"tỉnh Bắc Kạn\"", "\"place\": \"x\\u0001\""),
      (conference, "\"place\": \"tỉnh Bắc Kạn\"", "\"place\": null"),
      (conference, "\"place\": \"tỉnh Bắc Kạn\"", "\"theme\": \"x\""),
      (award, "\"individuals\": 2", "\"individuals\": -5"),
      (award, "\"individuals\": 2", "\"individuals\": 4294967296"),
      (award, "\"individuals\": 2", "\"individuals\": 0"),
      (award, "\"individuals\": 2", "\"individuals\": \"2\""),
      (award, "\"posthumous\": true", "\"posthumous\": false"),
      (award, "\"name\": \"Trần Văn Bình\",", ""),
      (award, "\"code\": \"bang_khen_bo_nganh_tinh\"", "\"code\": \"bang_khen\""),
      (award, "\"code\": \"bang_khen_bo_nganh_tinh\"", "\"code\": \"other\""),
      (
        award, "\"positions\": [\n              \"Đội viên Đội Dân phòng\"\n            ]",
        "\"positions\": []"
      ),
    ]
    var paths: [String] = []
    var verdicts: [String: Bool] = [:]
    for (index, (sample, old, new)) in edits.enumerated() {
      let original = text(try bytes(of: sample))
      #expect(original.contains(old), "\(old)")
      let edited = original.replacingOccurrences(of: old, with: new)
      let url = folder.appendingPathComponent("edit-\(index).json")
      try Data(edited.utf8).write(to: url)
      paths.append(url.path)
      verdicts[url.path] = ExchangeValidator.shared.validate(json: Array(edited.utf8)).isValid
    }
    let theirs = try checkWithJSONSchema(paths)
    for (path, edit) in zip(paths, edits) {
      let verdict = try #require(theirs[path])
      #expect(
        verdicts[path] == verdict.0, "\(edit.2): tdkt \(verdicts[path]!), jsonschema \(verdict)")
    }
    #expect(verdicts.values.contains(true) && verdicts.values.contains(false))
  }

  @Test func jsonSchemaRejectsWhatTheXSDRejects() throws {
    // The same broken records through both schemas; only the two cross-record rules the JSON
    // Schema says it cannot express (unique ids, the award's conference) pass it.
    let beyondJSONSchema: Set<String> = ["reference", "duplicate"]
    let folder = try makeTemporaryDirectory("tdkt-breaks")
    defer { try? FileManager.default.removeItem(at: folder) }
    var paths: [String: String] = [:]
    for (change, _) in schemaBreaks + textBreaks {
      let json = brokenJSON(change)
      #expect(!ExchangeValidator.shared.validate(json: json).isValid, "\(change)")
      let url = folder.appendingPathComponent("\(change).json")
      try Data(json).write(to: url)
      paths[change] = url.path
    }
    let verdicts = try checkWithJSONSchema(Array(paths.values))
    for (change, path) in paths {
      let verdict = try #require(verdicts[path])
      #expect(verdict.0 == beyondJSONSchema.contains(change), "\(change): \(verdict.1)")
    }
  }

  @Test func bothSchemasAgreeOnCalendarDates() throws {
    let dates = [
      "1900-02-29", "2000-02-29", "2100-02-29", "2024-02-29", "2023-02-29", "0000-01-01",
      "0001-01-01", "2023-04-31", "2023-04-30", "1600-02-29", "2022-12-31", "2022-00-10",
    ]
    let folder = try makeTemporaryDirectory("tdkt-dates")
    defer { try? FileManager.default.removeItem(at: folder) }
    var expected: [String: Bool] = [:]
    for date in dates {
      // The model holds only days of the calendar: the date is written into the JSON text.
      var exchange = baseExchange()
      exchange.article.published = "2000-01-01"
      let json = Array(
        text(ExchangeJSON.encode(exchange)).replacingOccurrences(
          of: "\"2000-01-01\"", with: "\"\(date)\""
        ).utf8)
      let url = folder.appendingPathComponent("\(date).json")
      try Data(json).write(to: url)
      expected[url.path] = ExchangeValidator.shared.validate(json: json).isValid
      #expect(expected[url.path] == (Day(date) != nil), "\(date)")
    }
    #expect(expected.values.contains(true) && expected.values.contains(false))
    let verdicts = try checkWithJSONSchema(Array(expected.keys))
    for (path, valid) in expected {
      #expect(try #require(verdicts[path]).0 == valid, "\(path)")
    }
  }

  @Test func canonicalJSONIsWhatPythonWritesWithTwoSpaceIndentation() throws {
    // An independent writer of the same conventions: json.dumps(indent=2, ensure_ascii=False).
    let python = try #require(testPython)
    let folder = try makeTemporaryDirectory("tdkt-canonical")
    defer { try? FileManager.default.removeItem(at: folder) }
    for seed in propertySeeds.prefix(20) {
      var random = SeededGenerator(seed: seed)
      let json = ExchangeJSON.encode(random.exchange(awardCodes: awardCodes))
      let url = folder.appendingPathComponent("e.json")
      try Data(json).write(to: url)
      let result = try run(
        python,
        [
          "-c",
          "import json,sys; sys.stdout.buffer.write((json.dumps(json.load(open(sys.argv[1], encoding='utf-8')), indent=2, ensure_ascii=False) + '\\n').encode('utf-8'))",
          url.path,
        ])
      #expect(result.stdoutBytes == json, "seed \(seed)")
    }
  }
}

/// Whether `xmllint` is on PATH.
let xmllint = executable("xmllint")

@Suite(.enabled(if: xmllint != nil, "xmllint is not installed (make deps installs libxml2-utils)"))
struct XmllintCanonicalXMLTests {
  private func xmllintC14N(_ xml: [UInt8], in folder: URL, name: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(xml).write(to: url)
    let result = try run(try #require(xmllint), ["--c14n", url.path])
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout
  }

  @Test func exchangeRoundTripIsEqualUnderXmllintC14N() throws {
    let folder = try makeTemporaryDirectory("tdkt-c14n")
    defer { try? FileManager.default.removeItem(at: folder) }
    for path in exchangeSamples("valid", "xml") {
      let xml = try bytes(of: path)
      let json = ExchangeJSON.encode(try ExchangeXML.decode(xml, file: path))
      let back = ExchangeXML.encode(try ExchangeJSON.decode(json))
      let original = try xmllintC14N(xml, in: folder, name: "original.xml")
      #expect(try xmllintC14N(back, in: folder, name: "back.xml") == original, "\(path)")
      // The libxml2 canonicalisation the other tests use agrees with xmllint.
      #expect(try c14n(xml) == original, "\(path)")
    }
  }

  @Test func genericRoundTripIsEqualUnderXmllintC14N() throws {
    let folder = try makeTemporaryDirectory("tdkt-c14n-generic")
    defer { try? FileManager.default.removeItem(at: folder) }
    for seed in UInt64(1)...UInt64(40) {
      var random = SeededGenerator(seed: seed)
      let xml = Array(random.xmlDocument().utf8)
      let back = try GenericXMLJSON.xml(fromJSON: try GenericXMLJSON.json(fromXML: xml))
      let original = try xmllintC14N(xml, in: folder, name: "original.xml")
      #expect(try xmllintC14N(back, in: folder, name: "back.xml") == original, "seed \(seed)")
    }
  }
}
