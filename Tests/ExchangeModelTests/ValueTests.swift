// The typed values of the model: days of the calendar and their lexical form, read through the
// field tables as the codecs read them.

import TestSupport
import Testing

@testable import ExchangeModel

@Suite struct DayTests {
  @Test func dayHasItsPartsAndLexicalForm() throws {
    let day = try #require(Day(lexeme: "2022-07-27"))
    #expect((day.year, day.month, day.day) == (2022, 7, 27))
    #expect(day.description == "2022-07-27")
    #expect(day.lexeme == "2022-07-27")
    #expect(Day(lexeme: "2022-07-27") == day)
    #expect(Day(year: 2022, month: 7, day: 27) == day)
    #expect(Day(year: 5, month: 1, day: 9)?.description == "0005-01-09")
    #expect(Day(year: 9999, month: 12, day: 31)?.description == "9999-12-31")
    let literal: Day = "2022-07-27"
    #expect(literal == day)
  }

  @Test func the29thOfFebruaryIsInLeapYearsOnly() {
    #expect(Day(year: 2024, month: 2, day: 29) != nil)
    #expect(Day(year: 2000, month: 2, day: 29) != nil)
    #expect(Day(year: 1600, month: 2, day: 29) != nil)
    #expect(Day(year: 2023, month: 2, day: 29) == nil)
    #expect(Day(year: 1900, month: 2, day: 29) == nil)
    #expect(Day(year: 2100, month: 2, day: 29) == nil)
    #expect(Day(lexeme: "2024-02-29") != nil)
    #expect(Day(lexeme: "2023-02-29") == nil)
    #expect(Day(lexeme: "1900-02-29") == nil)
  }

  @Test func onlyDaysOfTheCalendarOfYears1To9999Exist() {
    #expect(Day(year: 0, month: 1, day: 1) == nil)
    #expect(Day(lexeme: "0000-01-01") == nil)
    #expect(Day(lexeme: "0001-01-01") == Day(year: 1, month: 1, day: 1))
    #expect(Day(year: 10000, month: 1, day: 1) == nil)
    #expect(Day(year: -1, month: 1, day: 1) == nil)
    #expect(Day(year: 2022, month: 0, day: 1) == nil)
    #expect(Day(year: 2022, month: 13, day: 1) == nil)
    #expect(Day(year: 2022, month: 4, day: 31) == nil)
    #expect(Day(year: 2022, month: 4, day: 30) != nil)
    #expect(Day(year: 2022, month: 1, day: 0) == nil)
    for text in [
      "2022-13-01", "2022-00-10", "2023-04-31", "27/07/2022", "2022-7-27", "22022-07-27",
      "-2022-07-27", "2022-07-27Z", "2022-07-27+07:00", "2022-07-27T00:00:00", "", "2022/07/27",
    ] {
      #expect(Day(text) == nil, "\(text)")
    }
  }

  @Test func whiteSpaceIsTheXMLReadersToCollapse() throws {
    // The lexical form has none; XML collapses it before the day is read (xs:date's
    // whiteSpace facet), JSON keeps it and rejects the value.
    #expect(Day(lexeme: " 2022-07-27") == nil)
    #expect(Day(lexeme: "2022-07-27\n") == nil)
    #expect(Day(lexeme: "2022- 07-27") == nil)
    let read = try ValueType.date.read(xml: "\n\t 2022-07-27 \r\n").get()
    guard case .text(let lexeme) = read else {
      Issue.record("\(read)")
      return
    }
    #expect(Day(lexeme: lexeme) == Day(year: 2022, month: 7, day: 27))
    #expect(ValueType.date.check(.text(" 2022-07-27")) != nil)
    #expect((try? ValueType.date.read(xml: "2022 -07-27").get()) == nil)
  }

