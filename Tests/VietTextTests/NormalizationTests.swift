import Foundation
import Testing

@testable import VietText

@Suite("Normalization")
struct NormalizationTests {
  @Test("utf8Contains finds text by its bytes, at any place, and nothing that is not there")
  func utf8ContainsFindsBytes() {
    #expect(utf8Contains("Nguyễn Văn A, trú tại xã Sơn Thành", " trú tại "))
    #expect(utf8Contains("abc", "abc"))
    #expect(utf8Contains("abc", "c"))
    #expect(utf8Contains("abc", ""))
    #expect(!utf8Contains("abc", "abcd"))
    #expect(!utf8Contains("Hà Nội", "Ha"))
    #expect(!utf8Contains("aab", "abb"))
    #expect(!utf8Contains("", "a"))
  }

  @Test("makeString writes the scalars of every UTF-8 width, and nothing else")
  func makeStringOfScalars() {
    let text = "a Đ ệ 𝐀 \u{0} \u{7F} \u{80} \u{7FF} \u{800} \u{FFFF} \u{10000} \u{10FFFF}"
    let scalars = Array(text.unicodeScalars)
    #expect(makeString(scalars) == text)
    #expect(Array(makeString(scalars).utf8) == Array(text.utf8))
    #expect(makeString(scalars[2..<5]) == "Đ ệ")
    #expect(makeString([Unicode.Scalar]()) == "")
    #expect(
      makeString(text.unicodeScalars.reversed())
        == String(String.UnicodeScalarView(text.unicodeScalars.reversed())))
  }

  @Test("NFD input comes out NFC")
  func nfdBecomesNFC() {
    let nfd = "Vie\u{0302}\u{0323}t Nam Ho\u{0300}a Bi\u{0300}nh"
    let result = normalizeText(nfd)
    #expect(Array(result.unicodeScalars) == Array("Việt Nam Hòa Bình".unicodeScalars))
  }

  @Test("Invisible characters are removed and special spaces become spaces")
  func invisibleCharacters() {
    #expect(normalizeText("Hà\u{00A0}Nội") == "Hà Nội")
    #expect(normalizeText("Hà\u{202F}Nội\u{2007}1") == "Hà Nội 1")
    #expect(normalizeText("thi\u{200B} đua\u{00AD}\u{200D}\u{200C}\u{FEFF}\u{2060}") == "thi đua")
    #expect(normalizeText("a\u{0001}b\u{0085}c\u{007F}d") == "abcd")
    #expect(normalizeText("a\tb\nc") == "a\tb\nc")
    #expect(normalizeText("a\r\nb\rc") == "a\nb\nc")
    #expect(normalizeText("a\u{FFFE}b") == "ab")
  }

  @Test("Clean ASCII and NFC text comes back unchanged")
  func unchanged() {
    let text = "Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2022."
    #expect(normalizeText(text) == text)
    #expect(normalizeText("plain text") == "plain text")
  }

  @Test("collapseWhitespace joins lines and trims")
  func collapse() {
    #expect(collapseWhitespace("  Toàn cảnh\n  Hội   nghị\t\n") == "Toàn cảnh Hội nghị")
    #expect(collapseWhitespace("\u{00A0}Hà\u{00A0}\u{00A0}Nội ") == "Hà Nội")
    #expect(collapseWhitespace("") == "")
    #expect(collapseWhitespace(" \n\t ") == "")
  }

  @Test(
    "Open oa/oe/uy syllables take the old tone placement",
    arguments: [
      ("hoà", "hòa"), ("hoá", "hóa"), ("khoẻ", "khỏe"), ("thuỷ", "thủy"), ("Uỷ ban", "Ủy ban"),
      ("Hoà Bình", "Hòa Bình"), ("Thanh Hoá", "Thanh Hóa"), ("Khánh Hoà", "Khánh Hòa"),
      ("Tỉnh uỷ", "Tỉnh ủy"), ("UỶ BAN", "ỦY BAN"), ("loà xoà", "lòa xòa"), ("toà án", "tòa án"),
      ("hoạ sĩ", "họa sĩ"), ("thuý", "thúy"), ("luỹ tre", "lũy tre"), ("Xoè", "Xòe"),
    ])
  func tonePlacement(input: String, expected: String) {
    #expect(canonicalToneplacement(input) == expected)
    #expect(canonicalToneplacement(expected) == expected)
  }

  @Test(
    "Closed syllables, qu+y and other vowels keep their tone placement",
    arguments: [
      "Hoàng", "hoạch", "thuyền", "quý", "Quỳnh", "quỹ", "hoài", "ngoài", "khoảng", "thuộc",
      "khuyến", "Nguyễn", "tuyên", "hoạt", "toàn", "khoẻo", "Đoàn", "hòa", "thủy",
    ])
  func toneUnchanged(word: String) {
    #expect(canonicalToneplacement(word) == word)
  }

  @Test("Every letter of the vowel table is one precomposed scalar that decomposes as expected")
  func vowelTable() {
    let marks: [UInt32?] = [nil, 0x300, 0x301, 0x309, 0x303, 0x323]
    for row in VietnameseLetters.rows {
      let scalars = Array(row.unicodeScalars)
      #expect(scalars.count == 6, "\(row)")
      for (index, scalar) in scalars.enumerated() {
        #expect(String(scalar).unicodeScalars.count == 1)
        if let mark = marks[index] {
          var composed = String(scalars[0])
          composed.unicodeScalars.append(Unicode.Scalar(mark)!)
          let nfc = composed.precomposedStringWithCanonicalMapping
          #expect(Array(nfc.unicodeScalars) == [scalar], "\(scalar) in \(row)")
        }
      }
    }
  }

  @Test("Upper and lower case through the letter tables")
  func letterCase() {
    for row in 0..<12 {
      let lower = Array(VietnameseLetters.rows[row].unicodeScalars)
      let upper = Array(VietnameseLetters.rows[row + 12].unicodeScalars)
      for index in 0..<6 {
        #expect(VietnameseLetters.uppercase(lower[index]) == upper[index])
        #expect(VietnameseLetters.lowercase(upper[index]) == lower[index])
        #expect(String(lower[index]).uppercased() == String(upper[index]))
      }
    }
    #expect(VietnameseLetters.uppercase("đ") == "Đ")
  }
}

