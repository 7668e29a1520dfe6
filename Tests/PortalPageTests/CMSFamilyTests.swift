// Unit tests of the rules for pages of CMS families the reader was not first written for:
// the family profiles, stamps in every common form, bylines at element boundaries, captions
// by general rules and recipient tables beside the paragraphs. Each page is written for its
// rule; the article texts are short sentences in the style of the portals.

import Foundation
import PortalPage
import TestSupport
import Testing

/// Reads a small page written for one rule.
private func read(_ html: String) throws -> PageReading {
  try PageReader().read(Array(html.utf8), file: "page.html")
}

private let sentence =
  "Hội nghị đã đánh giá kết quả công tác thi đua, khen thưởng, biểu dương các tập thể, cá nhân có thành tích xuất sắc trong năm qua."

// MARK: - Stamps

@Test(
  "Stamps: weekday dashes, month names, 'Đăng ngày' labels and times before the date",
  arguments: [
    ("Thứ sáu - 14/05/2021 08:30 769 0", "2021-05-14", "Thứ sáu - 14/05/2021 08:30"),
    ("15:24 - 26/01/2024", "2024-01-26", "15:24 - 26/01/2024"),
    ("Thứ Tư, 13/03/2024 10:15", "2024-03-13", "Thứ Tư, 13/03/2024 10:15"),
    ("Thứ năm, 14 Tháng 5 2021 08:30", "2021-05-14", "Thứ năm, 14 Tháng 5 2021 08:30"),
    (
      "Được đăng ngày Thứ năm, 14 Tháng 5 2021 08:30", "2021-05-14",
      "Được đăng ngày Thứ năm, 14 Tháng 5 2021 08:30"
    ),
    ("22 Tháng 4, 2021", "2021-04-22", "22 Tháng 4, 2021"),
    ("Ngày đăng: 22 tháng 4 2021 Lượt xem: 654", "2021-04-22", "Ngày đăng: 22 tháng 4 2021"),
    ("Đăng ngày 12/03/2024", "2024-03-12", "Đăng ngày 12/03/2024"),
    ("Đăng ngày: 5.3.2024", "2024-03-05", "Đăng ngày: 5.3.2024"),
    ("05-03-2024 | 09:12", "2024-03-05", "05-03-2024 | 09:12"),
    ("Chủ nhật - 03/11/2024", "2024-11-03", "Chủ nhật - 03/11/2024"),
    ("Cập nhật ngày 5 tháng 3 năm 2021", "2021-03-05", "Cập nhật ngày 5 tháng 3 năm 2021"),
    ("10:15 | 13/03/2024", "2024-03-13", "10:15 | 13/03/2024"),
    ("Thời sự - 13/03/2024", "2024-03-13", "13/03/2024"),
  ])
func familyStamps(_ line: String, _ iso: String, _ printed: String) throws {
  let phrase = try #require(Stamps.phrase(in: line))
  #expect(phrase.date.iso == iso)
  #expect(phrase.text == printed)
}

@Test("Stamps: an info line of labelled fields gives its date and its author")
func infoLineFields() throws {
  let line = Stamps.separatingFields(
    "Tác giả: Quốc Chính .Ngày đăng: 18/01/2022 .Lượt xem: 247 lượt.")
  #expect(Stamps.isStampLine(line))
  let phrase = try #require(Stamps.phrase(in: line))
  #expect(phrase.date.iso == "2022-01-18")
  #expect(phrase.text == "Ngày đăng: 18/01/2022")
  let html = """
    <html><body><div class="news-detail"><h1>Vĩnh Điện tổ chức Hội nghị tổng kết phong trào thi đua yêu nước năm 2021</h1>
    <div class="news-info">Tác giả: Quốc Chính .Ngày đăng: 18/01/2022 .Lượt xem: 247 lượt.</div>
    \(body)</div></body></html>
    """
  let article = try read(html).article
  #expect(article.published == "2022-01-18")
  #expect(article.author == "Quốc Chính")
  // A sentence is still no stamp line, counter words or not.
  #expect(
    !Stamps.isStampLine(
      "Ngày 18/01/2022, hội nghị đã đánh giá kết quả công tác thi đua của các đơn vị trong năm qua và lượt xem xét."
    ))
}

@Test("Stamps: a month named in words needs a real day and a four-digit year")
func monthNamedDates() {
  #expect(Stamps.parse("5 tháng 3 năm 2021")?.iso == "2021-03-05")
  #expect(Stamps.parse("22 THÁNG 4, 2021")?.iso == "2021-04-22")
  #expect(Stamps.parse("31 tháng 2, 2021") == nil)
  #expect(Stamps.parse("trong 12 tháng 3 năm qua") == nil)
  #expect(Stamps.parse("5 tháng 3 20215") == nil)
}

// MARK: - Profiles

/// A page body long enough for every content selector.
private let body = "<p>\(sentence)</p><p>\(sentence)</p><p>\(sentence)</p>"

