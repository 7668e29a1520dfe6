import Testing
import VietText

/// Periods of reviews and plans.
struct PeriodsTests {
  let page = DayDate(year: 2022, month: 8, day: 2)

  @Test(
    "parts of a year",
    arguments: [
      ("sơ kết công tác thi đua 6 tháng đầu năm 2022", "H1", 2022, "2022-01-01", "2022-06-30"),
      ("triển khai nhiệm vụ 6 tháng cuối năm 2023", "H2", 2023, "2023-07-01", "2023-12-31"),
      ("sơ kết 9 tháng đầu năm 2021", "9M", 2021, "2021-01-01", "2021-09-30"),
      ("kết quả quý I/2024", "Q1", 2024, "2024-01-01", "2024-03-31"),
      ("nhiệm vụ quý II năm 2024", "Q2", 2024, "2024-04-01", "2024-06-30"),
      ("trong quý 3/2023", "Q3", 2023, "2023-07-01", "2023-09-30"),
      ("quý IV - 2020", "Q4", 2020, "2020-10-01", "2020-12-31"),
      ("tổng kết công tác năm 2023", "year", 2023, "2023-01-01", "2023-12-31"),
      ("trong tháng 5/2023", "month", 2023, "2023-05-01", "2023-05-31"),
      ("tháng 2 năm 2024", "month", 2024, "2024-02-01", "2024-02-29"),
    ])
  func partsOfYear(text: String, part: String, year: Int, from: String, to: String) {
    let found = Periods.mentions(in: text, reference: page)
    #expect(found.count == 1, "\(text)")
    guard let first = found.first else { return }
    #expect(first.part.rawValue == part)
    #expect(first.year == year)
    #expect(first.from.iso == from)
    #expect(first.to.iso == to)
    #expect(!first.yearInferred)
  }

  @Test(
    "spans of years",
    arguments: [
      ("giai đoạn 2015 - 2020", "span", 2015, "2020-12-31"),
      ("nhiệm kỳ 2020-2025", "span", 2020, "2025-12-31"),
      ("5 năm (2016-2020)", "span", 2016, "2020-12-31"),
      ("phong trào 2011–2015", "span", 2011, "2015-12-31"),
      ("năm học 2022-2023", "school-year", 2022, "2023-05-31"),
      ("Đại hội nhiệm kì 2019 - 2024", "span", 2019, "2024-12-31"),
    ])
  func spans(text: String, part: String, year: Int, to: String) {
    let found = Periods.mentions(in: text, reference: page)
    #expect(found.count == 1, "\(text)")
    #expect(found.first?.part.rawValue == part)
    #expect(found.first?.year == year)
    #expect(found.first?.to.iso == to)
  }

  @Test("a half without a year takes the year of the next half in the sentence")
  func sharedYear() {
    let text =
      "sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2022"
    let found = Periods.mentions(in: text, reference: DayDate(year: 2023, month: 1, day: 1))
    #expect(found.map(\.part) == [.h1, .h2])
    #expect(found.map(\.year) == [2022, 2022])
    #expect(found.map(\.yearInferred) == [false, false])
    #expect(found.first?.text == "6 tháng đầu năm")
  }

  @Test("a half without any year takes the page's year, marked as inferred")
  func inferredYear() {
    let found = Periods.mentions(in: "Sơ kết 6 tháng đầu năm. Hội nghị đánh giá", reference: page)
    #expect(found.count == 1)
    #expect(found.first?.year == 2022)
    #expect(found.first?.yearInferred == true)
    #expect(Periods.mentions(in: "Sơ kết 6 tháng đầu năm", reference: nil).isEmpty)
  }

  @Test(
    "not periods",
    arguments: [
      "có 6 tháng tuổi", "năm 20235", "quý khách hàng", "quý V/2024", "giai đoạn mới",
      "2020-2045 là chiến lược", "số 98/2023/NĐ-CP",
    ])
  func notPeriods(text: String) {
    #expect(Periods.mentions(in: text, reference: page).isEmpty, "\(text)")
  }
}
