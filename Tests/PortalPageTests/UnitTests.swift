// Unit tests of the reader's rules: digests, stamps, selectors, bylines, chrome, input checks,
// captions and broken markup on small pages written for each rule.

import Foundation
import PortalPage
import TestSupport
import Testing

@Test("sha256Hex gives the FIPS 180-2 test vectors")
func sha256Vectors() {
  #expect(sha256Hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  #expect(
    sha256Hex(Array("abc".utf8))
      == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  #expect(
    sha256Hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
      == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
  #expect(
    sha256Hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
}

@Test(
  "Stamps: the printed stamp, its date and the words beside it",
  arguments: [
    ("( Cập nhật lúc: 02/08/2022 )", "2022-08-02", "Cập nhật lúc: 02/08/2022"),
    ("(29/07/2024)", "2024-07-29", "29/07/2024"),
    ("08:41 21/08/2015", "2015-08-21", "08:41 21/08/2015"),
    ("Thứ Ba, 14/11/2023", "2023-11-14", "Thứ Ba, 14/11/2023"),
    ("Thu Chung 10/08/2023 11:05", "2023-08-10", "10/08/2023 11:05"),
    ("25/12/2023 (1203 lượt xem)", "2023-12-25", "25/12/2023"),
    ("Thứ Sáu, 15/03/2019, 17:20 (GMT+7)", "2019-03-15", "Thứ Sáu, 15/03/2019, 17:20 (GMT+7)"),
    ("Cập nhật lúc 16:20 ngày 19/08/2011", "2011-08-19", "Cập nhật lúc 16:20 ngày 19/08/2011"),
  ])
func stampPhrases(_ line: String, _ iso: String, _ printed: String) throws {
  let phrase = try #require(Stamps.phrase(in: line))
  #expect(phrase.date.iso == iso)
  #expect(phrase.text == printed)
}

@Test("Stamps: ISO and long forms, invalid days, and a later update date")
func stampForms() throws {
  #expect(Stamps.parse("2022-08-02T10:00:00+07:00")?.iso == "2022-08-02")
  #expect(Stamps.parse("Hà Nội, ngày 15 tháng 6 năm 2022")?.iso == "2022-06-15")
  #expect(Stamps.parse("31/02/2023") == nil)
  #expect(Stamps.parse("chiều 27/7") == nil)
  let phrase = try #require(
    Stamps.phrase(in: "Ngày đăng: 29/03/2023 16:42 | Cập nhật: 30/03/2023 08:15 Lượt xem: 1.284"))
  #expect(phrase.text == "Ngày đăng: 29/03/2023 16:42")
  #expect(phrase.updated?.iso == "2023-03-30")
  #expect(Stamps.isStampLine("Cập nhật lúc: 02/08/2022"))
  #expect(
    !Stamps.isStampLine(
      "Ngày 30/01/2024, Hội đồng Thi đua - Khen thưởng tỉnh Lạng Sơn tổ chức Hội nghị tổng kết"))
}

@Test("Selectors: tags, ids, class tokens and attribute operators")
func selectors() {
  let selector = Selector("div#main.content[role=main]")
  #expect(selector.tag == "div")
  #expect(selector.conditions.count == 3)
  #expect(Selector("[class*=ms-rte]").conditions.first?.operation == .contains)
  #expect(Selector("[id^=p_p_id]").conditions.first?.operation == .hasPrefix)
  #expect(Selector("meta[property=og:title]").conditions.first?.value == "og:title")
}

@Test("Style sheet rules hide elements with the class token, ASCII or not, whatever the spacing")
func hiddenByStyleSheet() throws {
  let html = """
    <html><head><title>T</title><style>.promo-box { display: none }</style></head><body>
    <div class="article"><h1>Tiêu đề bài viết thử nghiệm về thi đua</h1>
    <p>\(prose)</p>
    <p class="note\tpromo-box">Dòng quảng cáo bị ẩn bởi bảng kiểu của trang.</p>
    <p class="promo-boxes">Dòng này vẫn hiện vì lớp của nó chỉ bắt đầu giống lớp bị ẩn.</p>
    <p class="đặc-biệt  promo-box">Dòng quảng cáo thứ hai cũng bị ẩn khỏi người đọc.</p>
    <p>\(prose)</p>
    </div></body></html>
    """
  let text = try read(html).article.paragraphs.joined(separator: "\n")
  #expect(!text.contains("Dòng quảng cáo"))
  #expect(text.contains("Dòng này vẫn hiện"))
}

/// Reads a small page written for one rule.
private func read(_ html: String, file: String = "page.html") throws -> PageReading {
  try PageReader().read(Array(html.utf8), file: file)
}

