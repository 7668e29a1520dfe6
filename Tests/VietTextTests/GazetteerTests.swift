import Foundation
import Testing

@testable import VietText

@Suite("Province gazetteer")
struct GazetteerTests {
  @Test("The 63 provinces load with unique codes and the 34 units of 2025")
  func data() {
    let provinces = Gazetteer.provinces
    #expect(provinces.count == 63)
    #expect(Set(provinces.map(\.code)).count == 63)
    #expect(Set(provinces.map(\.mergedIntoCode)).count == 34)
    #expect(
      provinces.filter(\.isCity).map(\.name).sorted()
        == ["Cần Thơ", "Hà Nội", "Hải Phòng", "Hồ Chí Minh", "Đà Nẵng"].sorted())
    for province in provinces {
      #expect(Gazetteer.province(code: province.mergedIntoCode) != nil, "\(province.name)")
      #expect(province.code.count == 2)
    }
    let hoaBinh = Gazetteer.province(code: "17")
    #expect(hoaBinh?.name == "Hòa Bình")
    #expect(hoaBinh?.mergedInto == "Phú Thọ")
    #expect(hoaBinh?.mergedIntoCode == "25")
    #expect(hoaBinh?.alternativeSpellings == ["Hoà Bình"])
    #expect(Gazetteer.province(code: "1")?.name == "Hà Nội")
    #expect(Gazetteer.province(code: "99") == nil)
    #expect(Gazetteer.province(code: "46")?.alternativeSpellings.contains("Thừa Thiên-Huế") == true)
  }

  @Test("Every official name is found by name, with prefixes, in NFD and in mentions")
  func officialNames() throws {
    for province in Gazetteer.provinces {
      #expect(Gazetteer.province(named: province.name) == province)
      #expect(Gazetteer.province(named: province.fullName) == province)
      #expect(
        Gazetteer.province(named: province.name.decomposedStringWithCanonicalMapping) == province)
      #expect(Gazetteer.province(named: province.name.uppercased()) == province)
      #expect(Gazetteer.province(named: province.nameASCII) == province, "\(province.nameASCII)")
      let text = "Hội nghị có đại diện UBND \(province.fullName) tham dự."
      let mentions = Gazetteer.mentions(in: text)
      try #require(mentions.count == 1, "\(text)")
      #expect(mentions[0].province == province)
      #expect(mentions[0].matchedText == province.name)
      #expect(mentions[0].context == .province, "\(text)")
      #expect(text[mentions[0].range] == province.name)
    }
  }

  @Test("Every alternative spelling of the data file is found")
  func alternativeSpellings() {
    for province in Gazetteer.provinces {
      for spelling in province.alternativeSpellings {
        #expect(Gazetteer.province(named: spelling) == province, "\(spelling)")
        let text = "Đoàn công tác của \(spelling) đã đến thăm."
        let mentions = Gazetteer.mentions(in: text)
        #expect(mentions.map(\.province) == [province], "\(text)")
      }
    }
  }

  /// The new-style spelling of a name: the tone of an open "òa/óa/ủy…" moves to the second vowel.
  static func newStyle(_ name: String) -> String {
    var scalars = Array(name.unicodeScalars)
    for index in 1..<max(scalars.count, 1) {
      guard let parts = VietnameseLetters.parts[scalars[index - 1]], parts.tone != .level,
        let next = VietnameseLetters.parts[scalars[index]], next.tone == .level,
        index + 1 == scalars.count || scalars[index + 1] == " "
      else { continue }
      let pair = String(parts.ascii).lowercased() + String(next.ascii).lowercased()
      guard pair == "oa" || pair == "oe" || pair == "uy",
        let moved = VietnameseLetters.letter(scalars[index], tone: parts.tone)
      else { continue }
      scalars[index - 1] = parts.base
      scalars[index] = moved
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  @Test("Every province in new-style tone placement, in NFD, after a missing space")
  func everyProvinceVariants() {
    var changed = 0
    for province in Gazetteer.provinces {
      let newStyle = Self.newStyle(province.name)
      if newStyle != province.name { changed += 1 }
      #expect(Gazetteer.province(named: newStyle) == province, "\(newStyle)")
      let text = "Các tỉnh Lai Châu,\(newStyle)".decomposedStringWithCanonicalMapping
      let mentions = Gazetteer.mentions(in: text)
      #expect(mentions.map(\.province.code) == ["12", province.code], "\(text)")
    }
    #expect(changed == 3)  // Hòa Bình, Thanh Hóa, Khánh Hòa
  }

  @Test("New-style tone placement, NFD, NBSP and missing spaces after commas")
  func variants() {
    let text =
      "Cụm thi đua gồm: Tuyên Quang,Bắc Kạn,Hoà\u{00A0}Bình, Phú Thọ,Yên Bái, "
      + "Thái Nguyên và Bắc Giang; ".decomposedStringWithCanonicalMapping
      + "Thanh Hoá, Khánh Hoà, Thừa Thiên – Huế và Bà Rịa-Vũng Tàu."
    let mentions = Gazetteer.mentions(in: text)
    #expect(
      mentions.map(\.province.code)
        == ["08", "06", "17", "25", "15", "19", "24", "38", "56", "46", "77"])
    #expect(mentions.allSatisfy { $0.context == .bare })
    #expect(mentions[2].matchedText == "Hoà\u{00A0}Bình")
    #expect(mentions[9].matchedText == "Thừa Thiên – Huế")
  }

  @Test(
    "Context words decide whether the province itself is meant",
    arguments: [
      ("UBND tỉnh Hòa Bình", "17", ProvinceMention.Context.province),
      ("Tỉnh ủy Hòa Bình", "17", .province), ("Tỉnh uỷ Hoà Bình", "17", .province),
      ("HĐND tỉnh Nghệ An", "40", .province), ("Thủ đô Hà Nội", "01", .province),
      ("thành phố Hồ Chí Minh", "79", .province), ("TP.HCM", "79", .province),
      ("TP. Hồ Chí Minh", "79", .province), ("TP HCM", "79", .province),
      ("Tp.Cần Thơ", "92", .province), ("thành phố Đà Nẵng", "48", .province),
      ("thành phố Huế", "46", .province), ("UBND Hà Giang", "02", .province),
      ("thành phố Hòa Bình", "17", .lowerUnit), ("thành phố Bắc Kạn", "06", .lowerUnit),
      ("TP. Lào Cai", "10", .lowerUnit), ("phường Hòa Bình", "17", .lowerUnit),
      ("xã Thái Bình", "34", .lowerUnit), ("huyện Long An", "80", .lowerUnit),
      ("thị trấn Sơn La", "14", .lowerUnit), ("thị xã Phú Thọ", "25", .lowerUnit),
      ("HTX Hà Nam", "35", .lowerUnit), ("Hợp tác xã Bến Tre", "83", .lowerUnit),
      ("thôn Lai Châu", "12", .lowerUnit), ("Trường THPT Hà Giang", "02", .lowerUnit),
      ("quận Hải Phòng", "31", .lowerUnit), ("bản Điện Biên", "11", .lowerUnit),
      ("khu Quảng Ninh", "22", .lowerUnit), ("tại Quảng Ninh", "22", .bare),
      ("gồm: Cao Bằng", "04", .bare), ("Sài Gòn", "79", .bare),
    ])
  func contexts(text: String, code: String, context: ProvinceMention.Context) throws {
    let mentions = Gazetteer.mentions(in: "Ngày 27/7, \(text) tổ chức hội nghị.")
    try #require(mentions.count == 1, "\(text)")
    #expect(mentions[0].province.code == code)
    #expect(mentions[0].context == context, "\(text)")
  }

  @Test(
    "Words that are not province names",
    arguments: [
      "Vì hòa bình và phát triển", "Bác Hồ Chí Minh kính yêu", "Chủ tịch Hồ Chí Minh",
      "Huân chương Hồ Chí Minh", "tư tưởng Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh",
      "chị Nguyễn Thị Hà Giang", "anh Trần Văn Long An", "cao bằng nhau", "Hà Nộii",
      "Hòa bình là khát vọng", "HCM", "hn", "Hoàng Long",
    ])
  func notProvinces(text: String) {
    #expect(Gazetteer.mentions(in: text).isEmpty, "\(text)")
  }

  @Test("Longest match wins and adjacent names stay separate")
  func longestMatch() {
    let mentions = Gazetteer.mentions(in: "Thừa Thiên Huế, Hà Nội - Hải Phòng, Quảng Nam-Đà Nẵng")
    #expect(mentions.map(\.province.code) == ["46", "01", "31", "49", "48"])
    #expect(mentions[0].matchedText == "Thừa Thiên Huế")
  }

  @Test("Names with and without prefixes and in other spellings")
  func named() {
    #expect(Gazetteer.province(named: "tỉnh Hoà Bình")?.code == "17")
    #expect(Gazetteer.province(named: "TP.HCM")?.code == "79")
    #expect(Gazetteer.province(named: "Thành phố Hồ Chí Minh")?.code == "79")
    #expect(Gazetteer.province(named: "Thừa Thiên-Huế")?.code == "46")
    #expect(Gazetteer.province(named: "Thừa Thiên — Huế")?.code == "46")
    #expect(Gazetteer.province(named: "Đăk Lăk")?.code == "66")
    #expect(Gazetteer.province(named: "Dak Lak")?.code == "66")
    #expect(Gazetteer.province(named: "  thành phố  Cần Thơ ")?.code == "92")
    #expect(Gazetteer.province(named: "Bà Rịa – Vũng Tàu")?.code == "77")
    #expect(Gazetteer.province(named: "UBND tỉnh Hòa Bình")?.code == "17")
    #expect(Gazetteer.province(named: "Tỉnh uỷ Nghệ An")?.code == "40")
    #expect(Gazetteer.province(named: "Ủy ban nhân dân thành phố Hải Phòng")?.code == "31")
    #expect(Gazetteer.province(named: "UBND huyện Lạc Sơn") == nil)
    #expect(Gazetteer.province(named: "Hà Tây") == nil)
    #expect(Gazetteer.province(named: "") == nil)
  }

  @Test("CSV fields with quotes, commas, doubled quotes and CRLF")
  func csv() {
    let rows = parseCSV("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n\n2,,\"multi\nline\"\n")
    #expect(rows == [["a", "b", "c"], ["1", "x, y", "say \"hi\""], ["2", "", "multi\nline"]])
  }
}
