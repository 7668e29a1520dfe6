// The command line as a new user meets it: where -o writes, encodings, gzip pages, --strict,
// shell-expanded patterns, --resume after another format or shards, inspect's wording,
// --color and -q.

import Foundation
import TestSupport
import Testing

private let gzip = URL(fileURLWithPath: "/bin/gzip")
private let iconv = URL(fileURLWithPath: "/usr/bin/iconv")
private let samplePage = "Samples/portal/seed-sharepoint/input.html"

/// The usage error of `tdkt command`: the message, then the usage and help lines.
private func usageError(_ result: ProcessResult, _ message: String) {
  #expect(result.status == 64, "\(result.stderr)")
  #expect(result.stdout.isEmpty)
  #expect(lines(result.stderr).first == "Error: " + message, "\(result.stderr)")
}

@Suite struct ConvertOutputTests {
  @Test func aFolderEndingInSlashIsCreated() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = packageRoot.appendingPathComponent(samplePage).path
    let result = try runTDKT(["convert", page, "-o", "conv4/"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty && result.stderr.isEmpty)
    #expect(snapshot(folder).keys.sorted() == ["conv4/input.xml"])
  }

  @Test func toJSONAndToXMLWriteIntoAFolderOrANewOne() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = packageRoot.appendingPathComponent("Samples/exchange/valid/article-only.xml").path
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("old"), withIntermediateDirectories: true)
    for out in ["old", "new/"] {
      let result = try runTDKT(["to-json", file, "-o", out], in: folder)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stderr == "1 file, 0 failed\n")
      let json = out.hasSuffix("/") ? out + "article-only.json" : out + "/article-only.json"
      #expect(FileManager.default.fileExists(atPath: folder.path + "/" + json), "\(json)")
      let back = try runTDKT(["to-xml", json, "-o", "xml/", "-q"], in: folder)
      #expect(back.status == 0 && back.stderr.isEmpty, "\(back.stderr)")
    }
    #expect(FileManager.default.fileExists(atPath: folder.path + "/xml/article-only.xml"))
  }

  @Test func aMissingFolderIsAUsageError() throws {
    let result = try runTDKT(["convert", samplePage, "-o", "no-such-folder/page.xml"])
    usageError(
      result,
      "-o 'no-such-folder/page.xml': the folder 'no-such-folder' does not exist; create it "
        + "first, or end -o with '/' to write into a new folder")
  }

  @Test func theNameOfTheOutputChoosesJSONAndContradictionsAreRefused() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = packageRoot.appendingPathComponent(samplePage).path
    let json = try runTDKT(["convert", page, "-o", "out.json"], in: folder)
    #expect(json.status == 0, "\(json.stderr)")
    let expected = try runTDKT(["convert", samplePage, "--format", "json"])
    #expect(contents(of: folder.appendingPathComponent("out.json")) == expected.stdoutBytes)
    usageError(
      try runTDKT(["convert", page, "--format", "xml", "-o", "out.json"], in: folder),
      "-o 'out.json' ends in .json but the output is XML; name the file .xml, or leave out "
        + "--format (-o FILE.json alone writes JSON)")
    usageError(
      try runTDKT(["to-json", "Samples/exchange/valid/article-only.xml", "-o", "x.xml"]),
      "-o 'x.xml' ends in .xml but the output is JSON; name the file .json")
    usageError(
      try runTDKT(["render", "Samples/exchange/valid/article-only.xml", "-o", "x.json"]),
      "-o 'x.json' ends in .json but the output is HTML; name the file .html")
  }

  @Test func pagesOfEqualNamesKeepTheirFolders() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pages = pageCases.filter { $0.path.contains("/portal/") }.map {
      $0.appendingPathComponent("input.html").path
    }
    #expect(pages.count > 2)
    let out = folder.appendingPathComponent("out").path
    let result = try runTDKT(["convert", "-o", out] + pages)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    let expected = pages.map {
      URL(fileURLWithPath: $0).deletingLastPathComponent().lastPathComponent + "/input.xml"
    }
    #expect(snapshot(URL(fileURLWithPath: out)).keys.sorted() == expected.sorted())
    // The same file twice, and two names of one stem in one folder, are named.
    let twice = try runTDKT(["convert", "-o", out, pages[0], pages[0]])
    #expect(twice.status == 1)
    #expect(twice.stderr == "\(pages[0]): error: given twice\n")
    try FileManager.default.copyItem(
      atPath: pages[0], toPath: folder.appendingPathComponent("page.htm").path)
    try FileManager.default.copyItem(
      atPath: pages[0], toPath: folder.appendingPathComponent("page.html").path)
    let stems = try runTDKT(["convert", "-o", "two", "page.htm", "page.html"], in: folder)
    #expect(stems.status == 1)
    #expect(
      stems.stderr
        == "page.html: error: its output page.xml is already the output of page.htm; rename one\n")
  }
}

