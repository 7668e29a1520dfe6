// `tdkt render`: one exchange as a readable HTML page with Vietnamese labels, for review and
// printing. Everything from the exchange is escaped.

import Batch
import PortalPage
import Records

/// The HTML page of one exchange.
///
/// - Parameters:
///   - exchange: The records.
///   - file: The exchange file's name, shown in the footer.
/// - Returns: A self-contained page (inline style, no script, nothing fetched).
public func exchangePage(_ exchange: Exchange, file: String? = nil) -> String {
  let article = exchange.article
  var html = """
    <!DOCTYPE html>
    <html lang="vi">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="tdkt \(escapeHTML(tdktVersion))">
    <title>\(escapeHTML(article.title))</title>
    <style>
    \(sharedStyle)
    \(pageStyle)
    </style>
    </head>
    <body>
    <article>
    <h1>\(escapeHTML(article.title))</h1>

    """
  html += section("Nguồn", id: "source") + sourceFields(exchange.source) + "</section>\n"
  html += section("Bài viết", id: "article")
  html += definitions([
    ("Ngày đăng", article.published.map(vietnameseDate)),
    ("Ngày in trên trang", article.publishedText),
    ("Cập nhật", article.updated.map(vietnameseDate)),
    ("Tác giả", article.author),
  ])
  if let lead = article.lead { html += "<p class=\"lead\">\(escapeHTML(lead))</p>\n" }
  for paragraph in article.paragraphs { html += "<p>\(escapeHTML(paragraph))</p>\n" }
  if !article.images.isEmpty {
    html += "<h3>Ảnh</h3>\n<ol class=\"images\">\n"
    for image in article.images {
      html += "<li>"
      if let caption = image.caption { html += escapeHTML(caption) }
      if let src = image.src {
        html += " <span class=\"muted\">(\(webLink(src, text: "ảnh")))</span>"
      }
      html += "</li>\n"
    }
    html += "</ol>\n"
  }
  html += "</section>\n"

  html += section("Hội nghị (\(exchange.conferences.count))", id: "conferences")
  if exchange.conferences.isEmpty {
    html += "<p class=\"muted\">Trang không nêu hội nghị nào.</p>\n"
  }
  for conference in exchange.conferences { html += conferenceSection(conference) }
  html += "</section>\n"

  html += section("Khen thưởng (\(exchange.awards.count))", id: "awards")
  if exchange.awards.isEmpty { html += "<p class=\"muted\">Trang không nêu khen thưởng nào.</p>\n" }
  for award in exchange.awards { html += awardSection(award, in: exchange) }
  html += "</section>\n</article>\n"
  html += "<footer class=\"muted\"><p>"
  if let file { html += "Tệp: \(escapeHTML(file)). " }
  html += "Lập bởi tdkt \(escapeHTML(tdktVersion)).</p></footer>\n</body>\n</html>\n"
  return html
}

private func section(_ title: String, id: String) -> String {
  "<section id=\"\(id)\">\n<h2>\(escapeHTML(title))</h2>\n"
}

/// A definition list of the fields that have a value (values escaped here).
private func definitions(_ fields: [(String, String?)]) -> String {
  let present = fields.compactMap { field in field.1.map { (field.0, escapeHTML($0)) } }
  return rawDefinitions(present)
}

/// A definition list of already-escaped values.
private func rawDefinitions(_ fields: [(String, String)]) -> String {
  if fields.isEmpty { return "" }
  var html = "<dl>\n"
  for (label, value) in fields where !value.isEmpty {
    html += "<dt>\(escapeHTML(label))</dt><dd>\(value)</dd>\n"
  }
  return html + "</dl>\n"
}

private func sourceFields(_ source: Source) -> String {
  var fields: [(String, String)] = []
  if let url = source.url { fields.append(("Địa chỉ", webLink(url))) }
  fields.append(("SHA-256", "<code>\(escapeHTML(source.sha256))</code>"))
  fields.append(("Bảng mã", escapeHTML(source.encoding)))
  fields.append(("Kiểu cổng", escapeHTML(source.profile.rawValue)))
  if let retrieved = source.retrieved {
    fields.append(("Ngày thu thập", escapeHTML(retrieved.description)))
  }
  return rawDefinitions(fields)
}

private func province(_ reference: ProvinceRef) -> String {
  var text = "\(reference.name) (\(reference.code))"
  if let merged = reference.mergedInto {
    text += " — từ 2025 thuộc \(merged)"
    if let code = reference.mergedIntoCode { text += " (\(code))" }
  }
  return text
}

private func periodText(_ period: Period) -> String {
  var text = (periodPartLabels[period.part] ?? period.part.rawValue) + " \(period.year)"
  if let from = period.from, let to = period.to {
    text += " (\(vietnameseDate(from)) – \(vietnameseDate(to)))"
  }
  return text
}

private func person(_ name: String, positions: [String], role: String? = nil) -> String {
  var text = "<strong>\(escapeHTML(name))</strong>"
  if !positions.isEmpty { text += ", " + escapeHTML(positions.joined(separator: ", ")) }
  if let role { text += " <span class=\"muted\">(\(escapeHTML(role)))</span>" }
  return text
}

