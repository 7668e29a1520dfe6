// Writing HTML: escaping, links, Vietnamese labels of the vocabularies, and SVG bar charts.

import Foundation
import Records

/// `text` with `&`, `<`, `>`, `"` and `'` escaped, safe in element content and in quoted
/// attribute values.
public func escapeHTML(_ text: String) -> String {
  var result = ""
  result.reserveCapacity(text.utf8.count)
  for character in text {
    switch character {
    case "&": result += "&amp;"
    case "<": result += "&lt;"
    case ">": result += "&gt;"
    case "\"": result += "&quot;"
    case "'": result += "&#39;"
    default: result.append(character)
    }
  }
  return result
}

/// A relative path written as a URL path: each segment percent-encoded (UTF-8), `/` kept.
func urlPath(_ path: String) -> String {
  let allowed = CharacterSet(
    charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@")
  return path.split(separator: "/", omittingEmptySubsequences: false).map {
    String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0)
  }.joined(separator: "/")
}

/// Whether `address` may be a link target: an `http:` or `https:` URL (never `javascript:` or
/// `data:`).
func isWebAddress(_ address: String) -> Bool {
  let lowered = address.lowercased()
  return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
}

/// `<a href="…">text</a>` for a web address, the escaped text otherwise.
func webLink(_ address: String?, text: String? = nil) -> String {
  guard let address else { return "" }
  let label = escapeHTML(text ?? address)
  guard isWebAddress(address) else { return label }
  return "<a href=\"\(escapeHTML(address))\" rel=\"noreferrer\">\(label)</a>"
}

/// The path from `folder` to `target` (both absolute or both relative to the same place), with
/// `..` where needed.
func relativePath(from folder: String, to target: String) -> String {
  let from = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
  let to = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
  var common = 0
  while common < from.count, common < to.count, from[common] == to[common] { common += 1 }
  let up = Array(repeating: "..", count: from.count - common)
  return (up + to[common...]).joined(separator: "/")
}

/// Vietnamese names of the conference kinds.
let kindLabels: [Conference.Kind: String] = [
  .midyearReview: "Sơ kết", .annualReview: "Tổng kết", .launch: "Phát động thi đua",
  .covenant: "Ký kết giao ước thi đua", .congress: "Đại hội thi đua yêu nước",
  .ceremony: "Lễ trao tặng, đón nhận, kỷ niệm", .other: "Khác",
]

/// The Vietnamese name of a conference kind given by its code.
func kindLabel(_ code: String) -> String {
  Conference.Kind(rawValue: code).flatMap { kindLabels[$0] } ?? code
}

/// Vietnamese names of the issuer levels of the award vocabulary.
let issuerLevelLabels: [String: String] = [
  "state_president": "Chủ tịch nước", "prime_minister": "Thủ tướng Chính phủ",
  "ministry_province": "Bộ, ban, ngành, tỉnh", "district": "Cấp huyện", "commune": "Cấp xã",
  "agency_head": "Thủ trưởng cơ quan, đơn vị", "unknown": "Chưa xác định",
]

/// The Vietnamese name of an issuer level (several joined by " / ").
func issuerLevelLabel(_ level: String) -> String {
  level.split(separator: "|").map { issuerLevelLabels[String($0)] ?? String($0) }
    .joined(separator: " / ")
}

/// Vietnamese names of the parts of a period.
let periodPartLabels: [Period.Part: String] = [
  .h1: "6 tháng đầu năm", .h2: "6 tháng cuối năm", .q1: "Quý I", .q2: "Quý II", .q3: "Quý III",
  .q4: "Quý IV", .year: "Cả năm", .span: "Giai đoạn",
]

/// Vietnamese names of the kinds of recipients.
let recipientKindLabels: [Recipient.Kind: String] = [
  .individual: "Cá nhân", .collective: "Tập thể", .household: "Hộ gia đình",
]

