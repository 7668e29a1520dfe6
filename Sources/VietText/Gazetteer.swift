// The province gazetteer: the 63 provinces and centrally-run cities of Vietnam before the 2025
// reform, with their official codes, spellings and the unit each was merged into in 2025, and a
// one-pass finder of province names in running text.

import Foundation

/// A province or centrally-run city (one of the 63 units before the 2025 reform).
public struct Province: Sendable, Hashable {
  /// The two-digit official (GSO) code, e.g. "17".
  public let code: String
  /// The official name in NFC, e.g. "Hòa Bình", "Hồ Chí Minh".
  public let name: String
  /// The name without diacritics, e.g. "Hoa Binh".
  public let nameASCII: String
  /// Whether the unit is a centrally-run city (thành phố trực thuộc trung ương).
  public let isCity: Bool
  /// The socio-economic region, e.g. "Trung du và miền núi phía Bắc".
  public let region: String
  /// The unit it belongs to since the 2025 merger (may be its own name).
  public let mergedInto: String
  /// The code of `mergedInto`.
  public let mergedIntoCode: String
  /// Other spellings from the data file, as written there ("Hoà Bình", "TP.HCM", "BR-VT"…).
  public let alternativeSpellings: [String]

  /// The official name with its prefix: "tỉnh Hòa Bình", "thành phố Hồ Chí Minh".
  public var fullName: String { (isCity ? "thành phố " : "tỉnh ") + name }
}

/// A province named in a text.
public struct ProvinceMention: Sendable, Hashable {
  /// The province.
  public let province: Province
  /// The name as written, without a prefix word ("Hoà Bình" in "tỉnh Hoà Bình"); spellings that
  /// carry their prefix ("TP.HCM") are reported whole.
  public let matchedText: String
  /// Where `matchedText` is in the text passed in.
  public let range: Range<String.Index>
  /// The word before the name, which tells whether the province itself is meant.
  public let context: Context

  /// What the words before a province name say about it.
  public enum Context: Sendable, Hashable {
    /// The province itself: after "tỉnh", "UBND tỉnh", "Tỉnh ủy", "HĐND tỉnh", "Thủ đô", or
    /// "thành phố" / "TP." before one of the centrally-run cities.
    case province
    /// A lower unit that shares the name: after "xã", "phường", "thị trấn", "huyện", "quận",
    /// "thị xã", "thành phố" of a province's capital, "HTX", "thôn", "bản", "khu", "trường"…
    case lowerUnit
    /// No context word (e.g. an item of a list of provinces).
    case bare
  }
}

/// The 63 provinces, lookups by code and by name, and province mentions in text.
public enum Gazetteer {
  /// The 63 provinces and centrally-run cities, in the order of their codes.
  public static let provinces: [Province] = loadProvinces()

  /// The province with the given two-digit code ("01", "79"; "1" is read as "01").
  ///
  /// - Parameter code: An official code.
  /// - Returns: The province, or nil.
  public static func province(code: String) -> Province? {
    let trimmed = code.trimmingCharacters(in: .whitespaces)
    let padded = trimmed.count == 1 ? "0" + trimmed : trimmed
    return byCode[padded]
  }

  /// The province a name refers to, with or without a prefix ("tỉnh Hoà Bình", "TP.HCM",
  /// "UBND tỉnh Hòa Bình", "Tỉnh ủy Nghệ An",
  /// "Thừa Thiên-Huế", "thành phố Cần Thơ", NFD or new-style tone placement, any case), or
  /// written without diacritics when that is unambiguous ("Ha Noi").
  ///
  /// - Parameter named: A name as written.
  /// - Returns: The province, or nil when the name is not one of the 63.
  public static func province(named: String) -> Province? {
    var keys = nameTokens(named).map { $0.key }
    if let index = tables.whole[keys.joined(separator: " ")] { return provinces[index] }
    // Bodies before the name: "UBND tỉnh …", "Tỉnh ủy …", "Ủy ban nhân dân thành phố …".
    for body in [
      ["ubnd"], ["hđnd"], ["ủy", "ban", "nhân", "dân"], ["hội", "đồng", "nhân", "dân"],
    ]
    where keys.count > body.count && keys.starts(with: body) {
      keys.removeFirst(body.count)
      break
    }
    if keys.count > 2 && (keys[0] == "tỉnh" || keys[0] == "thành") && keys[1] == "ủy" {
      keys.removeFirst(2)
    }
    if let index = tables.whole[keys.joined(separator: " ")] { return provinces[index] }
    while let prefixLength = prefixLength(keys) {
      keys.removeFirst(prefixLength)
      if let index = tables.whole[keys.joined(separator: " ")] { return provinces[index] }
    }
    let ascii = keys.map(asciiFold).joined(separator: " ")
    if let index = tables.ascii[ascii] { return provinces[index] }
    return nil
  }

