// The batch at the edges of the file system: a full disk, long output names, a folder given
// twice through a link, and two batches on one folder.

import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A small page with one award, so that each output is about a kilobyte.
private let smallPage = Array(
  """
  <html><head><meta charset="utf-8"><title>Khen thưởng</title></head><body><article>
  <h1>Trao Bằng khen cho tập thể có thành tích xuất sắc</h1>
  <p>Chủ tịch UBND tỉnh đã tặng Bằng khen cho 3 tập thể có thành tích xuất sắc.</p>
  </article></body></html>
  """.utf8)

/// A folder `in/` of `count` copies of the small page, under a new temporary root.
private func pageFolder(_ count: Int, names: (Int) -> String = { "trang-\($0).html" }) throws
  -> URL
{
  let root = try makeTemporaryDirectory("tdkt-limits")
  let input = root.appendingPathComponent("in")
  try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
  for index in 0..<count {
    try Data(smallPage).write(to: input.appendingPathComponent(names(index)))
  }
  return root
}

@Suite struct BatchLimitsTests {
  /// A full disk, imitated by a 4 KiB file-size limit (SIGXFSZ ignored, so writes past it fail
  /// with EFBIG): each output fits, the manifest and the report do not.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")))
  func aFullDiskLeavesNoTornManifestLineAndStillWritesTheSummary() throws {
    let root = try pageFolder(60)
    defer { try? FileManager.default.removeItem(at: root) }
    let script =
      "trap '' XFSZ; ulimit -f 4; exec \"$0\" batch in out --jobs 2 --report report.jsonl"
    let result = try run(
      URL(fileURLWithPath: "/bin/bash"), ["-c", script, tdktExecutable.path], in: root)
    #expect(result.status == 1)
    let errors = lines(result.stderr)
    #expect(errors.contains { $0.hasPrefix("out/.tdkt-manifest.jsonl: error: cannot write: ") })
    #expect(errors.contains { $0.contains("--resume will redo them") })
    #expect(errors.contains { $0.hasPrefix("report.jsonl: error: cannot write") })
    #expect(errors.contains { $0.hasPrefix("60 files: 60 converted") }, "\(errors)")
    let outputs = snapshot(root.appendingPathComponent("out")).keys.filter { $0.hasSuffix(".xml") }
    #expect(outputs.count == 60)
    // Every line the manifest kept is whole: it parses as JSON.
    let manifest = try #require(
      contents(of: root.appendingPathComponent("out/.tdkt-manifest.jsonl")))
    #expect(!manifest.isEmpty)
    for line in manifest.split(separator: UInt8(ascii: "\n")) {
      #expect((try? JSONSerialization.jsonObject(with: Data(line))) != nil, "torn line in manifest")
    }
    #expect(manifest.last == UInt8(ascii: "\n"))
    // Without the limit, --resume completes what the manifest lacked.
    let resumed = try runTDKT(["batch", "in", "out", "--resume"], in: root)
    #expect(resumed.status == 0, "\(resumed.stderr)")
    let complete = try #require(
      contents(of: root.appendingPathComponent("out/.tdkt-manifest.jsonl")))
    #expect(complete.split(separator: UInt8(ascii: "\n")).count == 60)
  }

  @Test func outputNamesUpToTheFileNameLimitAreWritten() throws {
    // 80 × "ệ" (3 bytes) + ".html" is 245 bytes; its output "….xml" 244: both within 255.
    let long = String(repeating: "ệ", count: 80)
    let root = try pageFolder(1) { _ in long + ".html" }
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try runTDKT(["batch", "in", "out"], in: root)
    #expect(result.status == 0, "\(result.stderr)")
    let written = snapshot(root.appendingPathComponent("out")).keys
    #expect(written.contains(long + ".xml"))
    #expect(!written.contains { $0.contains(".tdkt-tmp-") })
  }

  @Test func anOutputFolderThatIsALinkToTheInputIsRefused() throws {
    let root = try pageFolder(2)
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("out").path, withDestinationPath: "in")
    let result = try runTDKT(["batch", "in", "out"], in: root)
    #expect(result.status == 64)
    #expect(result.stderr.contains("OUT_DIR must differ from IN_DIR"))
    #expect(snapshot(root.appendingPathComponent("in")).count == 2)
  }

  @Test func aReportInAMissingFolderIsRefusedBeforeTheBatchRuns() throws {
    let root = try pageFolder(2)
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try runTDKT(["batch", "in", "out", "--report", "missing/r.jsonl"], in: root)
    #expect(result.status == 64)
    #expect(result.stderr.contains("--report: the folder 'missing' does not exist"))
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path))
  }

  @Test func aSecondBatchOnTheSameFolderIsRefusedWhileTheFirstRuns() throws {
    let root = try pageFolder(1)
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    // Another run holds the lock.
    let lockPath = out.appendingPathComponent(".tdkt-manifest.jsonl.lock").path
    let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
    let result = try runTDKT(["batch", "in", "out"], in: root)
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "out: error: another tdkt batch is writing to this folder (.tdkt-manifest.jsonl.lock)\n")
    // Another shard takes a lock of its own.
    let shard = try runTDKT(["batch", "in", "out", "--shard", "1/2"], in: root)
    #expect(shard.status == 0, "\(shard.stderr)")
  }

  @Test func maxSizeTakesUnits() throws {
    let root = try pageFolder(1)
    defer { try? FileManager.default.removeItem(at: root) }
    let small = try runTDKT(["batch", "in", "out-small", "--max-size", "0.1k"], in: root)
    #expect(small.status == 1)
    #expect(small.stderr.contains("the limit is 102 (--max-size)"), "\(small.stderr)")
    let large = try runTDKT(["batch", "in", "out-large", "--max-size", "10MB"], in: root)
    #expect(large.status == 0, "\(large.stderr)")
    let bad = try runTDKT(["batch", "in", "out-bad", "--max-size", "10XB"], in: root)
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("The value '10XB' is invalid for '--max-size <size>'"))
  }
}
