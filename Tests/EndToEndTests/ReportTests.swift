// `tdkt batch --summary`, `tdkt report`, `tdkt export` and `tdkt render` run as a user would,
// and the report checked in a real browser (headless Chromium).

import Foundation
import TestSupport
import Testing

/// Chromium, when installed (Debian: `chromium`).
let chromium: URL? = {
  for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"] {
    if FileManager.default.isExecutableFile(atPath: path) { return URL(fileURLWithPath: path) }
  }
  return nil
}()

/// A batch of every sample page plus two bad ones, converted with `--summary`.
struct SummarisedBatch {
  let root: URL
  let input: URL
  let output: URL
  let result: ProcessResult

  init() throws {
    root = try makeTemporaryDirectory("tdkt-report")
    input = root.appendingPathComponent("in")
    output = root.appendingPathComponent("out")
    for (name, folder) in zip(pageCaseNames, pageCases) {
      let url = input.appendingPathComponent(name + ".html")
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: folder.appendingPathComponent("input.html"), to: url)
    }
    try Data().write(to: input.appendingPathComponent("rỗng.html"))
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]).write(
      to: input.appendingPathComponent("ảnh.html"))
    result = try runTDKT([
      "batch", input.path, output.path, "--format", "both", "--summary", "--jobs", "2",
    ])
  }
}