  /// Every province name in `text`, in order: one scan, the longest name at each place, whole
  /// words only, each name's words capitalised as names are. Each mention carries the context
  /// word before it. A bare "Hồ Chí Minh" after "Bác", "Chủ tịch", "tư tưởng", "Huân chương"…
  /// (the person) and a bare name inside a person's name ("Nguyễn Thị Hà Giang") are skipped.
  ///
  /// - Parameter text: Any text (NFC or NFD, any tone placement).
  /// - Returns: The mentions, in text order.
  public static func mentions(in text: String) -> [ProvinceMention] {
    let tokens = nameTokens(text)
    var mentions: [ProvinceMention] = []
    var position = 0
    while position < tokens.count {
      // Names start with a capital (abbreviations included): skip other words unhashed.
      guard tokens[position].isCapitalized,
        let candidates = tables.byFirstToken[tokens[position].key]
      else {
        position += 1
        continue
      }
      var matched: (pattern: NamePattern, length: Int)?
      for pattern in candidates where pattern.matches(tokens, at: position, in: text) {
        matched = (pattern, pattern.keys.count)
        break
      }
      guard let (pattern, length) = matched else {
        position += 1
        continue
      }
      let province = provinces[pattern.province]
      let range = tokens[position].range.lowerBound..<tokens[position + length - 1].range.upperBound
      let matchedText = String(text[range])
      let context: ProvinceMention.Context
      if pattern.carriesPrefix {
        context = province.isCity || pattern.prefixMeansProvince ? .province : .lowerUnit
      } else {
        context = contextBefore(
          tokens, position, in: text, province: province, matched: matchedText)
      }
      if context == .bare && shouldSkipBare(tokens, position, in: text, province: province) {
        position += length
        continue
      }
      // "phường Phú Thọ Hòa": an administrative unit whose longer name only starts with a
      // province's is another place.
      if context == .lowerUnit, position > 0,
        administrativeUnitWords.contains(tokens[position - 1].key),
        position + length < tokens.count, tokens[position + length].isCapitalized,
        separatorKind(text, tokens[position + length - 1], tokens[position + length]) == .space
      {
        position += length
        continue
      }
      mentions.append(
        ProvinceMention(
          province: province, matchedText: matchedText, range: range, context: context)
      )
      position += length
    }
    return mentions
  }

  // MARK: - Data

  /// Code → province.
  static let byCode: [String: Province] = {
    var table: [String: Province] = [:]
    for province in provinces { table[province.code] = province }
    return table
  }()

  /// Parses the embedded `provinces.csv`.
  static func loadProvinces() -> [Province] {
    let rows = parseCSV(EmbeddedData.provincesCsv)
    guard let header = rows.first else { return [] }
    func column(_ name: String) -> Int? { header.firstIndex(of: name) }
    guard let code = column("gso_code"), let name = column("name"),
      let ascii = column("name_ascii"), let kind = column("kind"), let region = column("region"),
      let merged = column("merged_into_2025"), let alternatives = column("alt_spellings"),
      let mergedCode = column("merged_into_2025_gso_code")
    else { return [] }
    var result: [Province] = []
    for row in rows.dropFirst() where row.count == header.count {
      let spellings = row[alternatives].split(separator: "|").map {
        nfc($0.trimmingCharacters(in: .whitespaces))
      }.filter { !$0.isEmpty }
      result.append(
        Province(
          code: row[code], name: nfc(row[name]), nameASCII: row[ascii],
          isCity: row[kind] == "thanh_pho", region: nfc(row[region]),
          mergedInto: nfc(row[merged]), mergedIntoCode: row[mergedCode],
          alternativeSpellings: spellings))
    }
    return result
  }

