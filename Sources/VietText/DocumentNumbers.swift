// Numbers of official documents (domain rules of NĐ 30/2020/NĐ-CP and the Party's HD 36):
// ordinary state documents "163/QĐ-UBND", letters "238/UBND-KGVX", normative documents
// "98/2023/NĐ-CP", laws "06/2022/QH15", and Party documents "05-CT/TW". ASCII spellings
// ("QD-UBND"), lowercase issuers ("ttg") and en dashes are accepted.

/// A document number split into its parts.
public struct DocumentNumber: Sendable, Hashable {
  /// The family a number belongs to, from its shape.
  public enum Family: String, Sendable, Hashable, CaseIterable {
    /// `number/TYPE-ISSUER`, e.g. `163/QĐ-UBND`.
    case administrative
    /// `number/ISSUER-UNIT`, a letter without type code, e.g. `238/UBND-KGVX`.
    case letter
    /// `number/YYYY/TYPE-ISSUER`, e.g. `98/2023/NĐ-CP`; also the older `number/YYYY/TYPE/ISSUER`
    /// (`205/2005/QĐ/CTN`).
    case normative
    /// `number/YYYY/QHnn`, a law or resolution of the National Assembly, e.g. `06/2022/QH15`.
    case law
    /// `number-TYPE/ISSUER`, e.g. `05-CT/TW`; also a Party document written state-style
    /// (`22/CT-TW`).
    case party
    /// Digits alone after "Quyết định số", e.g. `999` in "Theo Quyết định số 999, …": no type
    /// or issuer code.
    case bare
  }

  /// The number as written (NFC, dashes unified, spaces around separators removed).
  public let raw: String
  /// The running number, e.g. `163` (may carry a letter: `163a`).
  public let number: String
  /// The year of normative documents and laws.
  public let year: Int?
  /// The type code in its Vietnamese spelling (`QĐ`, `NĐ`, `CT`…); `nil` for letters and laws.
  public let typeCode: String?
  /// The issuer code as written, e.g. `UBND`, `TTg`, `TW`, `QH15`.
  public let issuerCode: String
  /// The drafting unit of a letter, or the second issuer part (`UBND-KGVX` → `KGVX`).
  public let unitCode: String?
  /// The family.
  public let family: Family

  /// A document number from its parts.
  public init(
    raw: String, number: String, year: Int?, typeCode: String?, issuerCode: String,
    unitCode: String?, family: Family
  ) {
    self.raw = raw
    self.number = number
    self.year = year
    self.typeCode = typeCode
    self.issuerCode = issuerCode
    self.unitCode = unitCode
    self.family = family
  }
}

/// A document number found in a text.
public struct DocumentNumberMention: Sendable, Hashable {
  /// The parsed number.
  public let number: DocumentNumber
  /// The kind of document named before it, lowercased ("quyết định", "chỉ thị", "nghị
  /// định"…), when the text names one.
  public let documentKind: String?
  /// The words as written, the number only.
  public let text: String
  /// Where `text` is in the text searched.
  public let range: Range<String.Index>

  /// A mention; used by the scanner and by tests.
  public init(
    number: DocumentNumber, documentKind: String?, text: String, range: Range<String.Index>
  ) {
    self.number = number
    self.documentKind = documentKind
    self.text = text
    self.range = range
  }
}

/// Parses and finds document numbers.
public enum DocumentNumbers {
  /// Type codes of state and Party documents, in their Vietnamese spelling.
  public static let typeCodes: Set<String> = [
    "NQ", "QĐ", "CT", "QC", "QyĐ", "QYĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC",
    "BB", "TTr", "HĐ", "CĐ", "GN", "TTh", "GM", "GGT", "PG", "PC", "PB", "NĐ", "TT", "TTLT", "L",
    "KL", "QĐi", "CV", "CTHĐ", "NQLT", "QĐLT",
  ]

  /// Issuer codes of the Party (a number `22/CT-TW` written state-style is a Party document).
  public static let partyIssuers: Set<String> = [
    "TW", "TƯ", "TU", "ThU", "HU", "QU", "ĐU", "VPTW", "BTCTW", "BTGTW", "UBKTTW", "BCĐ",
  ]

  /// ASCII spellings of type codes mapped to their Vietnamese spelling.
  static let asciiTypeCodes: [String: String] = [
    "QD": "QĐ", "ND": "NĐ", "HD": "HD", "DA": "ĐA", "CD": "CĐ", "QYD": "QyĐ", "QDI": "QĐi",
  ]