@Suite struct EncodingOptionTests {
  @Test func anUnknownEncodingIsAUsageErrorNamingTheAcceptedOnes() throws {
    for command in ["convert", "inspect"] {
      usageError(
        try runTDKT([command, samplePage, "--encoding", "bogus"]),
        "--encoding: unknown encoding 'bogus'; give one of UTF-8, UTF-16LE, UTF-16BE, "
          + "windows-1258, windows-1252, TCVN3, VNI, or another name iconv knows (iconv -l)")
    }
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: iconv.path), "needs iconv"))
  func anEncodingIconvKnowsIsRead() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    // The sample page in VISCII (its meta still says UTF-8: --encoding overrides it).
    let page = packageRoot.appendingPathComponent(samplePage)
    // -c: the page's punctuation outside VISCII (dashes, curly quotes) is left out.
    let viscii = try run(iconv, ["-c", "-f", "UTF-8", "-t", "VISCII", page.path])
    #expect(!viscii.stdoutBytes.isEmpty, "\(viscii.stderr)")
    let file = folder.appendingPathComponent("viscii.html")
    try Data(viscii.stdoutBytes).write(to: file)
    let result = try runTDKT(["convert", file.path, "--encoding", "VISCII", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\"encoding\": \"VISCII\""))
    let original = try runTDKT(["convert", samplePage, "--format", "json"])
    func title(_ json: String) -> String? {
      json.split(separator: "\n").first { $0.contains("\"title\"") }.map(String.init)
    }
    #expect(title(result.stdout) != nil)
    #expect(title(result.stdout) == title(original.stdout))
  }
}

@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: gzip.path), "needs gzip"))
struct GzipPageTests {
  /// A folder with `a/page.html.gz`, the sample page compressed.
  func compressedTree() throws -> URL {
    let folder = try makeTemporaryDirectory()
    let tree = folder.appendingPathComponent("in/a")
    try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
    let compressed = try run(gzip, ["-c", samplePage])
    #expect(compressed.status == 0)
    try Data(compressed.stdoutBytes).write(to: tree.appendingPathComponent("page.html.gz"))
    return folder
  }