  @Test func daysAreOrderedByTheCalendar() {
    let days: [Day] = ["2023-01-01", "2022-12-31", "2022-07-27", "2022-08-01", "0999-01-01"]
    #expect(
      days.sorted().map(\.description) == [
        "0999-01-01", "2022-07-27", "2022-08-01", "2022-12-31", "2023-01-01",
      ])
    #expect(Day(lexeme: "2022-07-27")! < Day(lexeme: "2022-07-28")!)
    #expect(!(Day(lexeme: "2022-07-27")! < Day(lexeme: "2022-07-27")!))
  }

  @Test func daysRoundTripThroughTheirLexicalForm() {
    var checked = 0
    for year in [1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999] {
      for month in 1...12 {
        for day in 1...31 {
          guard let value = Day(year: year, month: month, day: day) else {
            #expect(day > Day.daysIn(month: month, year: year))
            continue
          }
          #expect(Day(value.description) == value)
          checked += 1
        }
      }
    }
    #expect(checked == 9 * 365 + 4)
  }

  @Test func theTablesReadAndWriteDaysAsTheirLexicalForm() {
    let period = Period(year: 2022, part: .h1, from: "2022-01-01", to: "2022-06-30")
    #expect(
      period.fieldValue
        == .record([.integer(2022), .text("H1"), .text("2022-01-01"), .text("2022-06-30")]))
    #expect(Period(fieldValue: period.fieldValue) == period)
    let date = EventDate("2022-07-27", yearInferred: true)
    #expect(date.fieldValue == .record([.text("2022-07-27"), .flag(true)]))
    #expect(EventDate(fieldValue: date.fieldValue) == date)
  }
}

@Suite struct AwardFormCodeTests {
  @Test func theCodesAreThoseOfTheDataFileThenOther() {
    #expect(AwardForm.Code.allCases.map(\.rawValue) == AwardForm.codes)
    #expect(AwardForm.Code.allCases.last == .other)
    #expect(AwardForm.Code.other.rawValue == "other")
    #expect(AwardForm.Code(rawValue: "giay_khen")?.lexeme == "giay_khen")
    #expect(AwardForm.Code(lexeme: "other") == .other)
    #expect(AwardForm.Code(rawValue: "bang_khen_thu_tuong")?.description == "bang_khen_thu_tuong")
  }

  @Test func noOtherCodeCanBeMade() {
    for text in ["", "bang_khen", "Giay_khen", " giay_khen", "giay_khen ", "OTHER", "khac"] {
      #expect(AwardForm.Code(rawValue: text) == nil, "\(text)")
    }
  }

  @Test func theTableWritesTheCodeAndReadsOnlyACodeOfTheVocabulary() {
    let form = AwardForm(code: "huan_chuong_lao_dong_hang_ba", name: "Huân chương")
    #expect(
      form.fieldValue == .record([.text("huan_chuong_lao_dong_hang_ba"), .text("Huân chương")]))
    #expect(AwardForm(fieldValue: form.fieldValue) == form)
    guard case .enumeration(_, let values) = AwardForm.table.spec.fields[0].type else {
      Issue.record("the code is not an enumeration")
      return
    }
    #expect(values == AwardForm.Code.allCases.map(\.lexeme))
  }
}

@Suite struct RecordIDTests {
  @Test func idsHaveTheFormOfAnNCNameOfASCIICharacters() {
    for text in ["c-1", "a-ae809483ed04-1", "_x", "A.b_c-9", "c"] {
      #expect(ConferenceID(rawValue: text)?.rawValue == text, "\(text)")
      #expect(AwardID(rawValue: text)?.lexeme == text, "\(text)")
    }
    for text in ["", "1a", "-a", ".a", "a b", "a:b", "đ-1", " c-1", "c-1 "] {
      #expect(ConferenceID(rawValue: text) == nil, "\(text)")
      #expect(AwardID(lexeme: text) == nil, "\(text)")
    }
  }

  @Test func theIdsOfAPageAreMadeFromItsDigest() {
    #expect(ConferenceID(page: "ae809483ed04", number: 1).rawValue == "c-ae809483ed04-1")
    #expect(AwardID(page: "ae809483ed04", number: 12).description == "a-ae809483ed04-12")
    // Characters an id cannot hold are left out; the id is valid whatever the stem.
    #expect(ConferenceID(page: "ab cd:đ", number: 2).rawValue == "c-abcd-2")
    #expect(AwardID(rawValue: AwardID(page: "", number: 0).rawValue) != nil)
  }

  @Test func theTablesWriteTheIdsAndTheReference() {
    let award = Award(
      id: "a-1", form: AwardForm(code: .other, name: "Kỷ niệm chương"), recipients: Recipients(),
      conference: "c-1")
    guard case .record(let values) = award.fieldValue else {
      Issue.record("\(award.fieldValue)")
      return
    }
    #expect(values.first == .text("a-1"))
    #expect(values.last == .text("c-1"))
    #expect(Award(fieldValue: award.fieldValue) == award)
  }
}
