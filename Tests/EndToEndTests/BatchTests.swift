import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A tree of more than 300 good pages (copies of the samples under many names and nested
/// folders) with 20 bad inputs mixed in, and what the batch must say about each bad one.
struct BatchTree {
  let root: URL
  let input: URL
  var good: [String] = []
  /// Relative path → a part of the expected message, or `nil` when converting and failing are
  /// both acceptable (a truncated page may still read).
  var bad: [String: String?] = [:]

  init() throws {
    root = try makeTemporaryDirectory("tdkt-batch")
    input = root.appendingPathComponent("in")
    let pages = pageCases.compactMap { contents(of: $0.appendingPathComponent("input.html")) }
    let extensions = ["html", "htm", "aspx", "shtml", "php"]
    for index in 0..<310 {
      let folder = "cổng-\(index % 7)/năm \(2010 + index % 5)" + (index % 3 == 0 ? "/tin tức" : "")
      let name = "\(folder)/trang-\(index).\(extensions[index % extensions.count])"
      try write(pages[index % pages.count], to: name)
      good.append(name)
    }
    try write(pages[1], to: "trang-không-đuôi")
    good.append("trang-không-đuôi")
    try write(Array("plain notes, not selected".utf8), to: "README")

    // The 20 bad inputs.
    try write([], to: "hỏng/rỗng-0-byte.html")
    bad["hỏng/rỗng-0-byte.html"] = "the page is empty"
    try write(Array(" \n\t \n".utf8), to: "hỏng/trắng.htm")
    bad["hỏng/trắng.htm"] = "the page is empty"
    try write(Array("<html><body></body></html>".utf8), to: "hỏng/trang rỗng.html")
    bad["hỏng/trang rỗng.html"] = .some(nil)
    try write(
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64),
      to: "hỏng/ảnh.html")
    bad["hỏng/ảnh.html"] = "a PNG image"
    try write([0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 7, count: 64), to: "hỏng/jpeg.html")
    bad["hỏng/jpeg.html"] = "a JPEG image"
    try write(Array("%PDF-1.4\n%âãÏÓ\n".utf8), to: "hỏng/tài liệu.aspx")
    bad["hỏng/tài liệu.aspx"] = "a PDF document"
    try write([0x1F, 0x8B, 0x08, 0x00] + Array(repeating: 1, count: 64), to: "hỏng/nén.php")
    bad["hỏng/nén.php"] = "gzip"
    try write([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 2, count: 64), to: "hỏng/gói.aspx")
    bad["hỏng/gói.aspx"] = "ZIP"
    try write((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 97 &+ 13) }, to: "hỏng/rác.html")
    bad["hỏng/rác.html"] = "not an HTML page"
    try write(Array("Xin chào, đây không phải là HTML.".utf8), to: "hỏng/chữ.shtml")
    bad["hỏng/chữ.shtml"] = "not an HTML page"
    try write(Array(pages[0].prefix(300)), to: "hỏng/cụt.html")
    bad["hỏng/cụt.html"] = .some(nil)
    try write(Array(repeating: UInt8(ascii: "x"), count: 3_500_000), to: "hỏng/quá lớn.html")
    bad["hỏng/quá lớn.html"] = "too large"
    try write(pages[2], to: "hỏng/không đọc được.html")
    chmod(input.appendingPathComponent("hỏng/không đọc được.html").path, 0)
    bad["hỏng/không đọc được.html"] = getuid() == 0 ? .some(nil) : "permission denied"
    try link("hỏng/vòng", to: "..")
    bad["hỏng/vòng"] = "symbolic link loop"
    try link("hỏng/tự trỏ.html", to: "tự trỏ.html")
    bad["hỏng/tự trỏ.html"] = "symbolic link loop"
    try link("hỏng/mất.html", to: "không có.html")
    bad["hỏng/mất.html"] = "broken symbolic link"
    try write(
      Array("<html><head><script>var x = 1;</script></head></html>".utf8),
      to: "hỏng/chỉ script.html")
    bad["hỏng/chỉ script.html"] = .some(nil)
    // A name that is not UTF-8 (Latin-1 "é").
    let latin1: [UInt8] =
      Array(input.appendingPathComponent("hỏng").path.utf8) + Array("/caf".utf8) + [0xE9]
      + Array(".html".utf8)
    let fd = latin1.withUnsafeBufferPointer { buffer in
      (buffer.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer {
        open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644)
      }
    }
    #expect(fd >= 0)
    close(fd)
    bad["hỏng/caf" + String(decoding: [0xE9], as: UTF8.self) + ".html"] =
      "file name is not valid UTF-8"
    #expect(mkfifo(input.appendingPathComponent("hỏng/ống.html").path, 0o644) == 0)
    bad["hỏng/ống.html"] = "not a regular file (FIFO)"
    try write(pages[3], to: "trùng/trang.htm")
    good.append("trùng/trang.htm")
    try write(pages[4], to: "trùng/trang.html")
    bad["trùng/trang.html"] = "already the output of trùng/trang.htm"
    // Odd names that are good pages: spaces and Vietnamese letters, a folder named like a page.
    try write(pages[5], to: "Tên có dấu cách — Đà Nẵng.html")
    good.append("Tên có dấu cách — Đà Nẵng.html")
    try write(pages[6], to: "thư mục.html/bên trong.html")
    good.append("thư mục.html/bên trong.html")
  }

  private func write(_ bytes: [UInt8], to name: String) throws {
    let url = input.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  private func link(_ name: String, to destination: String) throws {
    let url = input.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
  }

  /// The output path of a good input.
  func output(of path: String) -> String {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else {
      return path + ".xml"
    }
    return path[..<dot] + ".xml"
  }

  func remove() {
    chmod(input.appendingPathComponent("hỏng/không đọc được.html").path, 0o644)
    // `rm -r`, which also removes the name that is not UTF-8.
    _ = try? run(URL(fileURLWithPath: "/bin/rm"), ["-rf", root.path])
    try? FileManager.default.removeItem(at: root)
  }
}

