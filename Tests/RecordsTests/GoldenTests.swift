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
    #expect(
      lines.isEmpty, Comment(rawValue: "\(sample.name):\n" + lines.joined(separator: "\n")))
  }

  @Test("the seed sample gives exactly its expected records")
  func seed() throws {
    let seed = try #require(RecordSample.all.first { $0.name == "portal/seed-sharepoint" })
    let expected = try seed.expected()
    let (conferences, awards) = RecordExtractor().extract(
      article: try article(from: expected), source: try source(from: expected))
    let lines = differences(expected["conferences"], conferences.map(json), path: "conferences")
    #expect(lines.isEmpty, Comment(rawValue: lines.joined(separator: "\n")))
    #expect(awards.isEmpty)
  }

  @Test(
    "pages without records give none",
    arguments: RecordSample.all.filter {
      $0.name.contains("norecord")
    })
  func noRecords(_ sample: RecordSample) throws {
    let expected = try sample.expected()
    let (conferences, awards) = RecordExtractor().extract(
      article: try article(from: expected), source: try source(from: expected))
    #expect(conferences.isEmpty)
    #expect(awards.isEmpty)
  }
}
