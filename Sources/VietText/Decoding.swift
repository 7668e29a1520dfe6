// Decoding of page bytes: choose the encoding from the evidence (byte-order mark, a declaration
// in the markup, UTF-8 validity, fallback), decode, then repair text that an old Vietnamese font
// encoding (TCVN3, VNI) or a double UTF-8 encoding disguised as Latin-1.

import Foundation

/// How `decodeText` chose the encoding of a page.
public enum EncodingEvidence: String, Sendable {
  /// A byte-order mark at the start of the bytes.
  case bom
  /// `<meta charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">` or an XML
  /// declaration's `encoding` in the first 4 KB.
  case meta
  /// The caller named the encoding.
  case declared
  /// No declaration; the bytes are valid UTF-8.
  case utf8Validity = "utf8-validity"
  /// The text was recognised as TCVN3, VNI or double-encoded UTF-8 and converted.
  case detected
  /// Nothing said what the encoding is and the bytes are not UTF-8: Windows-1252.
  case fallback
}

/// Decoded page text and how its encoding was chosen.
public struct DecodedText: Sendable {
  /// The text, in NFC. Markup is kept; only NFC and the legacy conversions are applied
  /// (`normalizeText` is not).
  public var text: String
  /// The encoding the text was read as: "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1258",
  /// "windows-1252", "TCVN3", "VNI" or "UTF-8 (double-encoded)".
  public var encoding: String
  /// What decided the encoding.
  public var evidence: EncodingEvidence

  /// Creates a decoded text.
  ///
  /// - Parameters:
  ///   - text: The text (NFC).
  ///   - encoding: The name of the encoding it was read as.
  ///   - evidence: What decided the encoding.
  public init(text: String, encoding: String, evidence: EncodingEvidence) {
    self.text = text
    self.encoding = encoding
    self.evidence = evidence
  }
}

/// The encodings `decodeText` can read.
enum TextEncoding: String, Sendable {
  case utf8 = "UTF-8"
  case utf16LE = "UTF-16LE"
  case utf16BE = "UTF-16BE"
  case windows1252 = "windows-1252"
  case windows1258 = "windows-1258"
  case tcvn3 = "TCVN3"
  case vni = "VNI"

  /// The encoding of a charset label (case-insensitive; WHATWG aliases, so Latin-1 and ASCII
  /// read as Windows-1252), or nil for a label tdkt cannot decode.
  init?(label: String) {
    var cleaned = ""
    for scalar in label.unicodeScalars {
      let value = scalar.value
      if value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D || value == 0x22
        || value == 0x27
      {
        continue
      }
      cleaned.unicodeScalars.append(VietnameseLetters.lowercase(scalar))
    }
    switch cleaned {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8":
      self = .utf8
    case "utf-16", "utf-16le", "utf16", "utf16le", "unicode", "ucs-2", "csunicode",
      "unicodefeff", "iso-10646-ucs-2":
      self = .utf16LE
    case "utf-16be", "utf16be", "unicodefffe":
      self = .utf16BE
    case "iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "latin1", "l1", "ascii",
      "us-ascii", "ansi_x3.4-1968", "windows-1252", "cp1252", "x-cp1252", "cp819", "ibm819",
      "csisolatin1", "iso-ir-100", "iso_8859-1:1987":
      self = .windows1252
    case "windows-1258", "cp1258", "x-cp1258":
      self = .windows1258
    case "tcvn", "tcvn3", "tcvn-3", "tcvn5712", "tcvn-5712", "tcvn5712-1", "tcvn5712-3", "vn3",
      "abc", "x-viet-tcvn", "x-viet-tcvn5712":
      self = .tcvn3
    case "vni", "vni-windows", "x-viet-vni":
      self = .vni
    default:
      return nil
    }
  }
}