/// The lines of a `--report` file, by path.
func readReport(_ url: URL) throws -> [String: [String: Any]] {
  var entries: [String: [String: Any]] = [:]
  for line in lines(String(decoding: contents(of: url) ?? [], as: UTF8.self)) {
    let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    if let object, let path = object["path"] as? String { entries[path] = object }
  }
  return entries
}

@Suite(.serialized) struct BatchEndToEndTests {
  static let common = ["--max-size", "3000000"]

  @Test func convertsGoodPagesReportsBadOnesResumesAfterKillAndShards() throws {
    let tree = try BatchTree()
    defer { tree.remove() }
    #expect(tree.good.count >= 300)
    #expect(tree.bad.count == 20)
    let reportURL = tree.root.appendingPathComponent("report.jsonl")

    // 1. The uninterrupted run, two jobs.
    let two = tree.root.appendingPathComponent("out-2")
    let started = Date()
    let first = try runTDKT(
      ["batch", "in", "out-2", "--jobs", "2", "--report", "report.jsonl"] + Self.common,
      in: tree.root)
    let duration = Date().timeIntervalSince(started)
    #expect(first.status == 1)
    #expect(first.stdout.isEmpty)
    let summary = lines(first.stderr).last ?? ""
    #expect(summary.hasPrefix("\(tree.good.count + tree.bad.count) files: "), "\(summary)")
    let report = try readReport(reportURL)
    #expect(report.count == tree.good.count + tree.bad.count)
    let outputs = snapshot(two)
    for path in tree.good {
      #expect(report[path]?["status"] as? String == "converted", "\(path): \(report[path] ?? [:])")
      #expect(outputs[tree.output(of: path)] != nil, "no output for \(path)")
    }
    for (path, message) in tree.bad {
      let status = report[path]?["status"] as? String
      guard let message else {
        #expect(status == "converted" || status == "failed", "\(path)")
        continue
      }
      #expect(status == "failed", "\(path)")
      let errors = report[path]?["errors"] as? [[String: Any]] ?? []
      let text = errors.compactMap { $0["message"] as? String }.joined(separator: " | ")
      #expect(text.contains(message), "\(path): \(text)")
      #expect(first.stderr.contains("in/\(path)"), "\(path) is not on stderr")
    }
    #expect(!outputs.keys.contains { $0.contains("tdkt-tmp") })
    #expect(outputs.keys.contains(".tdkt-manifest.jsonl"))
    // Every output is a valid exchange file.
    let validated = try runTDKT(["validate", "out-2"], in: tree.root)
    #expect(validated.status == 0, "\(validated.stderr.prefix(2_000))")
    if let xmllint {
      let sample = outputs.keys.filter { $0.hasSuffix(".xml") }.sorted().prefix(5)
      for path in sample {
        let lint = try run(
          xmllint,
          ["--noout", "--nonet", "--schema", schemaPath, two.appendingPathComponent(path).path])
        #expect(lint.status == 0, "\(path): \(lint.stderr)")
      }
    }

    // 2. One job gives the same bytes.
    let one = try runTDKT(["batch", "in", "out-1", "--jobs", "1"] + Self.common, in: tree.root)
    #expect(one.status == 1)
    #expect(snapshot(tree.root.appendingPathComponent("out-1")) == outputs)

    // 3. Killed at a random point, then resumed: the same bytes, no temporary file left.
    let killed = tree.root.appendingPathComponent("out-killed")
    let process = Process()
    process.executableURL = tdktExecutable
    process.arguments = ["batch", "in", "out-killed", "--jobs", "2"] + Self.common
    process.currentDirectoryURL = tree.root
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: Double.random(in: 0.1...max(0.2, duration * 0.7)))
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    let resumed = try runTDKT(
      ["batch", "in", "out-killed", "--jobs", "2", "--resume"] + Self.common, in: tree.root)
    #expect(resumed.status == 1)
    #expect(snapshot(killed) == outputs)
    // A second resume converts nothing.
    let again = try runTDKT(
      ["batch", "in", "out-killed", "--resume"] + Self.common, in: tree.root)
    #expect(lines(again.stderr).last?.contains(" 0 converted, ") == true, "\(again.stderr)")
    let converted = report.values.filter { $0["status"] as? String == "converted" }.count
    #expect(lines(again.stderr).last?.contains(" \(converted) skipped") == true, "\(again.stderr)")

