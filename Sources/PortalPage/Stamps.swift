// Page stamps: the publication date a page prints near its headline or byline.

import VietText

/// A calendar date found in a page stamp.
public struct StampDate: Sendable, Hashable, CustomStringConvertible {
  /// The year, e.g. 2022.
  public var year: Int
  /// The month, 1–12.
  public var month: Int
  /// The day of the month, 1–31.
  public var day: Int

  /// Creates a date; returns `nil` unless it is a real calendar day between 1900 and 2199.
  public init?(year: Int, month: Int, day: Int) {
    guard (1900...2199).contains(year), (1...12).contains(month), day >= 1,
      day <= StampDate.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// The date as `xs:date`, `YYYY-MM-DD`.
  public var iso: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// The ISO form, `YYYY-MM-DD`.
  public var description: String { iso }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

/// Parsing of the date stamps portals print: "Cập nhật lúc: 02/08/2022", "(29/07/2024)",
/// "08:41 21/08/2015", "09:03, 13/03/2019", "Thứ Ba, 14/11/2023", "ngày 15 tháng 6 năm 2022",
/// and the machine forms of meta tags and JSON-LD ("2022-08-02T10:00:00+07:00").
public enum Stamps {
  /// The first full date (day, month and year) in `text`, with where it was found.
  ///
  /// Day-first numeric dates (`dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`), ISO dates
  /// (`yyyy-mm-dd`, optionally followed by a time) and the long Vietnamese form are recognised;
  /// times such as `08:41` are skipped. Dates that are not real calendar days are ignored.
  /// - Parameter text: Any text, e.g. the line under a headline.
  /// - Returns: The date and the range of its digits in `text`, or `nil`.
  public static func firstDate(in text: String) -> (date: StampDate, range: Range<String.Index>)? {
    let scalars = Array(text.unicodeScalars)
    var indices = [String.Index]()
    indices.reserveCapacity(scalars.count + 1)
    var index = text.unicodeScalars.startIndex
    while index != text.unicodeScalars.endIndex {
      indices.append(index)
      index = text.unicodeScalars.index(after: index)
    }
    indices.append(text.unicodeScalars.endIndex)
    guard let found = scan(scalars) else { return nil }
    return (found.date, indices[found.start]..<indices[found.end])
  }

  /// The date of a stamp, or `nil` when `text` holds no full date.
  public static func parse(_ text: String) -> StampDate? {
    scan(Array(text.unicodeScalars))?.date
  }

  /// Whether `text` reads as a stamp line: a full date with at most a few words around it
  /// (labels such as "Cập nhật lúc", a weekday, a time, a view counter), not a sentence.
  public static func isStampLine(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count <= 120, let found = scan(scalars) else { return false }
    var words = 0
    var inWord = false
    var word = ""
    for (offset, scalar) in scalars.enumerated() where offset < found.start || offset >= found.end {
      let isLetter = scalar.properties.isAlphabetic
      if isLetter { word.unicodeScalars.append(scalar) }
      if !isLetter, inWord {
        // A view counter beside the stamp ("Lượt xem: 247 lượt") is no sentence.
        if !counterWords.contains(word.lowercased()) { words += 1 }
        word = ""
      }
      inWord = isLetter
    }
    if inWord, !counterWords.contains(word.lowercased()) { words += 1 }
    return words <= 8
  }

  /// The line with its fields apart: an info line of DotNetNuke and similar portals separates
  /// labelled fields with " ." ("Tác giả: Quốc Chính .Ngày đăng: 18/01/2022 .Lượt xem: 247").
  public static func separatingFields(_ line: String) -> String {
    var result = String.UnicodeScalarView()
    var previous: Unicode.Scalar = " "
    var pendingDot = false
    for scalar in line.unicodeScalars {
      if pendingDot {
        pendingDot = false
        if scalar.properties.isAlphabetic { result.append(" ") }
      }
      result.append(scalar)
      if scalar == ".", previous == " " { pendingDot = true }
      previous = scalar
    }
    return String(result)
  }

  /// Words of a view counter printed beside a stamp ("Lượt xem: 247 lượt", "Views: 12").
  static let counterWords: Set<String> = ["lượt", "xem", "đọc", "views", "view", "hits"]

  /// Scans for the first date; offsets are in unicode scalars.
  static func scan(_ s: [Unicode.Scalar]) -> (date: StampDate, start: Int, end: Int)? {
    var i = 0
    let n = s.count
    while i < n {
      guard isDigit(s[i]), i == 0 || !isDigit(s[i - 1]) else {
        if i + 4 < n, let long = longForm(s, at: i) { return long }
        if i + 8 < n, let named = monthFirst(s, at: i) { return named }
        i += 1
        continue
      }
      let (first, firstEnd) = number(s, from: i)
      let firstLength = firstEnd - i
      // Month named: "14 Tháng 5 2021", "22 tháng 4, 2021", "5 tháng 3 năm 2021".
      if firstLength <= 2, let named = monthNamed(s, day: first, start: i, end: firstEnd) {
        return named
      }
      // ISO: yyyy-mm-dd
      if firstLength == 4, firstEnd + 5 < n + 1, firstEnd < n, s[firstEnd] == "-" {
        let (month, monthEnd) = number(s, from: firstEnd + 1)
        if monthEnd - firstEnd - 1 == 2, monthEnd < n, s[monthEnd] == "-" {
          let (day, dayEnd) = number(s, from: monthEnd + 1)
          if dayEnd - monthEnd - 1 == 2, let date = StampDate(year: first, month: month, day: day) {
            return (date, i, dayEnd)
          }
        }
      }
      // Day first: d{1,2} sep d{1,2} sep d{4}, the same separator twice.
      if firstLength <= 2, firstEnd < n, isSeparator(s[firstEnd]) {
        let separator = s[firstEnd]
        let (month, monthEnd) = number(s, from: firstEnd + 1)
        let monthLength = monthEnd - firstEnd - 1
        if (1...2).contains(monthLength), monthEnd < n, s[monthEnd] == separator {
          let (year, yearEnd) = number(s, from: monthEnd + 1)
          if yearEnd - monthEnd - 1 == 4, yearEnd == n || !isDigit(s[yearEnd]) {
            if let date = StampDate(year: year, month: month, day: first) {
              return (date, i, yearEnd)
            }
            // Month first ("Mon, 11/13/2017", English CMS defaults), read only when the day
            // cannot be first: the second number is above 12.
            if separator == "/", month > 12,
              let date = StampDate(year: year, month: first, day: month)
            {
              return (date, i, yearEnd)
            }
          }
        }
      }
      i = firstEnd
    }
    return nil
  }

  /// English labels of CMS defaults that print the month first ("Create: T4, 08/02/2023 -
  /// 16:19", Drupal's "D, m/d/Y - H:i" under a localised weekday).
  static let englishStampLabels: Set<String> = ["create", "created", "submitted"]

  /// "08/02/2023" read month first: 2 August 2023; nil for any other word.
  static func monthFirst(_ word: String) -> StampDate? {
    let parts = word.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count),
      (1...2).contains(parts[1].count), let month = Int(parts[0]), let day = Int(parts[1]),
      let year = Int(parts[2])
    else { return nil }
    return StampDate(year: year, month: month, day: day)
  }

  /// "ngày 15 tháng 6 năm 2022" starting at `i` (case-insensitive "ngày").
  private static func longForm(_ s: [Unicode.Scalar], at i: Int) -> (
    date: StampDate, start: Int, end: Int
  )? {
    guard matchWord(s, at: i, StampWord.day) != nil else {
      return nil
    }
    var j = skipSpaces(s, from: i + 4)
    let (day, dayEnd) = number(s, from: j)
    guard dayEnd > j, dayEnd - j <= 2 else { return nil }
    j = skipSpaces(s, from: dayEnd)
    guard let afterMonthWord = matchWord(s, at: j, StampWord.month) else { return nil }
    j = skipSpaces(s, from: afterMonthWord)
    var (month, monthEnd) = number(s, from: j)
    if monthEnd == j, let word = monthWord(s, at: j) { (month, monthEnd) = word }
    guard monthEnd > j, monthEnd - j <= 2 || !isDigit(s[j]) else { return nil }
    j = skipSpaces(s, from: monthEnd)
    guard let afterYearWord = matchWord(s, at: j, StampWord.year) else { return nil }
    j = skipSpaces(s, from: afterYearWord)
    let (year, yearEnd) = number(s, from: j)
    guard yearEnd - j == 4, let date = StampDate(year: year, month: month, day: day) else {
      return nil
    }
    return (date, i, yearEnd)
  }

  /// "D tháng M[,] YYYY" and "D tháng M năm YYYY" after the day's digits (`start..<end`).
  private static func monthNamed(_ s: [Unicode.Scalar], day: Int, start: Int, end: Int) -> (
    date: StampDate, start: Int, end: Int
  )? {
    var j = skipSpaces(s, from: end)
    guard j > end,
      let afterMonthWord = matchWord(s, at: j, StampWord.month)
    else { return nil }
    j = skipSpaces(s, from: afterMonthWord)
    var (month, monthEnd) = number(s, from: j)
    if monthEnd == j, let word = monthWord(s, at: j) { (month, monthEnd) = word }
    guard monthEnd > j, monthEnd - j <= 2 || month > 0 && !isDigit(s[j]) else { return nil }
    j = monthEnd
    if j < s.count, s[j] == "," { j += 1 }
    j = skipSpaces(s, from: j)
    if let afterYearWord = matchWord(s, at: j, StampWord.year) {
      j = skipSpaces(s, from: afterYearWord)
    }
    let (year, yearEnd) = number(s, from: j)
    guard yearEnd - j == 4, yearEnd == s.count || !isDigit(s[yearEnd]),
      let date = StampDate(year: year, month: month, day: day)
    else { return nil }
    return (date, start, yearEnd)
  }

  /// Months written as words, as Vietnamese locales of CMSs print them ("28 Tháng Mười Một
  /// 2018", "Tháng Mười Hai 4, 2020"): the longer names first, so that "mười một" is not read
  /// as "mười".
  static let monthWords: [(word: [Unicode.Scalar], month: Int)] = [
    ("mười một", 11), ("mười hai", 12), ("mười", 10), ("một", 1), ("giêng", 1), ("hai", 2),
    ("ba", 3), ("tư", 4), ("bốn", 4), ("năm", 5), ("sáu", 6), ("bảy", 7), ("tám", 8),
    ("chín", 9),
  ].map { (Array($0.0.unicodeScalars), $0.1) }

  /// The month word at `i` (any case, ending at a word boundary): the month and the end offset.
  static func monthWord(_ s: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
    candidates: for (word, month) in monthWords {
      var j = i
      for scalar in word {
        guard j < s.count else { continue candidates }
        let lower = s[j].properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, lower.first == scalar else { continue candidates }
        j += 1
      }
      if j < s.count, s[j].properties.isAlphabetic { continue }
      return (month, j)
    }
    return nil
  }

  /// "Tháng Mười Một 27, 2019": a month word first, then the day and the year (WordPress
  /// "F j, Y" in a Vietnamese locale), at `i` on a word boundary.
  private static func monthFirst(_ s: [Unicode.Scalar], at i: Int) -> (
    date: StampDate, start: Int, end: Int
  )? {
    guard i == 0 || !s[i - 1].properties.isAlphabetic,
      let afterMonthWord = matchWord(s, at: i, StampWord.month)
    else { return nil }
    var j = skipSpaces(s, from: afterMonthWord)
    guard j > afterMonthWord, let (month, monthEnd) = monthWord(s, at: j) else { return nil }
    j = skipSpaces(s, from: monthEnd)
    let (day, dayEnd) = number(s, from: j)
    guard dayEnd > j, dayEnd - j <= 2 else { return nil }
    j = dayEnd
    if j < s.count, s[j] == "," { j += 1 }
    j = skipSpaces(s, from: j)
    let (year, yearEnd) = number(s, from: j)
    guard yearEnd - j == 4, yearEnd == s.count || !isDigit(s[yearEnd]),
      let date = StampDate(year: year, month: month, day: day)
    else { return nil }
    return (date, i, yearEnd)
  }

  /// The words of long-form dates, matched in any case ("ngày", "Ngày", "NGÀY"): stamps in
  /// capitals ("THỨ SÁU, NGÀY 22 THÁNG 11 NĂM 2024 08:50") read as the others.
  struct StampWord {
    let lower: [Unicode.Scalar]
    let upper: [Unicode.Scalar]
    init(_ word: String) {
      lower = Array(word.lowercased().unicodeScalars)
      upper = Array(word.uppercased().unicodeScalars)
    }
    static let day = StampWord("ngày")
    static let month = StampWord("tháng")
    static let year = StampWord("năm")
  }

  /// The end offset of `word` at `i`, each letter in either case.
  private static func matchWord(_ s: [Unicode.Scalar], at i: Int, _ word: StampWord) -> Int? {
    var j = i
    for (lower, upper) in zip(word.lower, word.upper) {
      guard j < s.count, s[j] == lower || s[j] == upper else { return nil }
      j += 1
    }
    return j
  }

  private static func skipSpaces(_ s: [Unicode.Scalar], from i: Int) -> Int {
    var j = i
    while j < s.count, s[j].properties.isWhitespace { j += 1 }
    return j
  }

  private static func number(_ s: [Unicode.Scalar], from i: Int) -> (Int, Int) {
    var value = 0
    var j = i
    while j < s.count, isDigit(s[j]), j - i < 6 {
      value = value * 10 + Int(s[j].value - 48)
      j += 1
    }
    return (value, j)
  }

  @inline(__always) private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 48 && scalar.value <= 57
  }

