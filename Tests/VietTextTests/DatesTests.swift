import Testing
import VietText

/// Dates as articles write them, with years resolved against the page's date.
struct DatesTests {
  let page = DayDate(year: 2022, month: 8, day: 2)

  @Test(
    "event dates without a year take the page's year",
    arguments: [
      (
        "Trong khuôn khổ chương trình Hội nghị, chiều 27/7, các đại biểu", "chiều 27/7", 2022, 7, 27
      ),
      ("Ngày 29/7, Cụm thi đua tổ chức hội nghị", "Ngày 29/7", 2022, 7, 29),
      ("Sáng ngày (10/8), tại Hội trường", "Sáng ngày (10/8)", 2022, 8, 10),
      ("Ngày 15-3, Ban Thi đua tỉnh tổ chức", "Ngày 15-3", 2022, 3, 15),
      ("Sáng 18.8, UBND tỉnh tổ chức lễ", "Sáng 18.8", 2022, 8, 18),
      ("Tối 1/8 tại nhà văn hóa", "Tối 1/8", 2022, 8, 1),
      ("Trưa ngày 30/7, đoàn công tác", "Trưa ngày 30/7", 2022, 7, 30),
      ("hội nghị diễn ra ngày 10.10 tại", "ngày 10.10", 2022, 10, 10),
      ("Chiều (thứ Ba, 14/6), Hội đồng", "Chiều (thứ Ba, 14/6", 2022, 6, 14),
      ("Chiều ngày 5-3, tại Hội trường", "Chiều ngày 5-3", 2022, 3, 5),
      ("tổ chức sáng nay (27/7) vừa trang trọng", "sáng nay (27/7)", 2022, 7, 27),
      ("Ngày 13-9, tỉnh Thanh Hóa tổ chức Đại hội", "Ngày 13-9", 2022, 9, 13),
      ("lễ tổng kết diễn ra vào tối 9.6 trên tàu", "tối 9.6", 2022, 6, 9),
      ("Hội nghị diễn ra hôm 10/8 tại Hà Nội", "hôm 10/8", 2022, 8, 10),
    ])
  func eventDates(text: String, written: String, year: Int, month: Int, day: Int) {
    let found = Dates.mentions(in: text, reference: page)
    #expect(found.count == 1, "\(text)")
    guard let first = found.first else { return }
    #expect(first.text == written)
    #expect(first.date == DayDate(year: year, month: month, day: day, yearInferred: true))
    #expect(first.date.yearInferred)
    #expect(first.isEventPhrase)
    #expect(String(text[first.range]) == written)
  }

  @Test(
    "full dates keep their year",
    arguments: [
      ("Quyết định số 163/QĐ-UBND ngày 29/01/2024 của Chủ tịch", "2024-01-29"),
      ("ngày 27/7/2022 tại tỉnh Bắc Kạn", "2022-07-27"),
      ("Hà Nội, ngày 15 tháng 6 năm 2022", "2022-06-15"),
      ("ngày 13-3-2019, Ban tổ chức", "2019-03-13"),
      ("vào ngày 02.08.2022", "2022-08-02"),
      ("ngày 12 tháng 5 năm 2023", "2023-05-12"),
    ])
  func fullDates(text: String, iso: String) {
    let found = Dates.mentions(in: text, reference: page)
    #expect(found.map(\.date.iso) == [iso], "\(text)")
    #expect(found.first?.date.yearInferred == false)
  }

  @Test("a day more than six months away moves to the neighbouring year")
  func yearRollover() {
    let december = DayDate(year: 2023, month: 12, day: 28)
    let january = Dates.mentions(in: "Sáng 3/1, tỉnh tổ chức", reference: december)
    #expect(january.first?.date.iso == "2024-01-03")
    let lateYear = Dates.mentions(
      in: "chiều 20/12, hội nghị tổng kết", reference: DayDate(year: 2024, month: 1, day: 5))
    #expect(lateYear.first?.date.iso == "2023-12-20")
  }

  @Test(
    "anniversary spans, fractions and numbers are not dates",
    arguments: [
      "Kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023)",
      "kỷ niệm 91 năm ngày thành lập (28/7/1929-28/7/2020)",
      "tăng 12.5% so với cùng kỳ",
      "đạt 15-20 tỷ đồng",
      "Quyết định 163/QĐ-UBND",
      "tháng 5/2023 và năm 2022",
      "có 3.5 triệu người",
    ])
  func notDates(text: String) {
    #expect(Dates.mentions(in: text, reference: page).isEmpty, "\(text)")
  }