  @Test func convertAndInspectReadTheCompressedPage() throws {
    let folder = try compressedTree()
    defer { try? FileManager.default.removeItem(at: folder) }
    let plain = try runTDKT(["convert", samplePage])
    let result = try runTDKT(["convert", "in/a/page.html.gz"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(result.stdoutBytes == plain.stdoutBytes)
    let inspect = try runTDKT(["inspect", "in/a/page.html.gz"], in: folder)
    #expect(inspect.status == 0)
    #expect(lines(inspect.stdout).first == "page: in/a/page.html.gz (gzip-compressed)")
    // Into a folder, the output drops both extensions.
    let into = try runTDKT(["convert", "in/a/page.html.gz", "-o", "out/"], in: folder)
    #expect(into.status == 0)
    #expect(FileManager.default.fileExists(atPath: folder.path + "/out/page.xml"))
  }

  @Test func batchSelectsCompressedPagesAndResumesThem() throws {
    let folder = try compressedTree()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = try runTDKT(["batch", "in", "out", "--jobs", "1"], in: folder)
    #expect(first.status == 0, "\(first.stderr)")
    let plain = try runTDKT(["convert", samplePage])
    #expect(contents(of: folder.appendingPathComponent("out/a/page.xml")) == plain.stdoutBytes)
    let again = try runTDKT(["batch", "in", "out", "--resume"], in: folder)
    #expect(again.stderr.hasPrefix("1 file: 0 converted, 0 failed, 1 skipped"), "\(again.stderr)")
  }

  @Test func aDamagedCompressedPageIsNamed() throws {
    let folder = try compressedTree()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("in/a/page.html.gz")
    let bytes = contents(of: path) ?? []
    try Data(bytes.prefix(bytes.count / 2)).write(to: path)
    let result = try runTDKT(["convert", "in/a/page.html.gz"], in: folder)
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == "in/a/page.html.gz: error: truncated gzip data (the file ends too early)\n")
  }
}

@Suite struct StrictTests {
  @Test func whatHTML5AllowsIsNoProblem() throws {
    // The demo page has scripts with "</" inside them: libxml2 reports them, HTML5 allows them.
    let demo = try runTDKT(["convert", "--strict", samplePage])
    #expect(demo.status == 0, "\(demo.stderr)")
    #expect(demo.stderr.isEmpty)
    let inspect = try runTDKT(["inspect", "--strict", samplePage])
    #expect(inspect.status == 0)
    #expect(inspect.stdout.contains("parse problems: 3 (3 allowed by HTML5)\n"))
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = """
      <!DOCTYPE html><html><head><meta charset="utf-8"><title>Hội nghị</title></head>
      <body><header><nav><a href="/?a=1&b=2">Trang chủ</a></nav></header>
      <main><article><h1>Hội nghị</h1><section><p>Sáng 5/3, hội nghị.</p></section>
      <svg><path d="M0 0"/></svg></article></main></body></html>
      """
    try Data(page.utf8).write(to: folder.appendingPathComponent("html5.html"))
    let html5 = try runTDKT(["convert", "--strict", "html5.html"], in: folder)
    #expect(html5.status == 0, "\(html5.stderr)")
  }

  @Test func brokenMarkupFailsWithItsPlace() throws {
    let page = "Samples/portal/generic-langson-broken-markup/input.html"
    let result = try runTDKT(["convert", "--strict", page])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(
      lines(result.stderr) == [
        "\(page):86:44: error: Opening and ending tag mismatch: b and i",
        "\(page):86:185: error: Unexpected end tag : i",
      ])
    #expect(try runTDKT(["convert", page]).status == 0)
  }

  @Test func helpSaysWhatStrictMeans() throws {
    let help = try runTDKT(["convert", "--help"], environment: ["COLUMNS": "80"])
    #expect(help.stdout.contains("--strict fails a page when the recovering HTML parse reports"))
    #expect(help.stdout.contains("are valid HTML"))
  }
}

@Suite struct ShellExpansionTests {
  /// A working folder with `a.html` and `b.html` (what `*.html` expands to) and `in/x.html`.
  func folder() throws -> URL {
    let folder = try makeTemporaryDirectory()
    let page = contents(of: packageRoot.appendingPathComponent(samplePage)) ?? []
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
    for name in ["a.html", "b.html", "in/x.html"] {
      try Data(page).write(to: folder.appendingPathComponent(name))
    }
    return folder
  }

  @Test func anExpandedPatternOfSeveralNamesIsAUsageErrorWithTheQuotedPattern() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // tdkt batch in out --include *.html, as the shell passes it.
    let result = try runTDKT(["batch", "in", "out", "--include", "a.html", "b.html"], in: folder)
    usageError(
      result,
      "'a.html' and the words after it look like the names the shell made of an unquoted "
        + "pattern; quote the pattern: --include '*.html'")
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
  }