  @inline(__always) private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "/" || scalar == "-" || scalar == "."
  }
}

extension Stamps {
  /// A stamp found inside a line: the date, the stamp as printed (the date with its label,
  /// weekday and time, e.g. "Ngày đăng: 29/03/2023 16:42"), a later "cập nhật" date printed
  /// after it, and the words of the line outside the stamp (often a byline).
  public struct Phrase: Sendable, Hashable {
    /// The publication date.
    public var date: StampDate
    /// The stamp as printed.
    public var text: String
    /// A later date labelled as an update ("Cập nhật: 30/03/2023"), when printed.
    public var updated: StampDate?
    /// The words before the stamp and those after it, up to a separator.
    public var rest: [String]
  }

  static let weekdays: Set<String> = [
    "hai", "ba", "tư", "năm", "sáu", "bảy", "2", "3", "4", "5", "6", "7",
  ]
  /// English weekday names CMS defaults print before a date ("Mon, 11/13/2017").
  static let englishWeekdays: Set<String> = [
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday",
  ]
  /// Words of stamp labels ("Ngày đăng:", "Cập nhật lúc", "Thời gian:").
  static let labelWords: Set<String> = [
    "ngày", "đăng", "cập", "nhật", "lúc", "gửi", "xuất", "bản", "thời", "gian", "sửa", "đổi",
    "lần", "cuối", "posted", "published", "updated", "on", "date", "viết", "được",
  ]
  static let meridiems: Set<String> = [
    "sa", "ch", "am", "pm", "gmt+7", "(gmt+7)", "giờ", "uhr", "h", "ict",
  ]

