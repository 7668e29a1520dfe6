import Batch
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Parses one request line with a 1 MiB limit.
private func parse(_ line: String, number: Int = 3) -> Result<StreamRequest, StreamLineError> {
  StreamRequest.parse(Array(line.utf8), number: number, maxSize: 1 << 20)
}

/// The message of a failed parse, or `nil`.
private func failure(_ line: String) -> StreamLineError? {
  if case .failure(let error) = parse(line) { return error }
  return nil
}

/// Runs a stream of `requests` lines (joined by newlines) through `convert`; the output text.
private func runStream(
  _ requests: String, jobs: Int, window: Int? = nil,
  convert: @escaping @Sendable (StreamRunner?, StreamRequest) -> ResultLine
) throws -> (String, StreamRunner.Outcome) {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "tdkt-stream-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let input = folder.appendingPathComponent("in").path
  let output = folder.appendingPathComponent("out").path
  try Data(requests.utf8).write(to: URL(fileURLWithPath: input))
  let inFD = open(input, O_RDONLY)
  let outFD = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  defer {
    close(inFD)
  }
  var options = StreamOptions()
  options.jobs = jobs
  options.window = window
  let box = RunnerBox()
  let runner = StreamRunner(options: options) { request in convert(box.runner, request) }
  box.runner = runner
  let outcome = runner.run(input: inFD, output: outFD)
  close(outFD)
  let text = String(decoding: FileManager.default.contents(atPath: output) ?? Data(), as: UTF8.self)
  return (text, outcome)
}

private final class RunnerBox: @unchecked Sendable {
  var runner: StreamRunner?
}

private func converted(_ request: StreamRequest) -> ResultLine {
  ResultLine(
    id: request.id, path: request.path, url: request.url, status: .converted, records: 1,
    problems: [], exchangeJSON: Array("{\n  \"version\": \"1.0\"\n}\n".utf8))
}

@Suite struct StreamRequestTests {
  @Test func aBarePathIsItsOwnID() throws {
    let request = try parse("a/b c.html\r").get()
    #expect(request.path == "a/b c.html")
    #expect(request.id == "\"a/b c.html\"")
    #expect(request.content == nil)
  }

  @Test func jsonRequests() throws {
    let full = try parse(
      "{\"id\": \"r-1\", \"content\": \"PGh0bWw+\", \"url\": \"http://a.vn/\", "
        + "\"charsetHint\": \"iso-8859-1\", \"retrieved\": \"2024-02-29T23:00:00+07:00\"}"
    ).get()
    #expect(full.id == "\"r-1\"")
    #expect(full.content == Array("<html>".utf8))
    #expect(full.url == "http://a.vn/")
    #expect(full.charsetHint == "iso-8859-1")
    #expect(full.retrieved == "2024-02-29")
    #expect(try parse("{\"id\": 42, \"path\": \"x\"}").get().id == "42")
    #expect(try parse("{\"path\": \"x\"}").get().id == "\"x\"")
    #expect(try parse("{\"content\": \"PGh0bWw+\"}", number: 9).get().id == "9")
    #expect(try parse("{\"path\": \"x\", \"url\": null}").get().url == nil)
  }

  @Test func badRequestsSayWhatIsWrong() {
    let cases: [(String, String)] = [
      ("{\"id\": true, \"path\": \"x\"}", "must be a string or an integer"),
      ("{\"id\": 1.5, \"path\": \"x\"}", "must be a string or an integer"),
      ("{\"id\": \"a\", \"path\": \"x\", \"extra\": 1}", "unknown key \"extra\""),
      ("{\"id\": \"a\", \"path\": 3}", "\"path\" must be a string"),
      ("{\"id\": \"a\"}", "needs \"path\" or \"content\""),
      ("{\"path\": \"x\", \"content\": \"PGh0bWw+\"}", "not both"),
      ("{\"path\": \"\"}", "\"path\" is empty"),
      ("{\"content\": \"***\"}", "not base64"),
      ("{\"path\": \"x\", \"retrieved\": \"2023-02-29\"}", "\"retrieved\" must be a date"),
      ("{\"path\": \"x\", \"retrieved\": \"yesterday\"}", "\"retrieved\" must be a date"),
      ("{\"path\": \"x\"", "not valid JSON"),
    ]
    for (line, message) in cases {
      let error = failure(line)
      #expect(error?.message.contains(message) == true, "\(line): \(error?.message ?? "parsed")")
    }
    // The id of the request when it could be read, else the line number.
    #expect(failure("{\"id\": \"a\", \"path\": 3}")?.id == "\"a\"")
    #expect(failure("{\"path\": \"x\"")?.id == "3")
    let tooLarge = StreamRequest.parse(
      Array("{\"content\": \"\(Data(count: 3000).base64EncodedString())\"}".utf8), number: 1,
      maxSize: 1000)
    if case .failure(let error) = tooLarge {
      #expect(error.message.contains("too large"))
    } else {
      Issue.record("a content over the limit was accepted")
    }
  }
}