private let prose =
  "Hội nghị đã đánh giá kết quả công tác thi đua, khen thưởng, biểu dương các tập thể, cá nhân có thành tích xuất sắc trong năm qua."

@Test("Not HTML: empty input, a PDF, an image, plain text")
func notHTML() {
  #expect(throws: PageError.self) { try read("") }
  #expect(throws: PageError.self) { try read("   \n") }
  #expect(throws: PageError.self) { try PageReader().read(Array("%PDF-1.4 ...".utf8)) }
  #expect(throws: PageError.self) { try PageReader().read([0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2]) }
  #expect(throws: PageError.self) { try read("just some words without any markup") }
  #expect(throws: PageError.self) {
    try PageReader(sizeLimit: 10).read(Array("<p>hello world</p>".utf8))
  }
}

@Test("Title falls back to the file name and says so")
func titleFallback() throws {
  let reading = try read("<html><body><p>\(prose)</p></body></html>", file: "dir/bai-viet-12.html")
  #expect(reading.article.title == "bai-viet-12")
  #expect(reading.explanation.titleReason.contains("file name"))
}

@Test("Chrome: menus, breadcrumbs, share links, counters and 'other news' lists are left out")
func chrome() throws {
  let html = """
    <html><head><title>Tiêu đề bài - Cổng thông tin</title></head><body>
    <div class="menu"><a href="/">Trang chủ</a><a href="/a">Giới thiệu</a></div>
    <div class="breadcrumb"><a href="/">Trang chủ</a> » Tin tức</div>
    <div id="main"><h1>Tiêu đề bài</h1>
    <p>\(prose)</p><p>\(prose) Lần hai.</p>
    <div class="share-tools"><a href="#">Chia sẻ</a></div>
    <p>Lượt xem: 125</p>
    <h3>Các tin khác</h3><ul><li><a href="/x">Tin cũ một</a></li></ul></div>
    <div class="footer">Bản quyền thuộc về Sở Nội vụ</div></body></html>
    """
  let article = try read(html).article
  #expect(article.title == "Tiêu đề bài")
  #expect(article.paragraphs.count == 2)
  let text = article.paragraphs.joined(separator: "\n")
  for unwanted in ["Trang chủ", "Chia sẻ", "Lượt xem", "Các tin khác", "Tin cũ", "Bản quyền"] {
    #expect(!text.contains(unwanted), "\(unwanted) leaked into the paragraphs")
  }
}

@Test("Captions: figcaption, an italic line under the image, a line split by <br>")
func captions() throws {
  let html = """
    <html><body><article><h1>Một tiêu đề đủ dài của bài viết</h1>
    <p>\(prose)</p>
    <figure><img src="/a.jpg"><figcaption>Toàn cảnh Hội nghị</figcaption></figure>
    <p>\(prose)</p>
    <p style="text-align:center"><img src="/b.jpg"></p>
    <p style="text-align:center"><em>Đồng chí A phát biểu<br>tại Hội nghị</em></p>
    <p>\(prose)</p>
    <p style="text-align:center"><img src="/c.jpg"></p>
    <p style="text-align:center"><em>Các đại biểu thăm mô hình</em></p>
    <p style="text-align:center"><em>của Hợp tác xã Tân Thành</em></p>
    <p>\(prose)</p></article></body></html>
    """
  let article = try read(html).article
  #expect(
    article.images == [
      Article.Image(src: "/a.jpg", caption: "Toàn cảnh Hội nghị"),
      Article.Image(src: "/b.jpg", caption: "Đồng chí A phát biểu tại Hội nghị"),
      Article.Image(src: "/c.jpg", caption: "Các đại biểu thăm mô hình của Hợp tác xã Tân Thành"),
    ])
  #expect(article.paragraphs.count == 4)
}