@Suite(.serialized) struct ReportCommandTests {
  @Test func batchWithSummaryWritesTheReportAndCountsMatch() throws {
    let batch = try SummarisedBatch()
    defer { try? FileManager.default.removeItem(at: batch.root) }
    #expect(batch.result.status == 1, "two pages fail")
    #expect(batch.result.stdout.isEmpty)
    #expect(batch.result.stderr.contains("ảnh.html: error: not an HTML page (a PNG image)"))
    #expect(
      batch.result.stderr.contains(
        "\(pageCases.count) pages (") && batch.result.stderr.contains("2 failed; wrote "))
    let summaryURL = batch.output.appendingPathComponent("summary.json")
    let data = try Data(contentsOf: summaryURL)
    let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(summary["pages"] as? Int == pageCases.count)
    #expect(summary["failed"] as? Int == 2)
    let reasons = (summary["failuresByReason"] as? [[String: Any]] ?? []).compactMap {
      $0["reason"] as? String
    }
    #expect(reasons.sorted() == ["not an HTML page (a PNG image)", "the page is empty"])
    if python3 != nil {
      let check = try #require(
        try runRecordChecks(["summary", batch.output.path, summaryURL.path]))
      #expect(check.status == 0, "\(check.stdout)")
    }
    // `report` again gives the same summary; its exit status is 0 (the failures are the
    // batch's, not the report's).
    let again = try runTDKT(["report", batch.output.path, "--input", batch.input.path])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.isEmpty)
    #expect(try Data(contentsOf: summaryURL) == data)
    let html = try String(
      contentsOf: batch.output.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("href=\"records/award-state-orders-newspaper.xml\""))
    #expect(html.contains("href=\"../in/records/award-state-orders-newspaper.html\""))
    #expect(html.contains("href=\"https://baohatinh.vn/"))
    #expect(!html.contains("http-equiv") && !html.contains("<link") && !html.contains("src=\"http"))
  }

  @Test func reportWrittenElsewhereLinksBack() throws {
    let batch = try SummarisedBatch()
    defer { try? FileManager.default.removeItem(at: batch.root) }
    let elsewhere = batch.root.appendingPathComponent("báo cáo")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    let result = try runTDKT(["report", batch.output.path, "-o", elsewhere.path])
    #expect(result.status == 0, "\(result.stderr)")
    let html = try String(
      contentsOf: elsewhere.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("href=\"../out/records/award-state-orders-newspaper.xml\""))
    #expect(
      try Data(contentsOf: elsewhere.appendingPathComponent("summary.json"))
        == Data(contentsOf: batch.output.appendingPathComponent("summary.json")))
  }

  @Test func reportNamesWhatIsWrong() throws {
    let missing = try runTDKT(["report", "/nonexistent/out"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "/nonexistent/out: error: no such directory\n")
    let usage = try runTDKT(["report"])
    #expect(usage.status == 64)
    #expect(usage.stderr.contains("Missing expected argument '<folder>'"))
  }

  @Test func exportToSQLiteAndCSVAndAgain() throws {
    let root = try makeTemporaryDirectory("tdkt-export")
    defer { try? FileManager.default.removeItem(at: root) }
    let files = pageCases.map { $0.appendingPathComponent("expected.xml").path }
    let database = root.appendingPathComponent("tdkt.db").path
    let csv = root.appendingPathComponent("csv").path
    let first = try runTDKT(["export"] + files + ["--sqlite", database, "--csv", csv])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.isEmpty)
    #expect(
      first.stderr
        == "\(database): \(files.count) pages: \(files.count) added, 0 replaced, 0 unchanged\n"
        + "\(csv): \(files.count) pages, 9 tables\n")
    let second = try runTDKT(["export"] + files + ["--sqlite", database])
    #expect(second.stderr.contains("0 added, 0 replaced, \(files.count) unchanged"))
    if let sqlite = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first(where: {
      FileManager.default.isExecutableFile(atPath: $0)
    }) {
      let count = try run(
        URL(fileURLWithPath: sqlite), [database, "SELECT count(*) FROM pages"])
      #expect(count.stdout == "\(files.count)\n")
    }
    let usage = try runTDKT(["export", files[0]])
    #expect(usage.status == 64)
    #expect(usage.stderr.contains("give --sqlite DB or --csv DIR (or both)"))
    let bad = try runTDKT([
      "export", samplesRoot.appendingPathComponent("exchange/invalid/comment-inside.xml").path,
      files[0], "--sqlite", database,
    ])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("comment-inside.xml:"))
    #expect(bad.stderr.contains("1 pages: 0 added, 0 replaced, 1 unchanged"))
  }

  @Test func renderWritesOnePage() throws {
    let file = samplesRoot.appendingPathComponent(
      "records/award-state-orders-newspaper/expected.json"
    ).path
    let result = try runTDKT(["render", file])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
    #expect(result.stdout.contains("<h1>Trường THPT chuyên Hà Tĩnh đón nhận Huân chương"))
    let invalid = samplesRoot.appendingPathComponent("exchange/invalid/comment-inside.xml").path
    let failed = try runTDKT(["render", invalid])
    #expect(failed.status == 1)
    #expect(failed.stdout.isEmpty)
    #expect(failed.stderr.hasPrefix(invalid + ":"))
    #expect(failed.stderr.contains(": error: "))
  }

  @Test(.enabled(if: chromium != nil, "needs headless Chromium (Debian: chromium)"))
  func theReportWorksInABrowser() throws {
    let batch = try SummarisedBatch()
    defer { try? FileManager.default.removeItem(at: batch.root) }
    let browser = try #require(chromium)
    let report = batch.output.appendingPathComponent("report.html")
    let profile = batch.root.appendingPathComponent("profile").path
    let common = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile,
      "--enable-logging=stderr", "--v=0",
    ]
    // Sorted on load by the year of the award, descending (column 9 of the award table).
    let dom = try run(
      browser, common + ["--dump-dom", report.absoluteString + "#sort=award-table:9:desc"])
    #expect(dom.status == 0)
    let console = dom.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }
    #expect(console.isEmpty, "console messages: \(console)")
    #expect(dom.stdout.contains("data-ready=\"true\""), "the script did not finish")
    for chart in ["chart-forms", "chart-years", "chart-provinces", "chart-kinds"] {
      #expect(dom.stdout.contains("<svg id=\"\(chart)\""), "missing \(chart)")
    }
    let summary = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: batch.output.appendingPathComponent("summary.json")))
        as? [String: Any])
    func rows(_ table: String) -> [Substring] {
      guard let start = dom.stdout.range(of: "<table id=\"\(table)\""),
        let end = dom.stdout.range(of: "</table>", range: start.upperBound..<dom.stdout.endIndex)
      else { return [] }
      return dom.stdout[start.upperBound..<end.lowerBound].components(separatedBy: "<tr id=")
        .dropFirst()
        .map { Substring($0) }
    }
    #expect(rows("conference-table").count == summary["conferences"] as? Int)
    let awards = rows("award-table")
    #expect(awards.count == summary["awards"] as? Int)
    #expect(dom.stdout.contains("aria-sort=\"descending\""))
    let years = awards.compactMap { row -> Int? in
      let cells = row.components(separatedBy: "<td")
      guard cells.count > 10, let open = cells[10].firstIndex(of: ">") else { return nil }
      return Int(cells[10][cells[10].index(after: open)...].prefix { $0.isNumber })
    }
    #expect(years.count == awards.count)
    #expect(years == years.sorted(by: >), "not sorted by year: \(years)")
    #expect(dom.stdout.contains("<table id=\"failure-table\""))
    #expect(dom.stdout.contains("<table id=\"province-table\""))
    #expect(dom.stdout.contains("<table id=\"successor-table\""))

    let screenshot = batch.root.appendingPathComponent("report.png")
    let shot = try run(
      browser,
      common + [
        "--window-size=1280,1600", "--screenshot=" + screenshot.path, report.absoluteString,
      ])
    #expect(shot.status == 0)
    let png = try #require(contents(of: screenshot))
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    #expect(png.count > 20_000)
  }
}
