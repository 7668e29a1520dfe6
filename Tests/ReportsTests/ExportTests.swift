// SQLite and CSV export, checked with Python's sqlite3 and csv modules against the exchange
// files, the README's example queries, and the idempotence of the database.

import Foundation
import PortalPage
import Records
import TestSupport
import Testing

@testable import Reports

@Suite struct ExportTests {
  private let readme = packageRoot.appendingPathComponent("README.md").path

  @Test(.enabled(if: python3 != nil, "needs python3 for the independent checks"))
  func theDatabaseAnswersTheReadmeQueries() throws {
    let folder = try makeSampleFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let database = folder.appendingPathComponent("records.sqlite").path
    let outcome = try exportSQLite(RecordCollection.read([folder.path]), to: database)
    #expect(outcome.added == exchangeCases.count)
    #expect(outcome.failed.isEmpty)
    let result = try #require(try runRecordChecks(["queries", database, readme, folder.path]))
    #expect(result.status == 0, "\(problems(result))")
  }

  @Test(.enabled(if: python3 != nil, "needs python3 for the independent checks"))
  func csvGivesTheTablesRows() throws {
    let folder = try makeSampleFolder(withXML: false)
    defer { try? FileManager.default.removeItem(at: folder) }
    let collection = RecordCollection.read([folder.path])
    let database = folder.appendingPathComponent("records.sqlite").path
    let csv = folder.appendingPathComponent("csv").path
    _ = try exportSQLite(collection, to: database)
    _ = try exportCSV(collection, to: csv)
    let result = try #require(try runRecordChecks(["csv", database, csv]))
    #expect(result.status == 0, "\(problems(result))")
    let first = try Data(contentsOf: URL(fileURLWithPath: csv + "/awards.csv"))
    _ = try exportCSV(collection, to: csv)
    #expect(try Data(contentsOf: URL(fileURLWithPath: csv + "/awards.csv")) == first)
    #expect(Array(first.prefix(3)) == [0xEF, 0xBB, 0xBF])
  }

