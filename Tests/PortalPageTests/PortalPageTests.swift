// Golden tests: every sample page under Samples/portal and Samples/records read field by field
// against the `source` and `article` of its expected.json, and its snippet checks.

import Foundation
import PortalPage
import TestSupport
import Testing

/// The sample cases with an expected.json, as "feature/case".
let goldenCases: [String] = ["portal", "records"].flatMap { feature in
  sampleCases(feature).filter { url in
    FileManager.default.fileExists(atPath: url.appendingPathComponent("expected.json").path)
      && FileManager.default.fileExists(atPath: url.appendingPathComponent("input.html").path)
  }.map { "\(feature)/\($0.lastPathComponent)" }
}

/// Reads a sample page, with its meta.json URL when present.
func readSample(_ name: String) throws -> (reading: PageReading, expected: [String: Any]) {
  let folder = samplesRoot.appendingPathComponent(name)
  let bytes = try #require(contents(of: folder.appendingPathComponent("input.html")))
  let json = try #require(contents(of: folder.appendingPathComponent("expected.json")))
  let expected = try #require(
    try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
  var url: String?
  if let meta = contents(of: folder.appendingPathComponent("meta.json")),
    let object = try? JSONSerialization.jsonObject(with: Data(meta)) as? [String: Any]
  {
    url = object["url"] as? String
  }
  let reading = try PageReader().read(bytes, file: "Samples/\(name)/input.html", url: url)
  return (reading, expected)
}

@Test("Every sample has the source and article of its expected.json", arguments: goldenCases)
func goldenArticle(_ name: String) throws {
  let (reading, expected) = try readSample(name)
  var differences: [String] = []
  func check(_ field: String, _ actual: String?, _ wanted: Any?) {
    let wantedText = wanted as? String
    if actual != wantedText {
      differences.append(
        "\(field): expected \(wantedText.map { "\"\($0)\"" } ?? "nothing"), got \(actual.map { "\"\($0)\"" } ?? "nothing")"
      )
    }
  }
  let source = expected["source"] as? [String: Any] ?? [:]
  check("source.url", reading.source.url, source["url"])
  check("source.sha256", reading.source.sha256, source["sha256"])
  check("source.encoding", reading.source.encoding, source["encoding"])
  check("source.encodingSource", reading.source.encodingSource.rawValue, source["encodingSource"])
  check("source.profile", reading.source.profile.rawValue, source["profile"])
  let article = expected["article"] as? [String: Any] ?? [:]
  check("article.title", reading.article.title, article["title"])
  check("article.published", reading.article.published?.description, article["published"])
  check("article.publishedText", reading.article.publishedText, article["publishedText"])
  check("article.updated", reading.article.updated?.description, article["updated"])
  check("article.author", reading.article.author, article["author"])
  check("article.lead", reading.article.lead, article["lead"])
  let paragraphs = article["paragraphs"] as? [String] ?? []
  for index in 0..<max(paragraphs.count, reading.article.paragraphs.count) {
    check(
      "article.paragraphs[\(index)]",
      index < reading.article.paragraphs.count ? reading.article.paragraphs[index] : nil,
      index < paragraphs.count ? paragraphs[index] : nil)
  }
  let images = article["images"] as? [[String: Any]] ?? []
  for index in 0..<max(images.count, reading.article.images.count) {
    let actual = index < reading.article.images.count ? reading.article.images[index] : nil
    let wanted = index < images.count ? images[index] : nil
    check("article.images[\(index)].src", actual?.src, wanted?["src"])
    check("article.images[\(index)].caption", actual?.caption, wanted?["caption"])
  }
  #expect(
    differences.isEmpty,
    Comment(
      rawValue: "\(name): \(differences.count) difference(s):\n"
        + differences.joined(separator: "\n")))
}

@Test("Snippet checks of every sample against the article text", arguments: goldenCases)
func snippets(_ name: String) throws {
  let (reading, expected) = try readSample(name)
  let folder = samplesRoot.appendingPathComponent(name)
  guard let bytes = contents(of: folder.appendingPathComponent("snippets.txt")) else { return }
  let article = reading.article
  let text =
    ([article.title, article.publishedText ?? "", article.author ?? "", article.lead ?? ""]
    + article.paragraphs + article.images.map { $0.caption ?? "" }).joined(separator: "\n")
  // "+" lines name text of the whole exchange; those the expected article holds are checked
  // here, the others belong to the records.
  let expectedArticle = String(
    decoding: try JSONSerialization.data(
      withJSONObject: expected["article"] ?? [:], options: [.withoutEscapingSlashes]),
    as: UTF8.self)
  var failures: [String] = []
  for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
    guard line.count > 2 else { continue }
    let snippet = String(line.dropFirst(2))
    if line.hasPrefix("- ") && text.contains(snippet) {
      failures.append("must not contain: \(snippet)")
    }
    if line.hasPrefix("+ ") && expectedArticle.contains(snippet) && !text.contains(snippet) {
      failures.append("must contain: \(snippet)")
    }
  }
  #expect(
    failures.isEmpty, Comment(rawValue: "\(name):\n" + failures.joined(separator: "\n")))
}

@Test("inspect's explanation names the encoding, the profile and each field's origin")
func explanationText() throws {
  let name = try #require(goldenCases.first)
  let (reading, _) = try readSample(name)
  let text = reading.explanation.description
  for label in ["encoding:", "profile:", "main text:", "title:", "published:", "author:"] {
    #expect(text.contains(label), "missing \(label) in:\n\(text)")
  }
  #expect(text.contains(reading.source.encoding))
}

@Test(
  "Every page of the real-web corpus is read without error and with a non-empty title",
  .enabled(
    if: !realWebCorpusPages.isEmpty,
    "no real-web corpus at \(realWebCorpusFolder.path) (set TDKT_CORPUS)"))
func realWebCorpus() throws {
  let pages = realWebCorpusPages
  let reader = PageReader()
  var failures: [String] = []
  for name in pages {
    guard let bytes = contents(of: realWebCorpusFolder.appendingPathComponent(name)) else {
      continue
    }
    do {
      let reading = try reader.read(bytes, file: name)
      if reading.article.title.isEmpty { failures.append("\(name): empty title") }
      if reading.source.sha256.count != 64 { failures.append("\(name): bad sha256") }
    } catch {
      failures.append("\(name): \(error)")
    }
  }
  #expect(
    failures.isEmpty,
    Comment(rawValue: "\(failures.count) page(s) failed:\n" + failures.joined(separator: "\n")))
}