  @Test func anExpandedPatternOfOneNameThatSelectsNothingGetsTheHint() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runTDKT(["batch", "in", "out", "--include", "a.html"], in: folder)
    #expect(result.status == 0)
    #expect(
      lines(result.stderr).last
        == "in: warning: no file matches --include 'a.html'; if the shell expanded an unquoted "
        + "pattern, quote it: --include '*.html'")
    let quoted = try runTDKT(["batch", "in", "out2", "--include", "*.html"], in: folder)
    #expect(quoted.status == 0)
    #expect(quoted.stderr.hasPrefix("1 file: 1 converted"), "\(quoted.stderr)")
  }
}

@Suite struct ResumeChangesTests {
  func pages() throws -> URL {
    let folder = try makeTemporaryDirectory()
    let input = folder.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    for (index, page) in pageCases.prefix(4).enumerated() {
      try FileManager.default.copyItem(
        at: page.appendingPathComponent("input.html"),
        to: input.appendingPathComponent("p\(index).html"))
    }
    return folder
  }

  @Test func anotherFormatRemovesTheOutputsItNoLongerWrites() throws {
    let folder = try pages()
    defer { try? FileManager.default.removeItem(at: folder) }
    let both = try runTDKT(["batch", "in", "out", "--format", "both"], in: folder)
    #expect(both.status == 0, "\(both.stderr)")
    #expect(
      snapshot(folder.appendingPathComponent("out")).keys.filter { $0.hasSuffix(".json") }
        .count == 4)
    let xml = try runTDKT(["batch", "in", "out", "--format", "xml", "--resume"], in: folder)
    #expect(xml.status == 0, "\(xml.stderr)")
    #expect(xml.stderr.hasPrefix("4 files: 4 converted, 0 failed, 0 skipped"), "\(xml.stderr)")
    let outputs = snapshot(folder.appendingPathComponent("out")).keys.filter {
      !$0.hasPrefix(".")
    }
    #expect(outputs.sorted() == ["p0.xml", "p1.xml", "p2.xml", "p3.xml"])
  }

  @Test func aPlainResumeSkipsWhatTheShardsConverted() throws {
    let folder = try pages()
    defer { try? FileManager.default.removeItem(at: folder) }
    for shard in ["1/2", "2/2"] {
      let result = try runTDKT(["batch", "in", "out", "--shard", shard], in: folder)
      #expect(result.status == 0, "\(result.stderr)")
    }
    let resumed = try runTDKT(["batch", "in", "out", "--resume"], in: folder)
    #expect(resumed.status == 0)
    #expect(
      resumed.stderr.hasPrefix("4 files: 0 converted, 0 failed, 4 skipped"), "\(resumed.stderr)")
    // And shards again after the plain run: each skips its part.
    let shard = try runTDKT(["batch", "in", "out", "--shard", "1/2", "--resume"], in: folder)
    #expect(shard.stderr.contains(" 0 converted, 0 failed, "), "\(shard.stderr)")
  }
}

@Suite struct InspectWordingTests {
  @Test func eachCountOnceInWords() throws {
    let result = try runTDKT(["inspect", samplePage])
    #expect(result.status == 0)
    let text = result.stdout
    #expect(text.contains("encoding: UTF-8 — as the page declares it (<meta charset>"))
    #expect(!text.contains("found by"))
    #expect(text.contains("\nrecords: 1 conference, 0 awards\n"))
    for label in ["paragraphs: ", "parse problems: ", "title: "] {
      #expect(text.components(separatedBy: "\n" + label).count == 2, "\(label) once")
    }
    #expect(!text.contains("parse diagnostics"))
  }
}

