import Foundation
import PortalPage
import Records
import Testing

/// Every sample page gives exactly its expected conferences and awards, except for the
/// differences listed in `knownDifferences`, each with the reason it is not fixed here.
struct GoldenTests {
  /// Fields (JSON paths, a prefix covers the fields under it) where a sample and the extractor
  /// are known to differ, by case.
  static let knownDifferences: [String: [(path: String, reason: String)]] = [
    "portal/generic-langson-broken-markup": [
      ("awards[1].form", "a bare “Bằng khen” is not mapped to a code by the award vocabulary")
    ],
    "portal/generic-thaibinh-wordpress": [
      ("conferences[0].venue.province", "the venue names a city; no gazetteer of cities yet")
    ],
    "portal/legacy-phuyen-cp1258": [
      ("conferences[0].kind", "samples disagree: “hội nghị biểu dương” is congress in records/"),
      ("awards[0].form", "a bare “Bằng khen” is not mapped to a code by the award vocabulary"),
    ],
    "portal/liferay-danang-anniversary": [
      ("conferences[0].participants[1].role", "samples disagree on caption verbs as roles"),
      ("awards[1].form", "“Chiến sĩ thi đua thành phố” is not in the award vocabulary"),
    ],
    "portal/news-dongnai-covenant": [
      ("conferences[0].venue.province", "the venue names a city; no gazetteer of cities yet"),
      ("awards[0].reason", "the reason is written as a noun phrase after “dành cho”"),
    ],
    "portal/news-quangninh-labour-order": [
      ("awards[1].form", "the sample composes the form name from the giver of a bare “Bằng khen”")
    ],
    "records/award-ministry-ceremony-sharepoint": [
      ("awards[0].form.name", "the award vocabulary runs a form name on past “và”"),
      ("awards[2].form.name", "the award vocabulary stops a form name at “và”"),
    ],
    "records/award-tradeunion-midyear-generic": [
      ("awards[0].form.name", "the award vocabulary stops the issuer of a medal early")
    ],
    "records/award-youth-union-badge-liferay": [
      (
        "awards",
        "a quoted title “tuyên dương” by decision is not read as an award yet; the "
          + "award vocabulary stops “Huy hiệu …” early"
      )
    ],
    "records/tricky-anniversary-dates-news": [
      ("awards[1].reason", "samples disagree: “dẫn đầu …” after a count is a reason in langson")
    ],
  ]

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
    let known = Self.knownDifferences[sample.name] ?? []
    let unexpected = lines.filter { line in
      !known.contains {
        line.hasPrefix($0.path + ":") || line.hasPrefix($0.path + ".")
          || line.hasPrefix($0.path + "[")
      }
    }
    #expect(
      unexpected.isEmpty,
      Comment(rawValue: "\(sample.name):\n" + unexpected.joined(separator: "\n")))
  }

  @Test("the seed sample gives exactly its expected records")
  func seed() throws {
    let seed = try #require(RecordSample.all.first { $0.name == "portal/seed-sharepoint" })
    #expect(Self.knownDifferences[seed.name] == nil)
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
