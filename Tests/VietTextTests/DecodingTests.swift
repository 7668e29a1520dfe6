import Foundation
import Testing

@testable import VietText

@Suite("Decoding")
struct DecodingTests {
  static let sentence =
    "Quyết định khen thưởng của Ủy ban nhân dân tỉnh Hòa Bình về việc tặng Bằng khen"

  @Test("UTF-8 byte-order mark")
  func utf8BOM() {
    let result = decodeText([0xEF, 0xBB, 0xBF] + Array("Việt Nam".utf8))
    #expect(result.text == "Việt Nam")
    #expect(result.encoding == "UTF-8")
    #expect(result.evidence == .bom)
  }

  @Test("UTF-16 byte-order marks, both byte orders")
  func utf16BOM() {
    let units = Array("Đà Nẵng 😀".utf16)
    let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    let decodedLittle = decodeText(little)
    #expect(decodedLittle.text == "Đà Nẵng 😀")
    #expect(decodedLittle.encoding == "UTF-16LE")
    #expect(decodedLittle.evidence == .bom)
    let decodedBig = decodeText(big)
    #expect(decodedBig.text == "Đà Nẵng 😀")
    #expect(decodedBig.encoding == "UTF-16BE")
  }

  @Test("meta charset names the encoding")
  func metaCharset() {
    let html = Array("<html><head><META CHARSET='windows-1252'></head><body>caf".utf8) + [0xE9]
    let result = decodeText(html)
    #expect(result.text.hasSuffix("café"))
    #expect(result.encoding == "windows-1252")
    #expect(result.evidence == .meta)
  }

  @Test("http-equiv Content-Type names the encoding, Latin-1 reads as Windows-1252")
  func httpEquiv() {
    let head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
    let result = decodeText(Array(head.utf8) + [0x93, 0x41, 0x94, 0x80])
    #expect(result.text.hasSuffix("\u{201C}A\u{201D}€"))
    #expect(result.encoding == "windows-1252")
    #expect(result.evidence == .meta)
  }

  @Test("XML declaration names the encoding")
  func xmlDeclaration() {
    let result = decodeText(Array("<?xml version=\"1.0\" encoding=\"utf-8\"?><a>Huế</a>".utf8))
    #expect(result.text.hasSuffix("<a>Huế</a>"))
    #expect(result.evidence == .meta)
  }

  @Test("Valid UTF-8 without a declaration")
  func utf8Validity() {
    let result = decodeText(Array("<p>\(Self.sentence)</p>".utf8))
    #expect(result.text == "<p>\(Self.sentence)</p>")
    #expect(result.encoding == "UTF-8")
    #expect(result.evidence == .utf8Validity)
  }

  @Test("Invalid UTF-8 without a declaration falls back to Windows-1252")
  func fallback() {
    let result = decodeText(Array("Gr".utf8) + [0xFC] + Array("n und Stra".utf8) + [0xDF, 0x65])
    #expect(result.text == "Grün und Straße")
    #expect(result.encoding == "windows-1252")
    #expect(result.evidence == .fallback)
  }

  @Test("A declared encoding wins over the markup")
  func declaredWins() {
    let bytes = Array("<meta charset=utf-8>".utf8) + [0xE9]
    let result = decodeText(bytes, declared: "latin1")
    #expect(result.text == "<meta charset=utf-8>é")
    #expect(result.encoding == "windows-1252")
    #expect(result.evidence == .declared)
  }

  @Test("Windows-1258: combining tones compose to NFC")
  func windows1258() {
    // "Việt Nam Hòa Bình đẹp": ệ = ê (EA) + dot below (F2), ò = o + grave (CC), ì = i + CC,
    // đ = F0, ẹ = e + F2.
    let bytes: [UInt8] =
      [0x56, 0x69, 0xEA, 0xF2, 0x74, 0x20, 0x4E, 0x61, 0x6D, 0x20, 0x48, 0x6F, 0xCC, 0x61, 0x20]
      + [0x42, 0x69, 0xCC, 0x6E, 0x68, 0x20, 0xF0, 0x65, 0xF2, 0x70, 0x20, 0xD5, 0xDD, 0xFD, 0xFE]
    let result = decodeText(Array("<meta charset=\"windows-1258\">".utf8) + bytes)
    let expected = "<meta charset=\"windows-1258\">Việt Nam Hòa Bình đẹp ƠƯư₫"
    #expect(Array(result.text.unicodeScalars) == Array(expected.unicodeScalars))
    #expect(result.encoding == "windows-1258")
    #expect(result.evidence == .meta)
  }

