import Foundation
import TestSupport
import Testing

@Suite struct ConvertTests {
  @Test(arguments: pageCaseNames)
  func convertsEverySamplePage(_ name: String) throws {
    let folder = pageCase(name)
    let input = folder.appendingPathComponent("input.html")
    let result = try runTDKT(["convert", relativePath(input)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.hasPrefix("<?xml"))
    if let lint = try xmllintValidate(result.stdoutBytes) {
      #expect(lint.status == 0, "xmllint: \(lint.stderr)")
    }
    let expected = folder.appendingPathComponent("expected.xml")
    if FileManager.default.fileExists(atPath: expected.path) || isRecordingGoldens {
      if let problem = compareGolden(result.stdout, to: expected) { Issue.record("\(problem)") }
    }
    if let snippets = contents(of: folder.appendingPathComponent("snippets.txt")) {
      let text = unescapedXML(result.stdout)
      for line in lines(String(decoding: snippets, as: UTF8.self)) {
        if line.hasPrefix("+ ") {
          #expect(text.contains(line.dropFirst(2)), "missing from the output: \(line)")
        } else if line.hasPrefix("- ") {
          #expect(!text.contains(line.dropFirst(2)), "must not be in the output: \(line)")
        }
      }
    }
    // The same page twice: byte-identical.
    let again = try runTDKT(["convert", relativePath(input)])
    #expect(again.stdoutBytes == result.stdoutBytes)
  }

  @Test(arguments: pageCaseNames)
  func jsonFormIsTheSameExchange(_ name: String) throws {
    let input = relativePath(pageCase(name).appendingPathComponent("input.html"))
    let xml = try runTDKT(["convert", input])
    let json = try runTDKT(["convert", "--format", "json", input])
    #expect(json.status == 0, "\(json.stderr)")
    #expect(json.stdout.hasPrefix("{\n  \"version\": \"1.0\""))
    let back = try runTDKT(["to-xml", "-"], stdin: json.stdoutBytes)
    #expect(back.status == 0, "\(back.stderr)")
    #expect(back.stdoutBytes == xml.stdoutBytes)
  }

  @Test func writesToAFileOrIntoADirectory() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pages = Array(pageCases.prefix(3)).map {
      relativePath($0.appendingPathComponent("input.html"))
    }
    let single = folder.appendingPathComponent("one.xml").path
    let result = try runTDKT(["convert", pages[0], "-o", single])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    let direct = try runTDKT(["convert", pages[0]])
    #expect(contents(of: URL(fileURLWithPath: single)) == direct.stdoutBytes)

    // Several pages into a directory: each keeps its path below the folder they share.
    let out = folder.appendingPathComponent("out").path
    let many = try runTDKT(["convert", "--format", "json", "-o", out] + pages)
    #expect(many.status == 0, "\(many.stderr)")
    #expect(many.stderr.isEmpty)
    #expect(
      snapshot(URL(fileURLWithPath: out)).keys.sorted()
        == pages.map {
          URL(fileURLWithPath: $0).deletingLastPathComponent().lastPathComponent + "/input.json"
        }.sorted())
    #expect(!snapshot(folder).keys.contains { $0.contains("tdkt-tmp") })
  }

  @Test func readsStandardInput() throws {
    let input = pageCases[0].appendingPathComponent("input.html")
    let fromFile = try runTDKT(["convert", relativePath(input)])
    let fromStdin = try runTDKT(["convert", "-"], stdin: contents(of: input) ?? [])
    #expect(fromStdin.status == 0, "\(fromStdin.stderr)")
    #expect(fromStdin.stdout.hasPrefix("<?xml"))
    // Only the file name may differ (nowhere in the output), so the records are the same.
    #expect(fromStdin.stdoutBytes == fromFile.stdoutBytes)
  }

  @Test func badInputsGiveOneErrorLineAndStatusOne() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data().write(to: folder.appendingPathComponent("empty.html"))
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(
      to: folder.appendingPathComponent("binary.html"))
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("folder.html"), withIntermediateDirectories: true)
    let cases: [(String, String)] = [
      ("missing.html", "missing.html: error: no such file"),
      ("folder.html", "folder.html: error: is a directory"),
      ("empty.html", "empty.html: error: the page is empty; expected an HTML page"),
      ("binary.html", "binary.html: error: not an HTML page (a PNG image); expected an HTML page"),
    ]
    for (name, expected) in cases {
      let result = try runTDKT(["convert", name], in: folder)
      #expect(result.status == 1, "\(name)")
      #expect(result.stdout.isEmpty, "\(name)")
      #expect(result.stderr == expected + "\n", "\(name)")
    }
    // One bad page among good ones: the good ones are still written.
    let good = pageCases[0].appendingPathComponent("input.html").path
    let out = folder.appendingPathComponent("out").path
    let mixed = try runTDKT(["convert", "-o", out, "missing.html", good], in: folder)
    #expect(mixed.status == 1)
    #expect(mixed.stderr == "missing.html: error: no such file\n")
    #expect(snapshot(URL(fileURLWithPath: out)).keys.sorted() == ["input.xml"])
  }

  @Test func usageErrorsExitWith64() throws {
    let page = relativePath(pageCases[0].appendingPathComponent("input.html"))
    let cases: [([String], String)] = [
      (["convert", page, page], "converting several pages needs -o DIR"),
      (["convert", page, page, "-o", "-"], "-o - (standard output) takes one page"),
      (
        ["convert", page, "-o", "Package.swift", page], "-o with several inputs must be a directory"
      ),
      (["convert", "--format", "yaml", page], "yaml"),
      (["convert"], "Missing expected argument"),
      (["convert", "--no-such-option", page], "no-such-option"),
      (["frobnicate"], "frobnicate"),
      (["batch", "Samples", "build-out", "--shard", "4/3"], "--shard must be K/N"),
      (["batch", "Samples", "build-out", "--jobs", "0"], "--jobs must be at least 1"),
      (["batch", "Samples", "Samples/"], "OUT_DIR must differ from IN_DIR"),
      (["batch", "Samples", "build-out", "--include", "[abc"], "invalid glob '[abc'"),
      (["validate", "--format", "xml", "x.xml"], "xml"),
    ]
    for (arguments, message) in cases {
      let result = try runTDKT(arguments)
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
      #expect(result.stdout.isEmpty, "\(arguments)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
    }
  }

  @Test func helpDocumentsTheExitStatus() throws {
    let result = try runTDKT(["--help"])
    #expect(result.status == 0)
    for text in ["EXIT STATUS", "64", "convert", "validate", "batch", "to-json", "to-xml"] {
      #expect(result.stdout.contains(text), "\(text)")
    }
    let batch = try runTDKT(["batch", "--help"])
    for option in [
      "--jobs", "--format", "--include", "--exclude", "--shard", "--resume",
      "--report", "--max-size", "--timeout", "--fail-fast", "--verbose",
    ] {
      #expect(batch.stdout.contains(option), "\(option)")
    }
  }
}