  /// Parses one number such as `163/QĐ-UBND`, `98/2023/NĐ-CP`, `06/2022/QH15` or `05-CT/TW`;
  /// `nil` when `raw` has none of these shapes.
  public static func parse(_ raw: String) -> DocumentNumber? {
    // Unify dashes, drop spaces around separators and a "số" prefix.
    var scalars: [Unicode.Scalar] = []
    for var scalar in raw.precomposedNFC.unicodeScalars {
      // "QÐ" written with the Icelandic eth (U+00D0) of old fonts: the Vietnamese Đ.
      if scalar == "\u{D0}" { scalar = "\u{110}" }
      if scalar == "\u{F0}" { scalar = "\u{111}" }
      if isDash(scalar) {
        while scalars.last == " " { scalars.removeLast() }
        scalars.append("-")
      } else if scalar == " " || scalar == "\u{A0}" {
        if let last = scalars.last, last == "-" || last == "/" { continue }
        scalars.append(" ")
      } else if scalar == "/" {
        while scalars.last == " " { scalars.removeLast() }
        scalars.append(scalar)
      } else {
        scalars.append(scalar)
      }
    }
    var text = makeString(scalars)
    while text.first == " " { text.removeFirst() }
    while text.last == " " || text.last == "." || text.last == "," { text.removeLast() }
    for prefix in ["Số:", "số:", "Số", "số", "So:", "No.", "No"] where text.hasPrefix(prefix) {
      text = String(text.dropFirst(prefix.count))
      while text.first == " " { text.removeFirst() }
      break
    }
    guard !text.contains(" ") else { return nil }
    let slashParts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard (2...4).contains(slashParts.count), !slashParts.contains(where: \.isEmpty)
    else { return nil }
    if slashParts.count == 4 {
      // number/YYYY/TYPE/ISSUER, the shape of the early 2000s: "205/2005/QĐ/CTN".
      guard let number = runningNumber(slashParts[0]), let year = Int(slashParts[1]),
        slashParts[1].count == 4, (1945...2100).contains(year),
        let type = typeCode(slashParts[2]), isCode(slashParts[3])
      else { return nil }
      return DocumentNumber(
        raw: text, number: number, year: year, typeCode: type, issuerCode: slashParts[3],
        unitCode: nil, family: .normative)
    }
    if slashParts.count == 3 {
      // number/YYYY/TYPE-ISSUER or number/YYYY/QHnn.
      guard let number = runningNumber(slashParts[0]), let year = Int(slashParts[1]),
        slashParts[1].count == 4, (1945...2100).contains(year)
      else { return nil }
      let tail = slashParts[2]
      if isLegislature(tail) {
        return DocumentNumber(
          raw: text, number: number, year: year, typeCode: nil, issuerCode: tail, unitCode: nil,
          family: .law)
      }
      let dash = tail.split(separator: "-", maxSplits: 1).map(String.init)
      guard dash.count == 2, let type = typeCode(dash[0]), isCode(dash[1]) else { return nil }
      return DocumentNumber(
        raw: text, number: number, year: year, typeCode: type, issuerCode: dash[1],
        unitCode: nil, family: .normative)
    }
    let head = slashParts[0]
    let tail = slashParts[1]
    if let dashIndex = head.firstIndex(of: "-") {
      // Party: number-TYPE/ISSUER.
      let number = String(head[..<dashIndex])
      let type = String(head[head.index(after: dashIndex)...])
      guard let running = runningNumber(number), let code = typeCode(type), isCode(tail) else {
        return nil
      }
      return DocumentNumber(
        raw: text, number: running, year: nil, typeCode: code, issuerCode: tail, unitCode: nil,
        family: .party)
    }
    guard let number = runningNumber(head) else { return nil }
    let parts = tail.split(separator: "-", maxSplits: 1).map(String.init)
    guard parts.allSatisfy(isCode) else { return nil }
    if parts.count == 1 {
      // "15/TTg", "12/HĐTĐKT": issuer only.
      guard startsWithUpper(parts[0]) else { return nil }
      return DocumentNumber(
        raw: text, number: number, year: nil, typeCode: nil, issuerCode: parts[0], unitCode: nil,
        family: .letter)
    }
    if let type = typeCode(parts[0]), parts[0] != "TTg" {
      let issuer = parts[1]
      let family: DocumentNumber.Family =
        partyIssuers.contains(issuer) || partyIssuers.contains(issuer.uppercased())
        ? .party : .administrative
      return DocumentNumber(
        raw: text, number: number, year: nil, typeCode: type, issuerCode: issuer, unitCode: nil,
        family: family)
    }
    guard startsWithUpper(parts[0]) else { return nil }
    return DocumentNumber(
      raw: text, number: number, year: nil, typeCode: nil, issuerCode: parts[0],
      unitCode: parts[1], family: .letter)
  }

