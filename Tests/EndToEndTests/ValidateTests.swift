import Foundation
import TestSupport
import Testing

/// The exchange samples of a folder (`valid` or `invalid`), as paths relative to the package.
func exchangeSamples(_ kind: String) -> [String] {
  let folder = samplesRoot.appendingPathComponent("exchange/\(kind)")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
  return names.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }.sorted().map {
    "Samples/exchange/\(kind)/\($0)"
  }
}

@Suite struct ValidateTests {
  @Test func theValidFolderIsValid() throws {
    let files = exchangeSamples("valid")
    #expect(!files.isEmpty, "Samples/exchange/valid holds no exchange file")
    let result = try runTDKT(["validate", "Samples/exchange/valid"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "\(files.count) file\(files.count == 1 ? "" : "s"), 0 invalid\n")
  }

  @Test(arguments: exchangeSamples("invalid"))
  func anInvalidSampleGivesItsDiagnostics(_ path: String) throws {
    let stem = path.hasSuffix(".json") ? String(path.dropLast(5)) : String(path.dropLast(4))
    let expected = contents(of: packageRoot.appendingPathComponent(stem + ".diagnostics.txt"))
    let result = try runTDKT(["validate", path])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(lines(result.stderr).last == "1 file, 1 invalid")
    let diagnostics = lines(result.stderr).dropLast()
    #expect(!diagnostics.isEmpty)
    #expect(diagnostics.allSatisfy { $0.hasPrefix(path + ":") }, "\(diagnostics)")
    if let expected {
      #expect(Array(diagnostics) == lines(String(decoding: expected, as: UTF8.self)))
    } else {
      Issue.record("\(stem).diagnostics.txt is missing")
    }
  }

  @Test func jsonReportOnStandardOutput() throws {
    let valid = exchangeSamples("valid")
    let invalid = exchangeSamples("invalid")
    let files = Array(valid.prefix(2)) + Array(invalid.prefix(2)) + ["no/such/file.xml"]
    let result = try runTDKT(["validate", "--format", "json"] + files)
    #expect(result.status == 1)
    let report =
      try JSONSerialization.jsonObject(with: Data(result.stdoutBytes)) as? [[String: Any]]
    #expect(report?.map { $0["file"] as? String } == files)
    #expect(
      report?.map { $0["valid"] as? Bool } == files.map { valid.contains($0) })
    let missing = report?.last?["errors"] as? [[String: Any]]
    #expect(missing?.first?["message"] as? String == "no such file")
    for entry in report?.dropLast() ?? [] where entry["valid"] as? Bool == false {
      let errors = entry["errors"] as? [[String: Any]] ?? []
      #expect(!errors.isEmpty)
      #expect(errors.allSatisfy { $0["line"] is Int || $0["pointer"] is String })
    }
    #expect(
      lines(result.stderr).last
        == "\(files.count) files, \(files.count - min(2, valid.count)) invalid")
  }

  @Test func directoriesAreSearchedRecursivelyInOrder() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let valid = exchangeSamples("valid")
    try #require(!valid.isEmpty)
    let source = packageRoot.appendingPathComponent(valid[0])
    let ext = source.pathExtension
    for name in ["b/z.\(ext)", "a/deep/er/y.\(ext)", "a/x.\(ext)"] {
      let url = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: source, to: url)
    }
    try Data("not selected".utf8).write(to: folder.appendingPathComponent("a/notes.txt"))
    try Data("<broken".utf8).write(to: folder.appendingPathComponent("a/bad.xml"))
    let result = try runTDKT(["validate", "--format", "json", "."], in: folder)
    #expect(result.status == 1)
    let report =
      try JSONSerialization.jsonObject(with: Data(result.stdoutBytes)) as? [[String: Any]]
    #expect(
      report?.map { $0["file"] as? String } == [
        "./a/bad.xml", "./a/deep/er/y.\(ext)", "./a/x.\(ext)", "./b/z.\(ext)",
      ])
    #expect(report?.map { $0["valid"] as? Bool } == [false, true, true, true])
    #expect(result.stderr == "4 files, 1 invalid\n")
  }

  @Test(arguments: pageCaseNames)
  func convertedPagesValidateInBothForms(_ name: String) throws {
    let input = relativePath(pageCase(name).appendingPathComponent("input.html"))
    for format in ["xml", "json"] {
      let converted = try runTDKT(["convert", "--format", format, input])
      let checked = try runTDKT(["validate", "-"], stdin: converted.stdoutBytes)
      #expect(checked.status == 0, "\(format): \(checked.stderr)")
      #expect(checked.stderr == "1 file, 0 invalid\n")
    }
  }
}