@Test(
  "Profiles: each CMS family is recognised, recorded as a schema profile and named in inspect",
  arguments: [
    (
      "<meta name=\"generator\" content=\"Joomla! - Open Source Content Management\">",
      "<div class=\"item-page\"><div itemprop=\"articleBody\">\(body)</div></div>",
      Profile.joomla.name, "generic"
    ),
    (
      "<meta name=\"Generator\" content=\"Drupal 10 (https://www.drupal.org)\">",
      "<article class=\"node\"><div class=\"field field--name-body\">\(body)</div></article>",
      Profile.drupal.name, "generic"
    ),
    (
      "",
      "<div id=\"dnn_ContentPane\"><div class=\"DnnModule\"><div id=\"dnn_ctr5_lblContent\">\(body)</div></div></div>",
      Profile.dotNetNuke.name, "generic"
    ),
    (
      "<meta name=\"generator\" content=\"NukeViet v4.5\">",
      "<div id=\"news-bodyhtml\" class=\"bodytext\">\(body)</div>", Profile.nukeViet.name,
      "generic"
    ),
    (
      "<meta name=\"generator\" content=\"WordPress 6.4\">",
      "<div class=\"entry-content\">\(body)</div>", Profile.wordPress.name, "generic"
    ),
    (
      "<meta content='blogger' name='generator'/>",
      "<div class='post-outer'><div class='post-body entry-content'>\(body)</div></div>",
      Profile.blogger.name, "generic"
    ),
    (
      "<meta name=\"generator\" content=\"VNPT Portal\">",
      "<div class=\"news-detail\"><div class=\"noidung\">\(body)</div></div>",
      Profile.eGovernment.name, "generic"
    ),
    (
      "<script id=\"__NEXT_DATA__\" type=\"application/json\">{}</script>",
      "<div id=\"__next\"><main><div class=\"Article_body__x1\">\(body)</div></main></div>",
      Profile.hydrated.name, "news"
    ),
    (
      "<meta property=\"og:type\" content=\"article\"><meta property=\"article:published_time\" content=\"2024-03-05\"><meta name=\"generator\" content=\"WordPress 6.4\">",
      "<div class=\"entry-content\">\(body)</div>", Profile.wordPress.name, "news"
    ),
  ])
func familyProfiles(_ head: String, _ content: String, _ family: String, _ profile: String)
  throws
{
  let html = """
    <html><head><title>Tiêu đề</title>\(head)</head><body><nav><a href="/">Trang chủ</a></nav>
    <h1>Khối thi đua tổng kết công tác năm 2024</h1>\(content)</body></html>
    """
  let reading = try read(html)
  #expect(reading.explanation.family == family)
  #expect(reading.source.profile.rawValue == profile)
  #expect(reading.explanation.description.contains(family))
  #expect(reading.article.paragraphs.count == 3)
}

@Test("Profiles: AMP pages, with amp-img pictures and their captions")
func ampPage() throws {
  let html = """
    <!doctype html><html amp lang="vi"><head><meta charset="utf-8"><title>Trang AMP</title></head>
    <body><h1>Cụm thi đua ký kết giao ước năm 2024</h1><div class="article-body">\(body)
    <figure><amp-img src="/a.jpg" width="800" height="533" layout="responsive"></amp-img>
    <figcaption>Các đơn vị ký kết giao ước thi đua.</figcaption></figure></div></body></html>
    """
  let reading = try read(html)
  #expect(reading.explanation.family == Profile.amp.name)
  #expect(reading.source.profile == .news)
  #expect(
    reading.article.images == [.init(src: "/a.jpg", caption: "Các đơn vị ký kết giao ước thi đua.")]
  )
}

@Test("Mirrors: an HTTrack copy says where it was mirrored from, whatever its layout")
func mirrorSignature() throws {
  let html = """
    <html>
    <!-- Mirrored from www.example.gov.vn/tin/123.html by HTTrack Website Copier/3.x [XR&CO'2014], Tue, 05 Mar 2024 08:12:33 GMT -->
    <head><title>Cổng thông tin</title></head><body><h1>Hội nghị tổng kết năm 2023</h1>\(body)
    </body></html>
    """
  let reading = try read(html)
  #expect(reading.explanation.family?.contains("HTTrack") == true)
  #expect(reading.explanation.family?.contains("www.example.gov.vn/tin/123.html") == true)
  #expect(reading.explanation.notes.contains { $0.contains("HTTrack") })
  let saved = try read(
    "<!-- saved from url=(0045)https://www.example.gov.vn/tin/456.html -->\n<html><body><h1>Hội nghị tổng kết năm 2023</h1>\(body)</body></html>"
  )
  #expect(
    saved.explanation.family?.hasSuffix("from https://www.example.gov.vn/tin/456.html") == true)
  // A page that is no mirror says nothing of the kind.
  let plain = try read("<html><body><h1>Hội nghị tổng kết</h1>\(body)</body></html>")
  #expect(plain.explanation.family == nil)
}

// MARK: - Published dates

@Test("Published: meta, JSON-LD, <time datetime> and a hydrated page's data, in that order")
func machineDates() throws {
  func published(_ head: String, _ extra: String = "") throws -> Day? {
    let html = """
      <html><head><title>Tin</title>\(head)</head><body><h1>Hội nghị tổng kết năm 2023</h1>
      \(extra)\(body)</body></html>
      """
    return try read(html).article.published
  }
  #expect(
    try published(
      "<meta property=\"article:published_time\" content=\"2024-01-26T15:24:00+07:00\">")
      == "2024-01-26")
  #expect(try published("<meta name=\"dcterms.created\" content=\"2023-11-22\">") == "2023-11-22")
  #expect(
    try published(
      "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"dateCreated\":\"2022-12-12\"}</script>"
    ) == "2022-12-12")
  #expect(
    try published(
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\": null, \"x\": {\"datePublished\":\"2024-03-25T15:18:00+07:00\"}}</script>"
    ) == "2024-03-25")
  #expect(
    try published("", "<time datetime=\"2025-09-05T09:42:00+07:00\">sáng nay</time>")
      == "2025-09-05")
  #expect(
    try published(
      "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":{\"article\":{\"publishedAt\":\"2025-08-19T08:27:00Z\"}}}}</script>"
    ) == "2025-08-19")
  #expect(try published("") == nil)
  // Escapes in the page data are decoded (the headline of a hydrated page).
  let escaped = """
    <html><head><title>Tin</title><script type="application/ld+json">{"@type":"NewsArticle",
    "headline":"L\\u1ec5 \\"đón nhận\\" Hu\\u00e2n chương"}</script></head>
    <body>\(body)</body></html>
    """
  #expect(try read(escaped).article.title == "Lễ \"đón nhận\" Huân chương")
}