@Suite("Piecewise NFC")
struct SegmentedNFCTests {
  @Test("Piecewise NFC equals Foundation's NFC on mixed scripts")
  func matchesFoundation() {
    let samples = [
      "Vie\u{0302}\u{0323}t Nam, Ho\u{0300}a Bi\u{0300}nh, Gru\u{0308}n, cafe\u{0301}",
      "\u{1100}\u{1161}\u{11A8} 한국 \u{0915}\u{093C} \u{09C7}\u{09BE} \u{212B} \u{2126} \u{1F71}",
      "a\u{0323}\u{0302} \u{0301}start \u{0344} e\u{0301}\u{0301}\u{0301}",
      String(repeating: "x", count: 40) + "e\u{0301}" + String(repeating: "y", count: 40)
        + "o\u{0308}",
      "plain ASCII only", "",
    ]
    for sample in samples {
      let expected = sample.precomposedStringWithCanonicalMapping
      #expect(Array(segmentedNFC(sample).unicodeScalars) == Array(expected.unicodeScalars))
      #expect(Array(nfc(sample).unicodeScalars) == Array(expected.unicodeScalars))
    }
  }
}

@Suite("Lower case from the case tables")
struct LowercasedTextTests {
  @Test("lowercasedText is String.lowercased() for every scalar below U+3000")
  func everyScalar() {
    for value in UInt32(0)..<0x3000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = "Ab" + String(Character(scalar)) + "Đ"
      #expect(
        Array(lowercasedText(text).unicodeScalars) == Array(text.lowercased().unicodeScalars),
        "U+\(String(value, radix: 16))")
    }
  }

  @Test(
    "lowercasedText keeps the scalars String.lowercased() gives",
    arguments: [
      "QUYẾT ĐỊNH Về việc tặng Bằng khen", "İSTANBUL", "ΣΊΣΥΦΟΣ", "ＡＢＣ", "", "plain ascii",
      "Nguyê\u{0303}n Văn A", "ǅǈǋ ẞ",
    ])
  func samples(_ text: String) {
    #expect(Array(lowercasedText(text).unicodeScalars) == Array(text.lowercased().unicodeScalars))
  }
}
