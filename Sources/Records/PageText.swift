// The text of an article as the extractor reads it: blocks (title, lead, paragraphs, captions)
// cut into sentences, each kept as characters with a lower-cased twin of the same length so
// that phrases can be looked up without allocating and positions map back to the text.

import PortalPage
import VietText

/// Where a piece of text came from.
enum BlockKind: Equatable {
  case title
  case lead
  case paragraph
  case caption
}

/// A sentence (or clause-rich run) of an article.
struct Sentence {
  let kind: BlockKind
  /// Index of the block in reading order.
  let block: Int
  let text: String
  let chars: [Unicode.Scalar]
  let lower: [Unicode.Scalar]
  /// What is computed from the text on first use and kept (the text never changes).
  let memo = SentenceMemo()

  init(_ text: String, kind: BlockKind, block: Int) {
    self.kind = kind
    self.block = block
    self.text = text
    self.chars = Array(text.unicodeScalars)
    self.lower = chars.map(lowercaseScalar)
  }

  /// `DocumentNumbers.mentions(in: text)`, scanned once.
  var documentNumbers: [DocumentNumberMention] {
    if let numbers = memo.numbers { return numbers }
    let numbers = DocumentNumbers.mentions(in: text)
    memo.numbers = numbers
    return numbers
  }

  /// The position of the last "(" or ")" before `position`, from a table built on first use.
  func parenthesisBefore(_ position: Int) -> Int? {
    if memo.parenthesisBefore.isEmpty {
      // parenthesisBefore[i]: the last parenthesis before position i, -1 for none.
      var table = [Int32](repeating: -1, count: chars.count + 1)
      var last: Int32 = -1
      for (i, char) in chars.enumerated() {
        table[i] = last
        if char == "(" || char == ")" { last = Int32(i) }
      }
      table[chars.count] = last
      memo.parenthesisBefore = table
    }
    let clamped = min(max(position, 0), chars.count)
    let found = Int(memo.parenthesisBefore[clamped])
    return found >= 0 ? found : nil
  }

  /// `People.mentions(in: text)`, scanned once.
  var people: [PersonMention] {
    if let people = memo.people { return people }
    let people = People.mentions(in: text)
    memo.people = people
    return people
  }

  /// `AwardVocabulary.mentions(in: text)`, scanned once.
  var forms: [AwardFormMention] {
    if let forms = memo.forms { return forms }
    let forms = AwardVocabulary.mentions(in: text)
    memo.forms = forms
    return forms
  }

  /// `Gazetteer.mentions(in: text)`, scanned once.
  var provinces: [ProvinceMention] {
    if let provinces = memo.provinces { return provinces }
    let provinces = Gazetteer.mentions(in: text)
    memo.provinces = provinces
    return provinces
  }

  /// `Dates.mentions(in: text, reference:)`, scanned once per reference.
  func dates(reference: DayDate?) -> [DateMention] {
    if let found = memo.dates[reference] { return found }
    let found = Dates.mentions(in: text, reference: reference)
    memo.dates[reference] = found
    return found
  }

  var count: Int { chars.count }

  /// The text of characters `start..<end`, trimmed of spaces.
  func slice(_ start: Int, _ end: Int) -> String {
    guard start < end, start >= 0, end <= chars.count else { return "" }
    memo.charactersSliced += end - start
    return trimmed(scalarString(chars[start..<end]))
  }

