// Unicode normalisation of Vietnamese text: NFC, invisible and control characters, whitespace,
// and the canonical (old-style) tone placement used for comparison keys.

import Foundation

/// Normalises text for output: NFC; NBSP, narrow NBSP and figure space become a plain space;
/// zero-width space/joiner/non-joiner, word joiner, BOM and soft hyphen are removed; CR LF and a
/// lone CR become LF; every other C0/C1 control except tab and line feed is removed (they are
/// illegal in XML 1.0), and so are the noncharacters U+FFFE and U+FFFF.
///
/// - Parameter text: Any text.
/// - Returns: The cleaned text, in NFC. What was written is otherwise kept as it is.
public func normalizeText(_ text: String) -> String {
  var copy = text
  let (needsCleaning, needsNFC) = copy.withUTF8 { bytes -> (Bool, Bool) in
    var cleaning = false
    var composing = false
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F { cleaning = true }
        index += 1
        continue
      }
      let (value, length) = decodeUTF8Scalar(bytes, at: index)
      if isRemovedOrSpace(value) { cleaning = true }
      if !isNFCStable(value) { composing = true }
      if cleaning && composing { break }
      index += length
    }
    return (cleaning, composing)
  }
  if !needsCleaning && !needsNFC { return text }
  let source = needsNFC ? segmentedNFC(text) : text
  if !needsCleaning { return source }
  var result = String.UnicodeScalarView()
  var previousWasCR = false
  for scalar in source.unicodeScalars {
    let value = scalar.value
    defer { previousWasCR = value == 0x0D }
    switch value {
    case 0x0D:
      result.append("\n")
    case 0x0A:
      if !previousWasCR { result.append(scalar) }
    case 0x09:
      result.append(scalar)
    case 0x00..<0x20, 0x7F..<0xA0:
      continue
    case 0xA0, 0x2007, 0x202F:
      result.append(" ")
    case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFFFE, 0xFFFF:
      continue
    default:
      result.append(scalar)
    }
  }
  return String(result)
}

/// Whether `value` (≥ 0x80) is one of the characters `normalizeText` replaces or removes.
@inline(__always)
private func isRemovedOrSpace(_ value: UInt32) -> Bool {
  switch value {
  case 0x80..<0xA1, 0xAD, 0x2007, 0x200B, 0x200C, 0x200D, 0x202F, 0x2060, 0xFEFF, 0xFFFE, 0xFFFF:
    return true
  default:
    return false
  }
}

/// A conservative test that a scalar can neither change nor combine under NFC, so that text made
/// only of such scalars is already NFC. Anything else goes through Foundation's normaliser.
///
/// Stable: canonical combining class 0, outside the blocks that hold singletons, composition
/// exclusions or starters that compose with a preceding character (Indic and Southeast Asian
/// vowel signs, Hangul jamo, Greek Extended, CJK compatibility ideographs, …).
@inline(__always)
func isNFCStable(_ value: UInt32) -> Bool {
  if value < 0x300 { return true }  // Latin-1, Latin Extended-A/B, IPA, spacing modifiers
  switch value {
  case 0x1E00..<0x1F00: return true  // Latin Extended Additional (Vietnamese letters)
  case 0x4E00..<0xA000, 0xAC00..<0xD7A4: return true  // CJK ideographs, Hangul syllables
  case 0x400..<0x483, 0x48A..<0x530: return true  // Cyrillic
  case 0x2010..<0x20D0, 0x2190..<0x2329, 0x232B..<0x2ADC, 0x2ADD..<0x2C00: return true
  case 0x3000..<0x302A, 0x3040..<0x3099, 0x30A0..<0x3100: return true  // CJK punctuation, kana
  case 0xE000..<0xF900, 0xFF00..<0xFFF0, 0x1F300..<0x1FB00: return true  // private use, emoji
  case 0x300..<0x370, 0x374, 0x37E, 0x387, 0x900..<0xE00, 0xF00..<0x1000, 0x1000..<0x10A0,
    0x1100..<0x1200, 0x1B00..<0x1B80, 0x1F00..<0x2000, 0x2000, 0x2001, 0x2126, 0x212A, 0x212B,
    0x2329, 0x232A, 0x2ADC, 0x3099, 0x309A, 0xF900..<0xFB00, 0xFB1D..<0xFB50, 0x1D15E..<0x1D1C1,
    0x2F800..<0x2FA20:
    return false
  default:
    guard let scalar = Unicode.Scalar(value) else { return false }
    return scalar.properties.canonicalCombiningClass == .notReordered
  }
}

