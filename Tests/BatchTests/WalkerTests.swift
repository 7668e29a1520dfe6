import Batch
import Foundation
import Testing

@Suite struct WalkerTests {
  @Test func selectsPagesRecursivelyInByteOrder() throws {
    let root = try makeTree([
      "b/page.html": "<html></html>",
      "a/z.htm": "<p>",
      "a/A.ASPX": "x",
      "a/c/index.php": "x",
      "a/c/news.shtml": "x",
      "notes.txt": "<html>",
      "style.css": "body{}",
      "sniffed": "  <!DOCTYPE html><html></html>",
      "readme": "plain text",
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let (files, issues) = try Walker(root: root.path).walk()
    #expect(issues.isEmpty)
    #expect(
      files.map(\.relativePath) == [
        "a/A.ASPX", "a/c/index.php", "a/c/news.shtml", "a/z.htm", "b/page.html", "sniffed",
      ])
    #expect(files[0].path == root.path + "/a/A.ASPX")
    #expect(files[0].size == 1)
  }

  @Test func includeReplacesTheDefaultAndExcludeWins() throws {
    let root = try makeTree([
      "a/x.html": "", "a/y.txt": "", "b/x.html": "", "b/draft-x.html": "",
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let selection = FileSelection(
      include: [try Glob("*.txt"), try Glob("b/*")], exclude: [try Glob("draft-*")])
    let (files, _) = try Walker(root: root.path, selection: selection).walk()
    #expect(files.map(\.relativePath) == ["a/y.txt", "b/x.html"])
    let pruned = FileSelection(exclude: [try Glob("b")])
    #expect(
      try Walker(root: root.path, selection: pruned).walk().files.map(\.relativePath) == [
        "a/x.html"
      ])
  }

  @Test func reportsLoopsBrokenLinksAndSpecialFiles() throws {
    let root = try makeTree(["a/page.html": "<html>", "b/other.html": "<html>"])
    defer { try? FileManager.default.removeItem(at: root) }
    let manager = FileManager.default
    try manager.createSymbolicLink(
      atPath: root.appendingPathComponent("a/loop").path, withDestinationPath: "..")
    try manager.createSymbolicLink(
      atPath: root.appendingPathComponent("a/self.html").path, withDestinationPath: "self.html")
    try manager.createSymbolicLink(
      atPath: root.appendingPathComponent("gone.html").path, withDestinationPath: "missing.html")
    try manager.createSymbolicLink(
      atPath: root.appendingPathComponent("linked").path, withDestinationPath: "b")
    #expect(mkfifo(root.appendingPathComponent("pipe.html").path, 0o644) == 0)
    let (files, issues) = try Walker(root: root.path).walk()
    #expect(files.map(\.relativePath) == ["a/page.html", "b/other.html", "linked/other.html"])
    let messages = Dictionary(uniqueKeysWithValues: issues.map { ($0.relativePath, $0.message) })
    #expect(messages["a/loop"]?.contains("symbolic link loop") == true)
    #expect(messages["a/self.html"] == "symbolic link loop")
    #expect(messages["gone.html"]?.hasPrefix("broken symbolic link") == true)
    #expect(messages["pipe.html"] == "not a regular file (FIFO)")
    #expect(issues.count == 4)
    // With include patterns, folder problems are not reported, and other entries only when
    // their names match.
    let pages = FileSelection(include: [try Glob("*.html")])
    let selected = try Walker(root: root.path, selection: pages).walk()
    #expect(selected.issues.map(\.relativePath) == ["a/self.html", "gone.html", "pipe.html"])
    let other = FileSelection(include: [try Glob("b/*")])
    #expect(try Walker(root: root.path, selection: other).walk().issues.isEmpty)
  }

  @Test func skipsTheOutputFolderInsideTheInput() throws {
    let root = try makeTree(["page.html": "<html>", "out/page.html": "<html>"])
    defer { try? FileManager.default.removeItem(at: root) }
    let walker = Walker(root: root.path, skipping: [root.appendingPathComponent("out").path])
    #expect(try walker.walk().files.map(\.relativePath) == ["page.html"])
  }

  @Test func aMissingRootThrows() {
    #expect(throws: WalkIssue.self) { try Walker(root: "/nonexistent/tdkt/folder").walk() }
  }

  @Test func fileExtensionsAndStems() {
    #expect(fileExtension(of: "page.HTML") == "HTML")
    #expect(fileExtension(of: ".hidden") == nil)
    #expect(fileExtension(of: "noext") == nil)
    #expect(outputStem(of: "a/b/page.html") == "a/b/page")
    #expect(outputStem(of: "a.b/page") == "a.b/page")
    #expect(outputStem(of: "x.tar.gz") == "x.tar")
    #expect(outputStem(of: "a/page.HTML.gz") == "a/page")
  }

  @Test func selectsCompressedPages() {
    let pages = FileSelection.pages
    #expect(pages.selects(relativePath: "a/page.html.gz", path: "/nonexistent"))
    #expect(pages.selects(relativePath: "page.ASPX.GZ", path: "/nonexistent"))
    #expect(!pages.selects(relativePath: "x.tar.gz", path: "/nonexistent"))
    #expect(!FileSelection.exchangeFiles.selects(relativePath: "a.xml.gz", path: "/nonexistent"))
  }

  @Test func sniffsHTML() {
    #expect(looksLikeHTML(Array("\u{FEFF}\n<!DOCTYPE HTML PUBLIC>".utf8)))
    #expect(looksLikeHTML(Array("<?xml version='1.0'?><HTML>".utf8)))
    #expect(!looksLikeHTML(Array("%PDF-1.4".utf8)))
    #expect(!looksLikeHTML([]))
  }
}