/// Decodes the bytes of a page.
///
/// The encoding comes from, in order: `declared` (the caller's word wins); a byte-order mark
/// (UTF-8, UTF-16 LE/BE); a `<meta charset>` / `http-equiv` Content-Type or XML declaration in
/// the first 4 KB (except that bytes declared single-byte but valid UTF-8 with multi-byte
/// characters are read as UTF-8); UTF-8 validity; otherwise Windows-1252. Then text that TCVN3 or VNI wrote
/// (old Vietnamese fonts, read as Latin-1) and double-encoded UTF-8 ("Nguyá»…n") are recognised
/// and converted, unless the caller declared the encoding.
///
/// A `hint` (e.g. the charset of an HTTP response, as a crawler saved it) is weak: it replaces
/// only the Windows-1252 fallback, where the page gives no reliable evidence of its own (no
/// byte-order mark, no usable declaration, not UTF-8), and the legacy repairs still apply, so a
/// TCVN3 page served as ISO-8859-1 is still recognised.
///
/// - Parameters:
///   - bytes: The raw page.
///   - declared: An encoding label the user gave ("utf-8", "windows-1258", "TCVN3", "VNI"…);
///     another label is decoded by iconv when it knows it ("VISCII"), else ignored and the
///     bytes are sniffed (`isDecodableEncoding` tells which).
///   - hint: An encoding label used only where the page says nothing reliable; a label tdkt
///     cannot decode is ignored.
/// - Returns: The text in NFC, the encoding's name and the evidence.
public func decodeText(_ bytes: [UInt8], declared: String? = nil, hint: String? = nil)
  -> DecodedText
{
  if let declared, let encoding = TextEncoding(label: declared) {
    var body = bytes[...]
    if encoding == .utf8, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
    return DecodedText(
      text: decode(body, as: encoding), encoding: encoding.rawValue, evidence: .declared)
  }
  if let declared, let converter = IconvConverter(from: declared) {
    defer { converter.close() }
    return DecodedText(
      text: converter.decode(bytes[...]),
      encoding: declared.trimmingCharacters(in: .whitespaces), evidence: .declared)
  }

  // Byte-order marks.
  if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
    return repaired(decode(bytes.dropFirst(3), as: .utf8), encoding: .utf8, evidence: .bom)
  }
  if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE {
    return repaired(decode(bytes.dropFirst(2), as: .utf16LE), encoding: .utf16LE, evidence: .bom)
  }
  if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
    return repaired(decode(bytes.dropFirst(2), as: .utf16BE), encoding: .utf16BE, evidence: .bom)
  }

  let utf8Text = validUTF8(bytes[...])

  // A declaration in the markup.
  if let label = sniffCharset(bytes), var encoding = TextEncoding(label: label) {
    // WHATWG: a UTF-16 declaration in ASCII-compatible bytes means UTF-8.
    if encoding == .utf16LE || encoding == .utf16BE { encoding = .utf8 }
    if encoding == .utf8 {
      if let utf8Text { return repaired(utf8Text, encoding: .utf8, evidence: .meta) }
      // Declared UTF-8 but not valid: keep UTF-8 when most multi-byte sequences are valid,
      // otherwise the page is really single-byte.
      if mostlyUTF8(bytes) {
        return repaired(decode(bytes[...], as: .utf8), encoding: .utf8, evidence: .meta)
      }
      return fallback(bytes, hint: hint)
    }
    // A single-byte declaration over bytes that are valid UTF-8 with multi-byte characters is
    // stale (text in Windows-1252 is practically never valid UTF-8 by accident): UTF-8 wins.
    if let utf8Text, utf8Text.utf8.count != utf8Text.unicodeScalars.count {
      return repaired(utf8Text, encoding: .utf8, evidence: .utf8Validity)
    }
    return repaired(decode(bytes[...], as: encoding), encoding: encoding, evidence: .meta)
  }

  if let utf8Text { return repaired(utf8Text, encoding: .utf8, evidence: .utf8Validity) }
  if mostlyUTF8(bytes) {
    return repaired(decode(bytes[...], as: .utf8), encoding: .utf8, evidence: .utf8Validity)
  }
  return fallback(bytes, hint: hint)
}

/// The bytes read as the hinted encoding (evidence `declared`: the caller named it), or as
/// Windows-1252 without a usable hint; then the legacy repairs. The bytes are not UTF-8 here,
/// so a UTF-8 or UTF-16 hint is wrong and ignored: only single-byte hints apply.
private func fallback(_ bytes: [UInt8], hint: String?) -> DecodedText {
  if let hint, let encoding = TextEncoding(label: hint),
    encoding != .utf8, encoding != .utf16LE, encoding != .utf16BE
  {
    return repaired(decode(bytes[...], as: encoding), encoding: encoding, evidence: .declared)
  }
  return repaired(
    decode(bytes[...], as: .windows1252), encoding: .windows1252, evidence: .fallback)
}

