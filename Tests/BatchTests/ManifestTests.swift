import Batch
import Foundation
import Testing

@Suite struct ManifestTests {
  @Test func ignoresATornLastLineAndKeepsTheLatestEntry() throws {
    let root = try makeTree([:])
    defer { try? FileManager.default.removeItem(at: root) }
    let manifest = Manifest(folder: root.path)
    try manifest.start(with: [])
    manifest.append(
      ManifestEntry(path: "a.html", sha256: "1", status: "failed", records: 0, outputs: []))
    manifest.append(
      ManifestEntry(
        path: "a.html", sha256: "2", status: "converted", records: 3, outputs: ["a.xml"]))
    manifest.append(
      ManifestEntry(
        path: "b.html", sha256: "3", status: "converted", records: 1, outputs: ["b.xml"]))
    // A crash in the middle of a line.
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: manifest.path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("{\"path\": \"c.html\", \"sha2".utf8))
    try handle.close()
    let loaded = Manifest(folder: root.path).load()
    #expect(loaded.count == 2)
    #expect(loaded["a.html"]?.sha256 == "2")
    #expect(loaded["a.html"]?.records == 3)
    #expect(loaded["b.html"]?.outputs == ["b.xml"])
  }

  @Test func finishWritesSortedDeterministicLines() throws {
    let root = try makeTree([:])
    defer { try? FileManager.default.removeItem(at: root) }
    let entries = ["z/é.html", "a.html", "m/x.php"].map {
      ManifestEntry(path: $0, sha256: "00", status: "converted", records: 1, outputs: [])
    }
    let first = Manifest(folder: root.path)
    try first.start(with: [])
    try first.finish(with: entries)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: first.path))
    let second = Manifest(folder: root.path)
    try second.start(with: entries.reversed())
    try second.finish(with: entries.reversed())
    #expect(try Data(contentsOf: URL(fileURLWithPath: second.path)) == bytes)
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[0].contains("\"path\":\"a.html\""))
    #expect(lines[2].contains("\"path\":\"z/é.html\""))
    #expect(!String(decoding: bytes, as: UTF8.self).contains("tdkt-tmp"))
  }

  @Test func shardsHaveTheirOwnManifest() {
    #expect(Manifest.fileName(shard: nil) == ".tdkt-manifest.jsonl")
    #expect(Manifest.fileName(shard: Shard(index: 1, count: 1)) == ".tdkt-manifest.jsonl")
    #expect(Manifest.fileName(shard: Shard(index: 2, count: 3)) == ".tdkt-manifest-2-of-3.jsonl")
  }
}