@Test("Bylines: a right-aligned name, a unit, and source lines that are not authors")
func bylines() throws {
  func author(_ last: String, _ more: String = "") throws -> String? {
    let html = """
      <html><body><article><h1>Một tiêu đề đủ dài của bài viết</h1><p>\(prose)</p>
      <p>\(prose)</p>\(last)\(more)</article></body></html>
      """
    return try read(html).article.author
  }
  #expect(try author("<p style=\"text-align:right\"><strong>Hoàng Huế</strong></p>") == "Hoàng Huế")
  #expect(
    try author("<p align=\"right\"><b>Phòng Thi đua - Khen thưởng</b></p>")
      == "Phòng Thi đua - Khen thưởng")
  #expect(try author("<p>Hoàng Gia</p>", "<p>Nguồn: Báo Đắk Lắk</p>") == "Hoàng Gia")
  #expect(try author("<p>Theo TTXVN</p>") == nil)
  #expect(try author("<p>Tác giả: Minh Anh</p>") == "Minh Anh")
  // A news agency's tag after the name is its source, a unit stays with the name.
  #expect(
    try author("<p style=\"text-align:right\"><strong>Minh Khánh (TTXVN)</strong></p>")
      == "Minh Khánh")
  #expect(
    try author("<p style=\"text-align:right\"><strong>Hoàng Huế (Ban TĐKT)</strong></p>")
      == "Hoàng Huế (Ban TĐKT)")
  // A photographer's credit after the author, and separators around the byline.
  #expect(try author("<p style=\"text-align:right\"><b>Thu Hà, ảnh Minh Đức</b></p>") == "Thu Hà")
  #expect(try author("<p style=\"text-align:right\"><b>Thu Hà - Ảnh: Minh Đức</b></p>") == "Thu Hà")
  #expect(try author("<p style=\"text-align:right\"><b>| Thu Hà |</b></p>") == "Thu Hà")
  #expect(try author("<p style=\"text-align:right\"><b>Thu Hà</b></p>") == "Thu Hà")
  // One slash credits an agency; a line with two is no name and agency.
  #expect(try author("<p style=\"text-align:right\"><b>Ngọc Hà/TTXVN</b></p>") == "Ngọc Hà")
  #expect(
    try author("<p style=\"text-align:right\"><b>Ngọc Hà/TTXVN/VOV</b></p>")
      == "Ngọc Hà/TTXVN/VOV")
}

@Test("Broken markup: a stray </div> closing the content early keeps the article whole")
func brokenMarkup() throws {
  let html = """
    <html><body><div class="menu"><a href="/">Trang chủ</a></div>
    <div class="content"><h1>Một tiêu đề đủ dài của bài viết</h1>
    <p>\(prose) Một.</p></div></div>
    <p>\(prose) Hai.</p>
    <p>\(prose) Ba.</p>
    <div class="related"><a href="/x">Tin khác một</a></div></body></html>
    """
  let article = try read(html).article
  #expect(article.paragraphs.count == 3, "\(article.paragraphs)")
  #expect(!article.paragraphs.joined().contains("Tin khác"))
}

@Test("Data tables are read row by row, cells joined with ' | '")
func dataTable() throws {
  let html = """
    <html><body><article><h1>Một tiêu đề đủ dài của bài viết</h1><p>\(prose)</p>
    <table><tr><td>STT</td><td>Họ và tên</td></tr><tr><td>1</td><td>Ông Nguyễn Văn A</td></tr>
    </table><p>\(prose)</p></article></body></html>
    """
  let article = try read(html).article
  #expect(article.paragraphs.contains("STT | Họ và tên"))
  #expect(article.paragraphs.contains("1 | Ông Nguyễn Văn A"))
}

@Test("Text leaving the module is NFC with whitespace collapsed")
func normalisedText() throws {
  let decomposed = "Kha\u{301}nh Ho\u{300}a"
  let html =
    "<html><body><article><h1>\(decomposed)&nbsp;  tổng kết năm</h1><p>\(prose)</p></article></body></html>"
  let article = try read(html).article
  #expect(article.title.unicodeScalars.elementsEqual("Khánh Hòa tổng kết năm".unicodeScalars))
}

@Test("Hostile pages: deep nesting and thousands of blocks are read in bounded work")
func hostilePages() throws {
  let deep =
    "<html><body>" + String(repeating: "<div><b><i>", count: 5000) + "lời" + "</body></html>"
  let first = try read(deep, file: "deep.html")
  #expect(!first.article.title.isEmpty)
  var wide = "<html><body><h1>Một tiêu đề đủ dài của bài viết</h1>"
  for index in 0..<3000 { wide += "<div><p>\(prose) \(index)</p></div>" }
  wide += "</body></html>"
  let second = try read(wide, file: "wide.html")
  #expect(second.article.paragraphs.count == 3000)
}

@Test("An image whose src is empty or blank is kept without a src, its caption kept")
func emptyImageSource() throws {
  let html = """
    <html><head><meta charset="utf-8"><title>Tin</title></head><body><article>
    <h1>Lễ trao tặng Bằng khen</h1>
    <p>Sáng nay, Ủy ban nhân dân tỉnh tổ chức lễ trao tặng Bằng khen cho các tập thể và cá nhân.</p>
    <figure><img src="  "><figcaption>Toàn cảnh buổi lễ</figcaption></figure>
    <p>Các tập thể, cá nhân được khen thưởng đã có thành tích xuất sắc trong năm qua.</p>
    </article></body></html>
    """
  let article = try read(html).article
  #expect(article.images.count == 1)
  #expect(article.images.first?.src == nil)
  #expect(article.images.first?.caption == "Toàn cảnh buổi lễ")
}