/// Whether NFC could change the text: one pass over the UTF-8 bytes, decoding only characters
/// from U+0300 up.
func mayNeedNFC(_ text: String) -> Bool {
  var copy = text
  return copy.withUTF8 { bytes in
    guard let base = bytes.baseAddress else { return false }
    let raw = UnsafeRawPointer(base)
    var index = 0
    let count = bytes.count
    while index < count {
      // Skip ASCII eight bytes at a time.
      while index + 8 <= count
        && raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        index += 8
      }
      if index >= count { break }
      let byte = bytes[index]
      if byte < 0xCC {
        index += 1
        continue
      }
      // A lead byte of a character from U+0300 up: decode it.
      var value: UInt32
      if byte < 0xE0 {
        value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        index += 2
      } else if byte < 0xF0 {
        value =
          UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
          | UInt32(bytes[index + 2] & 0x3F)
        index += 3
      } else {
        value =
          UInt32(byte & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
          | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
        index += 4
      }
      if !isNFCStable(value) { return true }
    }
    return false
  }
}

/// Normalises text (`normalizeText`), then turns every run of whitespace, line breaks included,
/// into one space and trims both ends.
///
/// - Parameter text: Any text.
/// - Returns: One line of NFC text without leading or trailing whitespace.
public func collapseWhitespace(_ text: String) -> String {
  var normalized = normalizeText(text)
  return normalized.withUTF8 { bytes -> String? in
    // Fast path: already one line with single spaces and no white space at the ends.
    let count = bytes.count
    if count == 0 { return "" }
    var clean = bytes[0] != 0x20 && bytes[count - 1] != 0x20
    var index = 0
    while clean && index < count {
      let byte = bytes[index]
      if byte == 0x20 {
        if index + 1 < count && bytes[index + 1] == 0x20 { clean = false }
      } else if byte < 0x20 || isMultiByteSpace(bytes, index) {
        clean = false
      }
      index += 1
    }
    if clean { return nil }
    var result: [UInt8] = []
    result.reserveCapacity(count)
    var pendingSpace = false
    index = 0
    while index < count {
      let byte = bytes[index]
      if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
        pendingSpace = !result.isEmpty
        index += 1
        continue
      }
      let spaceLength = isMultiByteSpace(bytes, index) ? (bytes[index] == 0xC2 ? 2 : 3) : 0
      if spaceLength > 0 {
        pendingSpace = !result.isEmpty
        index += spaceLength
        continue
      }
      if pendingSpace {
        result.append(0x20)
        pendingSpace = false
      }
      result.append(byte)
      index += 1
    }
    return String(decoding: result, as: UTF8.self)
  } ?? normalized
}

/// Whether the UTF-8 bytes at `index` start a non-ASCII white-space character (U+0085, U+00A0,
/// U+1680, U+2000–U+200A, U+2028, U+2029, U+205F, U+3000).
@inline(__always)
func isMultiByteSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
  let byte = bytes[index]
  if byte < 0xC2 { return false }
  let count = bytes.count
  if byte == 0xC2 {
    return index + 1 < count && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0)
  }
  guard index + 2 < count else { return false }
  let second = bytes[index + 1]
  let third = bytes[index + 2]
  switch byte {
  case 0xE1: return second == 0x9A && third == 0x80
  case 0xE2:
    return (second == 0x80 && (third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF))
      || (second == 0x81 && third == 0x9F)
  case 0xE3: return second == 0x80 && third == 0x80
  default: return false
  }
}

/// Whether a scalar is white space (ASCII spaces and line breaks, Unicode spaces, line and
/// paragraph separators).
@inline(__always)
func isWhitespaceScalar(_ scalar: Unicode.Scalar) -> Bool {
  let value = scalar.value
  if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
  return scalar.properties.isWhitespace
}

// MARK: - Vietnamese letters

/// The tone marks of Vietnamese, in the order of the letter rows of `VietnameseLetters`.
enum Tone: Int, Sendable {
  case level = 0
  case grave, acute, hook, tilde, dot
}

/// The Vietnamese vowel letters with every tone, and lookups from a precomposed letter to its
/// toneless base (with its circumflex, breve or horn) and tone.
enum VietnameseLetters {
  /// Rows: the toneless letter, then grave, acute, hook above, tilde, dot below.
  static let rows: [String] = [
    "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
    "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
    "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
  ]