  /// Finds the stamp phrase in a short line such as "Thu Chung 10/08/2023 11:05".
  public static func phrase(in line: String) -> Phrase? {
    let words = line.split(separator: " ").map(String.init)
    guard !words.isEmpty else { return nil }
    // The word that holds (the start of) the first date, and the word where it ends.
    var startWord = -1
    var endWord = -1
    var date: StampDate?
    for (index, word) in words.enumerated() where startWord < 0 {
      if let found = parse(word) {
        date = found
        startWord = index
        endWord = index
      } else if index + 3 < words.count,
        (word.unicodeScalars.count <= 2 && words[index + 1].lowercased() == "tháng")
          || word.lowercased() == "tháng",
        let (found, end) = spanningDate(words, from: index)
      {
        // "14 Tháng 5 2021", "22 tháng 4, 2021", "5 tháng 3 năm 2021",
        // "28 Tháng Mười Một 2018", "Tháng Mười Một 27, 2019".
        date = found
        startWord = index
        endWord = end
      } else if word.lowercased() == "ngày", index + 5 < words.count,
        words[index + 2].lowercased() == "tháng", words[index + 4].lowercased() == "năm",
        let found = parse(words[index...(index + 5)].joined(separator: " "))
      {
        date = found
        startWord = index
        endWord = index + 5
      }
    }
    guard var date, startWord >= 0 else { return nil }
    if words[..<startWord].contains(where: { word in
      englishStampLabels.contains(String(word.lowercased().filter(\.isLetter)))
    }), let swapped = monthFirst(words[startWord]) {
      date = swapped
    }
    var left = startWord
    var sawLabel = false
    // "Cập nhật ngày 5 tháng 3 năm 2021": the label before a long-form date.
    if words[startWord].lowercased() == "ngày" {
      var extra = 0
      while left > 0, extra < 3, labelWords.contains(words[left - 1].lowercased()) {
        left -= 1
        extra += 1
      }
    }
    while left > 0 {
      let word = words[left - 1]
      let lower = word.lowercased()
      let bare = lower.trimmingCharacters(",")
      if word.hasSuffix(":") && !sawLabel {
        sawLabel = true
        left -= 1
        var extra = 0
        while left > 0, extra < 3, labelWords.contains(words[left - 1].lowercased()) {
          left -= 1
          extra += 1
        }
      } else if isTime(word) {
        left -= 1
      } else if lower == "ngày" || lower == "lúc" {
        // "Đăng ngày", "Được đăng ngày", "Cập nhật lúc".
        left -= 1
        var extra = 0
        while left > 0, extra < 3, labelWords.contains(words[left - 1].lowercased()) {
          left -= 1
          extra += 1
        }
      } else if englishWeekdays.contains(bare) {
        left -= 1
      } else if weekdays.contains(bare), left >= 2, words[left - 2].lowercased() == "thứ" {
        left -= 2
      } else if bare == "nhật", left >= 2, words[left - 2].lowercased() == "chủ" {
        left -= 2
      } else if lower == "-" || lower == "–" || lower == ",", left >= 2,
        isTime(words[left - 2]) || words[left - 2].hasSuffix(",") || endsWeekday(words, left - 2)
      {
        left -= 1
      } else if lower == "|", left >= 2, isTime(words[left - 2]) {
        // "10:15 | 13/03/2024".
        left -= 1
      } else {
        break
      }
    }
    var right = endWord
    while right + 1 < words.count {
      let word = words[right + 1]
      let lower = word.lowercased()
      if isTime(word) || meridiems.contains(lower.trimmingCharacters(",")) {
        right += 1
      } else if lower == "-" || lower == "–" || lower == "," || lower == "lúc" || lower == "|",
        right + 2 < words.count, isTime(words[right + 2])
      {
        right += 2
      } else {
        break
      }
    }
    var printed = words[left...right].joined(separator: " ")
    // A label run into the date by inline markup ("Tin tức07/09/2023"): the stamp starts at
    // the date.
    if left == startWord, let found = firstDate(in: words[startWord]),
      found.range.lowerBound != words[startWord].startIndex,
      words[startWord][..<found.range.lowerBound].unicodeScalars.allSatisfy({
        $0.properties.isAlphabetic
      })
    {
      printed = String(
        printed.dropFirst(
          words[startWord].distance(from: words[startWord].startIndex, to: found.range.lowerBound)))
    }
    if printed.hasPrefix("("), printed.hasSuffix(")") {
      printed = String(printed.dropFirst().dropLast())
    }
    func count(_ scalar: Unicode.Scalar) -> Int {
      printed.unicodeScalars.reduce(0) { $0 + ($1 == scalar ? 1 : 0) }
    }
    while let first = printed.unicodeScalars.first,
      "[|-–,".unicodeScalars.contains(first) || first == " "
        || (first == "(" && count("(") > count(")"))
    {
      printed.unicodeScalars.removeFirst()
    }
    while let last = printed.unicodeScalars.last,
      "]|-–,".unicodeScalars.contains(last) || last == " "
        || (last == ")" && count(")") > count("("))
    {
      printed.unicodeScalars.removeLast()
    }
    var rest: [String] = []
    let before = words[..<left].joined(separator: " ")
    if !before.isEmpty { rest.append(before) }
    let afterWords = Array(words[(right + 1)...])
    var updated: StampDate?
    var segment: [String] = []
    var segments: [String] = []
    for word in afterWords {
      if word == "|" || word == "-" || word == "–" {
        if !segment.isEmpty { segments.append(segment.joined(separator: " ")) }
        segment = []
      } else {
        segment.append(word)
      }
    }
    if !segment.isEmpty { segments.append(segment.joined(separator: " ")) }
    for text in segments {
      if let later = parse(text) {
        let lower = text.lowercased()
        if updated == nil,
          lower.contains("cập nhật") || lower.contains("sửa") || lower.contains("updated"),
          (later.year, later.month, later.day) > (date.year, date.month, date.day)
        {
          updated = later
        }
        continue
      }
      rest.append(text)
    }
    return Phrase(date: date, text: printed, updated: updated, rest: rest)
  }