@Test("Published: a stamp in the headline's table, not a date in the site's header")
func legacyTableStamp() throws {
  let html = """
    <html><body><table width="980"><tr><td bgcolor="#003366"><font face="Arial">Thứ Ba, 03/12/2026</font></td></tr></table>
    <table width="780"><tr><td><font face="Arial" size="1">08:08, 19/08/2014</font></td></tr>
    <tr><td><font size="4"><b>Công an tỉnh tổ chức lễ trao tặng Huân chương</b></font></td></tr>
    <tr><td><font face="Times New Roman">\(sentence) \(sentence)</font></td></tr>
    <tr><td><font face="Times New Roman">\(sentence)</font></td></tr></table></body></html>
    """
  let article = try read(html).article
  #expect(article.title == "Công an tỉnh tổ chức lễ trao tặng Huân chương")
  #expect(article.published == "2014-08-19")
  #expect(article.publishedText == "08:08, 19/08/2014")
}

// MARK: - Bylines

@Test("Bylines: labels, photo credits, separators, and lines that are never an author")
func familyBylines() throws {
  func author(_ last: String, _ more: String = "") throws -> String? {
    let html = """
      <html><body><article><h1>Một tiêu đề đủ dài của bài viết</h1><p>\(sentence)</p>
      <p>\(sentence)</p>\(last)\(more)</article></body></html>
      """
    return try read(html).article.author
  }
  #expect(try author("<p>Bài, ảnh: Thu Hà</p>") == "Thu Hà")
  #expect(try author("<p>Tin, ảnh: Thanh Hương</p>") == "Thanh Hương")
  #expect(
    try author("<p style=\"text-align:right\"><b>Minh Đức, ảnh Quang Huy</b></p>") == "Minh Đức")
  #expect(try author("<p>Bài: Thu Hà - Ảnh: Minh Đức</p>") == "Thu Hà")
  #expect(try author("<p style=\"text-align:right\">| Hoàng Gia |</p>") == "Hoàng Gia")
  #expect(try author("<p>Tác giả bài viết: Lan Anh</p>") == "Lan Anh")
  #expect(try author("<p><strong>NGỌC MINH</strong></p>") == "NGỌC MINH")
  #expect(try author("<p style=\"text-align:right\"><b>Nguồn: Báo Bình Thuận</b></p>") == nil)
  #expect(try author("<p style=\"text-align:right\"><b>Theo Báo Lạng Sơn</b></p>") == nil)
  #expect(try author("<p style=\"text-align:right\"><b>Đăng ngày 12/03/2024</b></p>") == nil)
  #expect(try author("<p style=\"text-align:right\"><b>769 0</b></p>") == nil)
}

@Test("Bylines: read at a line break of the last paragraph, never from the sentence before it")
func bylineAfterBreak() throws {
  let html = """
    <html><body><article><h1>Một tiêu đề đủ dài của bài viết</h1><p>\(sentence)</p>
    <p>\(sentence)<br>Thu Trang</p></article></body></html>
    """
  let article = try read(html).article
  #expect(article.author == "Thu Trang")
  #expect(article.paragraphs.last == sentence)
  // A line break inside a sentence is not a byline.
  let broken = """
    <html><body><article><h1>Một tiêu đề đủ dài của bài viết</h1><p>\(sentence)</p>
    <p>Các đơn vị được tặng Cờ thi đua gồm<br>Trường Tiểu học Kim Đồng</p></article></body></html>
    """
  #expect(try read(broken).article.author == nil)
}

@Test("Bylines: the counters beside a stamp are not an author")
func countersBesideStamp() throws {
  let html = """
    <html><body><div class="news"><h1>Huyện có thêm 1 tập thể được nhận cờ thi đua</h1>
    <div><span>Thứ sáu - 14/05/2021 08:30</span> 769 0</div>\(body)</div></body></html>
    """
  let article = try read(html).article
  #expect(article.published == "2021-05-14")
  #expect(article.author == nil)
}

// MARK: - Captions

@Test("Captions: wp-caption, a table's caption row, an italic line and a hero figure above the h1")
func familyCaptions() throws {
  let html = """
    <html><body><main><article>
    <figure class="hero"><img src="/hero.jpg"><figcaption>Toàn cảnh hội nghị.</figcaption></figure>
    <h1>Hội nghị tổng kết công tác thi đua năm 2023</h1><div class="content">\(body)
    <div class="wp-caption aligncenter"><img src="/a.jpg"><p class="wp-caption-text">Đồng chí A phát biểu.</p></div>
    <p>\(sentence)</p>
    <table><tr><td><img src="/b.jpg"></td></tr><tr><td>Trao Bằng khen cho các tập thể.</td></tr></table>
    <p>\(sentence)</p>
    <div><img src="/d.jpg"></div><div class="image_desc">Quang cảnh buổi lễ</div>
    <p>\(sentence)</p>
    <p style="text-align:center"><img src="/c.jpg"><br><em>Các đại biểu dự hội nghị |</em></p>
    <p>\(sentence)</p></div></article></main></body></html>
    """
  let images = try read(html).article.images
  #expect(
    images == [
      .init(src: "/hero.jpg", caption: "Toàn cảnh hội nghị."),
      .init(src: "/a.jpg", caption: "Đồng chí A phát biểu."),
      .init(src: "/b.jpg", caption: "Trao Bằng khen cho các tập thể."),
      .init(src: "/d.jpg", caption: "Quang cảnh buổi lễ"),
      .init(src: "/c.jpg", caption: "Các đại biểu dự hội nghị"),
    ])
}

@Test("Captions: a site logo above the headline is no hero image")
func logoIsNoHero() throws {
  let html = """
    <html><body><div class="header"><img src="/logo.png"></div>
    <h1>Hội nghị tổng kết công tác thi đua năm 2023</h1><div class="content">\(body)</div></body></html>
    """
  #expect(try read(html).article.images.isEmpty)
}

