// The field tables read and rebuild every stored property of every record type, and the award
// vocabulary comes from the data file.

import TestSupport
import Testing

@testable import ExchangeModel

/// An exchange with every optional value set and every list non-empty.
func fullExchange() -> Exchange {
  let province = ProvinceRef(
    name: "Hòa Bình", code: "17", mergedInto: "Phú Thọ", mergedIntoCode: "25")
  return Exchange(
    source: Source(
      url: "https://example.vn/a", sha256: String(repeating: "ab", count: 32), encoding: "UTF-8",
      encodingSource: .meta, profile: .news, retrieved: "2024-02-01"),
    article: Article(
      title: "Hội nghị", published: "2024-01-31", publishedText: "31/01/2024",
      updated: "2024-02-01", author: "Lan", lead: "Sáng nay", paragraphs: ["Một", "Hai"],
      images: [Article.Image(src: "a.jpg", caption: "Toàn cảnh")]),
    conferences: [
      Conference(
        id: "c-1", title: "Hội nghị sơ kết", kind: .midyearReview,
        period: Period(year: 2022, part: .h1, from: "2022-01-01", to: "2022-06-30"),
        date: EventDate("2022-07-27", yearInferred: true),
        venue: Venue(place: "Hội trường", province: province),
        organizer: Organizer(name: "Cụm Thi đua", system: .state), provinces: [province],
        participants: [Person(name: "Lương Quốc Đoàn", positions: ["Chủ tịch"], role: "chủ trì")],
        movements: ["Thi đua yêu nước"],
        exemplars: [Exemplar(name: "HTX A", topic: "Mô hình", place: "xã B")])
    ],
    awards: [
      Award(
        id: "a-1",
        decision: Decision(
          number: "163/QĐ-UBND", date: "2023-12-20", issuer: "Chủ tịch UBND tỉnh",
          signer: Signer(name: "Nguyễn Văn A", position: "Phó Chủ tịch", competence: "KT. Chủ tịch")
        ),
        form: AwardForm(code: "giay_khen", name: "Giấy khen"),
        recipients: Recipients(
          collectives: 1, individuals: 2, households: 0,
          named: [
            Recipient(
              name: "Lê Văn Hùng", kind: .individual, positions: ["Đội viên"], detail: "liệt sĩ",
              posthumous: true)
          ]),
        reason: "vì đã có thành tích", conference: "c-1")
    ])
}

/// Every record of `value`'s tree as (table name, field values), depth first.
private func records(_ spec: RecordSpec, _ value: FieldValue) -> [(RecordSpec, [FieldValue?])] {
  guard case .record(let values) = value else { return [] }
  var result = [(spec, values)]
  for (field, child) in zip(spec.fields, values) {
    guard case .record(let inner) = field.type, let child else { continue }
    if case .list(let items) = child {
      for item in items { result += records(inner, item) }
    } else {
      result += records(inner, child)
    }
  }
  return result
}

@Suite struct TableTests {
  @Test func tablesRebuildTheRecords() {
    let exchange = fullExchange()
    #expect(Exchange(fieldValue: exchange.fieldValue) == exchange)
  }

  @Test func everyFieldOfTheFullExchangeIsPresent() {
    // A line whose accessor reads the wrong property, or none, shows as an absent value.
    for (spec, values) in records(Exchange.table.spec, fullExchange().fieldValue) {
      for (field, value) in zip(spec.fields, values) {
        #expect(value != nil, "\(spec.name).\(field.key)")
      }
    }
  }

  @Test func clearingAnOptionalFieldChangesTheRecord() {
    // Each line writes its own property: clearing it through the table changes the record.
    let exchange = fullExchange()
    let values = Exchange.table.values(of: exchange)
    for (index, field) in Exchange.table.spec.fields.enumerated()
    where field.occurrence != .required {
      var cleared = values
      cleared[index] = nil
      #expect(Exchange.table.make(cleared) != exchange, "\(field.key)")
    }
    let conference = exchange.conferences[0]
    let conferenceValues = Conference.table.values(of: conference)
    for (index, field) in Conference.table.spec.fields.enumerated()
    where field.occurrence != .required {
      var cleared = conferenceValues
      cleared[index] = nil
      #expect(Conference.table.make(cleared) != conference, "\(field.key)")
    }
  }