  /// A vowel letter split into its toneless form and its tone.
  struct Parts: Sendable {
    /// The letter without tone, e.g. "ơ" for "ợ".
    let base: Unicode.Scalar
    /// The tone.
    let tone: Tone
    /// The plain ASCII letter under all marks, e.g. "o" for "ợ".
    let ascii: Unicode.Scalar
    /// Whether the letter is upper case.
    let isUpper: Bool
  }

  /// Precomposed vowel letter → its parts (a flat table over the two blocks that hold them).
  static let parts = PartsTable(rows: rows)

  /// Vowel-letter parts indexed by scalar value: Latin-1 and Latin Extended-A/B (U+00C0–U+024F)
  /// and Latin Extended Additional (U+1EA0–U+1EF9), plus ASCII vowels.
  struct PartsTable: Sendable {
    private var low: [Parts?] = Array(repeating: nil, count: 0x250)
    private var high: [Parts?] = Array(repeating: nil, count: 0x60)

    init(rows: [String]) {
      let asciiBases: [Unicode.Scalar] = [
        "a", "a", "a", "e", "e", "i", "o", "o", "o", "u", "u", "y",
      ]
      for (rowIndex, row) in rows.enumerated() {
        let scalars = Array(row.unicodeScalars)
        let isUpper = rowIndex >= 12
        var ascii = asciiBases[rowIndex % 12]
        if isUpper { ascii = Unicode.Scalar(ascii.value - 0x20)! }
        for (toneIndex, scalar) in scalars.enumerated() {
          let parts = Parts(
            base: scalars[0], tone: Tone(rawValue: toneIndex)!, ascii: ascii, isUpper: isUpper)
          let value = Int(scalar.value)
          if value < 0x250 {
            low[value] = parts
          } else if value >= 0x1EA0 && value < 0x1F00 {
            high[value - 0x1EA0] = parts
          }
        }
      }
    }

    /// The parts of a vowel letter, or nil for any other scalar.
    @inline(__always)
    subscript(_ scalar: Unicode.Scalar) -> Parts? {
      let value = Int(scalar.value)
      if value < 0x250 { return low[value] }
      if value >= 0x1EA0 && value < 0x1F00 { return high[value - 0x1EA0] }
      return nil
    }
  }

  /// (toneless letter, tone) → precomposed letter.
  static let compose: [Unicode.Scalar: [Unicode.Scalar]] = {
    var table: [Unicode.Scalar: [Unicode.Scalar]] = [:]
    for row in rows {
      let scalars = Array(row.unicodeScalars)
      table[scalars[0]] = scalars
    }
    return table
  }()

  /// The letter `base` (toneless) carrying `tone`.
  static func letter(_ base: Unicode.Scalar, tone: Tone) -> Unicode.Scalar? {
    compose[base]?[tone.rawValue]
  }

  /// Lower-case form of a scalar: flat tables for Latin (U+0000–U+024F, U+1E00–U+1EFF), the
  /// Unicode mapping otherwise (when it is one scalar).
  @inline(__always)
  static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    if value < 0x80 {
      return value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar
    }
    return Unicode.Scalar(CaseTables.shared.lower(value)) ?? scalar
  }

  /// Upper-case form of a scalar, like `lowercase`.
  @inline(__always)
  static func uppercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    if value < 0x80 {
      return value >= 0x61 && value <= 0x7A ? Unicode.Scalar(UInt8(value - 0x20)) : scalar
    }
    return Unicode.Scalar(CaseTables.shared.upper(value)) ?? scalar
  }

}

/// `text.lowercased()` (the full Unicode lower-case mapping of every scalar), the same string,
/// with the Latin blocks from `CaseTables` instead of a string per scalar.
///
/// - Parameter text: Any text.
/// - Returns: Exactly `text.lowercased()`.
public func lowercasedText(_ text: String) -> String {
  var isASCII = true
  for unit in text.utf8 where unit >= 0x80 {
    isASCII = false
    break
  }
  if isASCII { return text.lowercased() }
  var bytes: [UInt8] = []
  bytes.reserveCapacity(text.utf8.count)
  let tables = CaseTables.shared
  for scalar in text.unicodeScalars {
    let value = scalar.value
    if value < 0x80 {
      bytes.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 0x20 : value))
      continue
    }
    // U+0130 is the one scalar of these blocks whose lower case is two scalars ("i̇").
    let mapped: String.UnicodeScalarView
    if value != 0x130, value < 0x250 || (value >= 0x1E00 && value < 0x1F00),
      let lower = Unicode.Scalar(tables.lower(value))
    {
      bytes.append(contentsOf: UTF8.encode(lower)!)
      continue
    } else {
      mapped = scalar.properties.lowercaseMapping.unicodeScalars
    }
    for part in mapped { bytes.append(contentsOf: UTF8.encode(part)!) }
  }
  return String(decoding: bytes, as: UTF8.self)
}