  @Test(
    "a relative day is the page's day or the day before",
    arguments: [
      ("Hôm nay, Tổng Liên đoàn tổ chức kỷ niệm", "Hôm nay", "2022-08-02"),
      ("Hôm qua, Tổng Liên đoàn tổ chức kỷ niệm", "Hôm qua", "2022-08-01"),
      ("Sáng nay, tại Hội trường tỉnh, Ban Thi đua", "Sáng nay", "2022-08-02"),
      ("chiều qua, Hội LHPN tỉnh tổ chức", "chiều qua", "2022-08-01"),
    ])
  func relativeDays(text: String, written: String, iso: String) {
    let found = Dates.mentions(in: text, reference: page)
    #expect(found.map(\.date.iso) == [iso], "\(text)")
    #expect(found.first?.text == written)
    #expect(found.first?.isEventPhrase == true)
    #expect(found.first?.date.yearInferred == true)
  }

  @Test(
    "an event of several days starts on its first day",
    arguments: [
      ("Đại hội diễn ra trong hai ngày 26-27/12 tại Hà Nội", "2022-12-26", true),
      ("diễn ra từ ngày 21 – 24/11/2000 tại Hà Nội", "2000-11-21", false),
      ("Ngày 9 và 10/12/2020, Đại hội Thi đua yêu nước toàn quốc", "2020-12-09", false),
      ("từ ngày 5 đến 7/3, Hội thi", "2022-03-05", true),
    ])
  func dayRanges(text: String, iso: String, inferred: Bool) {
    let found = Dates.mentions(in: text, reference: page)
    #expect(found.map(\.date.iso) == [iso], "\(text)")
    #expect(found.first?.date.yearInferred == inferred)
    #expect(found.first?.isEventPhrase == true)
  }

  @Test("a relative day followed by its date gives the written date once")
  func relativeWithDate() {
    let found = Dates.mentions(in: "Hôm nay, ngày 31/7/2020, UBND tỉnh", reference: page)
    #expect(found.map(\.date.iso) == ["2020-07-31"])
    #expect(Dates.mentions(in: "Hôm qua, tỉnh tổ chức", reference: nil).isEmpty)
    #expect(Dates.mentions(in: "đi qua cầu, nay đã xong", reference: page).isEmpty)
  }

  @Test("the last day of an anniversary span")
  func anniversaries() {
    #expect(
      Dates.anniversaryEnds(
        in: "kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi (11/6/1948 - 11/6/2023)")
        == [DayDate(year: 2023, month: 6, day: 11)])
    #expect(Dates.anniversaryEnds(in: "Sáng 7/6, UBND tỉnh tổ chức hội nghị").isEmpty)
  }

  @Test("the day before crosses months and years")
  func dayBefore() {
    #expect(DayDate(year: 2024, month: 3, day: 1).dayBefore.iso == "2024-02-29")
    #expect(DayDate(year: 2024, month: 1, day: 1).dayBefore.iso == "2023-12-31")
    #expect(DayDate(year: 2023, month: 5, day: 9).dayBefore.iso == "2023-05-08")
  }

  @Test("short forms need a reference date")
  func noReference() {
    #expect(Dates.mentions(in: "chiều 27/7, hội nghị", reference: nil).isEmpty)
    #expect(Dates.mentions(in: "ngày 27/7/2022", reference: nil).first?.date.iso == "2022-07-27")
  }

  @Test(
    "page stamps",
    arguments: [
      ("( Cập nhật lúc: 02/08/2022  )", "2022-08-02"),
      ("08:41 21/08/2015", "2015-08-21"),
      ("09:03, 13/03/2019", "2019-03-13"),
      ("Thứ Ba, 14/11/2023", "2023-11-14"),
      ("(29/07/2024)", "2024-07-29"),
      ("2022-08-02T10:00:00+07:00", "2022-08-02"),
      ("05/08/2013 7487 lượt xem", "2013-08-05"),
      ("Ngày đăng: 31/01/2024", "2024-01-31"),
      ("Hà Nội, ngày 15 tháng 6 năm 2022", "2022-06-15"),
    ])
  func stamps(text: String, iso: String) {
    #expect(Dates.parseStamp(text)?.iso == iso, "\(text)")
  }

  @Test("stamps without a full date give nothing")
  func badStamps() {
    #expect(Dates.parseStamp("Cập nhật lúc: hôm qua") == nil)
    #expect(Dates.parseStamp("31/02/2024") == nil)
    #expect(Dates.parseStamp("") == nil)
  }

  @Test("ISO form and ordering")
  func iso() {
    #expect(DayDate(year: 2022, month: 7, day: 5).iso == "2022-07-05")
    #expect(DayDate(iso: "2024-02-29") == DayDate(year: 2024, month: 2, day: 29))
    #expect(DayDate(iso: "2023-02-29") == nil)
    #expect(DayDate(year: 2022, month: 7, day: 5) < DayDate(year: 2022, month: 7, day: 6))
  }
}