  /// Every document number in `text`, in order, with the kind of document named before it.
  public static func mentions(in text: String) -> [DocumentNumberMention] {
    let scan = ScalarText(text)
    var result: [DocumentNumberMention] = []
    var i = 0
    let n = scan.count
    while i < n {
      let s = scan.lower[i]
      guard isDigit(s), i == 0 || !isWordScalar(scan.lower[i - 1]) && scan.lower[i - 1] != "/"
      else {
        i += 1
        continue
      }
      let digitsEnd = scan.skipDigits(from: i)
      var j = digitsEnd
      if j < n, isLetter(scan.lower[j]), !isUppercase(scan.scalars[j]), j + 1 < n,
        scan.lower[j + 1] == "/" || isDash(scan.lower[j + 1])
      {
        j += 1
      }
      guard j < n, scan.lower[j] == "/" || isDash(scan.lower[j]), j - i <= 7 else {
        if let bare = bareDecision(scan, from: i, to: digitsEnd) { result.append(bare) }
        i = digitsEnd
        continue
      }
      // The token: letters, digits, "/", dashes; stop before a dash followed by a space.
      var end = j
      while end < n {
        let c = scan.lower[end]
        if isWordScalar(c) || c == "/" {
          end += 1
        } else if isDash(c), end + 1 < n, isWordScalar(scan.lower[end + 1]) {
          end += 1
        } else {
          break
        }
      }
      // "1582/QĐ - CTN": a type code, then a dash with spaces around it and the issuer.
      if let slash = (i..<end).last(where: { scan.lower[$0] == "/" }),
        typeCode(scan.string(slash + 1, end)) != nil, let issuerStart = spacedDash(scan, at: end)
      {
        var issuerEnd = issuerStart
        while issuerEnd < n, isWordScalar(scan.lower[issuerEnd]) { issuerEnd += 1 }
        if issuerEnd > issuerStart, isCode(scan.string(issuerStart, issuerEnd)) { end = issuerEnd }
      }
      let token = scan.string(i, end)
      if let number = parse(token) {
        result.append(
          DocumentNumberMention(
            number: number, documentKind: scan.documentKind(before: i), text: token,
            range: scan.range(i, end)))
      }
      i = end
    }
    return result
  }

  /// What may follow a bare decision number: a comma, a parenthesis closing, " ngày", " của"
  /// or the end of the text.
  static let bareNumberFollowers: [[Unicode.Scalar]] = [",", ")", " ngày", " của"].map {
    Array($0.unicodeScalars)
  }

  /// The number of digits alone in "Quyết định số 999, …" (the head in any case, tone
  /// placement or composition), when one is at `start..<end`; no other head makes a number of
  /// bare digits.
  static func bareDecision(_ scan: ScalarText, from start: Int, to end: Int)
    -> DocumentNumberMention?
  {
    guard end - start <= 6 else { return nil }
    let followed =
      end == scan.count
      || bareNumberFollowers.contains { follower in
        end + follower.count <= scan.count
          && scan.lower[end..<(end + follower.count)].elementsEqual(follower)
          && (end + follower.count == scan.count || follower.count == 1
            || !isWordScalar(scan.lower[end + follower.count]))
      }
    guard followed else { return nil }
    // "số", then "quyết định" before it, compared without diacritics.
    var j = scan.skipBackSpaces(from: start)
    guard j < start else { return nil }
    var words: [String] = []
    for _ in 0..<3 {
      var s = j
      while s > 0, isWordScalar(scan.lower[s - 1]) || isCombiningMark(scan.lower[s - 1]) {
        s -= 1
      }
      guard s < j else { return nil }
      words.insert(asciiFold(scan.lowerString(s, j).precomposedNFC), at: 0)
      j = scan.skipBackSpaces(from: s)
      guard j < s || words.count == 3 else { return nil }
    }
    guard words == ["quyet", "dinh", "so"] else { return nil }
    let digits = scan.string(start, end)
    let number = DocumentNumber(
      raw: digits, number: digits, year: nil, typeCode: nil, issuerCode: "", unitCode: nil,
      family: .bare)
    return DocumentNumberMention(
      number: number, documentKind: "quyết định", text: digits, range: scan.range(start, end))
  }