  // MARK: - Name patterns

  /// A spelling of a province as a sequence of token keys.
  struct NamePattern: Sendable {
    /// The token keys.
    let keys: [String]
    /// For abbreviations (all capitals, "HN", "BRVT"): the token as it must be written.
    let exactTokens: [String?]
    /// Index into `provinces`.
    let province: Int
    /// Whether the spelling starts with its own prefix ("TP.HCM", "Thủ đô Hà Nội").
    let carriesPrefix: Bool
    /// Whether that prefix names the province itself (a city prefix of a city, "Thủ đô").
    let prefixMeansProvince: Bool

    /// Whether the pattern matches the tokens starting at `position`: same keys, names
    /// capitalised (abbreviations exactly as written), only spaces, dashes or a dot between.
    func matches(_ tokens: [NameToken], at position: Int, in text: String) -> Bool {
      if position + keys.count > tokens.count { return false }
      for offset in 0..<keys.count {
        let token = tokens[position + offset]
        if token.key != keys[offset] { return false }
        if let exact = exactTokens[offset] {
          if text[token.range] != exact { return false }
        } else if !token.isCapitalized {
          return false
        }
        if offset > 0 {
          let separator = separatorKind(text, tokens[position + offset - 1], token)
          if separator == .other { return false }
        }
      }
      return true
    }
  }

  /// The lookup tables built from the provinces.
  struct Index: Sendable {
    /// First token key → patterns starting with it, longest first.
    var byFirstToken: [String: [NamePattern]] = [:]
    /// Whole spelling (token keys joined by spaces) → province index.
    var whole: [String: Int] = [:]
    /// Spelling without diacritics → province index, for spellings that are unambiguous.
    var ascii: [String: Int] = [:]
  }

  /// The lookup tables, built once.
  static let tables: Index = buildIndex()

  /// Builds the name patterns of every province.
  static func buildIndex() -> Index {
    var index = Index()
    var asciiOwners: [String: Set<Int>] = [:]
    for (number, province) in provinces.enumerated() {
      let nameKeys = nameTokens(province.name).map { $0.key }
      var coreSpellings: Set<String> = [nameKeys.joined(separator: " ")]
      var patterns: [NamePattern] = [
        NamePattern(
          keys: nameKeys, exactTokens: [String?](repeating: nil, count: nameKeys.count),
          province: number,
          carriesPrefix: false, prefixMeansProvince: false)
      ]
      for spelling in province.alternativeSpellings {
        coreSpellings.insert(nameTokens(spelling).map { $0.key }.joined(separator: " "))
      }
      for spelling in province.alternativeSpellings {
        let tokens = nameTokens(spelling)
        let keys = tokens.map { $0.key }
        index.whole[keys.joined(separator: " ")] = number
        if let prefix = prefixLength(keys) {
          let rest = Array(keys[prefix...])
          // "TP Hà Nội", "thành phố Huế": the name with a context word, found as such.
          if coreSpellings.contains(rest.joined(separator: " ")) { continue }
        }
        let prefix = prefixLength(keys)
        let exact: [String?] = tokens.enumerated().map { offset, token in
          let written = String(spelling[token.range])
          if offset < (prefix ?? 0) { return nil }
          return isAbbreviation(written) ? written : nil
        }
        patterns.append(
          NamePattern(
            keys: keys, exactTokens: exact, province: number, carriesPrefix: prefix != nil,
            prefixMeansProvince: prefix != nil && keys.first == "thủ"))
      }
      for spelling in coreSpellings {
        index.whole[spelling] = number
        asciiOwners[asciiFold(spelling), default: []].insert(number)
      }
      asciiOwners[asciiFold(province.nameASCII.lowercased()), default: []].insert(number)
      for pattern in patterns {
        index.byFirstToken[pattern.keys[0], default: []].append(pattern)
      }
    }
    for (key, owners) in asciiOwners where owners.count == 1 {
      index.ascii[key] = owners.first!
    }
    for key in index.byFirstToken.keys {
      index.byFirstToken[key]!.sort { $0.keys.count > $1.keys.count }
    }
    return index
  }

