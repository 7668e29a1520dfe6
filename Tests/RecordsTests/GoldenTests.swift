import Foundation
import PortalPage
import Records
import Testing

/// Every sample page gives exactly its expected conferences and awards.
struct GoldenTests {
  @Test("samples give their expected records", arguments: RecordSample.all)
  func sample(_ sample: RecordSample) throws {
    let expected = try sample.expected()
    let (conferences, awards) = RecordExtractor().extract(
      article: try article(from: expected), source: try source(from: expected))
    var lines = differences(
      expected["conferences"], conferences.isEmpty ? nil : conferences.map(json),
      path: "conferences")
    lines += differences(
      expected["awards"], awards.isEmpty ? nil : awards.map(json), path: "awards")
    #expect(lines.isEmpty, Comment(rawValue: "\(sample.name):\n" + lines.joined(separator: "\n")))
  }

  @Test("the seed sample is present")
  func seedPresent() {
    #expect(RecordSample.all.contains { $0.name == "portal/seed-sharepoint" })
  }
}
