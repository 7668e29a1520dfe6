// `report.html`: one self-contained page (inline style, SVG charts and a small script, nothing
// fetched) with the counts, charts, sortable tables of every conference and award, the pages
// without records and the failures.

import Batch
import Foundation
import Records

/// Where the report is and what its links point to.
public struct ReportLinks: Sendable {
  /// The folder the report is written to; links are relative to it.
  public var reportFolder: String
  /// The batch's input folder, when known: each page then links to its input file too.
  public var inputFolder: String?

  /// Creates the links of a report written to `reportFolder`.
  public init(reportFolder: String, inputFolder: String? = nil) {
    self.reportFolder = reportFolder
    self.inputFolder = inputFolder
  }

  /// The link from the report to an exchange file of `page`.
  func exchange(_ page: CollectedPage) -> String {
    let path = page.file == page.root ? page.root : join(page.root, page.file)
    return urlPath(relativePath(from: reportFolder, to: path))
  }

  /// The link from the report to the input page of `page`, when the input folder is known.
  func input(_ page: CollectedPage) -> String? {
    guard let inputFolder, let input = page.input else { return nil }
    return urlPath(relativePath(from: reportFolder, to: join(inputFolder, input)))
  }

  /// The link to a failed page's input, when the input folder is known.
  func failedInput(_ failure: CollectionFailure) -> String? {
    guard failure.kind == .page, let inputFolder else { return nil }
    return urlPath(relativePath(from: reportFolder, to: join(inputFolder, failure.path)))
  }
}

private func join(_ folder: String, _ relative: String) -> String {
  folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
}

/// The HTML of the report of `collection`.
///
/// - Parameters:
///   - collection: The pages and failures.
///   - summary: Their counts (`Summary(collection)`).
///   - links: Where the report is written and where the inputs are.
/// - Returns: The page, UTF-8; the same collection always gives the same text.
public func reportPage(
  _ collection: RecordCollection, summary: Summary, links: ReportLinks
) -> String {
  var html = """
    <!DOCTYPE html>
    <html lang="vi">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="tdkt \(escapeHTML(tdktVersion))">
    <title>Báo cáo thi đua – khen thưởng</title>
    <style>
    \(sharedStyle)
    \(reportStyle)
    </style>
    </head>
    <body>
    <header>
    <h1>Báo cáo thi đua – khen thưởng</h1>
    <p class="muted">Tổng hợp các bản ghi hội nghị và khen thưởng trích từ \(summary.pages) trang \
    (\(summary.files) tệp trao đổi).</p>
    </header>

    """
  html += totals(summary)
  html += charts(summary)
  html += provinceTable(summary)
  html += conferenceTable(collection, links: links)
  html += awardTable(collection, links: links)
  html += emptyPages(collection, links: links)
  html += failures(collection, summary: summary, links: links)
  html += "<footer class=\"muted\"><p>Lập bởi tdkt \(escapeHTML(tdktVersion)).</p></footer>\n"
  html += "<script>\n\(sortScript)\n</script>\n</body>\n</html>\n"
  return html
}

private func totals(_ summary: Summary) -> String {
  let cards: [(String, Int, String)] = [
    ("pages", summary.pages, "Trang"),
    ("conferences", summary.conferences, "Hội nghị"),
    ("awards", summary.awards, "Khen thưởng"),
    ("empty", summary.pages - summary.pagesWithRecords, "Trang không có bản ghi"),
    ("failed", summary.failed, "Lỗi"),
  ]
  var html = "<section id=\"totals\" class=\"cards\">\n"
  for (id, value, label) in cards {
    html +=
      "<div class=\"card\" id=\"total-\(id)\"><span class=\"value\">\(value)</span>"
      + "<span class=\"label\">\(label)</span></div>\n"
  }
  return html + "</section>\n"
}