  /// Whether a written token is an abbreviation matched exactly ("HN", "BRVT", "HCM").
  static func isAbbreviation(_ written: String) -> Bool {
    written.count >= 2 && written.count <= 5
      && written.unicodeScalars.allSatisfy { $0.properties.isUppercase }
  }

  /// The number of leading tokens that form a prefix word ("tỉnh", "thành phố", "TP", "thủ đô").
  static func prefixLength(_ keys: [String]) -> Int? {
    guard let first = keys.first, keys.count >= 2 else { return nil }
    switch first {
    case "tỉnh", "tp": return 1
    case "thành" where keys[1] == "phố" && keys.count >= 3: return 2
    case "thủ" where keys[1] == "đô" && keys.count >= 3: return 2
    default: return nil
    }
  }

  // MARK: - Context

  /// Words after which a name is a lower unit.
  static let lowerUnitWords: Set<String> = [
    "xã", "phường", "huyện", "quận", "thôn", "bản", "khu", "trường", "htx", "ấp", "buôn", "làng",
    "xóm", "sóc", "thpt", "thcs", "tiểu", "ptdtnt", "ptdtbt",
  ]

  /// Words of an administrative unit, whose name is the whole capitalised run after them.
  static let administrativeUnitWords: Set<String> = [
    "xã", "phường", "huyện", "quận", "thôn", "ấp", "buôn", "làng", "xóm", "sóc",
  ]

  /// Two-word phrases after which a name is a lower unit.
  static let lowerUnitPairs: Set<String> = [
    "thị trấn", "thị xã", "khu phố", "dân phố", "mầm non", "tiểu học", "cơ sở",
  ]

  /// The context of the name at `position`, from the words just before it.
  static func contextBefore(
    _ tokens: [NameToken], _ position: Int, in text: String, province: Province, matched: String
  ) -> ProvinceMention.Context {
    guard position > 0 else { return .bare }
    let previous = tokens[position - 1]
    let separator = separatorKind(text, previous, tokens[position])
    guard separator == .space || (separator == .dot && previous.key == "tp") else { return .bare }
    let pair: String? =
      position >= 2 && separatorKind(text, tokens[position - 2], previous) == .space
      ? tokens[position - 2].key + " " + previous.key : nil
    /// A city prefix: the province itself for the centrally-run cities and for spellings the
    /// data lists with the prefix ("thành phố Huế"); otherwise the province's capital city.
    func cityPrefix(_ written: String) -> ProvinceMention.Context {
      if province.isCity { return .province }
      let key = MatchingKey(written + " " + matched).exact
      if province.alternativeSpellings.contains(where: { MatchingKey($0).exact == key }) {
        return .province
      }
      return .lowerUnit
    }
    if previous.key == "tỉnh" || previous.key == "ubnd" || previous.key == "hđnd" {
      return .province
    }
    if let pair {
      switch pair {
      case "tỉnh ủy": return .province
      case "thủ đô": return .province
      case "thành phố": return cityPrefix("thành phố")
      case "thành ủy": return province.isCity ? .province : .lowerUnit
      default:
        if lowerUnitPairs.contains(pair) { return .lowerUnit }
      }
    }
    if previous.key == "tp" { return cityPrefix("thành phố") }
    if lowerUnitWords.contains(previous.key) { return .lowerUnit }
    return .bare
  }

