// One exchange as HTML: Vietnamese labels, everything escaped.

import Foundation
import Interchange
import PortalPage
import Records
import TestSupport
import Testing

@testable import Reports

@Suite struct RenderTests {
  @Test func everythingFromTheFileIsEscaped() {
    let hostile = "<script>alert('x')</script> & \"quotes\""
    let exchange = Exchange(
      source: Source(
        url: "javascript:alert(1)", sha256: String(repeating: "b", count: 64), encoding: "UTF-8",
        encodingSource: .meta, profile: .generic),
      article: Article(title: hostile, paragraphs: [hostile]),
      conferences: [
        Conference(
          id: "c-bbbbbbbbbbbb-1", title: hostile, kind: .ceremony,
          participants: [Person(name: hostile, positions: [hostile])], movements: [hostile])
      ],
      awards: [
        Award(
          id: "a-bbbbbbbbbbbb-1", decision: Decision(number: hostile, issuer: hostile),
          form: AwardForm(code: "other", name: hostile),
          recipients: Recipients(named: [Recipient(name: hostile, kind: .individual)]),
          reason: hostile, conference: "c-bbbbbbbbbbbb-1")
      ])
    let html = exchangePage(exchange, file: hostile)
    #expect(!html.contains("<script>"))
    #expect(!html.contains("href=\"javascript:"))
    #expect(
      html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
    let report = reportPage(
      RecordCollection(
        pages: [
          CollectedPage(exchange: exchange, file: "a b/#1.xml", files: [], input: nil, root: "/r")
        ],
        failures: [], files: 1),
      summary: Summary(RecordCollection(pages: [], failures: [], files: 0)),
      links: ReportLinks(reportFolder: "/r"))
    #expect(!report.contains("<script>alert"))
    #expect(report.contains("href=\"a%20b/%231.xml\""))
  }

  @Test func theSignerTheDetailAndAPosthumousAwardAreShown() throws {
    let url = samplesRoot.appendingPathComponent("exchange/valid/posthumous-signer.json")
    let exchange = try ExchangeJSON.decode(try #require(contents(of: url)))
    let html = exchangePage(exchange, file: "posthumous-signer.json")
    #expect(html.contains("<dt>Người ký</dt><dd>KT. Chủ tịch Phó Chủ tịch Trần Văn Bình</dd>"))
    #expect(html.contains("<td>Đội viên Đội Dân phòng (liệt sĩ); truy tặng</td>"))
    #expect(html.contains("<td>(thôn Đông)</td>"))
  }

  @Test func aSampleReadsWithVietnameseLabels() throws {
    let folder = samplesRoot.appendingPathComponent("records/award-state-orders-newspaper")
    let bytes = try #require(contents(of: folder.appendingPathComponent("expected.xml")))
    let exchange = try ExchangeXML.decode(bytes)
    let html = exchangePage(exchange, file: "expected.xml")
    for label in [
      "<html lang=\"vi\">", "Nguồn", "Bài viết", "Hội nghị (1)", "Khen thưởng (", "Quyết định",
      "số 1198/QĐ-CTN ngày 25/10/2023 của Chủ tịch nước", "Huân chương Lao động hạng Nhì",
      "Người, đơn vị được khen", "Lê Thị Thanh Nga", "Đại biểu", "Phan Đình Thiện",
      "Lễ trao tặng, đón nhận, kỷ niệm", "Chủ tịch nước",
    ] {
      #expect(html.contains(label), "missing \(label)")
    }
  }
}
