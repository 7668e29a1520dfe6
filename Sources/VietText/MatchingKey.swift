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
  let toned = canonicalToneplacement(normalizeText(text))
  var result = String.UnicodeScalarView()
  var pendingSpace = false
  var needsSpaceAfterComma = false
  var lastWasDash = false
  for scalar in toned.unicodeScalars {
    let value = scalar.value
    if isWhitespaceScalar(scalar) {
      pendingSpace = !result.isEmpty
      continue
    }
    if isDashScalar(value) {
      result.append("-")
      pendingSpace = false
      needsSpaceAfterComma = false
      lastWasDash = true
      continue
    }
    if value == 0x2C {  // comma: no space before, one after
      result.append(",")
      pendingSpace = false
      needsSpaceAfterComma = true
      lastWasDash = false
      continue
    }
    if needsSpaceAfterComma {
      // "Việt Nam,Ủy viên" → "việt nam, ủy viên"; "1,5" stays a number.
      if pendingSpace || !isDigitScalar(value) { result.append(" ") }
    } else if pendingSpace && !lastWasDash {
      result.append(" ")
    }
    pendingSpace = false
    needsSpaceAfterComma = false
    lastWasDash = false
    if isApostropheScalar(value) {
      result.append("'")
    } else {
      appendLowercased(scalar, to: &result)
    }
  }
  return String(result)
}

/// Whether a scalar is an ASCII digit.
@inline(__always)
func isDigitScalar(_ value: UInt32) -> Bool {
  value >= 0x30 && value <= 0x39
}

/// Appends the lower-case form of `scalar`, through the Vietnamese tables when possible.
@inline(__always)
func appendLowercased(_ scalar: Unicode.Scalar, to result: inout String.UnicodeScalarView) {
  if scalar.value < 0x80 || VietnameseLetters.parts[scalar] != nil || scalar == "Đ" {
    result.append(VietnameseLetters.lowercase(scalar))
    return
  }
  if scalar.properties.isUppercase || scalar.properties.changesWhenLowercased {
    result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
  } else {
    result.append(scalar)
  }
}

/// Removes diacritics (and maps đ/Đ to d/D) from NFC text.
func asciiFold(_ text: String) -> String {
  var plain = true
  for unit in text.utf8 where unit >= 0x80 {
    plain = false
    break
  }
  if plain { return text }
  var result = String.UnicodeScalarView()
  for scalar in text.unicodeScalars {
    if scalar.value < 0x80 {
      result.append(scalar)
    } else if let folded = AsciiFolding.table[scalar] {
      result.append(contentsOf: folded.unicodeScalars)
    } else if scalar.properties.generalCategory == .nonspacingMark {
      continue
    } else {
      result.append(scalar)
    }
  }
  return String(result)
}

/// A table from accented Latin letters to their letters without marks, built once.
enum AsciiFolding {
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