  /// Words before a bare "Hồ Chí Minh" that mean the person, not the city.
  static let personWords: Set<String> = [
    "bác", "tịch", "tưởng", "chương", "thưởng", "đức", "cách", "lăng", "gương", "tncs", "sản",
    "phong", "mòn", "dịch", "niên", "nghĩa", "đường", "thời", "tên", "cụ", "người", "hồ",
  ]

  /// Family names and common middle names: a bare name right after one is part of a person's
  /// name ("Nguyễn Thị Hà Giang").
  static let personNameWords: Set<String> = [
    "văn", "thị", "đức", "hữu", "minh", "ngọc", "quang", "thanh", "xuân", "công", "đình",
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
    "hồ", "ngô", "dương", "lý", "lương", "đinh", "đoàn", "trịnh", "trương", "đào", "mai", "cao",
    "lâm", "tô", "tạ", "chu", "lưu", "triệu", "vương", "thái", "quách", "tăng", "phùng", "kiều",
    "khổng", "tống", "nghiêm", "khuất", "mạc", "giáp", "doãn", "đàm", "lại", "thân", "hứa", "kim",
    "nông", "bế", "lò", "lường", "cầm", "vi", "sầm", "lục", "lộc", "sùng", "giàng", "lầu", "thào",
    "vàng", "mùa", "thạch", "danh",
  ]

  /// Whether a bare mention is really part of something else (a person's name, the name of
  /// President Hồ Chí Minh).
  static func shouldSkipBare(
    _ tokens: [NameToken], _ position: Int, in text: String, province: Province
  ) -> Bool {
    guard position > 0 else { return false }
    let previous = tokens[position - 1]
    let separator = separatorKind(text, previous, tokens[position])
    guard separator == .space else { return false }
    if province.code == "79" && personWords.contains(previous.key) { return true }
    return previous.isCapitalized && personNameWords.contains(previous.key)
  }
}

// MARK: - Tokens

/// A word of a text: a maximal run of letters, digits and combining marks.
struct NameToken: Sendable {
  /// The comparison key: NFC, canonical tone placement, lower case.
  let key: String
  /// Where the word is in the text.
  let range: Range<String.Index>
  /// Whether its first character is a capital or a digit.
  let isCapitalized: Bool
}

/// What lies between two tokens.
enum SeparatorKind {
  /// White space only.
  case space
  /// A dash, with or without white space around it.
  case dash
  /// A full stop, with or without white space after it ("TP.HCM", "TP. Hà Nội").
  case dot
  /// Anything else (commas, brackets, other words' punctuation).
  case other
}

/// Classifies the text between two tokens.
func separatorKind(_ text: String, _ first: NameToken, _ second: NameToken) -> SeparatorKind {
  let between = text.unicodeScalars[first.range.upperBound..<second.range.lowerBound]
  var dashes = 0
  var dots = 0
  for scalar in between {
    if isWhitespaceScalar(scalar) || scalar.value == 0xA0 { continue }
    if isDashScalar(scalar.value) {
      dashes += 1
    } else if scalar == "." {
      dots += 1
    } else {
      return .other
    }
  }
  if dashes == 0 && dots == 0 { return between.isEmpty ? .other : .space }
  if dashes == 1 && dots == 0 { return .dash }
  if dots == 1 && dashes == 0 { return .dot }
  return .other
}

/// Whether a scalar belongs to a word: a letter, a digit or a combining mark (NFD text).
@inline(__always)
func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
  let value = scalar.value
  if value < 0x80 {
    return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
      || (value >= 0x30 && value <= 0x39)
  }
  if value >= 0x300 && value < 0x370 { return true }
  if value >= 0xC0 && value < 0x250 { return value != 0xD7 && value != 0xF7 }
  if value >= 0x1E00 && value < 0x1F00 { return true }
  let properties = scalar.properties
  return properties.isAlphabetic || properties.numericType != nil
    || properties.generalCategory == .nonspacingMark
}