// MARK: - Main content

@Test("Main content: a recipient table beside the paragraphs stays in the article")
func recipientTable() throws {
  let html = """
    <html><body><div class="menu"><a href="/">Trang chủ</a></div><div id="page">
    <h1>Quyết định tặng Bằng khen của Chủ tịch UBND tỉnh</h1>
    <div class="text"><p>\(sentence)</p><p>\(sentence)</p>
    <p>Chủ tịch UBND tỉnh tặng Bằng khen cho các cá nhân sau:</p></div>
    <table><tr><td>STT</td><td>Họ và tên</td><td>Chức vụ</td></tr>
    <tr><td>1</td><td>Nguyễn Văn An</td><td>Giám đốc Sở Nội vụ</td></tr>
    <tr><td>2</td><td>Lê Thị Bình</td><td>Trưởng phòng</td></tr></table>
    </div><div class="footer">Bản quyền thuộc về UBND tỉnh</div></body></html>
    """
  let paragraphs = try read(html).article.paragraphs
  #expect(paragraphs.contains("1 | Nguyễn Văn An | Giám đốc Sở Nội vụ"))
  #expect(paragraphs.contains("2 | Lê Thị Bình | Trưởng phòng"))
  #expect(paragraphs.first == sentence)
}

// MARK: - The development set's CMS pages

/// The CMS-family cases of the development set.
let cmsCases: [String] = sampleCases("eval").map(\.lastPathComponent).filter {
  $0.hasPrefix("cms-")
}

@Test(
  "CMS-family samples: the source profile and the article of their expected.json",
  .enabled(if: !cmsCases.isEmpty), arguments: cmsCases)
func cmsSampleArticle(_ name: String) throws {
  let folder = samplesRoot.appendingPathComponent("eval").appendingPathComponent(name)
  let bytes = try #require(contents(of: folder.appendingPathComponent("input.html")))
  let json = try #require(contents(of: folder.appendingPathComponent("expected.json")))
  let expected = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
  let source = try #require(expected["source"] as? [String: Any])
  let article = try #require(expected["article"] as? [String: Any])
  let reading = try PageReader().read(bytes, file: "Samples/eval/\(name)/input.html")
  #expect(reading.source.profile.rawValue == source["profile"] as? String)
  #expect(reading.source.encoding == source["encoding"] as? String)
  #expect(reading.source.url == source["url"] as? String)
  #expect(reading.article.title == article["title"] as? String)
  #expect(reading.article.published?.description == article["published"] as? String)
  #expect(reading.article.publishedText == article["publishedText"] as? String)
  #expect(reading.article.author == article["author"] as? String)
  #expect(reading.article.lead == article["lead"] as? String)
  #expect(reading.article.paragraphs == (article["paragraphs"] as? [String] ?? []))
  let images = (article["images"] as? [[String: Any]] ?? []).map {
    Article.Image(src: $0["src"] as? String, caption: $0["caption"] as? String)
  }
  #expect(reading.article.images == images)
}

// MARK: - Rules found on the development set

@Test("Stamps: month first only when the day cannot be first, with an English weekday and label")
func monthFirstStamp() throws {
  let phrase = try #require(Stamps.phrase(in: "Create: Mon, 11/13/2017 - 23:22"))
  #expect(phrase.date.iso == "2017-11-13")
  #expect(phrase.text == "Create: Mon, 11/13/2017 - 23:22")
  // Both readings possible: day first, as Vietnamese pages write it.
  #expect(Stamps.parse("05/03/2024")?.iso == "2024-03-05")
  #expect(Stamps.parse("13/13/2017") == nil)
}

@Test("Stamps: a paper's tag beside the stamp is no author; a date column of a list is no stamp")
func stampNeighbours() throws {
  let tagged = """
    <html><body><div class="print"><h1>Lấy ý kiến nhân dân về các tập thể, cá nhân</h1>
    <div><span>HNMO</span> <span>06/02/2024 - 06:13</span></div>\(body)</div></body></html>
    """
  let article = try read(tagged).article
  #expect(article.published == "2024-02-06")
  #expect(article.author == nil)
  let list = """
    <html><body><h1>Văn bản quy phạm pháp luật</h1><table>
    <tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>
    <tr><td>70/2016/QĐ-UBND</td><td>14/10/2016</td><td>Về việc ban hành Quy định việc lập dự toán, sử dụng và thanh quyết toán kinh phí</td></tr>
    <tr><td>40/2016/QĐ-UBND</td><td>14/10/2016</td><td>V/v Đặt tên, số hiệu đường Tỉnh lộ, tỉnh Hà Nam và các tuyến đường liên quan</td></tr>
    </table></body></html>
    """
  #expect(try read(list).article.published == nil)
}

@Test("Main content: a one-paragraph story keeps its subheading and byline")
func oneParagraphStory() throws {
  let html = """
    <html><body><div class="menu"><a href="/">Trang chủ</a></div><div class="main">
    <h1>Miền Trung ứng phó áp thấp nhiệt đới</h1><div class="post-body">
    <p><strong>Cảnh báo lũ quét, sạt lở đất</strong></p><p>\(sentence) \(sentence) \(sentence)</p>
    <p style="text-align: right;"><strong>V.Duẩn</strong></p></div></div></body></html>
    """
  let article = try read(html).article
  #expect(article.author == "V.Duẩn")
  #expect(
    article.paragraphs == ["Cảnh báo lũ quét, sạt lở đất", "\(sentence) \(sentence) \(sentence)"])
}

@Test(
  "Lead: an element named as a sapo is the lead on any page, not a header block above the title")