@Suite struct ResultLineTests {
  @Test func aCompactLineWithEveryKey() {
    let failed = ResultLine(
      id: "7", path: nil, url: "http://a.vn/\"q\"", status: .failed, records: 0,
      problems: [FileProblem(message: "bad", line: 2, column: 5)], exchangeJSON: nil)
    #expect(
      String(decoding: failed.bytes, as: UTF8.self)
        == "{\"id\":7,\"path\":null,\"url\":\"http://a.vn/\\\"q\\\"\",\"status\":\"failed\","
        + "\"records\":0,\"errors\":[{\"line\":2,\"column\":5,\"message\":\"bad\"}],"
        + "\"exchange\":null}\n")
    let good = ResultLine(
      id: "\"a\"", path: "a", url: nil, status: .converted, records: 1, problems: [],
      exchangeJSON: Array("{\n  \"title\": \"Hội nghị \\\" x\\n y\",\n  \"n\": [ 1, 2 ]\n}\n".utf8))
    #expect(
      String(decoding: good.bytes, as: UTF8.self)
        == "{\"id\":\"a\",\"path\":\"a\",\"url\":null,\"status\":\"converted\",\"records\":1,"
        + "\"errors\":[],\"exchange\":{\"title\":\"Hội nghị \\\" x\\n y\",\"n\":[1,2]}}\n")
  }
}

@Suite struct StreamRunnerTests {
  /// Request 0 finishes after request 1 (it waits for it): the lines stay in input order.
  @Test func linesInInputOrderWhateverOrderTheyFinishIn() throws {
    let secondDone = DispatchSemaphore(value: 0)
    let (text, outcome) = try runStream("first\nsecond\n\nthird\n", jobs: 2) { _, request in
      if request.path == "first" { secondDone.wait() }
      let line = converted(request)
      if request.path == "second" { secondDone.signal() }
      return line
    }
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(
      lines.map { $0.prefix(15) } == [
        "{\"id\":\"first\",\"", "{\"id\":\"second\",", "{\"id\":\"third\",\"",
      ])
    #expect(lines[0].hasSuffix("\"exchange\":{\"version\":\"1.0\"}}"))
    #expect(outcome.lines == 3 && outcome.converted == 3 && !outcome.wasStopped)
  }

  /// Stopped while converting the first request: its line is written, the rest dropped.
  @Test func stopFinishesTheRequestInProgressAndDropsTheRest() throws {
    let requests = (0..<50).map { "page-\($0)" }.joined(separator: "\n")
    let (text, outcome) = try runStream(requests, jobs: 1, window: 4) { runner, request in
      if request.path == "page-0" { runner?.stop() }
      return converted(request)
    }
    #expect(text.split(separator: "\n").count == 1)
    #expect(text.hasPrefix("{\"id\":\"page-0\","))
    #expect(outcome.wasStopped)
    #expect(outcome.lines == 1)
  }

  @Test func badLinesAreFailedLines() throws {
    let (text, outcome) = try runStream("{\"id\": 1}\n{oops\nok\n", jobs: 2) { _, request in
      converted(request)
    }
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix("{\"id\":1,") && lines[0].contains("\"status\":\"failed\""))
    #expect(lines[1].hasPrefix("{\"id\":2,") && lines[1].contains("not valid JSON"))
    #expect(lines[2].hasPrefix("{\"id\":\"ok\","))
    #expect(outcome.failed == 2 && outcome.converted == 1)
  }
}

@Suite struct JSONLinesOutputTests {
  /// Lines delivered out of order come out in order, in a gzip part renamed into place.
  @Test func aGzipPartInOrder() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tdkt-jsonl-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let tree = try OutputTree(root: root.path, tag: "run")
    let name = JSONLinesOutput.partName(shard: Shard(index: 2, count: 12))
    #expect(name == "part-00002-of-00012.jsonl.gz")
    let output = try JSONLinesOutput(tree: tree, name: name, window: 8)
    let big = String(repeating: "Hội nghị tổng kết ", count: 20_000)
    for index in [3, 1, 0, 2, 4] {
      output.deliver(index, index == 2 ? nil : Array("{\"n\":\(index),\"t\":\"\(big)\"}\n".utf8))
    }
    output.append([Array("{\"n\":\"last\"}\n".utf8)])
    try output.finish()
    #expect(snapshot(root).keys.sorted() == [name])
    let gunzip = Process()
    gunzip.executableURL = URL(fileURLWithPath: "/bin/sh")
    gunzip.arguments = ["-c", "gzip -dc '\(root.appendingPathComponent(name).path)'"]
    let pipe = Pipe()
    gunzip.standardOutput = pipe
    try gunzip.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    gunzip.waitUntilExit()
    #expect(gunzip.terminationStatus == 0)
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    #expect(
      lines.map { $0.prefix(8) } == [
        "{\"n\":0,\"", "{\"n\":1,\"", "{\"n\":3,\"", "{\"n\":4,\"", "{\"n\":\"la",
      ])
    #expect(lines[0].count > 300_000)
  }
}
