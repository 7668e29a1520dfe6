// Finding, converting and scoring sample folders, on the repository's samples and on folders
// made for the test.

import Batch
import Foundation
import TestSupport
import Testing

@testable import Eval

@Suite struct CaseTests {
  /// A fresh folder under the temporary directory, removed by the caller.
  private func scratchFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "eval-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func findsOnlyFoldersWithAPageAndAnExpectedExchange() throws {
    let root = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    for (name, files) in [
      ("b-case", ["input.html", "expected.json"]),
      ("a-case", ["input.html", "expected.json", "meta.json"]), ("no-expected", ["input.html"]),
    ] {
      let folder = root.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      for file in files { try Data("{}".utf8).write(to: folder.appendingPathComponent(file)) }
    }
    #expect(findCases(in: [root.path]).map(\.name) == ["a-case", "b-case"])
  }

  @Test func aGoldenSampleScoresPerfectlyThroughTheConverter() throws {
    let folder = samplesRoot.appendingPathComponent("records/award-state-orders-newspaper")
    let result = evaluate(SampleCase(folder: folder.path), converter: PageConverter())
    #expect(result.errors.isEmpty)
    #expect(result.expectedRecords == 4 && result.actualRecords == 4)
    for field in Field.allCases {
      let tally = result.score[field].tally
      #expect(tally.falsePositives == 0 && tally.falseNegatives == 0, "\(field)")
    }
    #expect(result.score[.decisions].tally.truePositives == 2)
    #expect(!result.noRecord)
  }

  @Test func aChangedExpectationShowsAsMissingAndExtraItems() throws {
    let root = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let source = samplesRoot.appendingPathComponent("records/award-state-orders-newspaper")
    let folder = root.appendingPathComponent("award-changed")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: source.appendingPathComponent("input.html"),
      to: folder.appendingPathComponent("input.html"))
    var expected = try String(
      contentsOf: source.appendingPathComponent("expected.json"), encoding: .utf8)
    expected = expected.replacingOccurrences(of: "1198/QĐ-CTN", with: "1199/QĐ-CTN")
    try Data(expected.utf8).write(to: folder.appendingPathComponent("expected.json"))
    let result = evaluate(SampleCase(folder: folder.path), converter: PageConverter())
    #expect(result.errors.isEmpty)
    // The award still pairs by its form code; only its number differs.
    #expect(result.score[.decisions].missing == ["1199/QĐ-CTN"])
    #expect(result.score[.decisions].extra == ["1198/QĐ-CTN"])
    #expect(result.score[.forms].tally.falsePositives == 0)
    #expect(result.score.missingRecords.isEmpty && result.score.extraRecords.isEmpty)
  }

  @Test func unreadableFilesAndContradictoryMetaAreErrors() throws {
    let root = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let source = samplesRoot.appendingPathComponent("records/award-state-orders-newspaper")
    let folder = root.appendingPathComponent("norecord-contradiction")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: source.appendingPathComponent("input.html"),
      to: folder.appendingPathComponent("input.html"))
    try FileManager.default.copyItem(
      at: source.appendingPathComponent("expected.json"),
      to: folder.appendingPathComponent("expected.json"))
    try Data(#"{"expect": "none"}"#.utf8).write(to: folder.appendingPathComponent("meta.json"))
    let contradiction = evaluate(SampleCase(folder: folder.path), converter: PageConverter())
    #expect(contradiction.errors.count == 1)
    #expect(contradiction.noRecord && contradiction.inventedRecords)

    try Data("not json".utf8).write(to: folder.appendingPathComponent("expected.json"))
    let broken = evaluate(SampleCase(folder: folder.path), converter: PageConverter())
    #expect(broken.errors.contains { $0.contains("cannot read the expected exchange") })
  }
}
