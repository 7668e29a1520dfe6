// Dates as Vietnamese pages write them: "ngày 27/7", "chiều 27/7", "Sáng ngày (10/8)", "15-3",
// "18.8", "27/7/2022", "ngày 12 tháng 5 năm 2023", and the stamps portals print beside an
// article. Day before month, always. Years of short forms come from the page's own date.

/// A calendar day, with a flag telling whether its year was inferred from the page's date.
public struct DayDate: Sendable, Hashable, Comparable {
  /// The year, e.g. `2022`.
  public var year: Int
  /// The month, 1–12.
  public var month: Int
  /// The day of the month, 1–31.
  public var day: Int
  /// `true` when the text gave no year and it was taken from the reference date.
  public var yearInferred: Bool

  /// A day; no validation beyond what the caller did.
  public init(year: Int, month: Int, day: Int, yearInferred: Bool = false) {
    self.year = year
    self.month = month
    self.day = day
    self.yearInferred = yearInferred
  }

  /// `YYYY-MM-DD`.
  public var iso: String {
    pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
  }

  /// Parses `YYYY-MM-DD` (the form `iso` writes); `nil` for anything else.
  public init?(iso text: String) {
    let digits = Array(text.utf8)
    guard digits.count == 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-"),
      let year = asciiNumber(digits[0..<4]), let month = asciiNumber(digits[5..<7]),
      let day = asciiNumber(digits[8..<10]), isValidDay(year: year, month: month, day: day)
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Orders by year, month, day (the inferred flag does not take part).
  public static func < (lhs: DayDate, rhs: DayDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// The day before (the inferred flag is kept).
  public var dayBefore: DayDate {
    if day > 1 {
      return DayDate(year: year, month: month, day: day - 1, yearInferred: yearInferred)
    }
    if month > 1 {
      return DayDate(
        year: year, month: month - 1, day: DayDate.daysIn(month: month - 1, year: year),
        yearInferred: yearInferred)
    }
    return DayDate(year: year - 1, month: 12, day: 31, yearInferred: yearInferred)
  }

  /// The number of days in `month` of `year` (Gregorian).
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

/// A date found in a text.
public struct DateMention: Sendable, Hashable {
  /// The day meant, with its year resolved.
  public let date: DayDate
  /// The words as written, from the event word ("chiều", "ngày") when there is one.
  public let text: String
  /// Where `text` is in the text searched.
  public let range: Range<String.Index>
  /// `true` when an event word ("ngày", "sáng", "chiều", "trưa", "tối", "đêm") introduces it.
  public let isEventPhrase: Bool

  /// A mention; used by the scanner and by tests.
  public init(date: DayDate, text: String, range: Range<String.Index>, isEventPhrase: Bool) {
    self.date = date
    self.text = text
    self.range = range
    self.isEventPhrase = isEventPhrase
  }
}

/// Finds and reads dates.
public enum Dates {
  /// All dates in `text`, in order: `dd/mm`, `dd/mm/yyyy`, `dd-mm`, `dd.mm` (short forms with
  /// `-` or `.` only after an event word), and "ngày 12 tháng 5 năm 2023".
  ///
  /// Years of short forms are resolved against `reference` (the page's date): the year of the
  /// reference, moved by one when the day would fall more than six months away from it, and
  /// marked as inferred. Without a reference, short forms are skipped. Anniversary spans such
  /// as "(11/6/1948 - 11/6/2023)" are not mentioned at all.
  public static func mentions(in text: String, reference: DayDate?) -> [DateMention] {
    let scan = ScalarText(text)
    var found: [DateMention] = []
    let raw = rawDates(scan)
    let n = scan.count
    // "hôm nay", "sáng nay", "hôm qua", "chiều qua": the page's day or the day before, unless a
    // written date follows ("sáng nay (27/9)", "Hôm nay, ngày 31/7/2020").
    var relative: [DateMention] = []
    if let reference {
      var k = 0
      while k < n {
        if isLetter(scan.lower[k]), k == 0 || !isWordScalar(scan.lower[k - 1]),
          let (end, back) = scan.relativeDay(at: k)
        {
          let followed = raw.contains { $0.start >= end && $0.start - end <= 8 }
          if !followed {
            let date = back ? reference.dayBefore : reference
            relative.append(
              DateMention(
                date: DayDate(
                  year: date.year, month: date.month, day: date.day, yearInferred: true),
                text: scan.string(k, end), range: scan.range(k, end), isEventPhrase: true))
          }
          k = end
          continue
        }
        k += 1
      }
    }
    // Anniversary spans: two full dates joined by a dash.
    var excluded = Set<Int>()
    for k in spanStarts(raw, scan) {
      excluded.insert(k)
      excluded.insert(k + 1)
    }
    for (k, item) in raw.enumerated() where !excluded.contains(k) {
      let (eventStart, isEvent) = scan.eventWordStart(before: item.start)
      if !isEvent && item.year == nil && item.separator != "/" { continue }
      let date: DayDate
      if let year = item.year {
        date = DayDate(year: year, month: item.month, day: item.day)
      } else if let reference {
        date = resolveYear(month: item.month, day: item.day, reference: reference)
      } else {
        continue
      }
      guard isValidDay(year: date.year, month: date.month, day: date.day) else { continue }
      let start = isEvent ? eventStart : item.start
      var end = item.end
      if isEvent, start < item.start, scan.lower[item.start - 1] == "(", end < n,
        scan.lower[end] == ")"
      {
        end += 1
      }
      found.append(
        DateMention(
          date: date, text: scan.string(start, end), range: scan.range(start, end),
          isEventPhrase: isEvent))
    }
    if !relative.isEmpty {
      found.append(contentsOf: relative)
      found.sort { $0.range.lowerBound < $1.range.lowerBound }
    }
    return found
  }

  /// The last days of the anniversary spans of `text` ("(11/6/1948 - 11/6/2023)" gives
  /// 2023-06-11): an anniversary is celebrated near that day.
  public static func anniversaryEnds(in text: String) -> [DayDate] {
    let scan = ScalarText(text)
    let raw = rawDates(scan)
    return spanStarts(raw, scan).compactMap { k in
      let end = raw[k + 1]
      guard let year = end.year, isValidDay(year: year, month: end.month, day: end.day) else {
        return nil
      }
      return DayDate(year: year, month: end.month, day: end.day)
    }
  }

  /// The dates written in a text, before years are resolved, in order.
  static func rawDates(_ scan: ScalarText) -> [RawDate] {
    var raw: [RawDate] = []
    var i = 0
    let n = scan.count
    while i < n {
      let s = scan.lower[i]
      if isDigit(s), i == 0 || !isWordScalar(scan.lower[i - 1]) {
        if let date = scan.dayRange(at: i) ?? scan.numericDate(at: i) {
          raw.append(date)
          i = date.end
          continue
        }
        i = scan.skipDigits(from: i)
        continue
      }
      if s == "n", let date = scan.longDate(at: i) {
        raw.append(date)
        i = date.end
        continue
      }
      i += 1
    }
    return raw
  }

  /// The indices `k` of raw dates that start an anniversary span with `k + 1`: two full dates
  /// joined by a dash.
  static func spanStarts(_ raw: [RawDate], _ scan: ScalarText) -> [Int] {
    guard raw.count > 1 else { return [] }
    let n = scan.count
    var starts: [Int] = []
    for k in 0..<(raw.count - 1) where raw[k].year != nil && raw[k + 1].year != nil {
      var j = raw[k].end
      while j < n, scan.lower[j] == " " { j += 1 }
      guard j < n, isDash(scan.lower[j]) else { continue }
      j += 1
      while j < n, scan.lower[j] == " " { j += 1 }
      if j == raw[k + 1].start { starts.append(k) }
    }
    return starts
  }

  /// The year a day without a year falls in, read against the page's date (domain rule:
  /// the page's year, minus one when that puts the day more than six months after the page,
  /// plus one when more than six months before). The result is marked as inferred.
  public static func resolveYear(month: Int, day: Int, reference: DayDate) -> DayDate {
    let offset = (month - reference.month) * 31 + (day - reference.day)
    var year = reference.year
    if offset > 183 {
      year -= 1
    } else if offset < -183 {
      year += 1
    }
    return DayDate(year: year, month: month, day: day, yearInferred: true)
  }

  /// A page stamp: "Cập nhật lúc: 02/08/2022", "08:41 21/08/2015", "09:03, 13/03/2019",
  /// "Thứ Ba, 14/11/2023", "(29/07/2024)", "2022-08-02T10:00:00+07:00",
  /// "ngày 15 tháng 6 năm 2022". The first full date wins; `nil` when there is none.
  public static func parseStamp(_ text: String) -> DayDate? {
    let scan = ScalarText(text)
    let n = scan.count
    var i = 0
    while i < n {
      let s = scan.lower[i]
      if isDigit(s), i == 0 || !isWordScalar(scan.lower[i - 1]) {
        let end = scan.skipDigits(from: i)
        if end - i == 4, let iso = scan.isoDate(at: i) { return iso }
        if let date = scan.numericDate(at: i), let year = date.year,
          isValidDay(year: year, month: date.month, day: date.day)
        {
          return DayDate(year: year, month: date.month, day: date.day)
        }
        i = end
        continue
      }
      if s == "n", let date = scan.longDate(at: i), let year = date.year,
        isValidDay(year: year, month: date.month, day: date.day)
      {
        return DayDate(year: year, month: date.month, day: date.day)
      }
      i += 1
    }
    return nil
  }
}

// MARK: - Scanning

/// A date read from digits, before its year is resolved.
struct RawDate {
  var start: Int
  var end: Int
  var day: Int
  var month: Int
  var year: Int?
  var separator: Unicode.Scalar
}

/// A text as an array of scalars, with a lowercased copy of the same length and the string
/// index of every scalar, so that scanners can look around freely and still report ranges.
struct ScalarText {
  let text: String
  let scalars: [Unicode.Scalar]
  let lower: [Unicode.Scalar]
  let indices: [String.Index]

  init(_ text: String) {
    self.text = text
    var scalars: [Unicode.Scalar] = []
    var lower: [Unicode.Scalar] = []
    var indices: [String.Index] = []
    scalars.reserveCapacity(text.utf8.count)
    lower.reserveCapacity(text.utf8.count)
    indices.reserveCapacity(text.utf8.count)
    let view = text.unicodeScalars
    var index = view.startIndex
    while index < view.endIndex {
      let scalar = view[index]
      scalars.append(scalar)
      lower.append(lowercaseScalar(scalar))
      indices.append(index)
      index = view.index(after: index)
    }
    self.scalars = scalars
    self.lower = lower
    self.indices = indices
  }

  var count: Int { scalars.count }

  func index(_ offset: Int) -> String.Index {
    offset < indices.count ? indices[offset] : text.endIndex
  }

  func range(_ start: Int, _ end: Int) -> Range<String.Index> {
    index(start)..<index(end)
  }

  func string(_ start: Int, _ end: Int) -> String {
    guard start < end else { return "" }
    return makeString(scalars[start..<end])
  }

  func lowerString(_ start: Int, _ end: Int) -> String {
    guard start < end else { return "" }
    return makeString(lower[start..<end])
  }

  func skipDigits(from start: Int) -> Int {
    var i = start
    while i < count, isDigit(lower[i]) { i += 1 }
    return i
  }

  func number(_ start: Int, _ end: Int) -> Int? {
    guard start < end, end - start <= 9 else { return nil }
    var value = 0
    for k in start..<end {
      guard isDigit(lower[k]) else { return nil }
      value = value * 10 + Int(lower[k].value - 48)
    }
    return value
  }

  /// Whether the lowercased text at `i` starts with `word` and ends a word there.
  func hasWord(_ word: [Unicode.Scalar], at i: Int) -> Bool {
    guard i >= 0, i + word.count <= count else { return false }
    for k in 0..<word.count where lower[i + k] != word[k] { return false }
    let end = i + word.count
    return end == count || !isWordScalar(lower[end])
  }

  /// Whether the lowercased text at `i` starts with `word` (no word-end check).
  func hasPrefix(_ word: [Unicode.Scalar], at i: Int) -> Bool {
    guard i >= 0, i + word.count <= count else { return false }
    for k in 0..<word.count where lower[i + k] != word[k] { return false }
    return true
  }

  /// `dd/mm`, `dd/mm/yyyy`, `dd-mm(-yyyy)`, `dd.mm(.yyyy)` starting at a digit.
  func numericDate(at i: Int) -> RawDate? {
    let e1 = skipDigits(from: i)
    guard e1 - i >= 1, e1 - i <= 2, e1 < count else { return nil }
    let separator = lower[e1]
    guard separator == "/" || separator == "-" || separator == "." else { return nil }
    let s2 = e1 + 1
    let e2 = skipDigits(from: s2)
    guard e2 - s2 >= 1, e2 - s2 <= 2, let day = number(i, e1), let month = number(s2, e2),
      (1...31).contains(day), (1...12).contains(month)
    else { return nil }
    if e2 < count, lower[e2] == separator, e2 + 1 < count, isDigit(lower[e2 + 1]) {
      let e3 = skipDigits(from: e2 + 1)
      guard e3 - (e2 + 1) == 4, let year = number(e2 + 1, e3), (1800...2200).contains(year)
      else { return nil }
      if e3 < count, isWordScalar(lower[e3]) { return nil }
      return RawDate(start: i, end: e3, day: day, month: month, year: year, separator: separator)
    }
    if e2 < count {
      let next = lower[e2]
      if isWordScalar(next) || next == "/" || next == "%" { return nil }
      if next == "-" || next == "." || next == ",", e2 + 1 < count, isDigit(lower[e2 + 1]) {
        return nil
      }
    }
    return RawDate(start: i, end: e2, day: day, month: month, year: nil, separator: separator)
  }

  /// Several days of one month: "26-27/12", "21 – 24/11/2000", "9 và 10/12/2020",
  /// "5 đến 7/3": the first day, with the month and year written after the last.
  func dayRange(at i: Int) -> RawDate? {
    let e1 = skipDigits(from: i)
    guard e1 - i >= 1, e1 - i <= 2, let first = number(i, e1), (1...31).contains(first) else {
      return nil
    }
    var j = skipSpaces(from: e1)
    var dash = false
    if j < count, isDash(lower[j]) {
      dash = true
      j += 1
    } else if hasWord(Words.va, at: j) {
      j += Words.va.count
    } else if hasWord(Words.den, at: j) {
      j += Words.den.count
    } else {
      return nil
    }
    j = skipSpaces(from: j)
    guard j < count, isDigit(lower[j]), let last = numericDate(at: j), last.day > first else {
      return nil
    }
    // "15-3/2024" is not a range; after a dash the month takes "/" or ".".
    if dash, last.separator == "-" { return nil }
    return RawDate(
      start: i, end: last.end, day: first, month: last.month, year: last.year,
      separator: last.separator)
  }

  /// `yyyy-mm-dd` at a 4-digit run.
  func isoDate(at i: Int) -> DayDate? {
    guard i + 10 <= count, lower[i + 4] == "-", lower[i + 7] == "-",
      let year = number(i, i + 4), let month = number(i + 5, i + 7),
      let day = number(i + 8, i + 10), isValidDay(year: year, month: month, day: day)
    else { return nil }
    if i + 10 < count, isDigit(lower[i + 10]) { return nil }
    return DayDate(year: year, month: month, day: day)
  }

  /// "ngày 12 tháng 5 năm 2023" or "ngày 12 tháng 5" at the word "ngày".
  func longDate(at i: Int) -> RawDate? {
    guard hasWord(Words.ngay, at: i), i == 0 || !isWordScalar(lower[i - 1]) else { return nil }
    var j = skipSpaces(from: i + Words.ngay.count)
    let d0 = j
    j = skipDigits(from: j)
    guard j - d0 >= 1, j - d0 <= 2, let day = number(d0, j) else { return nil }
    j = skipSpaces(from: j)
    guard hasWord(Words.thang, at: j) else { return nil }
    j = skipSpaces(from: j + Words.thang.count)
    let m0 = j
    j = skipDigits(from: j)
    guard j - m0 >= 1, j - m0 <= 2, let month = number(m0, j), (1...12).contains(month),
      (1...31).contains(day)
    else { return nil }
    var end = j
    var year: Int?
    let k = skipSpaces(from: j)
    if hasWord(Words.nam, at: k) {
      let y0 = skipSpaces(from: k + Words.nam.count)
      let y1 = skipDigits(from: y0)
      if y1 - y0 == 4, let value = number(y0, y1) {
        year = value
        end = y1
      }
    }
    return RawDate(start: i, end: end, day: day, month: month, year: year, separator: " ")
  }

  func skipSpaces(from start: Int) -> Int {
    var i = start
    while i < count, lower[i] == " " || lower[i] == "\t" || lower[i] == "\n" { i += 1 }
    return i
  }

  /// The start of the event word before a date at `start` ("chiều", "Sáng ngày (", "ngày",
  /// "(thứ Ba, "), and whether there is one.
  func eventWordStart(before start: Int) -> (Int, Bool) {
    if hasWord(Words.ngay, at: start) { return (start, true) }
    var j = start
    // Skip "(" and spaces.
    while j > 0, lower[j - 1] == " " || lower[j - 1] == "(" { j -= 1 }
    // A weekday: "thứ Ba, ", "thứ 2 ", "chủ nhật, ".
    var k = j
    while k > 0, lower[k - 1] == " " || lower[k - 1] == "," { k -= 1 }
    let w1 = wordStart(before: k)
    if w1 < k {
      let w0 = wordStart(before: skipBackSpaces(from: w1))
      if w0 < w1, hasWord(Words.thu, at: w0) || hasWord(Words.chu, at: w0) {
        j = w0
        while j > 0, lower[j - 1] == " " || lower[j - 1] == "(" { j -= 1 }
      }
    }
    let w = wordStart(before: j)
    guard w < j else { return (start, false) }
    if hasWord(Words.ngay, at: w) {
      // "Sáng ngày": include the part of day.
      let before = skipBackSpaces(from: w)
      let p = wordStart(before: before)
      if p < before, Words.partsOfDay.contains(where: { hasWord($0, at: p) }) {
        return (p, true)
      }
      return (w, true)
    }
    if Words.partsOfDay.contains(where: { hasWord($0, at: w) }) {
      return (w, true)
    }
    // "sáng nay (27/9)", "hôm qua (5/3)": a relative day names the date that follows it.
    let before = skipBackSpaces(from: w)
    let p = wordStart(before: before)
    if p < before, let (end, _) = relativeDay(at: p), end == j || skipBackSpaces(from: j) == end {
      return (p, true)
    }
    return (start, false)
  }

  /// "hôm nay", "hôm qua", "sáng nay", "chiều qua"… at `i`: the end of the words and whether
  /// they name the day before the page's day.
  func relativeDay(at i: Int) -> (Int, Bool)? {
    let heads = [Words.hom] + Words.partsOfDay
    guard heads.contains(where: { hasWord($0, at: i) }) else { return nil }
    let w = wordEnd(from: i)
    let k = skipSpaces(from: w)
    if hasWord(Words.nay, at: k) { return (k + Words.nay.count, false) }
    if hasWord(Words.qua, at: k) { return (k + Words.qua.count, true) }
    return nil
  }

  /// The end of the letters starting at `i`.
  func wordEnd(from i: Int) -> Int {
    var j = i
    while j < count, isLetter(lower[j]) { j += 1 }
    return j
  }

  func skipBackSpaces(from end: Int) -> Int {
    var j = end
    while j > 0, lower[j - 1] == " " { j -= 1 }
    return j
  }

  /// The start of the word that ends at `end` (letters only).
  func wordStart(before end: Int) -> Int {
    var j = end
    while j > 0, isLetter(lower[j - 1]) { j -= 1 }
    return j
  }
}

/// Words the scanners look for, lowercased, as scalar arrays.
enum Words {
  static let ngay = Array("ngày".unicodeScalars)
  static let thang = Array("tháng".unicodeScalars)
  static let nam = Array("năm".unicodeScalars)
  static let thu = Array("thứ".unicodeScalars)
  static let chu = Array("chủ".unicodeScalars)
  static let hom = Array("hôm".unicodeScalars)
  static let va = Array("và".unicodeScalars)
  static let den = Array("đến".unicodeScalars)
  static let nay = Array("nay".unicodeScalars)
  static let qua = Array("qua".unicodeScalars)
  static let partsOfDay: [[Unicode.Scalar]] = [
    "sáng", "chiều", "trưa", "tối", "đêm", "rạng", "hôm",
  ].map { Array($0.unicodeScalars) }
}

// MARK: - Scalar helpers

@inline(__always) func isDigit(_ s: Unicode.Scalar) -> Bool {
  s.value >= 48 && s.value <= 57
}

@inline(__always) func isDash(_ s: Unicode.Scalar) -> Bool {
  s == "-" || s == "\u{2013}" || s == "\u{2014}" || s == "\u{2011}" || s == "\u{2012}"
    || s == "\u{2212}"
}

/// Letters (any script), combining marks and apostrophes inside names.
func isLetter(_ s: Unicode.Scalar) -> Bool {
  let v = s.value
  if v < 128 {
    return (v >= 97 && v <= 122) || (v >= 65 && v <= 90)
  }
  if v == 0xD7 || v == 0xF7 { return false }
  if v >= 0xC0 && v <= 0x24F { return true }
  if v >= 0x1EA0 && v <= 0x1EFF { return true }
  if v >= 0x300 && v <= 0x36F { return true }
  if v < 0xC0 { return false }
  return s.properties.isAlphabetic
}

/// Letters and digits.
@inline(__always) func isWordScalar(_ s: Unicode.Scalar) -> Bool {
  isDigit(s) || isLetter(s)
}

/// Whether `s` is an uppercase letter (Vietnamese ranges handled without table look-ups).
func isUppercase(_ s: Unicode.Scalar) -> Bool {
  let v = s.value
  if v < 128 { return v >= 65 && v <= 90 }
  if v >= 0xC0 && v <= 0xDE { return v != 0xD7 }
  if v >= 0x100 && v <= 0x17F { return v % 2 == 0 && v != 0x138 }
  if v == 0x1A0 || v == 0x1AF { return true }
  if v >= 0x1EA0 && v <= 0x1EF9 { return v % 2 == 0 }
  if v < 0x100 { return false }
  return s.properties.isUppercase
}

/// The lowercase of one scalar; Vietnamese letters without table look-ups.
func lowercaseScalar(_ s: Unicode.Scalar) -> Unicode.Scalar {
  let v = s.value
  if v < 128 {
    return v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : s
  }
  if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return Unicode.Scalar(v + 32)! }
  if v < 0x100 { return s }
  if v >= 0x100 && v <= 0x137 && v % 2 == 0 { return Unicode.Scalar(v + 1)! }
  if v >= 0x14A && v <= 0x177 && v % 2 == 0 { return Unicode.Scalar(v + 1)! }
  if v == 0x1A0 || v == 0x1AF { return Unicode.Scalar(v + 1)! }
  if v >= 0x1EA0 && v <= 0x1EF9 && v % 2 == 0 { return Unicode.Scalar(v + 1)! }
  if v >= 0x1EA0 && v <= 0x1EF9 { return s }
  let mapped = s.properties.lowercaseMapping.unicodeScalars
  return mapped.count == 1 ? mapped.first! : s
}

func isValidDay(year: Int, month: Int, day: Int) -> Bool {
  (1...12).contains(month) && day >= 1 && day <= DayDate.daysIn(month: month, year: year)
    && (1000...2999).contains(year)
}

func asciiNumber(_ bytes: ArraySlice<UInt8>) -> Int? {
  var value = 0
  for byte in bytes {
    guard byte >= 48 && byte <= 57 else { return nil }
    value = value * 10 + Int(byte - 48)
  }
  return value
}

func pad(_ value: Int, _ width: Int) -> String {
  let digits = String(value)
  return digits.count >= width
    ? digits : String(repeating: "0", count: width - digits.count) + digits
}