/// Splits text into tokens with their keys and ranges: one pass over the UTF-8 bytes.
func nameTokens(_ text: String) -> [NameToken] {
  var copy = text
  let spans = copy.withUTF8 { bytes -> [(start: Int, end: Int, key: String, capital: Bool)] in
    var spans: [(start: Int, end: Int, key: String, capital: Bool)] = []
    var index = 0
    let count = bytes.count
    var keyBytes: [UInt8] = []
    while index < count {
      let byte = bytes[index]
      var length = 1
      var value = UInt32(byte)
      if byte >= 0x80 { (value, length) = decodeUTF8Scalar(bytes, at: index) }
      guard isTokenValue(value) else {
        index += length
        continue
      }
      let start = index
      let capital =
        (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        || (value >= 0x80 && CaseTables.shared.lower(value) != value)
      var needsNFC = false
      var hasNonASCII = false
      keyBytes.removeAll(keepingCapacity: true)
      while index < count {
        let current = bytes[index]
        if current < 0x80 {
          let lower = current | 0x20
          let isWordByte = (lower >= 0x61 && lower <= 0x7A) || (current >= 0x30 && current <= 0x39)
          guard isWordByte else { break }
          keyBytes.append(current >= 0x41 && current <= 0x5A ? current + 0x20 : current)
          index += 1
          continue
        }
        let (scalarValue, scalarLength) = decodeUTF8Scalar(bytes, at: index)
        guard isTokenValue(scalarValue) else { break }
        hasNonASCII = true
        if !isNFCStable(scalarValue) { needsNFC = true }
        appendUTF8(CaseTables.shared.lower(scalarValue), to: &keyBytes)
        index += scalarLength
      }
      var key = String(decoding: keyBytes, as: UTF8.self)
      if needsNFC {
        key = canonicalToneplacement(nfc(key))
      } else if hasNonASCII {
        key = canonicalToneplacement(key)
      }
      spans.append((start, index, key, capital))
    }
    return spans
  }
  let utf8 = text.utf8
  return spans.map { span in
    let lower = utf8.index(utf8.startIndex, offsetBy: span.start)
    let upper = utf8.index(utf8.startIndex, offsetBy: span.end)
    return NameToken(key: span.key, range: lower..<upper, isCapitalized: span.capital)
  }
}

/// `isTokenScalar` on a scalar value.
@inline(__always)
func isTokenValue(_ value: UInt32) -> Bool {
  if value < 0x80 {
    return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
      || (value >= 0x30 && value <= 0x39)
  }
  guard let scalar = Unicode.Scalar(value) else { return false }
  return isTokenScalar(scalar)
}

// MARK: - CSV

/// Parses CSV text (RFC 4180: quoted fields, doubled quotes, CR LF or LF line ends).
///
/// - Parameter text: The CSV text.
/// - Returns: The rows, each a list of fields; blank lines are skipped.
func parseCSV(_ text: String) -> [[String]] {
  var rows: [[String]] = []
  var row: [String] = []
  var field = String.UnicodeScalarView()
  var inQuotes = false
  var fieldStarted = false
  var scalars = text.unicodeScalars.makeIterator()
  var pending: Unicode.Scalar? = nil
  func endRow() {
    if !(row.isEmpty && field.isEmpty && !fieldStarted) {
      row.append(String(field))
      rows.append(row)
    }
    row = []
    field = String.UnicodeScalarView()
    fieldStarted = false
  }
  while let scalar = pending ?? scalars.next() {
    pending = nil
    if inQuotes {
      if scalar == "\"" {
        if let next = scalars.next() {
          if next == "\"" {
            field.append("\"")
          } else {
            inQuotes = false
            pending = next
          }
        } else {
          inQuotes = false
        }
      } else {
        field.append(scalar)
      }
      continue
    }
    switch scalar {
    case "\"":
      inQuotes = true
      fieldStarted = true
    case ",":
      row.append(String(field))
      field = String.UnicodeScalarView()
      fieldStarted = true
    case "\r":
      continue
    case "\n":
      endRow()
    default:
      field.append(scalar)
      fieldStarted = true
    }
  }
  endRow()
  return rows
}
