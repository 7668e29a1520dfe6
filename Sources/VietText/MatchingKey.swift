// Comparison keys for names: two spellings of the same name get the same key whatever their
// Unicode form, tone placement, dashes, apostrophes, case or spacing.

import Foundation

/// Keys for comparing names and phrases. Never output either key as text: they exist only to
/// decide whether two spellings mean the same thing.
public struct MatchingKey: Sendable, Hashable {
  /// Normalised (`normalizeText`), tone placement canonical, dashes unified to "-" with no space
  /// around them, apostrophes unified to "'", lower-cased, white space collapsed, no space
  /// before a comma and one space after it.
  public let exact: String
  /// `exact` without diacritics, with "đ" → "d".
  public let ascii: String

  /// Computes both keys of `text`.
  ///
  /// - Parameter text: Any text, in any Unicode normalisation form.
  public init(_ text: String) {
    let exact = matchingKeyExact(text)
    self.exact = exact
    self.ascii = asciiFold(exact)
  }
}

/// Whether a scalar is one of the dashes unified in keys (- ‐ ‑ ‒ – — ― −).
@inline(__always)
func isDashScalar(_ value: UInt32) -> Bool {
  value == 0x2D || (value >= 0x2010 && value <= 0x2015) || value == 0x2212
}

/// Whether a scalar is one of the apostrophes unified in keys (' ‘ ’ ʼ ` ´).
@inline(__always)
func isApostropheScalar(_ value: UInt32) -> Bool {
  value == 0x27 || value == 0x2018 || value == 0x2019 || value == 0x02BC || value == 0x60
    || value == 0xB4
}

/// The `exact` key of `text`.
func matchingKeyExact(_ text: String) -> String {
  var toned = canonicalToneplacement(normalizeText(text))
  return toned.withUTF8 { bytes -> String in
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var pendingSpace = false
    var needsSpaceAfterComma = false
    var lastWasDash = false
    var index = 0
    let count = bytes.count
    while index < count {
      var value = UInt32(bytes[index])
      var length = 1
      if value >= 0x80 {
        (value, length) = decodeUTF8Scalar(bytes, at: index)
      }
      index += length
      let isSpace =
        value < 0x80
        ? (value == 0x20 || (value >= 0x09 && value <= 0x0D))
        : (length > 1 && isMultiByteSpace(bytes, index - length))
      if isSpace {
        pendingSpace = !result.isEmpty
        continue
      }
      if isDashScalar(value) {
        result.append(0x2D)
        pendingSpace = false
        needsSpaceAfterComma = false
        lastWasDash = true
        continue
      }
      if value == 0x2C {  // comma: no space before, one after
        result.append(0x2C)
        pendingSpace = false
        needsSpaceAfterComma = true
        lastWasDash = false
        continue
      }
      if needsSpaceAfterComma {
        // "Việt Nam,Ủy viên" → "việt nam, ủy viên"; "1,5" stays a number.
        if pendingSpace || !isDigitScalar(value) { result.append(0x20) }
      } else if pendingSpace && !lastWasDash {
        result.append(0x20)
      }
      pendingSpace = false
      needsSpaceAfterComma = false
      lastWasDash = false
      if isApostropheScalar(value) {
        result.append(0x27)
      } else if value < 0x80 {
        result.append(value >= 0x41 && value <= 0x5A ? UInt8(value + 0x20) : UInt8(value))
      } else {
        appendUTF8(CaseTables.shared.lower(value), to: &result)
      }
    }
    return String(decoding: result, as: UTF8.self)
  }
}

/// The scalar value starting at `index` of valid UTF-8 bytes, and its length.
@inline(__always)
func decodeUTF8Scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
  let lead = UInt32(bytes[index])
  if lead < 0x80 { return (lead, 1) }
  if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
  if lead < 0xF0 {
    return (
      (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F),
      3
    )
  }
  return (
    (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
      | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4
  )
}