  @Test("Well-known TCVN3 and VNI mappings")
  func knownMappings() {
    #expect(tcvn3Table[0xAE] == "đ")
    #expect(tcvn3Table[0xA7] == "Đ")
    #expect(
      LegacyDetector.tcvn3Decode(Array("ViÖt Nam".unicodeScalars.map { UInt8($0.value) }))
        .map(String.init).joined() == "Việt Nam")
    #expect(vniSingles[0xF1] == "đ")
    #expect(LegacyDetector.vniDecode([0xD1]) == ["Đ"])
    #expect(LegacyDetector.vniDecode([0xF1]) == ["đ"])
  }

  @Test("TCVN3 table: 134 Vietnamese letters round-trip through the inverse")
  func tcvn3RoundTrip() throws {
    let text =
      "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. " + Self.sentence
      + " đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2023"
    let bytes = try #require(LegacyDetector.tcvn3Encode(text.lowercased()))
    #expect(String(LegacyDetector.tcvn3Decode(bytes).map(Character.init)) == text.lowercased())
    // All 67 lower-case letters of the table, each with a distinct byte.
    let letters = VietnameseLetters.rows[0..<12].joined() + "đ"
    let encoded = try #require(LegacyDetector.tcvn3Encode(letters))
    #expect(Set(encoded.filter { $0 >= 0x80 }).count == encoded.filter { $0 >= 0x80 }.count)
  }

  @Test("VNI table: every Vietnamese letter round-trips through the inverse")
  func vniRoundTrip() throws {
    let letters = VietnameseLetters.rows.joined() + "đĐ"
    let bytes = try #require(LegacyDetector.vniEncode(letters))
    #expect(String(LegacyDetector.vniDecode(bytes).map(Character.init)) == letters)
    let text = "Cộng Hòa Xã Hội Chủ Nghĩa Việt Nam, ĐÀ NẴNG. " + Self.sentence
    let sentenceBytes = try #require(LegacyDetector.vniEncode(text))
    #expect(String(LegacyDetector.vniDecode(sentenceBytes).map(Character.init)) == text)
    #expect(
      LegacyDetector.vniEncode("Việt Nam")
        == Array("Vieät Nam".unicodeScalars.map { UInt8($0.value) }))
    #expect(
      LegacyDetector.vniEncode("Đà Nẵng")
        == Array("Ñaø Naüng".unicodeScalars.map { UInt8($0.value) }))
  }

  @Test("TCVN3 page read as Windows-1252 is detected and converted")
  func tcvn3Detected() throws {
    let body = "Quyết định về việc khen thưởng cho các tập thể và cá nhân đã có thành tích xuất sắc"
    let bytes = try #require(LegacyDetector.tcvn3Encode(body))
    let page = Array("<html><body><p>".utf8) + bytes + Array("</p></body></html>".utf8)
    let result = decodeText(page)
    #expect(
      result.text
        == "<html><body><p>\(body.lowercased().replacingOccurrences(of: "quyết", with: "Quyết"))</p></body></html>"
    )
    #expect(result.encoding == "TCVN3")
    #expect(result.evidence == .detected)
  }

  @Test("TCVN3 examples from the text as they show in Latin-1")
  func tcvn3Examples() {
    let page = "<p>ViÖt Nam. QuyÕt ®Þnh cña Chñ tÞch UBND tØnh</p>"
    let result = decodeText(page.unicodeScalars.map { UInt8($0.value) })
    #expect(result.text == "<p>Việt Nam. Quyết định của Chủ tịch UBND tỉnh</p>")
    #expect(result.encoding == "TCVN3")
  }

  @Test("TCVN3-looking words among more Unicode Vietnamese stay as written; alone they convert")
  func tcvn3AmongUnicode() {
    let legacy = "ViÖt Nam. QuyÕt ®Þnh cña Chñ tÞch UBND tØnh"
    let unicode =
      "Quyết định về việc khen thưởng các tập thể đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm nay"
    let mixed = "<p>\(unicode)</p><p>\(legacy)</p>"
    let kept = decodeText(Array(mixed.utf8))
    #expect(kept.text == mixed)
    #expect(kept.encoding == "UTF-8")
    let alone = decodeText(Array("<p>\(legacy)</p><p>Hội nghị</p>".utf8))
    #expect(alone.text == "<p>Việt Nam. Quyết định của Chủ tịch UBND tỉnh</p><p>Hội nghị</p>")
    #expect(alone.encoding == "TCVN3")
  }

  @Test("A .VnTime font hint lets a short TCVN3 text convert")
  func tcvn3Hint() {
    let page = "<span style=\"font-family:.VnTime\">ViÖt Nam</span>"
    let result = decodeText(page.unicodeScalars.map { UInt8($0.value) })
    #expect(result.text == "<span style=\"font-family:.VnTime\">Việt Nam</span>")
    #expect(result.encoding == "TCVN3")
  }

  @Test("VNI page read as Windows-1252 is detected and converted")
  func vniDetected() throws {
    let body = "Vieät Nam. Ñaø Naüng toå chöùc hoäi nghò toång keát coâng taùc thi ñua khen thöôûng"
    let page = "<p>" + body + "</p>"
    let result = decodeText(page.unicodeScalars.map { UInt8($0.value) })
    #expect(
      result.text
        == "<p>Việt Nam. Đà Nẵng tổ chức hội nghị tổng kết công tác thi đua khen thưởng</p>")
    #expect(result.encoding == "VNI")
    #expect(result.evidence == .detected)
  }

  @Test("VNI text stored as UTF-8 is converted too")
  func vniInsideUTF8() {
    let page = "<p style=\"font-family: VNI-Times\">Vieät Nam</p>"
    let result = decodeText(Array(page.utf8))
    #expect(result.text == "<p style=\"font-family: VNI-Times\">Việt Nam</p>")
    #expect(result.encoding == "VNI")
  }

  @Test("Double-encoded UTF-8 is repaired")
  func doubleEncoded() {
    let original = "Đồng chí Nguyễn Văn Đức, Chủ tịch UBND tỉnh Hòa Bình, trao Bằng khen"
    let mojibake = String(
      decoding: Array(original.utf8), as: UTF8.self
    ).utf8.map { cp1252Scalar($0) }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: mojibake)
    let garbled = String(view)
    #expect(garbled.contains("Nguyá»…n"))
    // Stored as UTF-8 (valid), and as Windows-1252 bytes.
    let asUTF8 = decodeText(Array(garbled.utf8))
    #expect(asUTF8.text == original)
    #expect(asUTF8.encoding == "UTF-8 (double-encoded)")
    #expect(asUTF8.evidence == .detected)
    let asLatin = decodeText(Array(original.utf8), declared: nil)
    #expect(asLatin.text == original)
  }

  @Test("Plain German, French and Spanish text is left alone")
  func europeanUntouched() {
    let samples = [
      "Für die Straße gibt es Größen, Übungen und Bären; Mädchen fahren Fahrräder.",
      "Où est la bibliothèque ? Déjà été là-bas, même à Noël, naïf maître, ça va très bien.",
      "El niño está en la península; mañana más, sí, qué año.",
      "Windows® and Office™ © 2010 — “quoted” ½ price · µs",
    ]
    for sample in samples {
      let latin = decodeText(sample.unicodeScalars.compactMap { cp1252Byte($0) })
      #expect(latin.text == sample)
      #expect(latin.encoding == "windows-1252")
      let utf8 = decodeText(Array(sample.utf8))
      #expect(utf8.text == sample)
      #expect(utf8.encoding == "UTF-8")
    }
  }

  @Test("Syllable grammar accepts Vietnamese and rejects other words")
  func syllables() {
    for word in [
      "nghiêng", "Quyết", "định", "giữa", "khuya", "thuyền", "người", "oải", "ạ", "gì", "quý", "đ",
    ] {
      #expect(isVietnameseSyllable(Array(word.unicodeScalars)) == (word != "đ"), "\(word)")
    }
    for word in ["für", "Straße", "été", "hoàt", "màc", "ăn", "â", "xyz", "strong"] {
      let expected = word == "ăn"
      #expect(isVietnameseSyllable(Array(word.unicodeScalars)) == expected, "\(word)")
    }
  }

  @Test("Charset labels and their aliases")
  func labels() {
    #expect(TextEncoding(label: "UTF8") == .utf8)
    #expect(TextEncoding(label: "latin1") == .windows1252)
    #expect(TextEncoding(label: "US-ASCII") == .windows1252)
    #expect(TextEncoding(label: "cp1258") == .windows1258)
    #expect(TextEncoding(label: "TCVN3") == .tcvn3)
    #expect(TextEncoding(label: "VNI") == .vni)
    #expect(TextEncoding(label: "shift_jis") == nil)
  }
}
