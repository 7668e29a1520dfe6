import Batch
import Foundation
import Testing

@Suite struct OutputTreeTests {
  @Test func writesNestedFilesAndReplacesAtomically() throws {
    let root = try makeTree([:])
    defer { try? FileManager.default.removeItem(at: root) }
    let tree = try OutputTree(root: root.path)
    try tree.write(Array("one".utf8), to: "a/b/page.xml")
    try tree.write(Array("two".utf8), to: "a/b/page.xml")
    #expect(snapshot(root) == ["a/b/page.xml": Array("two".utf8)])
    #expect(tree.isFile("a/b/page.xml"))
    #expect(!tree.isFile("a/b"))
  }

  @Test func writesNamesAtTheFileSystemsLimit() throws {
    let root = try makeTree([:])
    defer { try? FileManager.default.removeItem(at: root) }
    let tree = try OutputTree(root: root.path)
    // 255 bytes: the longest name, with no room for the temporary suffix.
    let name = String(repeating: "ệ", count: 83) + "ab.xml"
    #expect(name.utf8.count == 255)
    try tree.write(Array("long".utf8), to: "d/" + name)
    #expect(snapshot(root) == ["d/" + name: Array("long".utf8)])
  }

  @Test func refusesPathsLeavingTheFolder() throws {
    let root = try makeTree([:])
    defer { try? FileManager.default.removeItem(at: root) }
    let tree = try OutputTree(root: root.path)
    for path in ["../x.xml", "a/../../x.xml", "/x.xml", "a//x.xml", "./x.xml", ""] {
      #expect(throws: FileSystemError.self, "\(path)") { try tree.write([1], to: path) }
    }
  }

  @Test func refusesToWriteThroughALink() throws {
    let root = try makeTree([:])
    let outside = try makeTree([:])
    defer {
      try? FileManager.default.removeItem(at: root)
      try? FileManager.default.removeItem(at: outside)
    }
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("a").path, withDestinationPath: outside.path)
    let tree = try OutputTree(root: root.path)
    #expect(throws: FileSystemError.self) { try tree.write([1], to: "a/page.xml") }
    #expect(snapshot(outside).isEmpty)
    // A link in place of the file itself is replaced, not followed.
    let target = outside.appendingPathComponent("victim.xml")
    try Data("keep".utf8).write(to: target)
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("page.xml").path, withDestinationPath: target.path)
    try tree.write(Array("new".utf8), to: "page.xml")
    #expect(try String(contentsOf: target, encoding: .utf8) == "keep")
  }

  @Test func removesOnlyItsOwnTemporaryFiles() throws {
    let root = try makeTree([
      "a/.page.xml.tdkt-tmp-run-12-3": "half",
      ".x.xml.tdkt-tmp-s1of2-1-1": "other shard",
      "a/page.xml": "whole",
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let tree = try OutputTree(root: root.path, tag: "run")
    #expect(tree.removeTemporaryFiles() == ["a/.page.xml.tdkt-tmp-run-12-3"])
    #expect(Set(snapshot(root).keys) == ["a/page.xml", ".x.xml.tdkt-tmp-s1of2-1-1"])
  }
}