private func charts(_ summary: Summary) -> String {
  let forms = BarChart(
    id: "chart-forms", title: "Khen thưởng theo hình thức",
    bars: summary.byAwardForm.map { ($0.name, $0.awards) }, colour: "#b3261e")
  var yearBars = summary.byYear.filter { $0.awards > 0 }.map { (String($0.year), $0.awards) }
  if summary.withoutYear.awards > 0 {
    yearBars.append(("Không rõ năm", summary.withoutYear.awards))
  }
  let years = BarChart(
    id: "chart-years", title: "Khen thưởng theo năm", bars: yearBars, colour: "#c77700")
  var provinceBars = summary.byProvince.filter { $0.awards > 0 }.map { ($0.name, $0.awards) }
  if summary.withoutProvince.awards > 0 {
    provinceBars.append(("Không rõ tỉnh", summary.withoutProvince.awards))
  }
  let provinces = BarChart(
    id: "chart-provinces", title: "Khen thưởng theo tỉnh, thành phố", bars: provinceBars,
    colour: "#0b6e4f")
  let kinds = BarChart(
    id: "chart-kinds", title: "Hội nghị theo loại",
    bars: summary.byConferenceKind.map { (kindLabel($0.kind), $0.conferences) },
    colour: "#0b57a4")
  var html = "<section id=\"charts\">\n<h2>Biểu đồ</h2>\n<div class=\"charts\">\n"
  for chart in [forms, years, provinces, kinds] {
    html +=
      "<figure>\n<figcaption>\(escapeHTML(chart.title))</figcaption>\n\(chart.svg)\n</figure>\n"
  }
  return html + "</div>\n</section>\n"
}

private func provinceTable(_ summary: Summary) -> String {
  var html = "<section id=\"provinces\">\n<h2>Theo tỉnh, thành phố</h2>\n"
  html += "<div class=\"tables\"><div>\n<h3>Tên và mã trước sáp nhập, tỉnh từ năm 2025</h3>\n"
  html += "<table id=\"province-table\" class=\"sortable\">\n"
  html += header([
    ("Mã", false), ("Tỉnh, thành phố", false), ("Từ 2025 thuộc", false), ("Hội nghị", true),
    ("Khen thưởng", true),
  ])
  for province in summary.byProvince {
    html += "<tr>" + textCell(province.code) + textCell(province.name)
    html += textCell(
      "\(province.successor) (\(province.successorCode))", sort: province.successorCode)
    html += numberCell(province.conferences) + numberCell(province.awards) + "</tr>\n"
  }
  html += "</tbody>\n</table>\n</div><div>\n<h3>Theo tỉnh, thành phố từ năm 2025</h3>\n"
  html += "<table id=\"successor-table\" class=\"sortable\">\n"
  html += header([
    ("Mã", false), ("Tỉnh, thành phố", false), ("Hội nghị", true), ("Khen thưởng", true),
  ])
  for province in summary.bySuccessor {
    html += "<tr>" + textCell(province.code) + textCell(province.name)
    html += numberCell(province.conferences) + numberCell(province.awards) + "</tr>\n"
  }
  return html + "</tbody>\n</table>\n</div></div>\n</section>\n"
}

/// The links of a page: its exchange file, its public address, its input file.
private func sourceCell(_ page: CollectedPage, links: ReportLinks) -> String {
  var parts = ["<a href=\"\(escapeHTML(links.exchange(page)))\">tệp</a>"]
  if let url = page.exchange.source.url, isWebAddress(url) {
    parts.append(webLink(url, text: "trang gốc"))
  }
  if let input = links.input(page) {
    parts.append("<a href=\"\(escapeHTML(input))\">bản lưu</a>")
  }
  return "<td class=\"links\">" + parts.joined(separator: " · ") + "</td>"
}

private func textCell(_ text: String?, sort: String? = nil) -> String {
  let attribute = sort.map { " data-sort=\"\(escapeHTML($0))\"" } ?? ""
  return "<td\(attribute)>\(escapeHTML(text ?? ""))</td>"
}

private func numberCell(_ value: Int?) -> String {
  "<td class=\"number\" data-sort=\"\(value.map(String.init) ?? "")\">"
    + "\(value.map(String.init) ?? "")</td>"
}

private func header(_ columns: [(String, Bool)]) -> String {
  var html = "<thead><tr>"
  for (label, isNumber) in columns {
    html +=
      isNumber
      ? "<th class=\"number\" data-type=\"number\" scope=\"col\">\(label)</th>"
      : "<th scope=\"col\">\(label)</th>"
  }
  return html + "</tr></thead>\n<tbody>\n"
}

