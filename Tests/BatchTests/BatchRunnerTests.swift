import Batch
import Foundation
import Testing

@Suite struct BatchRunnerTests {
  /// A tree of good pages in nested folders plus a few bad ones.
  func corpus() throws -> URL {
    var files: [String: String] = [:]
    for index in 0..<40 {
      files["site-\(index % 4)/năm \(index % 3)/trang-\(index).html"] = "<html>page \(index)</html>"
    }
    files["bad/broken.html"] = "BAD page"
    files["bad/other.htm"] = "BAD again"
    files["notes.txt"] = "not selected"
    return try makeTree(files)
  }

  @Test func mirrorsTheTreeAndReportsFailures() throws {
    let input = try corpus()
    let output = try makeTree([:])
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: output)
    }
    let outcome = try runBatch(input, output) { $0.formats = ["xml", "json"] }
    #expect(outcome.summary.files == 42)
    #expect(outcome.summary.converted == 40)
    #expect(outcome.summary.failed == 2)
    #expect(outcome.summary.records == 40)
    let failed = outcome.results.filter { $0.status == .failed }
    #expect(failed.map(\.relativePath) == ["bad/broken.html", "bad/other.htm"])
    #expect(failed[0].problems == [FileProblem(message: "bad page", line: 1, column: 1)])
    #expect(
      failed[0].reportLine.hasPrefix("{\"path\": \"bad/broken.html\", \"status\": \"failed\""))
    #expect(
      failed[0].reportLine.hasSuffix(
        "\"errors\": [{\"line\": 1, \"column\": 1, \"message\": \"bad page\"}]}"))
    let files = snapshot(output)
    #expect(
      files["site-1/năm 1/trang-1.xml"]
        == Array("<page bytes=\"19\"><html>page 1</html></page>\n".utf8))
    #expect(files["site-1/năm 1/trang-1.json"] != nil)
    #expect(files.keys.filter { $0.hasSuffix(".xml") }.count == 40)
    #expect(files.keys.contains(".tdkt-manifest.jsonl"))
    #expect(!files.keys.contains { $0.contains("tdkt-tmp") })
  }

  @Test func oneAndTwoJobsGiveIdenticalOutputs() throws {
    let input = try corpus()
    let one = try makeTree([:])
    let two = try makeTree([:])
    defer {
      for url in [input, one, two] { try? FileManager.default.removeItem(at: url) }
    }
    _ = try runBatch(input, one) { $0.jobs = 1 }
    _ = try runBatch(input, two) { $0.jobs = 2 }
    #expect(snapshot(one) == snapshot(two))
  }

  @Test func shardsTogetherGiveTheWholeRun() throws {
    let input = try corpus()
    let whole = try makeTree([:])
    let parts = try makeTree([:])
    defer {
      for url in [input, whole, parts] { try? FileManager.default.removeItem(at: url) }
    }
    _ = try runBatch(input, whole)
    var seen = 0
    for index in 1...3 {
      let outcome = try runBatch(input, parts) { $0.shard = Shard(index: index, count: 3) }
      seen += outcome.summary.files
    }
    #expect(seen == 42)
    let isManifest = { (path: String) in path.hasPrefix(".tdkt-manifest") }
    #expect(
      snapshot(whole).filter { !isManifest($0.key) }
        == snapshot(parts).filter { !isManifest($0.key) })
    // Each shard has its manifest and the (empty) file it locks while it runs.
    #expect(
      Set(snapshot(parts).keys.filter(isManifest)) == [
        ".tdkt-manifest-1-of-3.jsonl", ".tdkt-manifest-2-of-3.jsonl", ".tdkt-manifest-3-of-3.jsonl",
        ".tdkt-manifest-1-of-3.jsonl.lock", ".tdkt-manifest-2-of-3.jsonl.lock",
        ".tdkt-manifest-3-of-3.jsonl.lock",
      ])
  }

  @Test func resumeSkipsWhatIsDoneAndRedoesTheRest() throws {
    let input = try corpus()
    let output = try makeTree([:])
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: output)
    }
    _ = try runBatch(input, output)
    let first = snapshot(output)
    // An output lost, an input changed, a half-written temporary file left by a crash.
    try FileManager.default.removeItem(
      at: output.appendingPathComponent("site-0/năm 0/trang-0.xml"))
    try Data("<html>changed</html>".utf8).write(
      to: input.appendingPathComponent("site-1/năm 1/trang-1.html"))
    try Data("half".utf8).write(
      to: output.appendingPathComponent("site-2/năm 2/.trang-2.xml.tdkt-tmp-run-99-1"))
    let outcome = try runBatch(input, output) { $0.resume = true }
    #expect(outcome.summary.skipped == 38)
    #expect(outcome.summary.converted == 2)
    #expect(outcome.summary.failed == 2)
    #expect(outcome.summary.records == 40)
    let second = snapshot(output)
    #expect(second.keys.sorted() == first.keys.sorted())
    #expect(second["site-0/năm 0/trang-0.xml"] == first["site-0/năm 0/trang-0.xml"])
    #expect(second["site-1/năm 1/trang-1.xml"] != first["site-1/năm 1/trang-1.xml"])
    // Without --resume everything is redone.
    let again = try runBatch(input, output)
    #expect(again.summary.converted == 40)
    #expect(again.summary.skipped == 0)
    #expect(snapshot(output) == second)
  }

  @Test func aFailureRemovesTheStaleOutputOfAnEarlierRun() throws {
    let input = try makeTree(["a.html": "<html>", "b.html": "<html>"])
    let output = try makeTree([:])
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: output)
    }
    _ = try runBatch(input, output)
    try Data("BAD now".utf8).write(to: input.appendingPathComponent("a.html"))
    _ = try runBatch(input, output) { $0.resume = true }
    #expect(snapshot(output)["a.xml"] == nil)
    #expect(snapshot(output)["b.xml"] != nil)
  }

  @Test func collidingOutputsFailTheLaterInput() throws {
    let input = try makeTree(["page.htm": "<html>1", "page.html": "<html>2"])
    let output = try makeTree([:])
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: output)
    }
    let outcome = try runBatch(input, output)
    #expect(outcome.results.map(\.status) == [.converted, .failed])
    #expect(
      outcome.results[1].problems.first?.message
        == "its output page.xml is already the output of page.htm; rename one")
  }

  @Test func sizeAndTimeLimitsFailOnlyThatFile() throws {
    let input = try makeTree([
      "big.html": String(repeating: "x", count: 2_000), "slow.html": "SLOW", "ok.html": "<html>",
    ])
    let output = try makeTree([:])
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: output)
    }
    let outcome = try runBatch(input, output) {
      $0.maxSize = 1_000
      $0.timeout = 5
    }
    let byPath = Dictionary(uniqueKeysWithValues: outcome.results.map { ($0.relativePath, $0) })
    #expect(byPath["ok.html"]?.status == .converted)
    #expect(
      byPath["big.html"]?.problems.first?.message
        == "too large: 2000 bytes, the limit is 1000 (--max-size)")
    #expect(byPath["slow.html"]?.problems.first?.message == "timed out after 5 s (--timeout)")
  }

  @Test func failFastStopsAfterTheFirstFailure() throws {
    var files: [String: String] = ["a/0.html": "BAD"]
    for index in 1..<30 { files["b/\(index).html"] = "<html>" }
    let input = try makeTree(files)
    let output = try makeTree([:])
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: output)
    }
    let outcome = try runBatch(input, output) {
      $0.failFast = true
      $0.jobs = 1
    }
    #expect(outcome.wasStopped)
    #expect(outcome.summary.failed == 1)
    #expect(outcome.summary.cancelled == 29)
    #expect(outcome.summary.description.contains("29 not processed"))
  }

  @Test func stopAbandonsWorkInProgressWithoutFailingIt() throws {
    let input = try makeTree([
      "a.html": "<html>", "b.html": "STOP", "c.html": "<html>", "d.html": "<html>",
    ])
    let output = try makeTree([:])
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: output)
    }
    var options = BatchOptions()
    options.jobs = 1
    let holder = RunnerHolder()
    // "STOP" stops the batch, then never finishes: only abandoning it ends the wait.
    let runner = BatchRunner(
      input: input.path, output: output.path, options: options, hasher: fakeHasher,
      converter: { conversion in
        if conversion.bytes == Array("STOP".utf8) {
          holder.runner?.stop()
          DispatchSemaphore(value: 0).wait()
        }
        return fakeConverter(conversion)
      })
    holder.runner = runner
    let outcome = try runner.run()
    #expect(outcome.wasStopped)
    #expect(outcome.results.map(\.status) == [.converted, .cancelled, .cancelled, .cancelled])
    #expect(outcome.summary.failed == 0)
    #expect(Manifest(folder: output.path).load().keys.sorted() == ["a.html"])
  }

  @Test func unreadableEntriesAreFailures() throws {
    let input = try makeTree(["ok.html": "<html>", "empty-dir.html/inner.html": "<html>"])
    let output = try makeTree([:])
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: output)
    }
    try FileManager.default.createSymbolicLink(
      atPath: input.appendingPathComponent("loop").path, withDestinationPath: ".")
    let outcome = try runBatch(input, output)
    #expect(
      outcome.results.map(\.relativePath) == ["empty-dir.html/inner.html", "loop", "ok.html"])
    #expect(outcome.results.map(\.status) == [.converted, .failed, .converted])
    #expect(snapshot(output)["empty-dir.html/inner.xml"] != nil)
  }

  @Test func readFileRefusesDirectoriesAndReportsMissingFiles() throws {
    let root = try makeTree(["a.html": "abc"])
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(
      try readFile(root.appendingPathComponent("a.html").path, limit: 10).get() == [97, 98, 99])
    guard
      case .failure(let missing) = readFile(root.appendingPathComponent("no.html").path, limit: 10),
      case .failure(let folder) = readFile(root.path, limit: 10)
    else {
      Issue.record("expected failures")
      return
    }
    #expect(missing.problems == [FileProblem(message: "no such file")])
    #expect(folder.problems == [FileProblem(message: "is a directory")])
  }

  @Test func summaryText() {
    var summary = BatchSummary()
    summary.files = 10
    summary.converted = 8
    summary.failed = 1
    summary.skipped = 1
    summary.records = 12
    summary.bytes = 4_000_000
    summary.elapsed = 2
    #expect(
      summary.description
        == "10 files: 8 converted, 1 failed, 1 skipped; 12 records; 4.0 MB in 2.00 s (2.0 MB/s, 4.5 files/s)"
    )
  }
}

/// Lets a conversion closure reach the runner that calls it.
final class RunnerHolder: @unchecked Sendable {
  var runner: BatchRunner?
}