  @Test func requiredAndOptionalFollowTheSwiftTypes() {
    let fields = Recipient.table.spec.fields
    #expect(fields.map(\.occurrence) == [.required, .required, .optional, .optional, .list])
    #expect(fields.map(\.key) == ["name", "kind", "posthumous", "detail", "positions"])
  }

  @Test func awardFormCodesComeFromTheDataFile() {
    #expect(AwardForm.codes.first == "cstd_toan_quoc")
    #expect(AwardForm.codes.last == "other")
    #expect(AwardForm.codes.count == Set(AwardForm.codes).count)
    #expect(AwardForm.codes.allSatisfy { !$0.isEmpty && !$0.contains(",") && !$0.contains("\"") })
  }

  @Test func firstColumnOfCSVHonoursQuotes() {
    let csv = "code,name\na,\"x, y\"\n\"b,c\",\"line\nbreak\"\r\nd,e\n"
    #expect(firstColumn(ofCSV: csv) == ["a", "b,c", "d"])
  }
}

@Suite struct SimpleTypeTests {
  @Test func xmlWhiteSpaceIsCollapsedOnlyWhereTheSchemaCollapsesIt() {
    #expect(ValueType.date.read(xml: " 2022-07-27\n") == .success(.text("2022-07-27")))
    #expect(ValueType.count.read(xml: "\t3 ") == .success(.integer(3)))
    #expect(ValueType.flag.read(xml: " true ") == .success(.flag(true)))
    #expect(ValueType.id.read(xml: " c-1 ") == .success(.text("c-1")))
    #expect((try? ValueType.provinceCode.read(xml: " 17").get()) == nil)
    #expect(ValueType.text.read(xml: " x ") == .success(.text(" x ")))
    let kinds = ValueType.enumeration("k", ["a"])
    #expect((try? kinds.read(xml: " a").get()) == nil)
  }

  @Test func datesAreDaysOfTheCalendar() {
    #expect(ValueType.date.check(.text("2024-02-29")) == nil)
    #expect(ValueType.date.check(.text("2023-02-29")) != nil)
    #expect(ValueType.date.check(.text("1900-02-29")) != nil)
    #expect(ValueType.date.check(.text("2000-02-29")) == nil)
    #expect(ValueType.date.check(.text("0000-01-01")) != nil)
    #expect(ValueType.date.check(.text("2022-13-01")) != nil)
    #expect(ValueType.date.check(.text("27/07/2022")) != nil)
  }

  @Test func numbersHaveTheirRanges() {
    #expect(ValueType.count.check(.integer(-1)) != nil)
    #expect(ValueType.count.check(.integer(4_294_967_295)) == nil)
    #expect(ValueType.count.check(.integer(4_294_967_296)) != nil)
    #expect(ValueType.year.check(.integer(999)) != nil)
    #expect(ValueType.year.check(.integer(2022)) == nil)
    #expect((try? ValueType.count.read(xml: "+1").get()) == nil)
    #expect((try? ValueType.count.read(xml: "01").get()) == nil)
    #expect((try? ValueType.year.read(xml: "02022").get()) == nil)
  }

  @Test func textsAndCodes() {
    #expect(ValueType.text.check(.text("")) != nil)
    #expect(ValueType.provinceCode.check(.text("6")) != nil)
    #expect(ValueType.sha256.check(.text(String(repeating: "A", count: 64))) != nil)
    #expect(ValueType.id.check(.text("1a")) != nil)
    #expect(ValueType.id.check(.text("_a.b-1")) == nil)
    #expect(ValueType.version.check(.text("2.0")) != nil)
  }
}