@Suite struct MessageOptionTests {
  @Test func colorAlwaysAndNever() throws {
    let invalid = "Samples/exchange/invalid/truncated.xml"
    let always = try runTDKT(["validate", "--color", "always", invalid])
    #expect(always.status == 1)
    #expect(always.stderr.contains("\u{1B}[1;31merror:\u{1B}[0m"))
    let never = try runTDKT(["validate", "--color", "never", invalid])
    #expect(!never.stderr.contains("\u{1B}["))
    usageError(
      try runTDKT(["validate", "--color", "sometimes", invalid]),
      "The value 'sometimes' is invalid for '--color <when>'. Please provide one of 'auto', "
        + "'always' or 'never'.")
  }

  @Test func quietLeavesOnlyProblems() throws {
    let valid = try runTDKT(["validate", "-q", "Samples/exchange/valid"])
    #expect(valid.status == 0, "\(valid.stderr)")
    #expect(valid.stderr.isEmpty)
    let invalid = "Samples/exchange/invalid/truncated.xml"
    let loud = try runTDKT(["validate", invalid])
    let quiet = try runTDKT(["validate", "--quiet", invalid])
    #expect(quiet.status == 1)
    #expect(lines(quiet.stderr) == lines(loud.stderr).dropLast())
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let batch = try runTDKT(["batch", "-q", "Samples/portal", folder.path + "/out"])
    #expect(batch.status == 0)
    #expect(batch.stderr.isEmpty, "\(batch.stderr)")
    usageError(
      try runTDKT(["batch", "-q", "-v", "Samples/portal", folder.path + "/out"]),
      "-q and -v contradict each other")
  }
}

/// swift-argument-parser's generate-manual, built beside tdkt by `make build`.
private let generateManual = tdktExecutable.deletingLastPathComponent().appendingPathComponent(
  "generate-manual")
private let make = URL(fileURLWithPath: "/usr/bin/make")

@Suite(
  .enabled(
    if: FileManager.default.isExecutableFile(atPath: generateManual.path)
      && FileManager.default.isExecutableFile(atPath: make.path),
    "needs make and generate-manual (make build builds it)"))
struct InstallTests {
  @Test func makeInstallPutsTheBinaryTheManPageAndCompletionsUnderPrefix() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try run(
      make,
      [
        "-s", "install", "PREFIX=/opt/tdkt", "DESTDIR=\(folder.path)",
        "TDKT_BIN=\(tdktExecutable.path)", "GENERATE_MANUAL=\(generateManual.path)",
        "MAN_DIR=\(folder.path)/man", "COMPLETIONS_DIR=\(folder.path)/completions",
      ])
    #expect(result.status == 0, "\(result.stderr)")
    let root = folder.appendingPathComponent("opt/tdkt")
    #expect(
      lines(result.stdout).last
        == "installed \(root.path)/bin/tdkt, its man page and bash, zsh and fish completions")
    let installed = snapshot(root)
    #expect(
      installed.keys.sorted() == [
        "bin/tdkt", "share/bash-completion/completions/tdkt",
        "share/fish/vendor_completions.d/tdkt.fish", "share/man/man1/tdkt.1",
        "share/zsh/site-functions/_tdkt",
      ])
    let version = try run(root.appendingPathComponent("bin/tdkt"), ["--version"])
    #expect(version.status == 0)
    #expect(!version.stdout.isEmpty)
    let manual = String(decoding: installed["share/man/man1/tdkt.1"] ?? [], as: UTF8.self)
    #expect(manual.contains(".Nm tdkt"))
    for command in ["convert", "batch", "validate"] {
      #expect(manual.contains(command), "the man page lacks \(command)")
      for script in ["share/bash-completion/completions/tdkt", "share/zsh/site-functions/_tdkt"] {
        let text = String(decoding: installed[script] ?? [], as: UTF8.self)
        #expect(text.contains(command), "\(script) lacks \(command)")
      }
    }
  }
}