  @Test func csvQuotesAsRFC4180Says() {
    var bytes: [UInt8] = []
    appendCSVLine(
      [
        .text("Hà Nội"), .text("a,b"), .text("say \"hi\""), .text("two\nlines"), .null, .integer(7),
      ],
      to: &bytes)
    #expect(
      String(decoding: bytes, as: UTF8.self)
        == "Hà Nội,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,7\r\n")
  }

  @Test func exportingTheSameFolderTwiceLeavesTheDatabaseAsItWas() throws {
    let folder = try makeSampleFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let database = folder.appendingPathComponent("records.sqlite").path
    _ = try exportSQLite(RecordCollection.read([folder.path]), to: database)
    let first = try Data(contentsOf: URL(fileURLWithPath: database))
    let again = try exportSQLite(RecordCollection.read([folder.path]), to: database)
    #expect(again.unchanged == exchangeCases.count)
    #expect(again.added == 0 && again.replaced == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == first)
  }

  @Test(.enabled(if: python3 != nil, "needs python3 to dump the databases"))
  func aReRunAfterNewPagesAddsThem() throws {
    let half = Array(exchangeCases.prefix(exchangeCases.count / 2))
    let folder = try makeSampleFolder(half, withXML: false)
    let full = try makeSampleFolder(withXML: false)
    defer {
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.removeItem(at: full)
    }
    let database = folder.appendingPathComponent("records.sqlite").path
    let first = try exportSQLite(RecordCollection.read([folder.path]), to: database)
    #expect(first.added == half.count)
    // The batch adds the other pages to the folder.
    for sample in exchangeCases.dropFirst(half.count) {
      let feature = sample.deletingLastPathComponent().lastPathComponent
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent(feature), withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        at: sample.appendingPathComponent("expected.json"),
        to: folder.appendingPathComponent("\(feature)/\(sample.lastPathComponent).json"))
    }
    let second = try exportSQLite(RecordCollection.read([folder.path]), to: database)
    #expect(second.added == exchangeCases.count - half.count)
    #expect(second.unchanged == half.count)
    // The same rows as one export of every page.
    let fresh = full.appendingPathComponent("records.sqlite").path
    _ = try exportSQLite(RecordCollection.read([full.path]), to: fresh)
    let a = try #require(try runRecordChecks(["dump", database]))
    let b = try #require(try runRecordChecks(["dump", fresh]))
    #expect(a.status == 0 && b.status == 0)
    #expect(a.stdout == b.stdout)
    #expect(a.stdout.contains("INSERT INTO \"awards\""))
  }

  @Test(.enabled(if: python3 != nil, "needs python3 for the independent checks"))
  func aChangedPageIsReplacedWithAllItsRows() throws {
    let folder = try makeSampleFolder(withXML: false)
    defer { try? FileManager.default.removeItem(at: folder) }
    let database = folder.appendingPathComponent("records.sqlite").path
    _ = try exportSQLite(RecordCollection.read([folder.path]), to: database)
    // A later conversion of one page finds one recipient fewer.
    let collection = RecordCollection.read([folder.path])
    let index = try #require(
      collection.pages.firstIndex { $0.exchange.awards.contains { $0.recipients.named.count > 1 } })
    var page = collection.pages[index]
    let award = try #require(page.exchange.awards.firstIndex { $0.recipients.named.count > 1 })
    page.exchange.awards[award].recipients.named.removeLast()
    let changed = RecordCollection(pages: [page], failures: [], files: 1)
    let outcome = try exportSQLite(changed, to: database)
    #expect(outcome.replaced == 1)
    let dump = try #require(try runRecordChecks(["dump", database]))
    let id = collection.pages[index].exchange.awards[award].id
    let count = collection.pages[index].exchange.awards[award].recipients.named.count
    let rows = dump.stdout.split(separator: "\n").filter {
      $0.hasPrefix("INSERT INTO \"recipients\" VALUES('\(id)',")
    }
    #expect(rows.count == count - 1)
  }

  @Test func aPageThatCannotBeWrittenIsNamedAndTheOthersAreExported() throws {
    func page(_ hex: Character, file: String) -> CollectedPage {
      let exchange = Exchange(
        source: Source(
          url: nil, sha256: String(repeating: hex, count: 64), encoding: "UTF-8",
          encodingSource: .meta, profile: .news),
        article: Article(title: "Trang \(hex)", paragraphs: []),
        awards: [
          Award(
            id: "a-000000000000-1", form: AwardForm(code: "giay_khen", name: "Giấy khen"),
            recipients: Recipients(collectives: 2))
        ])
      return CollectedPage(exchange: exchange, file: file, files: [file], input: nil, root: "/")
    }
    let folder = try makeTemporaryDirectory("tdkt-collision")
    defer { try? FileManager.default.removeItem(at: folder) }
    let database = folder.appendingPathComponent("records.sqlite").path
    let collection = RecordCollection(
      pages: [page("a", file: "a.xml"), page("b", file: "b.xml")], failures: [], files: 2)
    let outcome = try exportSQLite(collection, to: database)
    #expect(outcome.added == 1)
    #expect(outcome.failed.map(\.file) == ["b.xml"])
    #expect(outcome.failed.first?.message.contains("UNIQUE constraint failed") == true)
    #expect(outcome.description == "2 pages: 1 added, 0 replaced, 0 unchanged, 1 failed")
  }
}

@Suite struct ExportFieldTests {
  @Test(.enabled(if: python3 != nil, "needs python3 to read the database"))
  func signersDetailsAndPosthumousAwardsHaveColumns() throws {
    let folder = try makeTemporaryDirectory("tdkt-export-fields")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(
      at: samplesRoot.appendingPathComponent("exchange/valid/posthumous-signer.json"),
      to: folder.appendingPathComponent("page.json"))
    let database = folder.appendingPathComponent("records.sqlite").path
    _ = try exportSQLite(RecordCollection.read([folder.path]), to: database)
    let script = """
      import sqlite3, sys
      db = sqlite3.connect(sys.argv[1])
      for row in db.execute("SELECT signer_name, signer_position, signer_competence FROM decisions"):
          print("|".join(row))
      for row in db.execute("SELECT name, coalesce(detail, ''), posthumous FROM recipients ORDER BY seq"):
          print("|".join(str(cell) for cell in row))
      """
    let result = try run(try #require(python3), ["-c", script, database])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      lines(result.stdout) == [
        "Trần Văn Bình|Phó Chủ tịch|KT. Chủ tịch", "Lê Văn Hùng|liệt sĩ|1",
        "Phạm Thị Hoa|thôn Đông|0",
      ])
  }
}

private func lines(_ text: String) -> [String] {
  text.split(separator: "\n").map(String.init)
}