  /// The character offset of a string index of `text` (an index inside a character's bytes
  /// counts as that character's start), from a table of the offsets built on first use.
  func offset(_ index: String.Index) -> Int {
    let utf8 = text.utf8
    let byte = utf8.distance(from: utf8.startIndex, to: index)
    if memo.scalarsBefore.isEmpty {
      // scalarsBefore[i]: the characters that start before byte i.
      var table = [Int32](repeating: 0, count: utf8.count + 1)
      var count: Int32 = 0
      var i = 0
      for unit in utf8 {
        table[i] = count
        if unit & 0xC0 != 0x80 { count += 1 }
        i += 1
      }
      table[i] = count
      memo.scalarsBefore = table
    }
    guard byte >= 0, byte < memo.scalarsBefore.count else {
      return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index)
    }
    if byte < utf8.count, utf8[index] & 0xC0 == 0x80 {
      return Int(memo.scalarsBefore[byte]) - 1
    }
    return Int(memo.scalarsBefore[byte])
  }

  /// Whether `phrase` (lower-case) starts at `i` on word boundaries.
  func has(_ phrase: [Unicode.Scalar], at i: Int) -> Bool {
    guard i >= 0, i + phrase.count <= lower.count else { return false }
    if i > 0, lower[i - 1].isLetter || lower[i - 1].isNumber { return false }
    for k in 0..<phrase.count where lower[i + k] != phrase[k] { return false }
    let end = i + phrase.count
    return end == lower.count || !(lower[end].isLetter || lower[end].isNumber)
  }

  /// How long a sentence is, and how wide a search in it, before phrases are looked up in the
  /// sentence's index of their positions rather than by a scan. Rules search a sentence once
  /// per award form it names, often up to its end: on a sentence of thousands of characters
  /// that many forms are told in (a list, a page without full stops), scans would take time
  /// quadratic in its length. The index gives the same positions as the scan.
  static let indexedLength = 512

  /// The positions where `phrase` starts on word boundaries, in order, found on first use.
  func positions(of phrase: [Unicode.Scalar]) -> [Int32] {
    if let found = memo.positions[phrase] { return found }
    var found: [Int32] = []
    if let first = phrase.first, phrase.count <= lower.count {
      for i in 0...(lower.count - phrase.count) where lower[i] == first && has(phrase, at: i) {
        found.append(Int32(i))
      }
    }
    memo.positions[phrase] = found
    return found
  }

  /// The first position at or after `from` of the character `mark`, if any; from an index of
  /// the mark's positions on a long sentence.
  func first(_ mark: Unicode.Scalar, from: Int) -> Int? {
    let start = max(from, 0)
    guard indexes(chars.count - start) else {
      return chars[min(start, chars.count)...].firstIndex(of: mark)
    }
    return Self.firstAtOrAfter(start, in: markPositions(mark))
  }

  /// The positions of the character `mark`, found on first use.
  private func markPositions(_ mark: Unicode.Scalar) -> [Int32] {
    if let kept = memo.marks[mark] { return kept }
    let found = chars.indices.filter { chars[$0] == mark }.map { Int32($0) }
    memo.marks[mark] = found
    return found
  }

  /// The first of ascending `positions` at or after `start`.
  private static func firstAtOrAfter(_ start: Int, in positions: [Int32]) -> Int? {
    var low = 0
    var high = positions.count
    while low < high {
      let middle = (low + high) / 2
      if Int(positions[middle]) < start { low = middle + 1 } else { high = middle }
    }
    return low < positions.count ? Int(positions[low]) : nil
  }

  /// Where the clause that holds `position` starts: after the last `mark` (";") before it, or
  /// 0; from an index of the mark's positions on a long sentence.
  func clauseStart(_ position: Int, after mark: Unicode.Scalar = ";") -> Int {
    guard indexes(position) else {
      var start = position
      while start > 0, chars[start - 1] != mark { start -= 1 }
      return start
    }
    let found = markPositions(mark)
    // The last position before `position`.
    var low = 0
    var high = found.count
    while low < high {
      let middle = (low + high) / 2
      if Int(found[middle]) < position { low = middle + 1 } else { high = middle }
    }
    return low > 0 ? Int(found[low - 1]) + 1 : 0
  }

  /// Whether `slice(start, end)` is empty, without building the text when the characters
  /// left once the trimmed marks are passed over say it is not.
  func isBlank(_ start: Int, _ end: Int) -> Bool {
    guard start < end, start >= 0, end <= chars.count else { return true }
    let (low, high) = trimmedBounds(start, end)
    if low < high { return false }
    return slice(start, end).isEmpty
  }

  /// Whether `slice(start, end)` has at most `limit` words (split at spaces), without building
  /// the text when more than `limit` are found before its end.
  func hasAtMostWords(_ limit: Int, _ start: Int, _ end: Int) -> Bool {
    guard start < end, start >= 0, end <= chars.count else { return true }
    let (low, high) = trimmedBounds(start, end)
    var words = 0
    var inWord = false
    var i = low
    while i < high {
      // A space between characters that each stand alone (no combining mark after it, no
      // prepended mark before it) separates words as the text's own split does.
      let separates =
        chars[i] == " " && (i + 1 == high || standsAlone(chars[i + 1]))
        && (i == low || standsAlone(chars[i - 1]))
      if separates {
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
        if words > limit { return false }
      }
      i += 1
    }
    return slice(start, end).split(separator: " ").count <= limit
  }

  /// The characters `trimmed` keeps of `start..<end`, told scalar by scalar: `trimmed` keeps
  /// at least these (it compares whole characters, which are these scalars or longer).
  private func trimmedBounds(_ start: Int, _ end: Int) -> (Int, Int) {
    var low = start
    while low < end,
      chars[low] == " " || chars[low] == "," || chars[low] == ":" || chars[low] == ";"
    {
      low += 1
    }
    var high = end
    while high > low {
      let last = chars[high - 1]
      if last == ".", high - 3 >= low, chars[high - 2] == "/", chars[high - 3] == "." {
        high -= 3
      } else if last == " " || last == "," || last == ";" || last == ":" || last == "."
        || last == "–" || last == "-"
      {
        high -= 1
      } else {
        break
      }
    }
    return (low, high)
  }

  /// A scalar that is a character of its own next to a space: Latin, Vietnamese letters,
  /// general punctuation (no combining or prepended mark).
  private func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return (v >= 0x20 && v < 0x300) || (v >= 0x1E00 && v < 0x1F00) || (v >= 0x2010 && v < 0x2060)
  }

  /// Whether a search of `width` characters goes through the index.
  private func indexes(_ width: Int) -> Bool {
    lower.count >= Self.indexedLength && width >= Self.indexedLength / 4
  }

  /// The first position at or after `from` (and before `to`) where `phrase` starts.
  func find(_ phrase: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> Int? {
    let limit = min(to ?? lower.count, lower.count) - phrase.count
    guard let first = phrase.first, from <= limit else { return nil }
    if indexes(limit - from) {
      let found = positions(of: phrase)
      // The first position at or after `from`.
      var low = 0
      var high = found.count
      while low < high {
        let middle = (low + high) / 2
        if Int(found[middle]) < from { low = middle + 1 } else { high = middle }
      }
      return low < found.count && Int(found[low]) <= limit ? Int(found[low]) : nil
    }
    var i = max(from, 0)
    while i <= limit {
      if lower[i] == first, has(phrase, at: i) { return i }
      i += 1
    }
    return nil
  }

  /// The last position before `before` where `phrase` starts.
  func findLast(_ phrase: [Unicode.Scalar], before: Int, after: Int = 0) -> Int? {
    var i = min(before, lower.count) - phrase.count
    if !phrase.isEmpty, indexes(i - after) {
      let found = positions(of: phrase)
      // The last position at or before `i`.
      var low = 0
      var high = found.count
      while low < high {
        let middle = (low + high) / 2
        if Int(found[middle]) <= i { low = middle + 1 } else { high = middle }
      }
      guard low > 0 else { return nil }
      let last = Int(found[low - 1])
      return last >= after ? last : nil
    }
    while i >= after {
      if has(phrase, at: i) { return i }
      i -= 1
    }
    return nil
  }

  /// Whether any of `phrases` occurs.
  func contains(any phrases: [[Unicode.Scalar]]) -> Bool {
    phrases.contains { find($0) != nil }
  }

  /// Skips spaces from `i`.
  func skipSpaces(_ i: Int) -> Int {
    var j = i
    while j < chars.count, chars[j] == " " { j += 1 }
    return j
  }

  /// The end of the word starting at `i`.
  func wordEnd(_ i: Int) -> Int {
    var j = i
    while j < chars.count, chars[j].isLetter || chars[j].isNumber { j += 1 }
    return j
  }

  /// The position of the first of `marks` at or after `i`, or the end; from indexes of the
  /// marks' positions on a long sentence.
  func next(_ marks: Set<Unicode.Scalar>, from i: Int) -> Int {
    if i >= 0, i < chars.count, indexes(chars.count - i) {
      var found = chars.count
      for mark in marks {
        let positions = mark == "." ? endingDots() : markPositions(mark)
        if let at = Self.firstAtOrAfter(i, in: positions), at < found { found = at }
      }
      return found
    }
    var j = i
    while j < chars.count, !marks.contains(chars[j]) || isInnerDot(j) { j += 1 }
    return j
  }

  /// The positions of the dots that are not inside a word, found on first use.
  private func endingDots() -> [Int32] {
    if let kept = memo.endingDots { return kept }
    let found = markPositions(".").filter { !isInnerDot(Int($0)) }
    memo.endingDots = found
    return found
  }

  /// Whether the character at `j` is a dot inside a word ("TP.HCM", "GD.ĐT"), which ends
  /// nothing.
  func isInnerDot(_ j: Int) -> Bool {
    guard chars[j] == ".", j > 0, j + 1 < chars.count else { return false }
    let before = chars[j - 1]
    let after = chars[j + 1]
    return before.properties.isAlphabetic && after.properties.isAlphabetic
  }
}

