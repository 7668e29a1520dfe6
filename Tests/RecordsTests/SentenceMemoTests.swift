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

  @Test("phrase and mark look-ups in a long sentence's index give what a scan gives")
  func indexedLookups() {
    // Long enough for the index: the text again and again, with a mark and phrases at its ends.
    let long = Sentence(
      String(repeating: text + " ", count: 8) + "tặng", kind: .paragraph, block: 0)
    #expect(long.count >= Sentence.indexedLength)
    func scanFind(_ phrase: [Unicode.Scalar], _ from: Int, _ to: Int) -> Int? {
      var i = max(from, 0)
      while i + phrase.count <= min(to, long.count) {
        if long.has(phrase, at: i) { return i }
        i += 1
      }
      return nil
    }
    func scanFindLast(_ phrase: [Unicode.Scalar], _ before: Int, _ after: Int) -> Int? {
      var i = min(before, long.count) - phrase.count
      while i >= after {
        if long.has(phrase, at: i) { return i }
        i -= 1
      }
      return nil
    }
    let phrases = ["tặng", "cho", "hạng nhì", "quyết định số", "bằng khen", "không có"].map(ph)
    for phrase in phrases {
      for from in stride(from: -3, through: long.count + 3, by: 37) {
        for to in stride(from: from, through: long.count + 3, by: 101) {
          #expect(long.find(phrase, from: from, to: to) == scanFind(phrase, from, to))
          #expect(long.findLast(phrase, before: to, after: from) == scanFindLast(phrase, to, from))
        }
        #expect(long.find(phrase, from: from) == scanFind(phrase, from, long.count))
      }
    }
    for mark in [";", "(", ":", "#"] as [Unicode.Scalar] {
      for from in -2...(long.count + 2) {
        let expected = long.chars[min(max(from, 0), long.count)...].firstIndex(of: mark)
        #expect(long.first(mark, from: from) == expected)
      }
    }
  }

  @Test("clause starts, next marks, blank and few-word spans of a long sentence are the walks'")
  func indexedWalks() {
    let pieces = [
      text, "TP.HCM, GD.ĐT. ./. ; ;", " , : ; ", "a b", "“Anh hùng” – ", "x. y", ". - –",
    ]
    var built = ""
    for k in 0..<60 { built += pieces[k * 7 % pieces.count] + (k % 3 == 0 ? " " : "") }
    let long = Sentence(built, kind: .paragraph, block: 0)
    #expect(long.count >= Sentence.indexedLength)
    for position in 0...long.count {
      var start = position
      while start > 0, long.chars[start - 1] != ";" { start -= 1 }
      #expect(long.clauseStart(position) == start, "position \(position)")
      for marks in [[";"], [",", ";", "(", "."], [";", "."], [")"]] as [Set<Unicode.Scalar>] {
        var j = position
        while j < long.count, !marks.contains(long.chars[j]) || long.isInnerDot(j) { j += 1 }
        #expect(long.next(marks, from: position) == j, "position \(position)")
      }
    }
    for start in stride(from: 0, through: long.count, by: 3) {
      for end in stride(from: start, through: min(long.count, start + 40), by: 1) {
        let slice = long.slice(start, end)
        #expect(long.isBlank(start, end) == slice.isEmpty, "\(start)..<\(end)")
        #expect(
          long.hasAtMostWords(2, start, end) == (slice.split(separator: " ").count <= 2),
          "\(start)..<\(end)")
      }
    }
  }
}