/// Vietnamese names of the organisers' systems.
let systemLabels: [Organizer.System: String] = [
  .state: "Hội đồng Thi đua - Khen thưởng", .fatherlandFront: "Mặt trận Tổ quốc",
  .tradeUnion: "Công đoàn", .womenUnion: "Hội Liên hiệp Phụ nữ", .youthUnion: "Đoàn Thanh niên",
  .farmersUnion: "Hội Nông dân", .police: "Công an", .army: "Quân đội", .party: "Đảng",
  .other: "Khác",
]

/// `2023-11-20` as `20/11/2023`; other text as it is.
func vietnameseDate(_ day: Day?) -> String {
  guard let day else { return "" }
  let parts = day.description.split(separator: "-")
  return "\(parts[2])/\(parts[1])/\(parts[0])"
}

/// A horizontal bar chart as inline SVG: one labelled bar per item, its value at its end.
struct BarChart {
  var id: String
  var title: String
  var bars: [(label: String, value: Int)]
  var colour: String

  /// The SVG element (with a `<title>` for screen readers and one per bar as a tooltip).
  var svg: String {
    let labelWidth = 230
    let barArea = 330
    let rowHeight = 22
    let width = labelWidth + barArea + 50
    let height = max(1, bars.count) * rowHeight + 8
    let largest = max(1, bars.map(\.value).max() ?? 1)
    var out =
      "<svg id=\"\(id)\" class=\"chart\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" "
      + "width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
      + "<title>\(escapeHTML(title))</title>"
    if bars.isEmpty {
      out += "<text x=\"4\" y=\"18\" class=\"none\">Không có dữ liệu</text>"
    }
    for (index, bar) in bars.enumerated() {
      let y = index * rowHeight + 4
      let length = bar.value == 0 ? 0 : max(2, bar.value * barArea / largest)
      let label = bar.label.count > 34 ? String(bar.label.prefix(33)) + "…" : bar.label
      out += "<g class=\"bar\"><title>\(escapeHTML(bar.label)): \(bar.value)</title>"
      out +=
        "<text x=\"\(labelWidth - 6)\" y=\(quoted(y + 15)) text-anchor=\"end\">"
        + "\(escapeHTML(label))</text>"
      out +=
        "<rect x=\"\(labelWidth)\" y=\(quoted(y + 2)) width=\(quoted(length)) height=\"16\" "
        + "rx=\"2\" fill=\"\(colour)\"/>"
      out += "<text x=\(quoted(labelWidth + length + 5)) y=\(quoted(y + 15))>\(bar.value)</text>"
      out += "</g>"
    }
    return out + "</svg>"
  }

  private func quoted(_ number: Int) -> String { "\"\(number)\"" }
}

/// The style sheet shared by the report and the rendered exchange: readable on screen, plain in
/// print.
let sharedStyle = """
  :root { color-scheme: light; --ink: #1d2733; --muted: #5b6774; --line: #d8dee5;
    --accent: #b3261e; --band: #f5f7f9; }
  * { box-sizing: border-box; }
  body { font: 15px/1.5 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
    color: var(--ink); margin: 0 auto; max-width: 1240px; padding: 24px; }
  h1 { font-size: 1.6em; margin: 0 0 4px; }
  h2 { font-size: 1.25em; margin: 28px 0 8px; border-bottom: 2px solid var(--accent);
    padding-bottom: 4px; }
  h3 { font-size: 1.05em; margin: 18px 0 6px; }
  a { color: #0b57a4; }
  .muted { color: var(--muted); }
  table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
  th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left;
    vertical-align: top; }
  th { background: var(--band); }
  td.number, th.number { text-align: right; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 6px 0; }
  dt { color: var(--muted); }
  dd { margin: 0; }
  @media print { body { padding: 0; max-width: none; } a { color: inherit; }
    h2 { break-after: avoid; } tr, section.record { break-inside: avoid; } }
  """