  static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
    (0x300...0x36F).contains(scalar.value)
  }

  /// Where the word after " - " (a dash with a space on each side) starts, when one is at `at`.
  static func spacedDash(_ scan: ScalarText, at: Int) -> Int? {
    var k = at
    guard k < scan.count, scan.lower[k] == " " else { return nil }
    k += 1
    guard k < scan.count, isDash(scan.lower[k]) else { return nil }
    k += 1
    guard k < scan.count, scan.lower[k] == " " else { return nil }
    k += 1
    guard k < scan.count, isUppercase(scan.scalars[k]) else { return nil }
    return k
  }

  static func runningNumber(_ text: String) -> String? {
    let scalars = Array(text.unicodeScalars)
    guard !scalars.isEmpty, scalars.count <= 7, isDigit(scalars[0]) else { return nil }
    var k = 0
    while k < scalars.count, isDigit(scalars[k]) { k += 1 }
    guard k <= 6 else { return nil }
    if k == scalars.count { return text }
    guard k == scalars.count - 1, isLetter(scalars[k]), !isUppercase(scalars[k]) else {
      return nil
    }
    return text
  }

  static func typeCode(_ text: String) -> String? {
    if typeCodes.contains(text) { return text }
    let upper = text.uppercased()
    if let mapped = asciiTypeCodes[upper] { return mapped }
    if let match = typeCodes.first(where: { $0.uppercased() == upper }) { return match }
    return nil
  }

  static func isLegislature(_ text: String) -> Bool {
    for prefix in ["QH", "UBTVQH"] where text.uppercased().hasPrefix(prefix) {
      let rest = text.dropFirst(prefix.count)
      return !rest.isEmpty && rest.count <= 2 && rest.allSatisfy(\.isASCII)
        && rest.allSatisfy(\.isNumber)
    }
    return false
  }

  static func isCode(_ text: String) -> Bool {
    guard !text.isEmpty, text.unicodeScalars.count <= 16 else { return false }
    return text.unicodeScalars.allSatisfy { isLetter($0) || isDigit($0) || $0 == "-" }
      && isLetter(text.unicodeScalars.first!)
  }

  static func startsWithUpper(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    return isUppercase(first)
  }
}

extension ScalarText {
  /// The kind of document named just before a number: "Quyết định số 163/…", "QĐ số …",
  /// "Chỉ thị 05-CT/TW", "Nghị định số …".
  func documentKind(before start: Int) -> String? {
    var j = skipBackSpaces(from: start)
    if j > 0, lower[j - 1] == ":" { j = skipBackSpaces(from: j - 1) }
    let w = wordStart(before: j)
    if w < j, lowerString(w, j) == "số" { j = skipBackSpaces(from: w) }
    // Up to three words back.
    var words: [String] = []
    var k = j
    for _ in 0..<3 {
      let s = wordStart(before: k)
      guard s < k else { break }
      words.insert(lowerString(s, k), at: 0)
      k = skipBackSpaces(from: s)
    }
    for length in stride(from: min(3, words.count), through: 1, by: -1) {
      let phrase = words.suffix(length).joined(separator: " ")
      if DocumentKinds.names.contains(phrase) { return DocumentKinds.canonical[phrase] ?? phrase }
    }
    return nil
  }
}

enum DocumentKinds {
  static let names: Set<String> = [
    "quyết định", "chỉ thị", "nghị định", "nghị quyết", "thông tư", "kế hoạch", "công văn",
    "hướng dẫn", "luật", "kết luận", "quy định", "thông báo", "báo cáo", "tờ trình", "đề án",
    "chương trình", "qđ", "qd", "ct", "nq", "nđ", "kh", "cv",
  ]
  static let canonical: [String: String] = [
    "qđ": "quyết định", "qd": "quyết định", "ct": "chỉ thị", "nq": "nghị quyết",
    "nđ": "nghị định", "kh": "kế hoạch", "cv": "công văn",
  ]
}

extension String {
  /// NFC without Foundation: Swift strings compare canonically, so composing is only needed
  /// when the text holds combining marks.
  var precomposedNFC: String {
    guard unicodeScalars.contains(where: { $0.value >= 0x300 && $0.value <= 0x36F }) else {
      return self
    }
    return composeVietnamese(self)
  }
}

/// Composes base letters with the combining marks Vietnamese uses (NFD → NFC) through the
/// standard library's canonical equivalence: each character is rebuilt from the precomposed
/// scalar that compares equal to it.
func composeVietnamese(_ text: String) -> String {
  var result = ""
  result.reserveCapacity(text.utf8.count)
  for character in text {
    if character.unicodeScalars.count == 1 {
      result.append(character)
      continue
    }
    if let composed = VietnameseComposition.table[character] {
      result.append(composed)
    } else {
      result.append(character)
    }
  }
  return result
}

enum VietnameseComposition {
  /// Every precomposed Latin letter of the ranges Vietnamese uses, keyed by itself: a lookup with
  /// a decomposed character finds the precomposed one because `Character` hashing is canonical.
  static let table: [Character: Character] = {
    var table: [Character: Character] = [:]
    let ranges: [ClosedRange<UInt32>] = [0xC0...0x1B0, 0x1EA0...0x1EF9]
    for range in ranges {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let character = Character(scalar)
        table[character] = character
      }
    }
    return table
  }()
}