/// Simple case mappings for the Latin blocks, computed once from the Unicode properties.
struct CaseTables: Sendable {
  /// The tables.
  static let shared = CaseTables()

  private var lowerLow: [UInt32] = []
  private var upperLow: [UInt32] = []
  private var lowerHigh: [UInt32] = []
  private var upperHigh: [UInt32] = []

  private init() {
    func single(_ mapping: String, _ fallback: UInt32) -> UInt32 {
      let scalars = mapping.unicodeScalars
      return scalars.count == 1 ? scalars.first!.value : fallback
    }
    for value in UInt32(0)..<0x250 {
      let scalar = Unicode.Scalar(value)!
      lowerLow.append(single(scalar.properties.lowercaseMapping, value))
      upperLow.append(single(scalar.properties.uppercaseMapping, value))
    }
    for value in UInt32(0x1E00)..<0x1F00 {
      let scalar = Unicode.Scalar(value)!
      lowerHigh.append(single(scalar.properties.lowercaseMapping, value))
      upperHigh.append(single(scalar.properties.uppercaseMapping, value))
    }
  }

  /// The lower-case scalar value of `value`.
  @inline(__always)
  func lower(_ value: UInt32) -> UInt32 {
    if value < 0x250 { return lowerLow[Int(value)] }
    if value >= 0x1E00 && value < 0x1F00 { return lowerHigh[Int(value - 0x1E00)] }
    guard let scalar = Unicode.Scalar(value) else { return value }
    return single(scalar.properties.lowercaseMapping, value)
  }

  /// The upper-case scalar value of `value`.
  @inline(__always)
  func upper(_ value: UInt32) -> UInt32 {
    if value < 0x250 { return upperLow[Int(value)] }
    if value >= 0x1E00 && value < 0x1F00 { return upperHigh[Int(value - 0x1E00)] }
    guard let scalar = Unicode.Scalar(value) else { return value }
    return single(scalar.properties.uppercaseMapping, value)
  }

  private func single(_ mapping: String, _ fallback: UInt32) -> UInt32 {
    let scalars = mapping.unicodeScalars
    return scalars.count == 1 ? scalars.first!.value : fallback
  }
}

// MARK: - Tone placement

/// Rewrites tone placement to the old (traditional) style for open syllables ending in
/// "oa", "oe" or "uy": "hoà" → "hòa", "hoá" → "hóa", "khoẻ" → "khỏe", "thuỷ" → "thủy",
/// "Uỷ" → "Ủy". Syllables with a final consonant ("Hoàng", "hoạch", "thuyền") and "qu" + "y"
/// ("quý") are left as they are.
///
/// - Parameter text: NFC text.
/// - Returns: NFC text with the canonical tone placement.
public func canonicalToneplacement(_ text: String) -> String {
  // One pass over the UTF-8 bytes: a toned a, e or y (lead byte C3 or E1) right after an ASCII
  // o or u, ending the syllable, after a consonant (not "q") or at the start of the word.
  var copy = text
  return copy.withUTF8 { bytes -> String? in
    var result: [UInt8] = []
    var copiedUpTo = 0
    var index = 1
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      guard byte == 0xC3 || byte == 0xE1 else {
        index += 1
        continue
      }
      let first = bytes[index - 1]
      let (value, length) = decodeUTF8Scalar(bytes, at: index)
      defer { index += length }
      guard first | 0x20 == 0x6F || first | 0x20 == 0x75,
        let scalar = Unicode.Scalar(value), let parts = VietnameseLetters.parts[scalar],
        parts.tone != .level
      else { continue }
      let last = parts.ascii.value | 0x20
      let pairMatches = first | 0x20 == 0x6F ? (last == 0x61 || last == 0x65) : last == 0x79
      guard pairMatches, parts.base.value < 0x80 else { continue }
      // Open syllable: no letter after.
      let next = index + length < count ? bytes[index + length] : 0x20
      if (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A || next >= 0xC3 { continue }
      // Onset: a consonant or nothing before the o/u (not "qu", not another vowel).
      if index >= 2 {
        let before = bytes[index - 2]
        if before < 0x80 {
          let lower = before | 0x20
          let isLetter = lower >= 0x61 && lower <= 0x7A
          if isLetter && [0x61, 0x65, 0x69, 0x6F, 0x75, 0x79, 0x71].contains(lower) { continue }
        } else {
          // Only đ/Đ (C4 91 / C4 90) is a non-ASCII consonant.
          let isD =
            index >= 3 && bytes[index - 3] == 0xC4
            && (bytes[index - 2] == 0x91 || bytes[index - 2] == 0x90)
          if !isD && before >= 0x80 { continue }
        }
      }
      guard let toned = VietnameseLetters.letter(Unicode.Scalar(first), tone: parts.tone) else {
        continue
      }
      if result.isEmpty { result.reserveCapacity(count + 8) }
      result.append(contentsOf: bytes[copiedUpTo..<(index - 1)])
      appendUTF8(toned.value, to: &result)
      result.append(UInt8(parts.base.value))
      copiedUpTo = index + length
    }
    if copiedUpTo == 0 { return nil }
    result.append(contentsOf: bytes[copiedUpTo..<count])
    return String(decoding: result, as: UTF8.self)
  } ?? text
}