/// Applies the legacy-encoding repairs to text decoded as `encoding`, when they apply.
private func repaired(_ text: String, encoding: TextEncoding, evidence: EncodingEvidence)
  -> DecodedText
{
  if encoding == .tcvn3 || encoding == .vni {
    return DecodedText(text: text, encoding: encoding.rawValue, evidence: evidence)
  }
  if let legacy = LegacyDetector.repair(text) {
    return DecodedText(text: legacy.text, encoding: legacy.encoding, evidence: .detected)
  }
  return DecodedText(text: text, encoding: encoding.rawValue, evidence: evidence)
}

/// The bytes as a string when they are valid UTF-8 (one validating pass), in NFC.
private func validUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
  guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
  return nfc(text)
}

/// NFC of text whose scalars may not all be NFC-stable.
func nfc(_ text: String) -> String {
  mayNeedNFC(text) ? segmentedNFC(text) : text
}

/// NFC computed piecewise: only the stretches around characters that may change go through
/// Foundation's normaliser. A stretch starts at the last NFC-stable character before such a
/// character (it may compose with what follows) and ends before the next stable one; stable
/// characters are normalisation boundaries, so the pieces compose to the NFC of the whole.
func segmentedNFC(_ text: String) -> String {
  let scalars = text.unicodeScalars
  var result = ""
  var copiedUpTo = scalars.startIndex
  var lastStable = scalars.startIndex
  var index = scalars.startIndex
  while index < scalars.endIndex {
    let value = scalars[index].value
    if value < 0x300 || isNFCStable(value) {
      lastStable = index
      scalars.formIndex(after: &index)
      continue
    }
    // Extend the stretch over unstable characters, and over short stable runs between them.
    let start = max(lastStable, copiedUpTo)
    var end = index
    var stableRun = 0
    var cursor = index
    while cursor < scalars.endIndex && stableRun < 32 {
      let next = scalars[cursor].value
      if next < 0x300 || isNFCStable(next) {
        stableRun += 1
      } else {
        stableRun = 0
        end = scalars.index(after: cursor)
      }
      scalars.formIndex(after: &cursor)
    }
    // `end` is just after an unstable character and before a stable one (or the end).
    if result.isEmpty { result.reserveCapacity(text.utf8.count + 16) }
    result += text[copiedUpTo..<start]
    result += String(text[start..<end]).precomposedStringWithCanonicalMapping
    copiedUpTo = end
    lastStable = end
    index = end
  }
  if copiedUpTo == scalars.startIndex { return text }
  result += text[copiedUpTo...]
  return result
}

/// Whether invalid UTF-8 bytes still look mostly like UTF-8: at least as many well-formed
/// multi-byte sequences as bytes that cannot be part of one.
private func mostlyUTF8(_ bytes: [UInt8]) -> Bool {
  var valid = 0
  var invalid = 0
  var index = 0
  let count = bytes.count
  while index < count {
    let byte = bytes[index]
    if byte < 0x80 {
      index += 1
      continue
    }
    var length = 0
    if byte >= 0xC2 && byte <= 0xDF {
      length = 2
    } else if byte >= 0xE0 && byte <= 0xEF {
      length = 3
    } else if byte >= 0xF0 && byte <= 0xF4 {
      length = 4
    }
    var ok = length > 0 && index + length <= count
    if ok {
      for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 {
        ok = false
        break
      }
    }
    if ok {
      valid += 1
      index += length
    } else {
      invalid += 1
      index += 1
    }
  }
  return valid > 0 && valid >= invalid
}

