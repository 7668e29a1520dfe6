// Periods a review or a plan covers: "6 tháng đầu năm 2022", "6 tháng cuối năm", "9 tháng đầu
// năm", "quý I/2024", "quý 1 năm 2024", "năm 2023", "tháng 5/2023", "năm học 2022-2023",
// "giai đoạn 2015 - 2020", "nhiệm kỳ 2020-2025", "5 năm (2016-2020)".

/// A period named in a text.
public struct PeriodMention: Sendable, Hashable {
  /// What part of a year, or what span of years, the period is.
  public enum Part: String, Sendable, Hashable, CaseIterable {
    /// "6 tháng đầu năm": January to June.
    case h1 = "H1"
    /// "6 tháng cuối năm": July to December.
    case h2 = "H2"
    /// "quý I".
    case q1 = "Q1"
    /// "quý II".
    case q2 = "Q2"
    /// "quý III".
    case q3 = "Q3"
    /// "quý IV".
    case q4 = "Q4"
    /// "9 tháng đầu năm": January to September.
    case nineMonths = "9M"
    /// "tháng 5/2023".
    case month
    /// "năm 2023".
    case year
    /// "năm học 2022-2023": September to May.
    case schoolYear = "school-year"
    /// Several years: "giai đoạn 2015 - 2020", "nhiệm kỳ 2020-2025".
    case span
  }

  /// The year of the period (the first year of a span or a school year).
  public let year: Int
  /// The kind of period.
  public let part: Part
  /// The first day.
  public let from: DayDate
  /// The last day.
  public let to: DayDate
  /// `true` when the text gave no year and it came from a neighbouring period or the page.
  public let yearInferred: Bool
  /// The words as written.
  public let text: String
  /// Where `text` is in the text searched.
  public let range: Range<String.Index>

  /// A mention; used by the scanner and by tests.
  public init(
    year: Int, part: Part, from: DayDate, to: DayDate, yearInferred: Bool, text: String,
    range: Range<String.Index>
  ) {
    self.year = year
    self.part = part
    self.from = from
    self.to = to
    self.yearInferred = yearInferred
    self.text = text
    self.range = range
  }

  /// Whether the period is a part of one year (half, quarter, nine months or a month).
  public var isPartOfYear: Bool {
    switch part {
    case .h1, .h2, .q1, .q2, .q3, .q4, .nineMonths, .month: return true
    case .year, .schoolYear, .span: return false
    }
  }
}

/// Finds periods.
public enum Periods {
  /// All periods in `text`, in order.
  ///
  /// A half, quarter or nine months written without a year takes the year of the next period
  /// of the same sentence that has one ("6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm
  /// 2024" is two halves of 2024), otherwise the year of `reference`, marked as inferred;
  /// without either it is skipped.
  public static func mentions(in text: String, reference: DayDate?) -> [PeriodMention] {
    let scan = ScalarText(text)
    var raw: [RawPeriod] = []
    var i = 0
    let n = scan.count
    while i < n {
      guard i == 0 || !isWordScalar(scan.lower[i - 1]) else {
        i += 1
        continue
      }
      if let period = scan.period(at: i) {
        raw.append(period)
        i = period.end
        continue
      }
      if isWordScalar(scan.lower[i]) {
        while i < n, isWordScalar(scan.lower[i]) { i += 1 }
      } else {
        i += 1
      }
    }
    var result: [PeriodMention] = []
    for (k, item) in raw.enumerated() {
      var year = item.year
      var inferred = false
      if year == nil {
        for next in raw[(k + 1)...] {
          if scan.hasSentenceBreak(from: item.end, to: next.start) { break }
          if let y = next.year, next.part != .span, next.part != .schoolYear {
            year = y
            break
          }
        }
        if year == nil, let reference {
          year = reference.year
          inferred = true
        }
      }
      guard let year else { continue }
      let (from, to) = bounds(part: item.part, year: year, month: item.month, last: item.lastYear)
      result.append(
        PeriodMention(
          year: year, part: item.part, from: from, to: to, yearInferred: inferred,
          text: scan.string(item.start, item.end), range: scan.range(item.start, item.end)))
    }
    return result
  }

  /// First and last day of a period.
  static func bounds(part: PeriodMention.Part, year: Int, month: Int?, last: Int?) -> (
    DayDate, DayDate
  ) {
    func day(_ m: Int, _ d: Int, _ y: Int = year) -> DayDate { DayDate(year: y, month: m, day: d) }
    switch part {
    case .h1: return (day(1, 1), day(6, 30))
    case .h2: return (day(7, 1), day(12, 31))
    case .q1: return (day(1, 1), day(3, 31))
    case .q2: return (day(4, 1), day(6, 30))
    case .q3: return (day(7, 1), day(9, 30))
    case .q4: return (day(10, 1), day(12, 31))
    case .nineMonths: return (day(1, 1), day(9, 30))
    case .year: return (day(1, 1), day(12, 31))
    case .month:
      let m = month ?? 1
      return (day(m, 1), day(m, DayDate.daysIn(month: m, year: year)))
    case .schoolYear: return (day(9, 1), day(5, 31, last ?? year + 1))
    case .span: return (day(1, 1), day(12, 31, last ?? year))
    }
  }
}