/// The article cut into sentences.
struct PageText {
  let title: Sentence
  /// Lead, paragraphs and captions, in reading order, cut into sentences.
  let sentences: [Sentence]

  init(_ article: Article) {
    title = Sentence(collapse(article.title), kind: .title, block: 0)
    var sentences: [Sentence] = []
    var block = 1
    if let lead = article.lead, !lead.isEmpty {
      for s in splitSentences(collapse(lead)) {
        sentences.append(Sentence(s, kind: .lead, block: block))
      }
      block += 1
    }
    for paragraph in article.paragraphs {
      for s in splitSentences(collapse(paragraph)) {
        sentences.append(Sentence(s, kind: .paragraph, block: block))
      }
      block += 1
    }
    for image in article.images {
      guard let caption = image.caption, !caption.isEmpty else { continue }
      sentences.append(Sentence(collapse(caption), kind: .caption, block: block))
      block += 1
    }
    self.sentences = sentences
  }

  /// What is worked out over the whole page on first use and kept.
  let memo = PageMemo()

  /// Sentences of the lead and the body (no captions).
  var body: [Sentence] { sentences.filter { $0.kind != .caption } }

  /// The index in `sentences` of the first sentence of `sentence`'s block with its text, from
  /// a table of the page's sentences built on first use.
  func index(of sentence: Sentence) -> Int? {
    if memo.sentenceIndex == nil {
      var table: [SentenceKey: Int] = [:]
      table.reserveCapacity(sentences.count)
      for (index, each) in sentences.enumerated() {
        memo.sentencesRead += 1
        let key = SentenceKey(block: each.block, text: each.text)
        if table[key] == nil { table[key] = index }
      }
      memo.sentenceIndex = table
    }
    return memo.sentenceIndex?[SentenceKey(block: sentence.block, text: sentence.text)]
  }