/// Appends the UTF-8 bytes of a scalar value.
@inline(__always)
func appendUTF8(_ value: UInt32, to buffer: inout [UInt8]) {
  switch value {
  case 0..<0x80:
    buffer.append(UInt8(value))
  case 0x80..<0x800:
    buffer.append(UInt8(0xC0 | value >> 6))
    buffer.append(UInt8(0x80 | value & 0x3F))
  case 0x800..<0x10000:
    buffer.append(UInt8(0xE0 | value >> 12))
    buffer.append(UInt8(0x80 | (value >> 6) & 0x3F))
    buffer.append(UInt8(0x80 | value & 0x3F))
  default:
    buffer.append(UInt8(0xF0 | value >> 18))
    buffer.append(UInt8(0x80 | (value >> 12) & 0x3F))
    buffer.append(UInt8(0x80 | (value >> 6) & 0x3F))
    buffer.append(UInt8(0x80 | value & 0x3F))
  }
}

/// Whether a scalar is an ASCII digit.
@inline(__always)
func isDigitScalar(_ value: UInt32) -> Bool {
  value >= 0x30 && value <= 0x39
}

extension String.UnicodeScalarView {
  /// Appends `scalars` one at a time. `append(contentsOf:)` copies the whole view on every call
  /// (it goes through `String + String`), so a view grown word by word with it takes time
  /// quadratic in its length: a 300 KB TCVN3 page took seconds to convert.
  @inline(__always)
  mutating func appendEach<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
    for scalar in scalars { append(scalar) }
  }
}

/// Appends the lower-case form of `scalar`, through the Vietnamese tables when possible.
@inline(__always)
func appendLowercased(_ scalar: Unicode.Scalar, to result: inout String.UnicodeScalarView) {
  if scalar.value < 0x80 || VietnameseLetters.parts[scalar] != nil || scalar == "Đ" {
    result.append(VietnameseLetters.lowercase(scalar))
    return
  }
  if scalar.properties.isUppercase || scalar.properties.changesWhenLowercased {
    result.appendEach(scalar.properties.lowercaseMapping.unicodeScalars)
  } else {
    result.append(scalar)
  }
}

/// Removes diacritics (and maps đ/Đ to d/D) from NFC text.
func asciiFold(_ text: String) -> String {
  var copy = text
  return copy.withUTF8 { bytes -> String? in
    var plain = true
    for byte in bytes where byte >= 0x80 {
      plain = false
      break
    }
    if plain { return nil }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        result.append(byte)
        index += 1
        continue
      }
      let (value, length) = decodeUTF8Scalar(bytes, at: index)
      if let folded = AsciiFolding.folded(value) {
        result.append(folded)
      } else if value >= 0x300 && value < 0x370 {
        // A combining mark: dropped.
      } else {
        result.append(contentsOf: bytes[index..<index + length])
      }
      index += length
    }
    return String(decoding: result, as: UTF8.self)
  } ?? text
}

/// A table from accented Latin letters to their letters without marks, built once.
enum AsciiFolding {
  /// Flat tables: the ASCII letter under each Latin letter (0 when there is none).
  static let flat: (low: [UInt8], high: [UInt8]) = {
    var low = [UInt8](repeating: 0, count: 0x250)
    var high = [UInt8](repeating: 0, count: 0x100)
    for (scalar, folded) in table {
      guard folded.utf8.count == 1, let byte = folded.utf8.first else { continue }
      let value = Int(scalar.value)
      if value < 0x250 {
        low[value] = byte
      } else if value >= 0x1E00 && value < 0x1F00 {
        high[value - 0x1E00] = byte
      }
    }
    return (low, high)
  }()

  /// The ASCII letter under a Latin letter, or nil.
  @inline(__always)
  static func folded(_ value: UInt32) -> UInt8? {
    let byte: UInt8
    if value < 0x250 {
      byte = flat.low[Int(value)]
    } else if value >= 0x1E00 && value < 0x1F00 {
      byte = flat.high[Int(value - 0x1E00)]
    } else {
      return nil
    }
    return byte == 0 ? nil : byte
  }

  /// Scalar → the same letter without combining marks.
  static let table: [Unicode.Scalar: String] = {
    var table: [Unicode.Scalar: String] = ["đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l"]
    let ranges: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF]
    for range in ranges {
      for value in range {
        guard let scalar = Unicode.Scalar(value), table[scalar] == nil else { continue }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping
        var stripped = String.UnicodeScalarView()
        for part in decomposed.unicodeScalars
        where part.properties.generalCategory != .nonspacingMark {
          stripped.append(part)
        }
        let folded = String(stripped)
        if folded != String(scalar) { table[scalar] = folded }
      }
    }
    return table
  }()
}