/// Decodes bytes with one of the supported encodings, then composes to NFC.
func decode(_ bytes: ArraySlice<UInt8>, as encoding: TextEncoding) -> String {
  switch encoding {
  case .utf8:
    if let text = String(validating: bytes, as: UTF8.self) { return nfc(text) }
    return nfc(String(decoding: bytes, as: UTF8.self))
  case .utf16LE, .utf16BE:
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(encoding == .utf16LE ? first | second << 8 : first << 8 | second)
      index += 2
    }
    if index < bytes.endIndex { units.append(0xFFFD) }
    return nfc(String(decoding: units, as: UTF16.self))
  case .windows1252:
    var utf8: [UInt8] = []
    utf8.reserveCapacity(bytes.count + bytes.count / 8)
    for byte in bytes {
      if byte < 0x80 {
        utf8.append(byte)
      } else {
        utf8.append(contentsOf: UTF8.encode(cp1252Scalar(byte))!)
      }
    }
    return String(decoding: utf8, as: UTF8.self)
  case .windows1258:
    var view = String.UnicodeScalarView()
    for byte in bytes {
      if byte >= 0x80, let value = cp1258Overrides[byte] {
        view.append(Unicode.Scalar(value)!)
      } else {
        view.append(cp1252Scalar(byte))
      }
    }
    return String(view).precomposedStringWithCanonicalMapping
  case .tcvn3:
    return LegacyDetector.convertAll(String(decode(bytes, as: .windows1252)), as: .tcvn3)
  case .vni:
    return LegacyDetector.convertAll(String(decode(bytes, as: .windows1252)), as: .vni)
  }
}

/// Finds the charset declared in the first 4 KB: in a `<meta …>` tag (`charset=` either as the
/// attribute or inside `content`), or in an XML declaration's `encoding`.
///
/// - Returns: The label as written, or nil.
func sniffCharset(_ bytes: [UInt8]) -> String? {
  let limit = min(bytes.count, 4096)
  var index = 0
  while index < limit {
    guard bytes[index] == 0x3C else {  // "<"
      index += 1
      continue
    }
    if matches(bytes, at: index + 1, lowercase: Array("meta".utf8), limit: limit) {
      var end = index + 5
      while end < limit && bytes[end] != 0x3E { end += 1 }  // ">"
      if let label = attributeValue(bytes, from: index + 5, to: end, name: Array("charset".utf8)) {
        return label
      }
      index = end
      continue
    }
    if matches(bytes, at: index + 1, lowercase: Array("?xml".utf8), limit: limit) {
      var end = index + 5
      while end < limit && bytes[end] != 0x3E { end += 1 }
      if let label = attributeValue(bytes, from: index + 5, to: end, name: Array("encoding".utf8)) {
        return label
      }
      index = end
      continue
    }
    index += 1
  }
  return nil
}

/// Whether `bytes[at…]` spells `lowercase`, ignoring ASCII case.
private func matches(_ bytes: [UInt8], at start: Int, lowercase: [UInt8], limit: Int) -> Bool {
  if start + lowercase.count > limit { return false }
  for (offset, expected) in lowercase.enumerated() {
    var byte = bytes[start + offset]
    if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
    if byte != expected { return false }
  }
  return true
}

/// The value after `name` `=` (optionally quoted, spaces allowed) within `bytes[from..<to]`.
private func attributeValue(_ bytes: [UInt8], from: Int, to: Int, name: [UInt8]) -> String? {
  var index = from
  while index + name.count <= to {
    if matches(bytes, at: index, lowercase: name, limit: to) {
      var cursor = index + name.count
      while cursor < to && (bytes[cursor] == 0x20 || bytes[cursor] == 0x09) { cursor += 1 }
      guard cursor < to && bytes[cursor] == 0x3D else {  // "="
        index += 1
        continue
      }
      cursor += 1
      while cursor < to && (bytes[cursor] == 0x20 || bytes[cursor] == 0x09) { cursor += 1 }
      if cursor < to && (bytes[cursor] == 0x22 || bytes[cursor] == 0x27) { cursor += 1 }
      var end = cursor
      while end < to {
        let byte = bytes[end]
        let isLabel =
          (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
          || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x5F || byte == 0x2E
          || byte == 0x3A
        if !isLabel { break }
        end += 1
      }
      if end > cursor { return String(decoding: bytes[cursor..<end], as: UTF8.self) }
      return nil
    }
    index += 1
  }
  return nil
}