/// Whether a scalar is a letter (ASCII fast path, then Unicode properties).
@inline(__always)
func isLetterScalar(_ scalar: Unicode.Scalar) -> Bool {
  let value = scalar.value
  if value < 0x80 {
    return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
  }
  if value >= 0xC0 && value < 0x250 { return value != 0xD7 && value != 0xF7 }
  if value >= 0x1E00 && value < 0x1F00 { return true }
  return scalar.properties.isAlphabetic
}

/// A string of scalars, written as UTF-8 into one allocation of the right size.
///
/// `String.UnicodeScalarView.append(contentsOf:)` (and `String(String.UnicodeScalarView(_:))`,
/// which goes through it) appends scalar by scalar through a general path that costs several
/// times the bytes written; the text scanners build a string per token, phrase and slice.
///
/// - Parameter scalars: The scalars, in order.
/// - Returns: The string of exactly these scalars.
public func makeString<C: Collection>(_ scalars: C) -> String
where C.Element == Unicode.Scalar {
  var capacity = 0
  for scalar in scalars { capacity += UTF8.width(scalar) }
  if capacity == 0 { return "" }
  return String(unsafeUninitializedCapacity: capacity) { buffer in
    var index = 0
    for scalar in scalars {
      let value = scalar.value
      if value < 0x80 {
        buffer[index] = UInt8(value)
        index += 1
      } else if value < 0x800 {
        buffer[index] = UInt8(0xC0 | value >> 6)
        buffer[index + 1] = UInt8(0x80 | value & 0x3F)
        index += 2
      } else if value < 0x1_0000 {
        buffer[index] = UInt8(0xE0 | value >> 12)
        buffer[index + 1] = UInt8(0x80 | value >> 6 & 0x3F)
        buffer[index + 2] = UInt8(0x80 | value & 0x3F)
        index += 3
      } else {
        buffer[index] = UInt8(0xF0 | value >> 18)
        buffer[index + 1] = UInt8(0x80 | value >> 12 & 0x3F)
        buffer[index + 2] = UInt8(0x80 | value >> 6 & 0x3F)
        buffer[index + 3] = UInt8(0x80 | value & 0x3F)
        index += 4
      }
    }
    return index
  }
}

/// Whether the UTF-8 bytes of `text` hold those of `needle`: in NFC text, as all text here is,
/// a necessary condition for a match by characters, and a cheap test before Foundation's search
/// (which goes through CoreFoundation at many times the cost).
///
/// - Parameters:
///   - text: The text searched.
///   - needle: The text looked for; the empty string is in every text.
/// - Returns: Whether `needle`'s bytes occur in `text`'s.
public func utf8Contains(_ text: String, _ needle: String) -> Bool {
  var text = text
  var needle = needle
  return text.withUTF8 { haystack in
    needle.withUTF8 { pattern in
      guard let first = pattern.first else { return true }
      let count = pattern.count
      if count > haystack.count { return false }
      var index = 0
      let last = haystack.count - count
      while index <= last {
        if haystack[index] == first {
          var offset = 1
          while offset < count && haystack[index + offset] == pattern[offset] { offset += 1 }
          if offset == count { return true }
        }
        index += 1
      }
      return false
    }
  }
}
