import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `json` without the white space between tokens, as the result lines carry the exchange.
func compactJSON(_ json: [UInt8]) -> String {
  var out: [UInt8] = []
  var inString = false
  var escaped = false
  for byte in json {
    if inString {
      out.append(byte)
      if escaped {
        escaped = false
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else if byte == UInt8(ascii: "\"") {
        inString = false
      }
    } else if byte == UInt8(ascii: "\"") {
      inString = true
      out.append(byte)
    } else if !(byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D) {
      out.append(byte)
    }
  }
  return String(decoding: out, as: UTF8.self)
}

/// A result line as a dictionary.
func parseLine(_ line: String) -> [String: Any]? {
  (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
}

/// The exchange JSON of `convert --format json` for `path` (relative to the package root).
func convertedJSON(_ path: String) throws -> String {
  let result = try runTDKT(["convert", "--format", "json", path])
  #expect(result.status == 0, "\(path): \(result.stderr)")
  return compactJSON(result.stdoutBytes)
}

/// The JSON text of `text` as a string literal (the test's own, to check the tool's ids).
func quoted(_ text: String) -> String {
  let data = try! JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])
  return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
}

/// `sh -c script` in `directory`, the shell pipe a user or an engine would write.
func shell(_ script: String, in directory: URL = packageRoot) throws -> ProcessResult {
  try run(
    URL(fileURLWithPath: "/bin/sh"), ["-c", script], in: directory,
    environment: ProcessInfo.processInfo.environment.merging(["TDKT": tdktExecutable.path]) {
      _, new in new
    })
}

@Suite(.serialized) struct StreamTests {
  /// Every sample page by path, the legacy pages also by content with a misleading hint, and
  /// bad requests between them.
  @Test func oneLinePerRequestInOrderWithTheExchangeOfConvert() throws {
    let folder = try makeTemporaryDirectory("tdkt-stream")
    defer { try? FileManager.default.removeItem(at: folder) }
    let pages = pageCases.map { relativePath($0.appendingPathComponent("input.html")) }
    #expect(pages.count >= 20)
    let legacy = pages.filter { $0.contains("legacy") }
    #expect(legacy.count >= 3)

    // (request line, expected id JSON, expected exchange or nil for a failure, message part)
    var expectations: [(line: String, id: String, exchange: String?, error: String?)] = []
    for (index, page) in pages.enumerated() {
      let exchange = try convertedJSON(page)
      if index % 2 == 0 {
        expectations.append((page, quoted(page), exchange, nil))
      } else {
        expectations.append(
          ("{\"id\": \"p\(index)\", \"path\": \(quoted(page))}", quoted("p\(index)"), exchange, nil)
        )
      }
    }
    for (index, page) in legacy.enumerated() {
      let bytes = try #require(contents(of: packageRoot.appendingPathComponent(page)))
      let base64 = Data(bytes).base64EncodedString()
      // A wrong HTTP charset must not override what the page shows of its own encoding.
      expectations.append(
        (
          "{\"id\": \(index), \"content\": \"\(base64)\", \"charsetHint\": \"windows-1252\"}",
          String(index), try convertedJSON(page), nil
        ))
    }
    let png = Data(
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64))
    let bad: [(String, String?, String)] = [
      ("Samples/không có.html", quoted("Samples/không có.html"), "no such file"),
      ("Samples", quoted("Samples"), "is a directory"),
      ("{\"id\": \"png\", \"content\": \"\(png.base64EncodedString())\"}", quoted("png"), "PNG"),
      ("{\"id\": \"k\", \"path\": \"x.html\", \"charset\": \"utf-8\"}", quoted("k"), "unknown key"),
      (
        "{\"id\": \"both\", \"path\": \"x\", \"content\": \"PGh0bWw+\"}", quoted("both"), "not both"
      ),
      ("{\"id\": \"none\"}", quoted("none"), "needs \"path\" or \"content\""),
      ("{\"id\": \"b64\", \"content\": \"@@@\"}", quoted("b64"), "not base64"),
      (
        "{\"id\": \"date\", \"path\": \"x\", \"retrieved\": \"2024-02-30\"}", quoted("date"),
        "retrieved"
      ),
      ("{\"id\": [1], \"path\": \"x\"}", nil, "must be a string or an integer"),
      ("{not json", nil, "not valid JSON"),
    ]
    var mixed: [(line: String, id: String, exchange: String?, error: String?)] = []
    var badIndex = 0
    for (index, expectation) in expectations.enumerated() {
      mixed.append(expectation)
      if index % 3 == 1, badIndex < bad.count {
        let (line, id, message) = bad[badIndex]
        mixed.append((line, id ?? "", nil, message))
        badIndex += 1
      }
    }
    for (line, id, message) in bad[badIndex...] { mixed.append((line, id ?? "", nil, message)) }
    // Blank lines are not requests; ids of JSON lines without one are their line numbers.
    var text = ""
    for (index, entry) in mixed.enumerated() {
      text += entry.line + "\n"
      if index == 4 { text += "\n" }
    }
    var lineNumber = 0
    for index in mixed.indices {
      lineNumber += 1
      if mixed[index].id.isEmpty { mixed[index].id = String(lineNumber) }
      if index == 4 { lineNumber += 1 }
    }
    let requests = folder.appendingPathComponent("requests.jsonl")
    try Data(text.utf8).write(to: requests)