private func conferenceSection(_ conference: Conference) -> String {
  var html = "<section class=\"record\" id=\"\(escapeHTML(conference.id.rawValue))\">\n"
  html += "<h3>\(escapeHTML(conference.title))</h3>\n"
  var venue: String?
  if let place = conference.venue {
    venue = [place.place, place.province.map(province)].compactMap { $0 }.joined(
      separator: ", ")
  }
  var date = conference.date.map { vietnameseDate($0.value) }
  if conference.date?.yearInferred == true { date = date.map { $0 + " (năm suy từ ngày đăng)" } }
  var organizer = conference.organizer?.name
  if let system = conference.organizer?.system, let label = systemLabels[system] {
    organizer = organizer.map { "\($0) — hệ thống \(label)" }
  }
  html += definitions([
    ("Mã", conference.id.rawValue), ("Loại", kindLabels[conference.kind]),
    ("Kỳ", conference.period.map(periodText)), ("Ngày", date), ("Địa điểm", venue),
    ("Đơn vị tổ chức", organizer),
    (
      "Tỉnh, thành phố",
      conference.provinces.isEmpty
        ? nil : conference.provinces.map(province).joined(separator: "; ")
    ),
  ])
  if !conference.participants.isEmpty {
    html += "<h4>Đại biểu</h4>\n<ul>\n"
    for participant in conference.participants {
      html +=
        "<li>"
        + person(participant.name, positions: participant.positions, role: participant.role)
        + "</li>\n"
    }
    html += "</ul>\n"
  }
  if !conference.movements.isEmpty {
    html += "<h4>Phong trào thi đua</h4>\n<ul>\n"
    for movement in conference.movements { html += "<li>“\(escapeHTML(movement))”</li>\n" }
    html += "</ul>\n"
  }
  if !conference.exemplars.isEmpty {
    html += "<h4>Mô hình, điển hình tiên tiến</h4>\n<ul>\n"
    for exemplar in conference.exemplars {
      var text = "<strong>\(escapeHTML(exemplar.name))</strong>"
      if let topic = exemplar.topic { text += ": “\(escapeHTML(topic))”" }
      if let place = exemplar.place { text += " — \(escapeHTML(place))" }
      html += "<li>\(text)</li>\n"
    }
    html += "</ul>\n"
  }
  return html + "</section>\n"
}

private func awardSection(_ award: Award, in exchange: Exchange) -> String {
  var html = "<section class=\"record\" id=\"\(escapeHTML(award.id.rawValue))\">\n"
  html += "<h3>\(escapeHTML(award.form.name))</h3>\n"
  var fields: [(String, String)] = [("Mã", escapeHTML(award.id.rawValue))]
  fields.append(("Hình thức", escapeHTML(award.form.name + " (" + award.form.code.rawValue + ")")))
  fields.append(("Cấp khen thưởng", escapeHTML(issuerLevelLabel(award.issuerLevel))))
  if let decision = award.decision {
    var text = "số " + escapeHTML(decision.number)
    if let date = decision.date { text += " ngày " + escapeHTML(vietnameseDate(date)) }
    if let issuer = decision.issuer { text += " của " + escapeHTML(issuer) }
    fields.append(("Quyết định", text))
    if let signer = decision.signer {
      let parts = [signer.competence, signer.position, signer.name].compactMap { $0 }
      fields.append(("Người ký", escapeHTML(parts.joined(separator: " "))))
    }
  }
  let counts = [
    (award.recipients.collectives, "tập thể"), (award.recipients.individuals, "cá nhân"),
    (award.recipients.households, "hộ gia đình"),
  ].compactMap { count, label in count.map { "\($0) \(label)" } }
  if !counts.isEmpty { fields.append(("Số lượng", escapeHTML(counts.joined(separator: ", ")))) }
  if let reason = award.reason { fields.append(("Thành tích", escapeHTML(reason))) }
  if let conference = award.presentedAt(in: exchange) {
    fields.append(
      (
        "Trao tại",
        "<a href=\"#\(escapeHTML(conference.id.rawValue))\">\(escapeHTML(conference.title))</a>"
      ))
  }
  html += rawDefinitions(fields)
  if !award.recipients.named.isEmpty {
    html += "<h4>Người, đơn vị được khen</h4>\n<table>\n<thead><tr><th>#</th><th>Tên</th>"
    html += "<th>Đối tượng</th><th>Chức vụ, đơn vị</th></tr></thead>\n<tbody>\n"
    for (index, recipient) in award.recipients.named.enumerated() {
      html += "<tr><td class=\"number\">\(index + 1)</td><td>\(escapeHTML(recipient.name))</td>"
      html +=
        "<td>\(escapeHTML(recipientKindLabels[recipient.kind] ?? recipient.kind.rawValue))</td>"
      var description = recipient.positions.joined(separator: ", ")
      if let detail = recipient.detail {
        description += (description.isEmpty ? "" : " ") + "(" + detail + ")"
      }
      if recipient.posthumous { description += (description.isEmpty ? "" : "; ") + "truy tặng" }
      html += "<td>\(escapeHTML(description))</td></tr>\n"
    }
    html += "</tbody>\n</table>\n"
  }
  return html + "</section>\n"
}

private let pageStyle = """
  article { max-width: 900px; }
  .lead { font-weight: 600; }
  section.record { border-left: 3px solid var(--accent); padding: 2px 0 6px 12px;
    margin: 14px 0; }
  h4 { margin: 10px 0 4px; font-size: 1em; }
  code { font-size: 0.85em; word-break: break-all; }
  """