  /// The people of the page's sentences by the exact key of their names, in reading order:
  /// (sentence index, mention index), built on first use.
  func peopleByKey() -> [String: [(sentence: Int, mention: Int)]] {
    if let kept = memo.peopleByKey { return kept }
    var table: [String: [(sentence: Int, mention: Int)]] = [:]
    for (index, sentence) in sentences.enumerated() {
      memo.sentencesRead += 1
      for (k, mention) in sentence.people.enumerated() {
        table[MatchingKey(mention.name).exact, default: []].append((index, k))
      }
    }
    memo.peopleByKey = table
    return table
  }
}

/// A sentence by its block and text.
struct SentenceKey: Hashable {
  let block: Int
  let text: String
}

/// The page-wide tables of `PageText`, built on first use.
final class PageMemo {
  var sentenceIndex: [SentenceKey: Int]?
  var peopleByKey: [String: [(sentence: Int, mention: Int)]]?
  /// `AwardFinder.fullerPositions`'s fullest positions by name (its UTF-8 bytes).
  var fullest: [[UInt8]: [String]] = [:]
  /// How many sentences the page-wide look-ups have read: the work they do, for tests.
  var sentencesRead = 0
  /// How many names are looked up by reading every sentence before the people of the page
  /// are indexed by name: a news article names a few recipients; the index costs a scan for
  /// people of every sentence.
  static let namesReadInFull = 8
}

/// Normalises a text and collapses its whitespace.
func collapse(_ text: String) -> String {
  collapseWhitespace(text)
}

/// Trims spaces and trailing punctuation that never ends a value.
func trimmed(_ text: String) -> String {
  var scalars = Substring(text)
  while let first = scalars.first, first == " " || first == "," || first == ":" || first == ";" {
    scalars = scalars.dropFirst()
  }
  while let last = scalars.last,
    last == " " || last == "," || last == ";" || last == ":" || last == "." || last == "–"
      || last == "-"
  {
    if last == ".", scalars.hasSuffix("./.") {
      scalars = scalars.dropLast(3)
      continue
    }
    scalars = scalars.dropLast()
  }
  return String(scalars)
}