    let result = try shell("cat '\(requests.path)' | \"$TDKT\" stream --jobs 2 --window 3")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    let output = lines(result.stdout)
    #expect(output.count == mixed.count)
    for (line, expected) in zip(output, mixed) {
      #expect(
        line.hasPrefix("{\"id\":\(expected.id),"),
        "\(line.prefix(120)) for \(expected.line.prefix(80))")
      let object = try #require(parseLine(line), "not JSON: \(line.prefix(200))")
      #expect(
        Set(object.keys) == ["id", "path", "url", "status", "records", "errors", "exchange"])
      if let exchange = expected.exchange {
        #expect(object["status"] as? String == "converted", "\(line.prefix(300))")
        #expect(line.hasSuffix(",\"exchange\":\(exchange)}"), "\(expected.line.prefix(80))")
        #expect((object["errors"] as? [Any])?.isEmpty == true)
      } else {
        #expect(object["status"] as? String == "failed", "\(expected.line.prefix(80))")
        #expect(object["exchange"] is NSNull)
        let errors = object["errors"] as? [[String: Any]] ?? []
        let messages = errors.compactMap { $0["message"] as? String }.joined(separator: " | ")
        #expect(
          messages.contains(expected.error ?? "?"), "\(expected.line.prefix(80)): \(messages)")
      }
    }
    // The legacy pages read by content keep their own encodings despite the hint.
    for line in output where line.hasPrefix("{\"id\":0,") || line.hasPrefix("{\"id\":1,") {
      let object = try #require(parseLine(line))
      let source = (object["exchange"] as? [String: Any])?["source"] as? [String: Any]
      #expect(["TCVN3", "windows-1258", "UTF-8"].contains(source?["encoding"] as? String ?? ""))
    }

    // One job and the default window give the same bytes.
    let one = try shell("\"$TDKT\" stream --jobs 1 < '\(requests.path)'")
    #expect(one.status == 0)
    #expect(one.stdoutBytes == result.stdoutBytes)
  }

  /// A page without any evidence of its own: the hint decides; with evidence, the page does.
  @Test func aCharsetHintIsUsedOnlyWithoutThePagesOwnEvidence() throws {
    // "Hội nghị tại Hà Nội" in Windows-1258 (base letter + combining tone), no declaration.
    let text: [UInt8] =
      Array("<html><head><title>H".utf8) + [0xF4, 0xF2] + Array("i nghi".utf8) + [0xF2]
      + Array(" ta".utf8) + [0xF2] + Array("i H".utf8) + [0xE0] + Array(" N".utf8)
      + [0xF4, 0xF2] + Array("i</title></head><body><p>N".utf8) + [0xF4, 0xF2]
      + Array("i dung.</p></body></html>".utf8)
    let content = Data(text).base64EncodedString()
    let declared =
      Array("<html><head><meta charset=\"windows-1252\"></head>".utf8) + text.dropFirst(6)
    let requests = [
      "{\"id\": \"hint\", \"content\": \"\(content)\", \"charsetHint\": \"windows-1258\"}",
      "{\"id\": \"none\", \"content\": \"\(content)\"}",
      "{\"id\": \"meta\", \"content\": \"\(Data(declared).base64EncodedString())\", "
        + "\"charsetHint\": \"windows-1258\"}",
      "{\"id\": \"utf8\", \"content\": \"\(Data("<html><body><p>Hội nghị</p></body></html>".utf8).base64EncodedString())\", \"charsetHint\": \"windows-1258\"}",
    ].joined(separator: "\n")
    let result = try runTDKT(["stream"], stdin: Array(requests.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    let sources = lines(result.stdout).compactMap { line -> (String, String, String)? in
      guard let object = parseLine(line),
        let source = (object["exchange"] as? [String: Any])?["source"] as? [String: Any]
      else { return nil }
      return (
        object["id"] as? String ?? "", source["encoding"] as? String ?? "",
        source["encodingSource"] as? String ?? ""
      )
    }
    #expect(sources.count == 4)
    #expect(sources.first { $0.0 == "hint" }.map { [$0.1, $0.2] } == ["windows-1258", "declared"])
    let unhinted = sources.first { $0.0 == "none" }
    #expect(unhinted?.1 != "windows-1258" && unhinted?.2 != "declared")
    #expect(sources.first { $0.0 == "meta" }.map { [$0.1, $0.2] } == ["windows-1252", "meta"])
    #expect(sources.first { $0.0 == "utf8" }.map { [$0.1] } == ["UTF-8"])
    let hinted = lines(result.stdout).first { $0.hasPrefix("{\"id\":\"hint\"") } ?? ""
    #expect(hinted.contains("Hội nghị tại Hà Nội"))
  }

  @Test func retrievedAndURLAreRecorded() throws {
    let page = relativePath(pageCases[0].appendingPathComponent("input.html"))
    let request =
      "{\"id\": \"r\", \"path\": \(quoted(page)), \"url\": \"https://example.gov.vn/a?b=1\", "
      + "\"retrieved\": \"2023-11-05T08:09:10Z\"}\n"
    let result = try runTDKT(["stream"], stdin: Array(request.utf8))
    #expect(result.status == 0)
    let object = try #require(parseLine(lines(result.stdout).first ?? ""))
    #expect(object["url"] as? String == "https://example.gov.vn/a?b=1")
    let source = (object["exchange"] as? [String: Any])?["source"] as? [String: Any]
    #expect(source?["url"] as? String == "https://example.gov.vn/a?b=1")
    #expect(source?["retrieved"] as? String == "2023-11-05")
    // The line's exchange is a valid exchange file.
    let folder = try makeTemporaryDirectory("tdkt-stream-valid")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("exchange.json")
    let exchange = try JSONSerialization.data(
      withJSONObject: try #require(object["exchange"]), options: [.withoutEscapingSlashes])
    try exchange.write(to: file)
    let validated = try runTDKT(["validate", file.path])
    #expect(validated.status == 0, "\(validated.stderr)")
  }

  @Test func limitsAndUsage() throws {
    let page = relativePath(pageCases[0].appendingPathComponent("input.html"))
    let small = try runTDKT(["stream", "--max-size", "100"], stdin: Array("\(page)\n".utf8))
    #expect(small.status == 0)
    #expect(small.stdout.contains("too large"))
    for arguments in [
      ["--jobs", "0"], ["--jobs", "2", "--window", "1"], ["--timeout", "0"], ["x"],
    ] {
      let usage = try runTDKT(["stream"] + arguments)
      #expect(usage.status == 64, "\(arguments): \(usage.stderr)")
    }
    let empty = try runTDKT(["stream"])
    #expect(empty.status == 0)
    #expect(empty.stdout.isEmpty)
  }

  /// SIGTERM while requests are still coming: the lines written are those of the first
  /// requests, in order, each complete, and the status is 75.
  @Test func sigtermFinishesTheInFlightPagesAndExits75() throws {
    let page = pageCases[0]
    let process = Process()
    process.executableURL = tdktExecutable
    process.arguments = ["stream", "--jobs", "1"]
    process.currentDirectoryURL = page
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = Pipe()
    try process.run()
    // 2,000 requests (22 kB, within a pipe's buffer); the stream reads only a window of them.
    let requests = String(repeating: "input.html\n", count: 2_000)
    input.fileHandleForWriting.write(Data(requests.utf8))
    // Wait for the first line, then stop the stream while stdin stays open.
    var received = Data()
    while !received.contains(0x0A) {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      received.append(chunk)
    }
    kill(process.processIdentifier, SIGTERM)
    received.append(output.fileHandleForReading.readDataToEndOfFile())
    process.waitUntilExit()
    try? input.fileHandleForWriting.close()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 75)
    let text = String(decoding: received, as: UTF8.self)
    #expect(text.hasSuffix("\n"))
    let results = lines(text)
    #expect(results.count >= 1 && results.count < 2_000, "\(results.count) lines")
    for line in results {
      #expect(line.hasPrefix("{\"id\":\"input.html\","))
      #expect(parseLine(line)?["status"] as? String == "converted")
    }
  }
}

@Suite(.serialized) struct BatchJSONLinesTests {
  /// `batch --format jsonl` writes the lines `stream` writes for the same inputs, in order, as
  /// one gzip part per run or shard, or plainly on standard output for OUT_DIR `-`.
  @Test func theLinesOfStreamInOneGzipPartPerShard() throws {
    let folder = try makeTemporaryDirectory("tdkt-jsonl")
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in")
    var relative: [String] = []
    for (index, page) in pageCases.enumerated() {
      let name =
        "\(page.deletingLastPathComponent().lastPathComponent)/\(page.lastPathComponent).html"
      let target = input.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: page.appendingPathComponent("input.html"), to: target)
      relative.append(name)
      if index == 3 {
        try Data("%PDF-1.4\n".utf8).write(to: input.appendingPathComponent("hỏng.html"))
        relative.append("hỏng.html")
      }
    }
    relative.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }

    let batch = try runTDKT(["batch", "in", "out", "--format", "jsonl", "--jobs", "2"], in: folder)
    #expect(batch.status == 0, "\(batch.stderr)")
    let part = folder.appendingPathComponent("out/part-00001-of-00001.jsonl.gz")
    let unzipped = try run(URL(fileURLWithPath: "/bin/sh"), ["-c", "gzip -dc '\(part.path)'"])
    #expect(unzipped.status == 0, "\(unzipped.stderr)")
    let batchLines = lines(unzipped.stdout)
    #expect(batchLines.count == relative.count)
    #expect(batchLines.map { parseLine($0)?["id"] as? String ?? "" } == relative)
    #expect(
      !snapshot(folder.appendingPathComponent("out")).keys.contains { $0.contains("tdkt-tmp") })

    // The same lines from stream, fed {"id": relative path, "path": "in/…"} requests.
    let requests = relative.map { "{\"id\": \(quoted($0)), \"path\": \(quoted("in/" + $0))}" }
    let stream = try runTDKT(
      ["stream", "--jobs", "2"], stdin: Array((requests.joined(separator: "\n") + "\n").utf8),
      in: folder)
    #expect(stream.status == 0)
    #expect(lines(stream.stdout) == batchLines)

    // --files-from -, in the list's order, to standard output; no directory named '-'.
    let reversed = relative.reversed().joined(separator: "\n") + "\n"
    let listed = try runTDKT(
      ["batch", "in", "-", "--format", "jsonl", "--files-from", "-"], stdin: Array(reversed.utf8),
      in: folder)
    #expect(listed.status == 0, "\(listed.stderr)")
    #expect(lines(listed.stdout) == batchLines.reversed())
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
    let refused = try runTDKT(["batch", "in", "-"], in: folder)
    #expect(refused.status == 64)
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))

    // Three shards: three parts that together hold every line once.
    var sharded: [String] = []
    for shard in 1...3 {
      let run = try runTDKT(
        ["batch", "in", "out-s", "--format", "jsonl", "--shard", "\(shard)/3"], in: folder)
      #expect(run.status == 0, "\(run.stderr)")
      let part = folder.appendingPathComponent("out-s/part-0000\(shard)-of-00003.jsonl.gz")
      let text = try TestSupport.run(
        URL(fileURLWithPath: "/bin/sh"), ["-c", "gzip -dc '\(part.path)'"])
      #expect(text.status == 0)
      sharded += lines(text.stdout)
    }
    #expect(sharded.sorted() == batchLines.sorted())

    // A list with a path outside IN_DIR, one listed twice and a missing one.
    let list = folder.appendingPathComponent("list.txt")
    let good = try #require(relative.first { !$0.hasPrefix("hỏng") })
    try Data("\(good)\n../etc/passwd\n\(good)\nno.html\n".utf8).write(to: list)
    let odd = try runTDKT(
      ["batch", "in", "-", "--format", "jsonl", "--files-from", list.path], in: folder)
    #expect(odd.status == 0)
    let oddLines = lines(odd.stdout).compactMap(parseLine)
    #expect(oddLines.count == 4)
    #expect(
      oddLines.map { $0["status"] as? String ?? "" } == ["converted", "failed", "failed", "failed"])
    let messages = oddLines.dropFirst().map {
      (($0["errors"] as? [[String: Any]])?.first?["message"] as? String) ?? ""
    }
    #expect(messages.contains { $0.contains("no such file") })
    #expect(messages.contains { $0.contains("outside IN_DIR") })
    #expect(messages.contains { $0.contains("listed twice") })
  }
}

