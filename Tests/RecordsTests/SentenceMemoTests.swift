import Testing
import VietText

@testable import Records

/// The tables a sentence builds on first use give what the walks they replace gave.
struct SentenceMemoTests {
  let text =
    "Ngày 25/10/2023 (theo Quyết định số 1198/QĐ-CTN), Chủ tịch nước tặng Huân chương Lao động "
    + "hạng Nhì cho Trường THPT chuyên Hà Tĩnh; ông Nguyễn Văn A (Hà Nội) nhận Bằng khen 🇻🇳."

  @Test("offset is the scalar distance from the start for every index of the text")
  func offsets() {
    let sentence = Sentence(text, kind: .paragraph, block: 0)
    let scalars = text.unicodeScalars
    var index = text.utf8.startIndex
    while index <= text.utf8.endIndex {
      // Indices inside a character's bytes too: both count that character's start.
      #expect(
        sentence.offset(index) == scalars.distance(from: scalars.startIndex, to: index),
        "byte \(text.utf8.distance(from: text.utf8.startIndex, to: index))")
      if index == text.utf8.endIndex { break }
      index = text.utf8.index(after: index)
    }
    for character in text.indices {
      #expect(
        sentence.offset(character) == scalars.distance(from: scalars.startIndex, to: character))
    }
  }

  @Test("parenthesisBefore is the nearest parenthesis before each position")
  func parentheses() {
    let sentence = Sentence(text, kind: .paragraph, block: 0)
    for position in -1...(sentence.count + 1) {
      var expected: Int?
      var k = min(max(position, 0), sentence.count)
      while k > 0 {
        k -= 1
        if sentence.chars[k] == "(" || sentence.chars[k] == ")" {
          expected = k
          break
        }
      }
      #expect(sentence.parenthesisBefore(position) == expected, "position \(position)")
    }
  }

  @Test("the kept scans are the scans of the text")
  func keptScans() {
    let sentence = Sentence(text, kind: .paragraph, block: 0)
    for _ in 0..<2 {
      #expect(sentence.documentNumbers == DocumentNumbers.mentions(in: text))
      #expect(sentence.people == People.mentions(in: text))
      #expect(sentence.dates(reference: nil) == Dates.mentions(in: text, reference: nil))
    }
  }
}