/// Abbreviations after which a full stop does not end a sentence.
private let abbreviations: Set<String> = [
  "tp", "tp.hcm", "ts", "ths", "gs", "pgs", "bs", "ks", "st", "p", "q", "tx", "tt", "pgs.ts",
  "gs.ts", "ls", "nxb",
]

/// Cuts a paragraph into sentences at ". ", "! ", "? " (not after abbreviations or between
/// digits).
/// Words before the number of a numbered part ("điều 1.", "khoản 2."), lower-case.
let numberedPartHeads: Set<String> = [
  "điều", "khoản", "mục", "phần", "chương", "số", "bước", "câu", "bài", "ý",
]

func splitSentences(_ text: String) -> [String] {
  let chars = Array(text)
  // The sentences are cut out of the UTF-8 bytes: `offsets[k]` is where character `k` starts
  // (building strings from runs of characters costs many times more).
  let bytes = Array(text.utf8)
  var offsets: [Int] = []
  offsets.reserveCapacity(chars.count + 1)
  var offset = 0
  for character in chars {
    offsets.append(offset)
    offset += character.utf8.count
  }
  offsets.append(offset)
  func piece(_ from: Int, _ to: Int) -> String {
    String(decoding: bytes[offsets[from]..<offsets[to]], as: UTF8.self)
  }
  var result: [String] = []
  var start = 0
  var i = 0
  while i < chars.count {
    let c = chars[i]
    if c == "." || c == "!" || c == "?", i + 1 < chars.count, chars[i + 1] == " " {
      // The next sentence starts with a capital, a quote, or a count ("… huấn luyện. 17 đồng
      // chí …") after a word.
      let nextIsUpper =
        i + 2 < chars.count
        && (chars[i + 2].isUppercase || chars[i + 2] == "“"
          || (chars[i + 2].isNumber && i > 0 && chars[i - 1].isLetter))
      // A number before the full stop ends a sentence only after a lower-case word that is no
      // head of a numbered part ("… lần thứ 3. Trong số này …", not "Điều 1. Tặng …" or a list
      // item "1. Ông …").
      var afterDigit = i > 0 && chars[i - 1].isNumber
      if afterDigit, nextIsUpper {
        var d = i
        while d > start, chars[d - 1].isNumber { d -= 1 }
        var e = d
        if e > start, chars[e - 1] == " " { e -= 1 }
        var b = e
        while b > start, chars[b - 1].isLetter { b -= 1 }
        let before = piece(b, e)
        if e < d, !before.isEmpty, before == before.lowercased(),
          !numberedPartHeads.contains(before)
        {
          afterDigit = false
        }
      }
      // The word before (only looked at where the mark may end a sentence).
      var w = i
      var word = ""
      if nextIsUpper, !afterDigit {
        while w > start, chars[w - 1].isLetter || chars[w - 1] == "." { w -= 1 }
        word = lowercasedText(piece(w, i))
      }
      if nextIsUpper, !afterDigit, !abbreviations.contains(word),
        !(word.count == 1 && chars[w].isUppercase)
      {
        result.append(piece(start, i + 1))
        start = i + 2
        i += 2
        continue
      }
    }
    i += 1
  }
  if start < chars.count { result.append(piece(start, chars.count)) }
  return result.filter { !$0.isEmpty }
}

/// The scans of one sentence's text kept for the rules that ask again.
final class SentenceMemo {
  var scalarsBefore: [Int32] = []
  var numbers: [DocumentNumberMention]?
  var people: [PersonMention]?
  var forms: [AwardFormMention]?
  var provinces: [ProvinceMention]?
  var dates: [DayDate?: [DateMention]] = [:]
  var parenthesisBefore: [Int32] = []
  /// `Sentence.positions(of:)` of the phrases asked for (long sentences only).
  var positions: [[Unicode.Scalar]: [Int32]] = [:]
  /// `Sentence.first(_:from:)`'s positions of the marks asked for (long sentences only).
  var marks: [Unicode.Scalar: [Int32]] = [:]
  /// The positions of the dots `Sentence.next(_:from:)` stops at (long sentences only).
  var endingDots: [Int32]?
  /// How many characters `Sentence.slice` has built into texts: the work it did, for tests.
  var charactersSliced = 0
  var decisionOwners:
    (
      forms: [Range<String.Index>], numbers: [DocumentNumberMention], owners: [Int?]
    )?
}