/// A period read from the text, before a missing year is filled in.
struct RawPeriod {
  var start: Int
  var end: Int
  var part: PeriodMention.Part
  var year: Int?
  var month: Int?
  var lastYear: Int?
}

private enum PeriodWords {
  static let thang = Array("tháng".unicodeScalars)
  static let dau = Array("đầu".unicodeScalars)
  static let cuoi = Array("cuối".unicodeScalars)
  static let nam = Array("năm".unicodeScalars)
  static let nay = Array("nay".unicodeScalars)
  static let quy = Array("quý".unicodeScalars)
  static let hoc = Array("học".unicodeScalars)
  static let giai = Array("giai".unicodeScalars)
  static let doan = Array("đoạn".unicodeScalars)
  static let nhiem = Array("nhiệm".unicodeScalars)
  static let ky = Array("kỳ".unicodeScalars)
  static let kyY = Array("kì".unicodeScalars)
}

extension ScalarText {
  /// A period starting at the word start `i`.
  func period(at i: Int) -> RawPeriod? {
    let c = lower[i]
    if isDigit(c) {
      let e = skipDigits(from: i)
      // "6 tháng đầu năm", "6 tháng cuối năm", "9 tháng đầu năm".
      if e - i == 1, c == "6" || c == "9" {
        var j = skipSpaces(from: e)
        guard hasWord(PeriodWords.thang, at: j) else { return nil }
        j = skipSpaces(from: j + PeriodWords.thang.count)
        let part: PeriodMention.Part
        if hasWord(PeriodWords.dau, at: j) {
          part = c == "6" ? .h1 : .nineMonths
          j += PeriodWords.dau.count
        } else if hasWord(PeriodWords.cuoi, at: j), c == "6" {
          part = .h2
          j += PeriodWords.cuoi.count
        } else {
          return nil
        }
        j = skipSpaces(from: j)
        guard hasWord(PeriodWords.nam, at: j) else { return nil }
        var end = j + PeriodWords.nam.count
        let (year, yearEnd) = yearAfter(end)
        if year != nil { end = yearEnd }
        return RawPeriod(start: i, end: end, part: part, year: year)
      }
      // "2015 - 2020", "(2016-2020)".
      if e - i == 4, let span = yearSpan(at: i) {
        return RawPeriod(
          start: i, end: span.end, part: .span, year: span.first, lastYear: span.last)
      }
      return nil
    }
    if hasWord(PeriodWords.quy, at: i) {
      var j = skipSpaces(from: i + PeriodWords.quy.count)
      guard let (quarter, qEnd) = quarterNumber(at: j) else { return nil }
      j = qEnd
      let parts: [PeriodMention.Part] = [.q1, .q2, .q3, .q4]
      var end = j
      var year: Int?
      if j < count, lower[j] == "/" {
        let y1 = skipDigits(from: j + 1)
        if y1 - (j + 1) == 4, let value = number(j + 1, y1) {
          year = value
          end = y1
        }
      } else {
        let (value, yearEnd) = yearAfterOptionalNam(j)
        if let value {
          year = value
          end = yearEnd
        }
      }
      return RawPeriod(start: i, end: end, part: parts[quarter - 1], year: year)
    }
    if hasWord(PeriodWords.nam, at: i) {
      let j = skipSpaces(from: i + PeriodWords.nam.count)
      if hasWord(PeriodWords.hoc, at: j) {
        let y0 = skipSpaces(from: j + PeriodWords.hoc.count)
        guard let span = yearSpan(at: y0), span.last == span.first + 1 else { return nil }
        return RawPeriod(
          start: i, end: span.end, part: .schoolYear, year: span.first, lastYear: span.last)
      }
      if let span = yearSpan(at: j) {
        return RawPeriod(
          start: i, end: span.end, part: .span, year: span.first, lastYear: span.last)
      }
      let y1 = skipDigits(from: j)
      guard y1 - j == 4, let year = number(j, y1), (1900...2100).contains(year) else { return nil }
      if y1 < count, isWordScalar(lower[y1]) { return nil }
      return RawPeriod(start: i, end: y1, part: .year, year: year)
    }
    if hasWord(PeriodWords.thang, at: i) {
      let m0 = skipSpaces(from: i + PeriodWords.thang.count)
      let m1 = skipDigits(from: m0)
      guard m1 - m0 >= 1, m1 - m0 <= 2, let month = number(m0, m1), (1...12).contains(month)
      else { return nil }
      if m1 < count, lower[m1] == "/" {
        let y1 = skipDigits(from: m1 + 1)
        guard y1 - (m1 + 1) == 4, let year = number(m1 + 1, y1) else { return nil }
        return RawPeriod(start: i, end: y1, part: .month, year: year, month: month)
      }
      let k = skipSpaces(from: m1)
      guard hasWord(PeriodWords.nam, at: k) else { return nil }
      let y0 = skipSpaces(from: k + PeriodWords.nam.count)
      let y1 = skipDigits(from: y0)
      guard y1 - y0 == 4, let year = number(y0, y1) else { return nil }
      return RawPeriod(start: i, end: y1, part: .month, year: year, month: month)
    }
    if hasWord(PeriodWords.giai, at: i) || hasWord(PeriodWords.nhiem, at: i) {
      let second: [[Unicode.Scalar]] =
        hasWord(PeriodWords.giai, at: i) ? [PeriodWords.doan] : [PeriodWords.ky, PeriodWords.kyY]
      var j = skipSpaces(from: i + (hasWord(PeriodWords.giai, at: i) ? 4 : 5))
      guard let word = second.first(where: { hasWord($0, at: j) }) else { return nil }
      j = skipSpaces(from: j + word.count)
      if j < count, lower[j] == "(" { j += 1 }
      guard let span = yearSpan(at: j) else { return nil }
      return RawPeriod(start: i, end: span.end, part: .span, year: span.first, lastYear: span.last)
    }
    return nil
  }