func generalLead() throws {
  let lead =
    "Sáng 25/3, Khối thi đua 8 tổ chức Hội nghị phát động và ký kết giao ước thi đua năm 2024."
  let html = """
    <html><body><div class="top-sapo">Cổng thông tin điện tử của tỉnh, nơi đăng tải tin tức</div>
    <h1>Khối thi đua 8 phát động ký kết thi đua năm 2024</h1><div class="box-sapo">\(lead)</div>
    <div class="content">\(body)</div></body></html>
    """
  let article = try read(html).article
  #expect(article.lead == lead)
  #expect(article.paragraphs.count == 3)
}

@Test("Stamps: in a tool bar with share buttons between headline and text, never in a menu")
func stampInToolBar() throws {
  let html = """
    <html><body><nav><span>Thứ Ba, 03/12/2026</span></nav><div class="detail">
    <h1>Khối thi đua ký kết giao ước thi đua năm 2024</h1>
    <div class="article-tools"><span class="date">13/03/2024 10:15</span> <a href="#">Chia sẻ</a></div>
    <div class="content">\(body)</div></div></body></html>
    """
  let article = try read(html).article
  #expect(article.published == "2024-03-13")
  #expect(article.paragraphs.count == 3)
}

@Test("Stamps and bylines above the headline: a news template's meta line, not the site header")
func stampAboveHeadline() throws {
  let html = """
    <html><body><div class="header"><span class="today">Thứ Ba, 03/12/2026</span></div>
    <div class="detail"><div class="meta"><a href="/thoi-su">Thời sự</a></div>
    <div class="meta-date">Thứ Tư, 13/03/2024 10:15</div>
    <h1>Khối thi đua ký kết giao ước thi đua năm 2024</h1>
    <div class="author-name">Thu Hà</div>
    <div class="content">\(body)</div></div></body></html>
    """
  let article = try read(html).article
  #expect(article.published == "2024-03-13")
  #expect(article.publishedText == "Thứ Tư, 13/03/2024 10:15")
  #expect(article.author == "Thu Hà")
  // The header's date alone is not the page's stamp.
  let header = """
    <html><body><div class="top"><span>Thứ Ba, 03/12/2026</span></div>
    <h1>Khối thi đua ký kết giao ước thi đua năm 2024</h1><div class="content">\(body)</div>
    </body></html>
    """
  #expect(try read(header).article.published == nil)
}

@Test("Bylines: label words alone, numbers and one word beside a stamp name nobody")
func notNames() throws {
  func author(_ last: String) throws -> String? {
    let html = """
      <html><body><article><h1>Một tiêu đề đủ dài của bài viết</h1><p>\(sentence)</p>
      <p>\(sentence)</p>\(last)</article></body></html>
      """
    return try read(html).article.author
  }
  #expect(try author("<p style=\"text-align:right\"><b>Tác giả</b></p>") == nil)
  #expect(try author("<div class=\"byline\">By</div>") == nil)
  #expect(try author("<p style=\"text-align:right\"><b>Post Views: 111</b></p>") == nil)
  #expect(try author("<p style=\"text-align:right\"><b>(1 bình luận)</b></p>") == nil)
  #expect(try author("<p style=\"text-align:right\"><b>Phòng Nội vụ</b></p>") == "Phòng Nội vụ")
  let stamp = """
    <html><body><div class="news"><h1>Một tiêu đề đủ dài của bài viết</h1>
    <div>Admin 10/08/2023 11:05</div>\(body)</div></body></html>
    """
  #expect(try read(stamp).article.author == nil)
}

@Test("Stamps: after an English CMS label the month comes first")
func englishLabelMonthFirst() throws {
  let phrase = try #require(Stamps.phrase(in: "Create: T4, 08/02/2023 - 16:19"))
  #expect(phrase.date.iso == "2023-08-02")
  #expect(Stamps.phrase(in: "Thứ Tư, 08/02/2023 - 16:19")?.date.iso == "2023-02-08")
}

@Test("Bylines: a writer's position after the name; a section heading and a creation stamp")
func bylinePositions() throws {
  func author(_ last: String) throws -> String? {
    let html = """
      <html><body><article><h1>Một tiêu đề đủ dài của bài viết</h1><p>\(sentence)</p>
      <p>\(sentence)</p>\(last)</article></body></html>
      """
    return try read(html).article.author
  }
  #expect(
    try author(
      "<p style=\"text-align:right\"><b>Võ Linh Trang, Chuyên viên Ban Thi đua - Khen thưởng tỉnh</b></p>"
    ) == "Võ Linh Trang")
  #expect(try author("<h3>MỚI - NÓNG</h3>") == nil)
}

@Test("Captions: a figcaption's credit paragraph belongs to the caption")
func figcaptionCredit() throws {
  let html = """
    <html><body><article><h1>Một tiêu đề đủ dài của bài viết</h1><p>\(sentence)</p>
    <figure><img src="a.jpg"><figcaption><p>Đơn vị được trao tặng Huân chương</p><p>ẢNH: VT</p></figcaption></figure>
    <p>\(sentence)</p><p>\(sentence)</p></article></body></html>
    """
  #expect(
    try read(html).article.images.first?.caption == "Đơn vị được trao tặng Huân chương ẢNH: VT")
}

// MARK: - Rules found on pages of unseen families