private func conferenceTable(_ collection: RecordCollection, links: ReportLinks) -> String {
  var html = "<section id=\"conferences\">\n<h2>Hội nghị</h2>\n"
  html += "<div class=\"scroll\"><table id=\"conference-table\" class=\"sortable\">\n"
  html += header([
    ("Tiêu đề", false), ("Loại", false), ("Năm", true), ("Ngày", false), ("Tỉnh, thành phố", false),
    ("Địa điểm", false), ("Đơn vị tổ chức", false), ("Đại biểu", true), ("Khen thưởng", true),
    ("Nguồn", false),
  ])
  for page in collection.pages {
    let exchange = page.exchange
    for conference in exchange.conferences {
      let awards = exchange.awards.filter { $0.conference == conference.id }.count
      let provinces = conference.countedProvinces.map(\.name).joined(separator: ", ")
      html += "<tr id=\"\(escapeHTML(conference.id.rawValue))\">"
      html += textCell(conference.title)
      html += textCell(kindLabel(conference.kind.rawValue), sort: conference.kind.rawValue)
      html += numberCell(conference.countedYear(article: exchange.article))
      html += textCell(
        vietnameseDate(conference.date?.value), sort: conference.date?.value.description)
      html += textCell(provinces)
      html += textCell(conference.venue?.place)
      html += textCell(conference.organizer?.name)
      html += numberCell(conference.participants.count)
      html += numberCell(awards)
      html += sourceCell(page, links: links)
      html += "</tr>\n"
    }
  }
  return html + "</tbody>\n</table></div>\n</section>\n"
}

private func awardTable(_ collection: RecordCollection, links: ReportLinks) -> String {
  var html = "<section id=\"awards\">\n<h2>Khen thưởng</h2>\n"
  html += "<div class=\"scroll\"><table id=\"award-table\" class=\"sortable\">\n"
  html += header([
    ("Hình thức", false), ("Cấp", false), ("Quyết định", false), ("Ngày", false),
    ("Cơ quan, người ban hành", false), ("Tập thể", true), ("Cá nhân", true), ("Hộ", true),
    ("Người nhận", false), ("Năm", true), ("Tỉnh, thành phố", false), ("Hội nghị", false),
    ("Nguồn", false),
  ])
  for page in collection.pages {
    let exchange = page.exchange
    for award in exchange.awards {
      let level = award.issuerLevel
      let named = award.recipients.named.map(\.name)
      let shown =
        named.count > 5
        ? named.prefix(5).joined(separator: "; ") + "; …" : named.joined(separator: "; ")
      html += "<tr id=\"\(escapeHTML(award.id.rawValue))\">"
      html += textCell(award.form.name, sort: award.form.code.rawValue + " " + award.form.name)
      html += textCell(issuerLevelLabel(level), sort: level)
      html += textCell(award.decision?.number)
      html += textCell(
        vietnameseDate(award.decision?.date), sort: award.decision?.date?.description)
      html += textCell(award.decision?.issuer)
      html += numberCell(award.recipients.collectives)
      html += numberCell(award.recipients.individuals)
      html += numberCell(award.recipients.households)
      html += "<td data-sort=\"\(named.count)\">\(escapeHTML(shown))</td>"
      html += numberCell(award.countedYear(in: exchange))
      html += textCell(award.countedProvinces(in: exchange).map(\.name).joined(separator: ", "))
      if let conference = award.presentedAt(in: exchange) {
        html +=
          "<td><a href=\"#\(escapeHTML(conference.id.rawValue))\">\(escapeHTML(conference.title))</a></td>"
      } else {
        html += "<td></td>"
      }
      html += sourceCell(page, links: links)
      html += "</tr>\n"
    }
  }
  return html + "</tbody>\n</table></div>\n</section>\n"
}

private func emptyPages(_ collection: RecordCollection, links: ReportLinks) -> String {
  var html = "<section id=\"empty-pages\">\n<h2>Trang không có bản ghi</h2>\n"
  html += "<table id=\"empty-table\" class=\"sortable\">\n"
  html += header([("Tiêu đề", false), ("Ngày đăng", false), ("Nguồn", false)])
  for page in collection.pages
  where page.exchange.conferences.isEmpty && page.exchange.awards.isEmpty {
    let article = page.exchange.article
    html += "<tr>" + textCell(article.title)
    html += textCell(vietnameseDate(article.published), sort: article.published?.description)
    html += sourceCell(page, links: links) + "</tr>\n"
  }
  return html + "</tbody>\n</table>\n</section>\n"
}