/// Lower-cased phrase as characters.
func ph(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

/// A string of scalars.
func scalarString(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
  makeString(scalars)
}

/// The lower case of one scalar; Vietnamese letters without table look-ups.
func lowercaseScalar(_ s: Unicode.Scalar) -> Unicode.Scalar {
  let v = s.value
  if v < 128 { return v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : s }
  if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return Unicode.Scalar(v + 32)! }
  if v < 0x100 { return s }
  if v <= 0x137 && v % 2 == 0 { return Unicode.Scalar(v + 1)! }
  if v == 0x1A0 || v == 0x1AF { return Unicode.Scalar(v + 1)! }
  if v >= 0x1EA0 && v <= 0x1EF9 { return v % 2 == 0 ? Unicode.Scalar(v + 1)! : s }
  guard s.properties.isUppercase else { return s }
  let mapped = s.properties.lowercaseMapping.unicodeScalars
  return mapped.count == 1 ? mapped.first! : s
}

extension Unicode.Scalar {
  /// An upper-case letter (Vietnamese ranges without table look-ups).
  var isUppercase: Bool {
    let v = value
    if v < 128 { return v >= 65 && v <= 90 }
    if v >= 0xC0 && v <= 0xDE { return v != 0xD7 }
    if v < 0x100 { return false }
    if v <= 0x137 { return v % 2 == 0 }
    if v == 0x1A0 || v == 0x1AF { return true }
    if v >= 0x1EA0 && v <= 0x1EF9 { return v % 2 == 0 }
    return properties.isUppercase
  }

  /// A lower-case letter.
  var isLowercase: Bool { isLetter && !isUppercase }

  /// A decimal digit.
  var isNumber: Bool { value >= 48 && value <= 57 }

  /// A letter or a combining mark.
  var isLetter: Bool {
    let v = value
    if v < 128 { return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) }
    if v == 0xD7 || v == 0xF7 { return false }
    if v >= 0xC0 && v <= 0x24F { return true }
    if v >= 0x1EA0 && v <= 0x1EFF { return true }
    if v >= 0x300 && v <= 0x36F { return true }
    if v < 0xC0 { return false }
    return properties.isAlphabetic
  }
}

/// A quoted span: the offsets of the text inside the quotes.
struct Quote {
  let open: Int
  let start: Int
  let end: Int
  let close: Int
}

extension Sentence {
  /// Quotes “…” and "…"; a closing quote without an opening one opens where a word runs into
  /// a capital ("kinh nghiệmVề việc …”").
  func quotes() -> [Quote] {
    var result: [Quote] = []
    var i = 0
    var lastEnd = 0
    while i < chars.count {
      let c = chars[i]
      if c == "“" || c == "\"" {
        let closing: Unicode.Scalar = c == "“" ? "”" : "\""
        var j = i + 1
        while j < chars.count, chars[j] != closing, !(c == "“" && chars[j] == "“") { j += 1 }
        if j < chars.count, chars[j] == closing {
          result.append(Quote(open: i, start: i + 1, end: j, close: j + 1))
          i = j + 1
          lastEnd = i
          continue
        }
        i += 1
        continue
      }
      if c == "”" {
        // Unmatched closing quote: look back for a word running into a capital.
        var k = i - 1
        var found: Int?
        while k > lastEnd, i - k < 300 {
          if chars[k].isUppercase, chars[k - 1].isLowercase {
            found = k
            break
          }
          if chars[k] == ";" || chars[k] == "." { break }
          k -= 1
        }
        if let found {
          result.append(Quote(open: found, start: found, end: i, close: i + 1))
        }
        lastEnd = i + 1
      }
      i += 1
    }
    return result
  }
}

/// The words of a clause after the time that opens it: "Sáng ngày 20 tháng 11 năm 2018 thầy và
/// trò …" → "thầy và trò …"; unchanged when it does not open with a time word followed by a
/// number.
func withoutLeadingTime(_ words: [String]) -> [String] {
  var i = 0
  var sawNumber = false
  while i < words.count {
    let word = words[i].lowercased().trimmingCharacters(in: [",", "(", ")"])
    if word.unicodeScalars.first?.properties.numericType != nil {
      sawNumber = true
    } else if !leadingTimeWords.contains(word) {
      break
    }
    i += 1
  }
  guard sawNumber, i > 0, i < words.count,
    leadingTimeWords.contains(words[0].lowercased())
  else { return words }
  return Array(words[i...])
}
