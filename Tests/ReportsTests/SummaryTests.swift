// The summary of a collection, checked against counts computed separately (in Python) from
// the same exchange files, and the reading of folders, manifests and failures.

import Foundation
import Records
import TestSupport
import Testing

@testable import Reports

@Suite struct SummaryTests {
  @Test(.enabled(if: python3 != nil, "needs python3 for the independent count"))
  func countsEqualAnIndependentCountOfTheExchangeFiles() throws {
    let folder = try makeSampleFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let collection = RecordCollection.read([folder.path])
    #expect(collection.failures.isEmpty)
    let summary = Summary(collection)
    #expect(summary.pages == exchangeCases.count)
    #expect(summary.awards > 0 && summary.conferences > 0)
    let path = folder.appendingPathComponent(summaryFileName).path
    try Data(summary.json).write(to: URL(fileURLWithPath: path))
    let result = try #require(try runRecordChecks(["summary", folder.path, path]))
    #expect(result.status == 0, "\(problems(result))")
  }

  @Test func theIndependentCountNoticesAWrongSummary() throws {
    try #require(python3 != nil)
    let folder = try makeSampleFolder(withXML: false)
    defer { try? FileManager.default.removeItem(at: folder) }
    var summary = Summary(RecordCollection.read([folder.path]))
    summary.awards += 1
    summary.byYear[0].conferences += 1
    let path = folder.appendingPathComponent(summaryFileName).path
    try Data(summary.json).write(to: URL(fileURLWithPath: path))
    let result = try #require(try runRecordChecks(["summary", folder.path, path]))
    #expect(result.status == 1)
    #expect(result.stdout.contains("awards: summary.json has"))
    #expect(result.stdout.contains("byYear"))
  }

  @Test func aPageInBothFormsCountsOnce() throws {
    let folder = try makeSampleFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let collection = RecordCollection.read([folder.path])
    #expect(collection.files == 2 * exchangeCases.count)
    #expect(collection.pages.count == exchangeCases.count)
    // The JSON sorts before the XML, and both files are kept.
    #expect(collection.pages.allSatisfy { $0.files.count == 2 })
    let once = Summary(RecordCollection.read([try makeSampleFolder(withXML: false).path]))
    let twice = Summary(collection)
    #expect(once.awards == twice.awards)
    #expect(once.byProvince == twice.byProvince)
    #expect(twice.files == 2 * once.files)
  }

  @Test func theSummaryIsTheSameOnEveryRun() throws {
    let folder = try makeSampleFolder(withXML: false)
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = Summary(RecordCollection.read([folder.path])).json
    let second = Summary(RecordCollection.read([folder.path])).json
    #expect(first == second)
  }

  @Test func everyKindIsListedAndProvincesCarryTheirSuccessor() throws {
    let folder = try makeSampleFolder(withXML: false)
    defer { try? FileManager.default.removeItem(at: folder) }
    let summary = Summary(RecordCollection.read([folder.path]))
    #expect(summary.byConferenceKind.map(\.kind) == Conference.Kind.allCases.map(\.rawValue))
    let hoaBinh = try #require(summary.byProvince.first { $0.code == "17" })
    #expect(hoaBinh.name == "Hòa Bình")
    #expect(hoaBinh.successor == "Phú Thọ" && hoaBinh.successorCode == "25")
    let ngheAn = try #require(summary.byProvince.first { $0.code == "40" })
    #expect(ngheAn.successor == "Nghệ An" && ngheAn.successorCode == "40")
    #expect(summary.byProvince.map(\.code) == summary.byProvince.map(\.code).sorted())
  }

  @Test func aBatchFolderIsReadThroughItsManifest() throws {
    let root = try makeTemporaryDirectory("tdkt-manifest")
    defer { try? FileManager.default.removeItem(at: root) }
    let sample = exchangeCases[0]
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("a"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: sample.appendingPathComponent("expected.xml"), to: root.appendingPathComponent("a/p.xml"))
    try FileManager.default.copyItem(
      at: sample.appendingPathComponent("expected.json"),
      to: root.appendingPathComponent("a/p.json"))
    // Not in the manifest: left out.
    try write("{\"not\": \"an exchange\"}", to: "stray.json", under: root)
    let manifest = [
      #"{"errors":[],"outputs":["a/p.xml","a/p.json"],"path":"a/p.html","records":2,"sha256":"x","status":"converted","version":"0.1.0"}"#,
      #"{"errors":["not an HTML page (a PNG image); expected an HTML page"],"outputs":[],"path":"b/ảnh.html","records":0,"sha256":"","status":"failed","version":"0.1.0"}"#,
      #"{"errors":["not an HTML page (a PDF document); expected an HTML page"],"outputs":[],"path":"b/c.aspx","records":0,"sha256":"","status":"failed","version":"0.1.0"}"#,
      #"{"errors":["too large: 3500000 bytes, the limit is 3000000 (--max-size)"],"outputs":[],"path":"b/d.html","records":0,"sha256":"","status":"failed","version":"0.1.0"}"#,
    ]
    try write(
      manifest.prefix(3).joined(separator: "\n") + "\n", to: ".tdkt-manifest.jsonl", under: root)
    try write(manifest[3] + "\n", to: ".tdkt-manifest-2-of-2.jsonl", under: root)
    let collection = RecordCollection.read([root.path])
    #expect(collection.pages.count == 1)
    let page = try #require(collection.pages.first)
    #expect(page.file == "a/p.xml")
    #expect(page.files == ["a/p.xml", "a/p.json"])
    #expect(page.input == "a/p.html")
    #expect(collection.files == 2)
    #expect(collection.failures.map(\.path) == ["b/c.aspx", "b/d.html", "b/ảnh.html"])
    let summary = Summary(collection)
    #expect(summary.failed == 3)
    #expect(
      summary.failuresByReason.map { "\($0.reason)=\($0.count)" } == [
        "not an HTML page (a PDF document)=1", "not an HTML page (a PNG image)=1", "too large=1",
      ])
  }

  @Test func anUnreadableExchangeFileIsAFailure() throws {
    let folder = try makeSampleFolder(Array(exchangeCases.prefix(2)), withXML: false)
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(
      at: samplesRoot.appendingPathComponent("exchange/invalid/unknown-element.xml"),
      to: folder.appendingPathComponent("bad.xml"))
    try write("{}", to: summaryFileName, under: folder)
    let collection = RecordCollection.read([folder.path])
    #expect(collection.pages.count == 2)
    #expect(collection.failures.map(\.path) == [folder.path + "/bad.xml"])
    #expect(collection.failures.first?.kind == .exchange)
    #expect(collection.failures.first?.messages.first?.contains("theme") == true)
  }

  @Test(arguments: [
    ("not an HTML page (a PNG image); expected an HTML page", "not an HTML page (a PNG image)"),
    ("12:7: the page is empty; expected an HTML page", "the page is empty"),
    ("too large: 3500000 bytes, the limit is 3000000 (--max-size)", "too large"),
    ("timed out after 60 s (--timeout)", "timed out after N s (--timeout)"),
    ("/conferences/0/kind: expected one of midyear-review, …", "expected one of midyear-review, …"),
    ("cannot open: Permission denied", "cannot open"),
    ("", "unknown"),
  ])
  func failureReasonsGroupMessages(message: String, reason: String) {
    #expect(failureReason(message) == reason)
  }
}