@Suite struct BatchInterruptTests {
  /// SIGTERM stops a batch cleanly with status 75 (no longer 1, which means a page failed).
  @Test func sigtermExits75() throws {
    let folder = try makeTemporaryDirectory("tdkt-batch-term")
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = try #require(contents(of: pageCases[0].appendingPathComponent("input.html")))
    let input = folder.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    for index in 0..<400 {
      try Data(page).write(to: input.appendingPathComponent("page-\(index).html"))
    }
    let process = Process()
    process.executableURL = tdktExecutable
    process.arguments = ["batch", "in", "out", "--jobs", "1", "-v", "--format", "jsonl"]
    process.currentDirectoryURL = folder
    let errors = Pipe()
    process.standardOutput = Pipe()
    process.standardError = errors
    try process.run()
    var received = Data()
    while !received.contains(0x0A) {
      let chunk = errors.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      received.append(chunk)
    }
    kill(process.processIdentifier, SIGTERM)
    received.append(errors.fileHandleForReading.readDataToEndOfFile())
    process.waitUntilExit()
    #expect(process.terminationStatus == 75, "\(String(decoding: received, as: UTF8.self))")
    let part = folder.appendingPathComponent("out/part-00001-of-00001.jsonl.gz")
    let unzipped = try run(URL(fileURLWithPath: "/bin/sh"), ["-c", "gzip -dc '\(part.path)'"])
    #expect(unzipped.status == 0)
    let done = lines(unzipped.stdout)
    #expect(done.count >= 1 && done.count < 400, "\(done.count) lines")
  }
}
