import Testing
import VietText

/// Document numbers of the three families, split into their parts.
struct DocumentNumbersTests {
  @Test(
    "numbers parse into their parts",
    arguments: [
      ("163/QĐ-UBND", "163", nil, "QĐ", "UBND", nil, "administrative"),
      ("1434/QĐ-TTg", "1434", nil, "QĐ", "TTg", nil, "administrative"),
      ("19/CT-TTg", "19", nil, "CT", "TTg", nil, "administrative"),
      ("74/KH-UBND", "74", nil, "KH", "UBND", nil, "administrative"),
      ("238/UBND-KGVX", "238", nil, nil, "UBND", "KGVX", "letter"),
      ("98/2023/NĐ-CP", "98", 2023, "NĐ", "CP", nil, "normative"),
      ("01/2024/TT-BNV", "01", 2024, "TT", "BNV", nil, "normative"),
      ("10/2016/TT-BTTTT", "10", 2016, "TT", "BTTTT", nil, "normative"),
      ("06/2022/QH15", "06", 2022, nil, "QH15", nil, "law"),
      ("35/2023/UBTVQH15", "35", 2023, nil, "UBTVQH15", nil, "law"),
      ("05-CT/TW", "05", nil, "CT", "TW", nil, "party"),
      ("53-NQ/TW", "53", nil, "NQ", "TW", nil, "party"),
      ("36-HD/VPTW", "36", nil, "HD", "VPTW", nil, "party"),
      ("22/CT-TW", "22", nil, "CT", "TW", nil, "party"),
      ("163a/QĐ-UBND", "163a", nil, "QĐ", "UBND", nil, "administrative"),
      ("152/2025/NĐ-CP", "152", 2025, "NĐ", "CP", nil, "normative"),
      ("205/2005/QĐ/CTN", "205", 2005, "QĐ", "CTN", nil, "normative"),
    ] as [(String, String, Int?, String?, String, String?, String)])
  func parse(
    raw: String, number: String, year: Int?, type: String?, issuer: String, unit: String?,
    family: String
  ) {
    let parsed = DocumentNumbers.parse(raw)
    #expect(parsed != nil, "\(raw)")
    guard let parsed else { return }
    #expect(parsed.number == number)
    #expect(parsed.year == year)
    #expect(parsed.typeCode == type)
    #expect(parsed.issuerCode == issuer)
    #expect(parsed.unitCode == unit)
    #expect(parsed.family.rawValue == family)
    #expect(parsed.raw == raw)
  }

  @Test(
    "ASCII spellings, en dashes, spaces and prefixes",
    arguments: [
      ("163/QD-UBND", "QĐ", "UBND"),
      ("98/2023/ND-CP", "NĐ", "CP"),
      ("1434/QĐ–TTg", "QĐ", "TTg"),
      ("Số: 163/QĐ-UBND", "QĐ", "UBND"),
      ("163 / QĐ - UBND", "QĐ", "UBND"),
      ("15/qđ-ttg", "QĐ", "ttg"),
      ("05–CT/TW", "CT", "TW"),
    ])
  func variants(raw: String, type: String, issuer: String) {
    let parsed = DocumentNumbers.parse(raw)
    #expect(parsed?.typeCode == type, "\(raw)")
    #expect(parsed?.issuerCode == issuer, "\(raw)")
  }

  @Test(
    "not document numbers",
    arguments: ["27/7", "2015-2020", "11/6/1948", "QĐ-UBND", "abc/def", "163/", "1/2/3/4", "12.5%"])
  func notNumbers(raw: String) {
    #expect(DocumentNumbers.parse(raw) == nil, "\(raw)")
  }

  @Test("numbers found in a sentence, with the kind of document")
  func mentions() {
    let text =
      "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định số 98/2023/NĐ-CP ngày "
      + "31/12/2023; theo Quyết định số 163/QĐ-UBND ngày 29/01/2024 của Chủ tịch UBND tỉnh, "
      + "thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị."
    let found = DocumentNumbers.mentions(in: text)
    #expect(found.map(\.text) == ["06/2022/QH15", "98/2023/NĐ-CP", "163/QĐ-UBND", "05-CT/TW"])
    #expect(found.map(\.documentKind) == [nil, "nghị định", "quyết định", "chỉ thị"])
    for mention in found { #expect(String(text[mention.range]) == mention.text) }
  }

  @Test("abbreviated kinds and dates beside numbers are told apart")
  func abbreviatedKinds() {
    let found = DocumentNumbers.mentions(
      in: "QĐ số 2405/QĐ-UBND ngày 15/11/2023 và CV 238/UBND-KGVX")
    #expect(found.map(\.number.raw) == ["2405/QĐ-UBND", "238/UBND-KGVX"])
    #expect(found.map(\.documentKind) == ["quyết định", "công văn"])
  }

  @Test("a dash with spaces between the type code and the issuer is part of the number")
  func spacedDash() throws {
    let text = "Chủ tịch nước vừa ký Quyết định số 1582/QĐ - CTN về việc phong tặng danh hiệu"
    let mention = try #require(DocumentNumbers.mentions(in: text).first)
    #expect(mention.number.raw == "1582/QĐ-CTN")
    #expect(mention.number.typeCode == "QĐ")
    #expect(mention.number.issuerCode == "CTN")
    #expect(mention.documentKind == "quyết định")
    // A dash with spaces after a whole number is punctuation, not part of it.
    let other = DocumentNumbers.mentions(in: "theo Quyết định số 163/QĐ-UBND - Chủ tịch UBND tỉnh")
    #expect(other.map(\.number.raw) == ["163/QĐ-UBND"])
  }

  @Test(
    "digits alone after 'Quyết định số' are the decision's number",
    arguments: [
      ("Theo Quyết định số 412, Chủ tịch nước tặng Huân chương Lao động hạng Nhì", "412"),
      ("tại QUYẾT ĐỊNH SỐ 87 ngày 3/9/2024 của Thủ tướng Chính phủ", "87"),
      ("Quyết định số 1205 của Chủ tịch UBND tỉnh về việc tặng Bằng khen", "1205"),
      ("(Quyết định số 56)", "56"),
      ("được tặng Cờ thi đua theo quyết định số 230", "230"),
      ("Theo Quye\u{302}\u{301}t đi\u{323}nh so\u{302}\u{301} 318, Chủ tịch nước tặng", "318"),
    ])
  func bareDecisionNumbers(text: String, number: String) throws {
    let mention = try #require(DocumentNumbers.mentions(in: text).first, "\(text)")
    #expect(mention.number.raw == number)
    #expect(mention.number.family == .bare)
    #expect(mention.documentKind == "quyết định")
    #expect(String(text[mention.range]) == number)
  }

  @Test(
    "digits alone under other heads or before other words are not numbers",
    arguments: [
      "Nghị quyết số 1, Đại hội lần thứ XIV",
      "Đại hội Thi đua yêu nước lần thứ 5, tỉnh Nghệ An",
      "trường Tiểu học số 1 của huyện",
      "Quyết định số 999 người được khen thưởng",
      "Quyết định số 12.5",
      "Kế hoạch số 45, Chỉ thị số 8 ngày 2/3/2024",
    ])
  func notBareNumbers(text: String) {
    #expect(DocumentNumbers.mentions(in: text).isEmpty, "\(text)")
  }
}