    // 4. Three shards together make the uninterrupted run.
    for index in 1...3 {
      let shard = try runTDKT(
        ["batch", "in", "out-shards", "--shard", "\(index)/3"] + Self.common, in: tree.root)
      #expect(shard.status == 0 || shard.status == 1)
    }
    let isManifest = { (path: String) in path.hasPrefix(".tdkt-manifest") }
    let shards = snapshot(tree.root.appendingPathComponent("out-shards"))
    #expect(shards.filter { !isManifest($0.key) } == outputs.filter { !isManifest($0.key) })
  }

  @Test func failFastVerboseAndFormats() throws {
    let tree = try BatchTree()
    defer { tree.remove() }
    let both = try runTDKT(
      ["batch", "in", "out", "--format", "both", "--include", "cổng-1/**", "-v"], in: tree.root)
    #expect(both.status == 0, "\(both.stderr.prefix(2_000))")
    let outputs = snapshot(tree.root.appendingPathComponent("out"))
    let pages = tree.good.filter { $0.hasPrefix("cổng-1/") }
    #expect(outputs.keys.filter { $0.hasSuffix(".xml") }.count == pages.count)
    #expect(outputs.keys.filter { $0.hasSuffix(".json") }.count == pages.count)
    #expect(lines(both.stderr).count == pages.count + 1)
    #expect(both.stderr.contains("in/\(pages[0]): converted, "))

    let fast = try runTDKT(
      ["batch", "in/hỏng", "out-fast", "--fail-fast", "--jobs", "1", "--exclude", "vòng"],
      in: tree.root)
    #expect(fast.status == 1)
    #expect(fast.stderr.contains("stopped before the end"))
    #expect(lines(fast.stderr).last?.contains("not processed") == true)

    let missing = try runTDKT(["batch", "no-such-folder", "out"], in: tree.root)
    #expect(missing.status == 1)
    #expect(missing.stderr == "no-such-folder: error: no such directory\n")
  }

  @Test(.enabled(if: realWebCorpus != nil, "no real-web corpus (set TDKT_CORPUS)"))
  func theRealWebCorpusNeverCrashes() throws {
    let corpus = try #require(realWebCorpus)
    let folder = try makeTemporaryDirectory("tdkt-corpus")
    defer { try? FileManager.default.removeItem(at: folder) }
    let reportURL = folder.appendingPathComponent("report.jsonl")
    let result = try runTDKT(
      [
        "batch", corpus.path, folder.appendingPathComponent("out").path, "--jobs", "2",
        "--report", reportURL.path,
      ])
    #expect(
      result.status == 0 || result.status == 1,
      "status \(result.status): \(result.stderr.suffix(2_000))")
    let report = try readReport(reportURL)
    #expect(report.count >= 300)
    for (path, entry) in report {
      let status = entry["status"] as? String
      #expect(status == "converted" || status == "failed", "\(path)")
      if status == "failed" {
        let errors = entry["errors"] as? [[String: Any]] ?? []
        #expect(errors.contains { !($0["message"] as? String ?? "").isEmpty }, "\(path)")
      }
    }
    let validated = try runTDKT(["validate", folder.appendingPathComponent("out").path])
    #expect(validated.status == 0, "\(validated.stderr.suffix(2_000))")
  }
}
