import Foundation
import LibXML
import TestSupport
import Testing

/// Golden tests over `Samples/libxml/html/<case>/input.html`: the diagnostics of the recovering
/// parse (`expected.diagnostics.txt`, stamped with the libxml2 version that produced it) and the
/// tree written as XML (`expected.xml`). libxml2 versions build different HTML trees, so a golden
/// stamped with another version is reported, not compared.
@Suite struct HTMLSampleTests {
  static let cases = sampleCases("libxml/html")

  @Test func samplesExist() {
    #expect(Self.cases.count >= 2)
  }

  static let stamp = "# libxml2 \(libxml2Version)"

  /// Whether the case's goldens were made with this libxml2 (or are being recorded anew).
  static func goldensFitThisLibxml2(_ folder: URL) -> Bool {
    let url = folder.appendingPathComponent("expected.diagnostics.txt")
    guard !isRecordingGoldens, let golden = contents(of: url) else { return true }
    return String(decoding: golden, as: UTF8.self).split(separator: "\n").first.map(String.init)
      == stamp
  }

  @Test(
    .enabled(
      if: cases.allSatisfy(goldensFitThisLibxml2),
      "the goldens were made with another libxml2 version (\(libxml2Version) here)"),
    arguments: cases)
  func parseMatchesGoldens(_ folder: URL) throws {
    let input = folder.appendingPathComponent("input.html")
    let bytes = try #require(contents(of: input))
    let parsed = try Document.parseHTML(bytes, file: relativePath(input))
    let stamp = Self.stamp
    let diagnosticsURL = folder.appendingPathComponent("expected.diagnostics.txt")
    var lines = [stamp] + parsed.diagnostics.map(\.description)
    if parsed.omittedDiagnosticCount > 0 {
      lines.append("(\(parsed.omittedDiagnosticCount) more)")
    }
    if let problem = compareGolden(lines.joined(separator: "\n") + "\n", to: diagnosticsURL) {
      Issue.record(Comment(rawValue: problem))
    }
    let xml = String(decoding: parsed.document.serialized(), as: UTF8.self)
    if let problem = compareGolden(xml, to: folder.appendingPathComponent("expected.xml")) {
      Issue.record(Comment(rawValue: problem))
    }
  }
}
