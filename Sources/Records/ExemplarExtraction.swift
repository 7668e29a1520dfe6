// Exemplary models presented at an event: a quoted topic followed by "của WHO" or "tại WHO",
// then the places written after it ("xã …, huyện …, tỉnh …").

import VietText

/// Finds exemplary models.
struct ExemplarFinder {
  let page: PageText

  /// Words that announce models in a sentence.
  static let cues: [[Unicode.Scalar]] = [
    "mô hình", "điển hình", "sáng kiến", "tấm gương", "gương điển hình", "chia sẻ kinh nghiệm",
  ].map { Array($0.unicodeScalars) }

  /// Words before a quote that name a scheme or a document, not a model.
  static let schemes: [String] = [
    "đề án", "chỉ thị", "kế hoạch", "chương trình", "nghị quyết", "cuộc vận động", "quyết định",
    "phong trào", "dự án", "chủ đề", "khẩu hiệu",
  ]

  /// Whether a sentence presents exemplary models.
  static func isExemplarSentence(_ sentence: Sentence) -> Bool {
    guard sentence.contains(any: cues) else { return false }
    return sentence.quotes().contains { quote in
      let k = sentence.skipSpaces(quote.close)
      return sentence.has(Array("của".unicodeScalars), at: k)
        || sentence.has(Array("tại".unicodeScalars), at: k)
    }
  }

  func find() -> [Exemplar] {
    var result: [Exemplar] = []
    for sentence in page.body where Self.isExemplarSentence(sentence) {
      let quotes = sentence.quotes()
      for (index, quote) in quotes.enumerated() {
        // Not a movement.
        let head = max(0, quote.open - 30)
        let before = scalarString(sentence.lower[head..<quote.open])
        if Self.schemes.contains(where: { before.hasSuffix($0 + " ") || before.hasSuffix($0) }) {
          continue
        }
        if before.contains("phong trào") { continue }
        var k = sentence.skipSpaces(quote.close)
        let word: [Unicode.Scalar]
        if sentence.has(Array("của".unicodeScalars), at: k) {
          word = Array("của".unicodeScalars)
        } else if sentence.has(Array("tại".unicodeScalars), at: k) {
          word = Array("tại".unicodeScalars)
        } else {
          continue
        }
        k = sentence.skipSpaces(k + word.count)
        let regionEnd = min(
          sentence.next([";"], from: k),
          index + 1 < quotes.count ? quotes[index + 1].open : sentence.count)
        // The name runs to a comma or "là".
        var nameEnd = sentence.next([",", ";", "."], from: k)
        if let cut = sentence.find(Array("là".unicodeScalars), from: k, to: nameEnd) {
          nameEnd = cut
        }
        nameEnd = min(nameEnd, regionEnd)
        var nameStart = k
        for honorific in nameHonorifics where sentence.has(ph(honorific), at: k) {
          nameStart = sentence.skipSpaces(k + honorific.count)
          break
        }
        let name = sentence.slice(nameStart, nameEnd)
        guard !name.isEmpty else { continue }
        let topic = sentence.slice(quote.start, quote.end)
        let place = places(in: sentence, from: nameEnd, to: regionEnd)
        result.append(
          Exemplar(name: name, topic: topic.isEmpty ? nil : topic, place: place))
      }
    }
    return result
  }

  /// Places after a name: each comma segment that starts with a capital or a unit word is kept
  /// (to a verb or "là"), and units named later in a segment ("… của tỉnh Thái Nguyên") added.
  func places(in sentence: Sentence, from: Int, to: Int) -> String? {
    var parts: [String] = []
    var i = from
    while i < to {
      var segmentEnd = sentence.next([","], from: i)
      if segmentEnd > to { segmentEnd = to }
      let s = sentence.skipSpaces(i)
      if s < segmentEnd {
        let startsPlace =
          sentence.chars[s].isUppercase || placeHeads.contains { sentence.has($0, at: s) }
        var rest = s
        if startsPlace {
          var end = segmentEnd
          for stop in ["là", "một", "có", "đã", "của", "với", "nơi", "và"] {
            if let cut = sentence.find(ph(stop), from: s + 1, to: end) { end = cut }
          }
          let part = sentence.slice(s, end)
          if !part.isEmpty { parts.append(part) }
          rest = end
        }
        // Units later in the segment.
        var j = rest
        while j < segmentEnd {
          if let head = placeHeads.first(where: { sentence.has($0, at: j) }) {
            var e = sentence.skipSpaces(j + head.count)
            guard e < segmentEnd, sentence.chars[e].isUppercase || sentence.chars[e].isNumber else {
              j += head.count
              continue
            }
            // Capitalised words or a number.
            while e < segmentEnd {
              let w = sentence.wordEnd(e)
              guard w > e, sentence.chars[e].isUppercase || sentence.chars[e].isNumber else {
                break
              }
              e = w
              let next = sentence.skipSpaces(e)
              guard next < segmentEnd, next > e else { break }
              e = next
            }
            let part = sentence.slice(j, e)
            if !part.isEmpty { parts.append(part) }
            j = e
            continue
          }
          j += 1
        }
      }
      i = segmentEnd + 1
    }
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }
}