  /// A date with a named month that starts at `words[index]` and spans the next three to six
  /// words: the date and the index of its last word.
  static func spanningDate(_ words: [String], from index: Int) -> (StampDate, Int)? {
    for last in (index + 3)...min(index + 6, words.count - 1) {
      let text = words[index...last].joined(separator: " ")
      if let found = scan(Array(text.unicodeScalars)), found.start == 0 {
        return (found.date, last)
      }
    }
    return nil
  }

  /// Whether `words[index]` ends a weekday: "Thứ Sáu", "Thứ 6", "Chủ nhật".
  static func endsWeekday(_ words: [String], _ index: Int) -> Bool {
    guard index >= 1 else { return false }
    let bare = words[index].lowercased().trimmingCharacters(",")
    let before = words[index - 1].lowercased()
    return (weekdays.contains(bare) && before == "thứ") || (bare == "nhật" && before == "chủ")
  }

  /// "08:41", "8:41,", "08h41", "10:02:11".
  static func isTime(_ word: String) -> Bool {
    var digits = 0
    var separators = 0
    for scalar in word.unicodeScalars {
      if scalar.value >= 48 && scalar.value <= 57 {
        digits += 1
      } else if scalar == ":" || scalar == "h" || scalar == "g" {
        separators += 1
      } else if scalar == "," || scalar == "'" || scalar == "(" || scalar == ")" {
        continue
      } else {
        return false
      }
    }
    return separators >= 1 && separators <= 2 && digits >= 3 && digits <= 6
  }

}

extension String {
  /// The string without the given characters at either end.
  fileprivate func trimmingCharacters(_ characters: String) -> String {
    var scalars = Substring(self).unicodeScalars
    while let first = scalars.first, characters.unicodeScalars.contains(first) {
      scalars.removeFirst()
    }
    while let last = scalars.last, characters.unicodeScalars.contains(last) {
      scalars.removeLast()
    }
    return makeString(scalars)
  }
}