@Test(
  "Stamps: months written as words, day first or month first, as Vietnamese locales print them",
  arguments: [
    ("Thứ Tư, 28 Tháng Mười Một 2018 03:35", "2018-11-28", "Thứ Tư, 28 Tháng Mười Một 2018 03:35"),
    ("Chủ Nhật, 2 Tháng Tư 2017 10:21", "2017-04-02", "Chủ Nhật, 2 Tháng Tư 2017 10:21"),
    ("Thứ Tư, 3 Tháng Năm 2017 02:06", "2017-05-03", "Thứ Tư, 3 Tháng Năm 2017 02:06"),
    ("06:40 Thứ 6 01 Tháng mười một 2019", "2019-11-01", "06:40 Thứ 6 01 Tháng mười một 2019"),
    ("Tháng Mười Một 27,2019", "2019-11-27", "Tháng Mười Một 27,2019"),
    ("Tháng Mười Hai 4, 2020", "2020-12-04", "Tháng Mười Hai 4, 2020"),
    ("Tháng Một 5, 2021", "2021-01-05", "Tháng Một 5, 2021"),
    ("ngày 5 tháng Ba năm 2020", "2020-03-05", "ngày 5 tháng Ba năm 2020"),
  ])
func monthWordStamps(_ line: String, _ iso: String, _ printed: String) throws {
  #expect(Stamps.isStampLine(line))
  let phrase = try #require(Stamps.phrase(in: line))
  #expect(phrase.date.iso == iso)
  #expect(phrase.text == printed)
}

@Test("Stamps: a month and a year without a day, or a month word that is no month, are no date")
func monthWordsWithoutDay() {
  #expect(Stamps.parse("Tháng Mười 2019") == nil)
  #expect(Stamps.parse("Tháng Mười Một") == nil)
  #expect(Stamps.parse("5 tháng ba mươi năm") == nil)
}

@Test("Titles: a WebForms label named as a title beats a side box's heading above the text")
func labelTitle() throws {
  let html = """
    <html><head><title>Ban Thi đua - Khen thưởng Trung ương</title></head><body><table><tr>
    <td valign="top"><div class="box"><div class="boxTitle">Hình thức khen thưởng</div>
    <ul><li><a href="/1">Huân chương Hồ Chí Minh</a></li><li><a href="/2">Huân chương Độc lập</a></li></ul></div></td>
    <td valign="top"><div class="detail"><span id="ctl00_lblTitle" class="titleDetail">Giới thiệu về huân chương Sao vàng</span>
    <div class="view"><span>6232 lượt xem</span></div>
    <div class="contentDetail"><p>\(sentence)</p><p>\(sentence)</p><p>\(sentence)</p></div></div></td>
    </tr></table></body></html>
    """
  #expect(try read(html).article.title == "Giới thiệu về huân chương Sao vàng")
}

@Test("Stamps: the stamp printed under a video's description, after the main text")
func stampAfterDescription() throws {
  let html = """
    <html><body><div class="video-detail"><div class="video-info"><h1>Học Bác Hồ từ cách khen thưởng</h1>
    <div class="video-desc">\(sentence) \(sentence) \(sentence)</div>
    <div class="video-meta"><span>20:34 - 02/11/2021</span></div></div></div>
    <div class="footer">Ngày 03/11/2021</div></body></html>
    """
  let article = try read(html).article
  #expect(article.published == "2021-11-02")
  #expect(article.publishedText == "20:34 - 02/11/2021")
  #expect(article.lead == "\(sentence) \(sentence) \(sentence)")
}

@Test("Chrome: a class saying what an element lacks ('no-share') does not make it chrome")
func negatedChromeClass() throws {
  let html = """
    <html><head><meta name="generator" content="WordPress 5.8.2"></head><body><article class="post">
    <h1 class="jeg_post_title">Bà mẹ Việt Nam anh hùng học cách sống chung với nỗi đau</h1>
    <div class="entry-content no-share"><div class="content-inner"><p>\(sentence) \(sentence)</p></div></div>
    <div class="share-buttons"><a href="#">Chia sẻ</a></div></article></body></html>
    """
  #expect(try read(html).article.paragraphs == ["\(sentence) \(sentence)"])
}

@Test("Leads: a sentence in a sub-heading right under the headline; a caption row is no lead")
func headingLead() throws {
  let html = """
    <html><body><main><h1 class="bm_Eb">Tặng Bằng khen cho 25 tập thể và cá nhân</h1>
    <h3 class="bm_Cl">\(sentence)</h3><div class="bm_Bk"><p>\(sentence)</p><p>Xem quyết định tại đây.</p></div>
    </main></body></html>
    """
  let article = try read(html).article
  #expect(article.lead == sentence)
  #expect(article.paragraphs == [sentence, "Xem quyết định tại đây."])
  let photo = """
    <html><body><div class="detail"><h1>Thi đua là không lùi bước</h1><div class="detail-content">
    <table><tr><td><img src="/a.jpg"></td></tr><tr><td class="image_desc">\(sentence)</td></tr></table>
    <p>\(sentence)</p><p>\(sentence)</p></div></div></body></html>
    """
  let story = try read(photo).article
  #expect(story.lead == nil)
  #expect(story.images.first?.caption == sentence)
}

@Test(
  "Bylines: compilers' notes, agencies after a slash, units after the names, signatures in parentheses",
  arguments: [
    ("<p style=\"text-align:right\"><strong>Ngọc Hà (tổng hợp)</strong></p>", "Ngọc Hà"),
    ("<p style=\"text-align:right\"><strong>Ngọc Hà/TTXVN</strong></p>", "Ngọc Hà"),
    ("<p style=\"text-align:right\"><strong>Thu Hà/Báo Tin tức</strong></p>", "Thu Hà"),
    (
      "<p style=\"text-align:right\"><strong>Hồ Hà - Minh Tâm (Trung tâm VH-TT)</strong></p>",
      "Hồ Hà - Minh Tâm (Trung tâm VH-TT)"
    ),
    ("<p>(Q.LÂM)</p>", "Q.LÂM"),
    ("<p style=\"text-align:right\"><strong>H.Thanh</strong></p>", "H.Thanh"),
  ])
func creditedBylines(_ last: String, _ author: String) throws {
  let html = """
    <html><body><article><h1>Một tiêu đề đủ dài của bài viết</h1><p>\(sentence)</p>
    <p>\(sentence)</p>\(last)</article></body></html>
    """
  #expect(try read(html).article.author == author)
}