private func failures(
  _ collection: RecordCollection, summary: Summary, links: ReportLinks
) -> String {
  var html = "<section id=\"failures\">\n<h2>Lỗi</h2>\n"
  if collection.failures.isEmpty {
    return html + "<p>Không có trang nào lỗi.</p>\n</section>\n"
  }
  html += "<h3>Theo lý do</h3>\n<table id=\"reason-table\" class=\"sortable\">\n"
  html += header([("Lý do", false), ("Số trang", true)])
  for reason in summary.failuresByReason {
    html += "<tr>" + textCell(reason.reason) + numberCell(reason.count) + "</tr>\n"
  }
  html += "</tbody>\n</table>\n<h3>Từng tệp</h3>\n<table id=\"failure-table\" class=\"sortable\">\n"
  html += header([("Tệp", false), ("Lý do", false), ("Thông báo", false)])
  for failure in collection.failures {
    let path = escapeHTML(failure.path)
    if let link = links.failedInput(failure) {
      html += "<tr><td><a href=\"\(escapeHTML(link))\">\(path)</a></td>"
    } else {
      html += "<tr><td>\(path)</td>"
    }
    html += textCell(failure.reason)
    html += textCell(failure.messages.joined(separator: "\n")) + "</tr>\n"
  }
  return html + "</tbody>\n</table>\n</section>\n"
}

private let reportStyle = """
  .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
  .card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 16px;
    min-width: 150px; background: var(--band); }
  .card .value { display: block; font-size: 1.8em; font-weight: 600; }
  .card .label { color: var(--muted); }
  .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr));
    gap: 16px; }
  figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 8px; }
  figcaption { font-weight: 600; margin-bottom: 6px; }
  svg.chart { max-width: 100%; height: auto; font-size: 12px; fill: var(--ink); }
  svg.chart .none { fill: var(--muted); }
  table.sortable th { cursor: pointer; user-select: none; white-space: nowrap; }
  table.sortable th[aria-sort="ascending"]::after { content: " ▲"; }
  table.sortable th[aria-sort="descending"]::after { content: " ▼"; }
  tbody tr:nth-child(even) { background: #fafbfc; }
  tr:target { outline: 2px solid var(--accent); }
  td.links { white-space: nowrap; }
  .scroll { overflow-x: auto; }
  .scroll table { min-width: 1180px; }
  .tables { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr));
    gap: 16px; align-items: start; }
  #failure-table td:last-child { white-space: pre-wrap; font-family: ui-monospace, monospace;
    font-size: 0.9em; }
  """

/// Sorts a table by a column when its header is clicked (or Enter is pressed on it): numbers
/// by value, text in Vietnamese order, by each cell's `data-sort` when it has one. A hash
/// `#sort=TABLE-ID:COLUMN[:desc]` sorts on load. Marks the document ready when done.
private let sortScript = """
  (function () {
    "use strict";
    function key(row, column, numeric) {
      var cell = row.cells[column];
      var value = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
      if (!numeric) { return value; }
      return value === "" ? -Infinity : Number(value);
    }
    function sortBy(table, column, descending) {
      var heads = table.tHead.rows[0].cells;
      var numeric = heads[column].getAttribute("data-type") === "number";
      for (var i = 0; i < heads.length; i++) { heads[i].removeAttribute("aria-sort"); }
      heads[column].setAttribute("aria-sort", descending ? "descending" : "ascending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var collator = new Intl.Collator("vi");
      rows.sort(function (a, b) {
        var x = key(a, column, numeric), y = key(b, column, numeric);
        var order = numeric ? (x === y ? 0 : (x < y ? -1 : 1)) : collator.compare(x, y);
        return descending ? -order : order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    }
    var tables = document.querySelectorAll("table.sortable");
    Array.prototype.forEach.call(tables, function (table) {
      var heads = table.tHead.rows[0].cells;
      Array.prototype.forEach.call(heads, function (head, column) {
        head.tabIndex = 0;
        function toggle() {
          sortBy(table, column, head.getAttribute("aria-sort") === "ascending");
        }
        head.addEventListener("click", toggle);
        head.addEventListener("keydown", function (event) {
          if (event.key === "Enter") { toggle(); }
        });
      });
    });
    var match = /^#sort=([\\w-]+):(\\d+)(:desc)?$/.exec(location.hash);
    if (match) {
      var table = document.getElementById(match[1]);
      if (table && table.tHead && Number(match[2]) < table.tHead.rows[0].cells.length) {
        sortBy(table, Number(match[2]), Boolean(match[3]));
      }
    }
    document.documentElement.setAttribute("data-ready", "true");
  })();
  """
