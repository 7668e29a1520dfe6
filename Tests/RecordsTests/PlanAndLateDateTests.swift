import PortalPage
import Records
import TestSupport
import Testing

/// Events that are only planned, sentences that tell an earlier happening, and days that the
/// page's own year would put after the page's date.
struct PlanAndLateDateTests {
  let source = Source(
    sha256: String(repeating: "ef", count: 32), encoding: "UTF-8", encodingSource: .meta,
    profile: .generic)

  func extract(title: String, published: Day?, _ paragraphs: [String]) -> [Conference] {
    RecordExtractor().extract(
      article: Article(title: title, published: published, paragraphs: paragraphs),
      source: source
    ).conferences
  }

  @Test("a plan 'về việc tổ chức lễ phát động …' is no event, whatever the sentences after it say")
  func documentAboutHoldingAnEvent() {
    #expect(
      extract(
        title: "Phát động thi đua chào mừng các sự kiện lớn của tỉnh", published: nil,
        [
          "Chủ tịch UBND tỉnh vừa ký ban hành Kế hoạch số 263/KH-UBND về việc tổ chức lễ phát động thi đua lập thành tích chào mừng Đại hội thi đua yêu nước tỉnh lần thứ X.",
          "Phong trào thi đua được tổ chức triển khai sâu rộng từ tỉnh đến cơ sở.",
        ]
      ).isEmpty)
  }

  @Test("a sentence opening on another event ('Trước đó, …') does not report the title's event")
  func earlierHappening() {
    #expect(
      extract(
        title: "Trao tặng Huân chương Dũng cảm cho nam sinh cứu người", published: "2015-12-10",
        [
          "Ghi nhận hành động dũng cảm của em Nguyễn Văn An, Chủ tịch nước đã truy tặng Huân chương Dũng cảm cho em.",
          "Trước đó, vào lúc 10h30 ngày 19/7, em Nguyễn Văn An đi cào hến cùng mẹ tại khu vực bến đò, xã Cát Văn.",
        ]
      ).isEmpty)
  }

  @Test("a day without a year that the page's year puts after the page's date gives no date")
  func dayAfterThePage() throws {
    let late = extract(
      title: "Tổ chức Lễ truy tặng danh hiệu “Bà mẹ Việt Nam anh hùng”", published: "2024-11-22",
      [
        "Ngày 26/12, huyện Yên Thành đã long trọng tổ chức Lễ truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng” cho 7 mẹ."
      ])
    let ceremony = try #require(late.first)
    #expect(ceremony.date == nil)
    let early = extract(
      title: "Tổ chức Lễ truy tặng danh hiệu “Bà mẹ Việt Nam anh hùng”", published: "2024-12-27",
      [
        "Ngày 26/12, huyện Yên Thành đã long trọng tổ chức Lễ truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng” cho 7 mẹ."
      ])
    #expect(early.first?.date?.value == "2024-12-26")
  }
}