@Test("Bylines: an agency credit and a source address are no author and no paragraph")
func agencyCredit() throws {
  let html = """
    <html><body><article><h1>Một tiêu đề đủ dài của bài viết</h1><p>\(sentence)</p>
    <p>\(sentence)</p><p><strong>TTXVN/Báo Tin tức và Dân tộc</strong></p>
    <p>Nguồn Tin Tức TTXVN: https://baotintuc.vn/infographics/thong-tan-xa-viet-nam-vinh-du-don-nhan-huan-chuong-ho-chi-minh-lan-thu-3-20250915061133942.htm</p>
    </article></body></html>
    """
  let article = try read(html).article
  #expect(article.author == nil)
  #expect(article.paragraphs == [sentence, sentence])
}

@Test("Bylines: a signature in parentheses ends the last paragraph of a brief")
func trailingSignature() throws {
  let html = """
    <html><body><article><h1>Tin vắn</h1><p>\(sentence)</p>
    <p>\(sentence) (Q.LÂM)</p></article></body></html>
    """
  let article = try read(html).article
  #expect(article.author == "Q.LÂM")
  #expect(article.paragraphs == [sentence, sentence])
  let source = """
    <html><body><article><h1>Tin vắn</h1><p>\(sentence)</p>
    <p>\(sentence) (TTXVN)</p></article></body></html>
    """
  #expect(try read(source).article.author == nil)
}

@Test("Stamps: a category label run into the date by inline markup is not part of the stamp")
func labelRunIntoDate() throws {
  let phrase = try #require(Stamps.phrase(in: "Tin tức07/09/2023 10:25"))
  #expect(phrase.date.iso == "2023-09-07")
  #expect(phrase.text == "07/09/2023 10:25")
}

@Test("Bylines: a box heading after the article ('MỚI - NÓNG') ends the text and names nobody")
func boxHeadingAfterText() throws {
  let html = """
    <html><body><div class="article"><h1>Truy tặng danh hiệu cho 831 Mẹ Việt Nam Anh hùng</h1>
    <div class="article-body"><p>\(sentence)</p><p>\(sentence)</p></div></div>
    <p>\(sentence)</p>
    <div class="box-hot"><h3 class="box-title">MỚI - NÓNG</h3><ul><li><a href="/1">Một tin khác của chuyên mục</a></li></ul></div>
    </body></html>
    """
  let article = try read(html).article
  #expect(article.author == nil)
  #expect(article.paragraphs == [sentence, sentence, sentence])
}

@Test("Blogger: the post title beats the blog's name in the header; the author in the post footer")
func bloggerPost() throws {
  let html = """
    <html><head><meta content='blogger' name='generator'/><title>Trường Tiểu học Kim Đồng: Lễ đón nhận Cờ thi đua của UBND tỉnh</title></head>
    <body><div class='header-outer'><h1 class='title'>Trường Tiểu học Kim Đồng</h1></div>
    <div class='blog-posts hfeed'><div class='date-outer'><h2 class='date-header'><span>Thứ Năm, 12 tháng 3, 2020</span></h2>
    <div class='post-outer'><div class='post hentry'>
    <h3 class='post-title entry-title'>Lễ đón nhận Cờ thi đua của UBND tỉnh</h3>
    <div class='post-body entry-content'><div>\(sentence)</div><div>\(sentence)</div></div>
    <div class='post-footer'><div class='post-footer-line'><span class='post-author vcard'>Đăng bởi <span class='fn' itemprop='author'><span itemprop='name'>Nguyễn Thị Hoa</span></span></span>
    <span class='post-timestamp'>vào lúc <a class='timestamp-link' href='#'>09:15</a></span> <span class='post-comment-link'><a href='#'>Không có nhận xét nào:</a></span></div></div>
    </div></div></div></div>
    <div class='footer-outer'><span class='author'>Thiết kế bởi Blogger</span></div></body></html>
    """
  let article = try read(html).article
  #expect(article.title == "Lễ đón nhận Cờ thi đua của UBND tỉnh")
  #expect(article.published == "2020-03-12")
  #expect(article.author == "Nguyễn Thị Hoa")
  #expect(article.paragraphs == [sentence, sentence])
}

@Test("Titles and stamps: a headline div opening the main text; a date span on the headline's line")
func headlineInTheText() throws {
  let capitals = """
    <html><head><title>Ban Quản lý các khu công nghiệp tỉnh Bắc Kạn</title></head><body>
    <div class="news-view"><div class="news-title">KHỐI THI ĐUA TỔ CHỨC HỘI NGHỊ SƠ KẾT 6 THÁNG ĐẦU NĂM</div>
    <div class="news-date">2023-07-10 08:07:56</div><div class="news-content"><p>\(sentence)</p><p>\(sentence)</p></div>
    </div></body></html>
    """
  let article = try read(capitals).article
  #expect(article.title == "KHỐI THI ĐUA TỔ CHỨC HỘI NGHỊ SƠ KẾT 6 THÁNG ĐẦU NĂM")
  #expect(article.published == "2023-07-10")
  let spans = """
    <html><head><title>Hội nghị sơ kết công tác thi đua của Khối thi đua 8</title></head><body>
    <div class="news-detail"><span id="lblTitle" class="title">Hội nghị sơ kết công tác thi đua của Khối thi đua 8</span> <span id="lblDate" class="date">18/7/2022</span>
    <div id="divContent" class="content"><p>\(sentence)</p><p>\(sentence)</p><p>\(sentence)</p></div></div>
    <div class="footer">Ngày 20/7/2022</div></body></html>
    """
  #expect(try read(spans).article.published == "2022-07-18")
}