  /// " 2022" or " nay" after "năm"; the year and where it ends.
  func yearAfter(_ start: Int) -> (Int?, Int) {
    let j = skipSpaces(from: start)
    let e = skipDigits(from: j)
    if e - j == 4, let year = number(j, e), (1900...2100).contains(year),
      e == count || !isWordScalar(lower[e])
    {
      return (year, e)
    }
    return (nil, start)
  }

  /// " 2024", " năm 2024" or " - 2024" after a quarter.
  func yearAfterOptionalNam(_ start: Int) -> (Int?, Int) {
    var j = skipSpaces(from: start)
    if hasWord(PeriodWords.nam, at: j) {
      return yearAfter(j + PeriodWords.nam.count)
    }
    if j < count, isDash(lower[j]) { j = skipSpaces(from: j + 1) }
    let e = skipDigits(from: j)
    if e - j == 4, let year = number(j, e), (1900...2100).contains(year),
      e == count || !isWordScalar(lower[e])
    {
      return (year, e)
    }
    return (nil, start)
  }

  /// "I", "II", "III", "IV" or "1"–"4" as a whole word.
  func quarterNumber(at j: Int) -> (Int, Int)? {
    guard j < count else { return nil }
    if isDigit(lower[j]) {
      let e = skipDigits(from: j)
      guard e - j == 1, let q = number(j, e), (1...4).contains(q),
        e == count || !isLetter(lower[e])
      else { return nil }
      return (q, e)
    }
    var e = j
    while e < count, scalars[e] == "I" || scalars[e] == "V" { e += 1 }
    guard e > j, e == count || !isWordScalar(lower[e]) else { return nil }
    switch string(j, e) {
    case "I": return (1, e)
    case "II": return (2, e)
    case "III": return (3, e)
    case "IV": return (4, e)
    default: return nil
    }
  }

  /// "2015 - 2020", "2020-2025", "2016–2020" (second year after the first, at most 10 apart).
  func yearSpan(at i: Int) -> (first: Int, last: Int, end: Int)? {
    let e1 = skipDigits(from: i)
    guard e1 - i == 4, let first = number(i, e1), (1900...2100).contains(first) else {
      return nil
    }
    var j = skipSpaces(from: e1)
    guard j < count, isDash(lower[j]) else { return nil }
    j = skipSpaces(from: j + 1)
    let e2 = skipDigits(from: j)
    guard e2 - j == 4, let last = number(j, e2), last > first, last - first <= 10,
      e2 == count || !isWordScalar(lower[e2])
    else { return nil }
    var end = e2
    if end < count, lower[end] == ")", i > 0, lower[i - 1] == "(" { end += 1 }
    return (first, last, end)
  }

  /// Whether a sentence ends between `start` and `end` (". ", "; ", new line).
  func hasSentenceBreak(from start: Int, to end: Int) -> Bool {
    guard start < end else { return false }
    for k in start..<end {
      let s = lower[k]
      if s == "\n" || s == ";" { return true }
      if s == ".", k + 1 < count, lower[k + 1] == " " || lower[k + 1] == "\n" { return true }
    }
    return false
  }
}