@Test("Captions: the lines of one figcaption belong together, a credit line in capitals too")
func figcaptionLines() throws {
  let html = """
    <html><body><article><h1>Viettel TP.HCM đón nhận Huân chương Lao động hạng Nhì</h1>
    <div class="detail-content"><p>\(sentence)</p><figure><img src="/a.jpg"><figcaption>
    <p>Viettel TP.HCM được trao tặng Huân chương Lao động hạng Nhì</p><p class="author">ẢNH: VT</p></figcaption></figure>
    <p>\(sentence)</p></div></article></body></html>
    """
  #expect(
    try read(html).article.images.first?.caption
      == "Viettel TP.HCM được trao tặng Huân chương Lao động hạng Nhì ẢNH: VT")
}

@Test(
  "Blogger: a post inside div.widget.Blog is read; a picture linked to its own file keeps its centred italic caption"
)
func bloggerWidgetPost() throws {
  let html = """
    <html><head><meta content='blogger' name='generator'/><title>Bản tin: Lễ đón nhận Cờ thi đua của UBND tỉnh</title></head>
    <body><div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>
    <div class='post-outer'><div class='post hentry'>
    <h3 class='post-title entry-title'>Lễ đón nhận Cờ thi đua của UBND tỉnh</h3>
    <div class='post-body entry-content'>
    <div class='separator' style='text-align: center;'><a href='https://example.org/img/le-don-nhan.jpg'><img src='https://example.org/img/le-don-nhan.jpg'/></a></div>
    <div style='text-align: center;'><i>Lãnh đạo huyện trao Cờ thi đua cho nhà trường.</i></div>
    <div>\(sentence)</div><div>\(sentence)</div>
    <div style='text-align: right;'><b>Minh Anh</b></div></div>
    </div></div></div>
    <div class='blog-pager'><a class='blog-pager-older-link' href='#'>Bài đăng Cũ hơn</a></div></div></div>
    <div class='widget PopularPosts'><h2>Bài đăng phổ biến</h2><ul><li><a href='#'>Tin cũ</a></li></ul></div>
    </body></html>
    """
  let article = try read(html).article
  #expect(article.title == "Lễ đón nhận Cờ thi đua của UBND tỉnh")
  #expect(article.author == "Minh Anh")
  #expect(
    article.images == [
      .init(
        src: "https://example.org/img/le-don-nhan.jpg",
        caption: "Lãnh đạo huyện trao Cờ thi đua cho nhà trường.")
    ])
  #expect(article.paragraphs == [sentence, sentence])
}

@Test(
  "Bylines: a broadcaster's meta line is read at its fields' boundaries: the desk is no part of the name, the stamp is found"
)
func broadcasterMetaLine() throws {
  let html = """
    <html><body><article><h1>Trao Huân chương Lao động hạng Ba cho Công ty Điện lực</h1>
    <div class="detail-meta"><span class="author">Hoàng Dũng (Ban Thời sự)</span>-<span class="time">Thứ năm, ngày 12/10/2023 14:19 GMT+7</span></div>
    <div class="detail-content"><p>\(sentence)</p><p>\(sentence)</p></div></article></body></html>
    """
  let article = try read(html).article
  #expect(article.author == "Hoàng Dũng")
  #expect(article.published == "2023-10-12")
  #expect(article.publishedText == "Thứ năm, ngày 12/10/2023 14:19 GMT+7")
  #expect(article.paragraphs == [sentence, sentence])
  func author(_ byline: String) throws -> String? {
    let html = """
      <html><body><article><h1>Một tiêu đề đủ dài của bài viết</h1><p>\(sentence)</p>
      <p>\(sentence)</p><p style="text-align:right"><strong>\(byline)</strong></p></article></body></html>
      """
    return try read(html).article.author
  }
  #expect(try author("Thu Trang (Phòng Biên tập)") == "Thu Trang")
  // A unit of the administration after the name stays with it.
  #expect(try author("Hoàng Huế (Ban TĐKT)") == "Hoàng Huế (Ban TĐKT)")
}

@Test(
  "Bylines: JSON-LD names the writer only as its author, never an Organization or the publisher")
func jsonLDWriter() throws {
  func author(_ jsonLD: String) throws -> String? {
    let html = """
      <html><head><script type="application/ld+json">\(jsonLD)</script></head>
      <body><article><h1>Một tiêu đề đủ dài của bài viết</h1><p>\(sentence)</p><p>\(sentence)</p></article></body></html>
      """
    return try read(html).article.author
  }
  #expect(
    try author(
      #"{"@type":"NewsArticle","headline":"Tin","publisher":{"@type":"Organization","name":"VTC News"}}"#
    ) == nil)
  #expect(
    try author(
      #"{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Báo X"},"author":{"@type":"Person","name":"Lệ Chi"}}"#
    ) == "Lệ Chi")
  #expect(try author(#"{"@type":"NewsArticle","author":"Thu Hà"}"#) == "Thu Hà")
  #expect(
    try author(#"{"@type":"NewsArticle","author":[{"@type":"Organization","name":"Báo X"}]}"#)
      == nil)
}

@Test("Stamps: long forms in capitals, and a clock-like stamp with seconds before a comma")
func capitalStamps() throws {
  let capitals = try #require(Stamps.phrase(in: "THỨ SÁU, NGÀY 22 THÁNG 11 NĂM 2024 08:50"))
  #expect(capitals.date.iso == "2024-11-22")
  #expect(capitals.text == "THỨ SÁU, NGÀY 22 THÁNG 11 NĂM 2024 08:50")
  #expect(Stamps.parse("22 THÁNG 11 NĂM 2024")?.iso == "2024-11-22")
  #expect(Stamps.parse("Ngày 5 Tháng 3 Năm 2021")?.iso == "2021-03-05")
  let seconds = try #require(Stamps.phrase(in: "18:21:26 , 24/10/2014"))
  #expect(seconds.date.iso == "2014-10-24")
}
