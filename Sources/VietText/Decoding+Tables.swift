// Byte tables of the single-byte encodings tdkt reads: Windows-1252 (and Latin-1, which WHATWG
// maps to it), Windows-1258, and the Vietnamese font encodings TCVN3 (ABC) and VNI-Windows.

/// Windows-1252 bytes 0x80–0x9F. The five bytes the code page leaves undefined (0x81, 0x8D,
/// 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as WHATWG's decoder does, so that
/// every byte round-trips (needed to repair double-encoded UTF-8).
let cp1252High: [UInt32] = [
  0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
  0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
]

/// Windows-1258 bytes 0x80–0xFF where they differ from Windows-1252 (0x80–0x9F) and from
/// Latin-1 (0xC0–0xFF): precomposed ă â ê ô ơ ư đ, and the five combining tone marks.
let cp1258Overrides: [UInt8: UInt32] = [
  0x8A: 0x8A, 0x8E: 0x8E, 0x9A: 0x9A, 0x9E: 0x9E,  // undefined in 1258 (Š Ž š ž of 1252)
  0xC3: 0x0102, 0xCC: 0x0300, 0xD0: 0x0110, 0xD2: 0x0309, 0xD5: 0x01A0, 0xDD: 0x01AF,
  0xDE: 0x0303, 0xE3: 0x0103, 0xEC: 0x0301, 0xF0: 0x0111, 0xF2: 0x0323, 0xF5: 0x01A1,
  0xFD: 0x01B0, 0xFE: 0x20AB,
]

/// The scalar of a Windows-1252 byte.
@inline(__always)
func cp1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
  if byte >= 0x80 && byte < 0xA0 {
    return Unicode.Scalar(cp1252High[Int(byte) - 0x80])!
  }
  return Unicode.Scalar(byte)
}

/// The Windows-1252 byte of a scalar, or nil when the code page has no such character.
@inline(__always)
func cp1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
  let value = scalar.value
  if value < 0x80 || (value >= 0xA0 && value <= 0xFF) { return UInt8(value) }
  if value >= 0x80 && value < 0xA0 {
    // Only the undefined bytes decode to C1 controls.
    return cp1252High[Int(value) - 0x80] == value ? UInt8(value) : nil
  }
  return cp1252Reverse[value]
}

/// Windows-1252 scalar (of bytes 0x80–0x9F) → byte.
let cp1252Reverse: [UInt32: UInt8] = {
  var table: [UInt32: UInt8] = [:]
  for (index, value) in cp1252High.enumerated() where value > 0xFF {
    table[value] = UInt8(0x80 + index)
  }
  return table
}()

/// TCVN 5712:1993 (VN3, the "ABC" fonts .VnTime/.VnArial): byte → Vietnamese letter. Bytes not
/// listed are read as Windows-1252. The encoding has lower-case toned letters only; capitals
/// came from the separate "H" fonts (.VnTimeH) drawing the same bytes as capitals.
let tcvn3Table: [UInt8: Unicode.Scalar] = [
  0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
  0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
  0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
  0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
  0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
  0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
  0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
  0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
  0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
  0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
  0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
  0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
  0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
  0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
]

/// Vietnamese letter → TCVN3 byte (the inverse of `tcvn3Table`; capitals not in the table map to
/// the byte of their lower-case letter, as the "H" fonts wrote them).
let tcvn3Reverse: [Unicode.Scalar: UInt8] = {
  var table: [Unicode.Scalar: UInt8] = [:]
  for (byte, scalar) in tcvn3Table { table[scalar] = byte }
  return table
}()

/// VNI-Windows: a Vietnamese letter is an ASCII base letter followed by one mark byte (a few
/// letters are one byte of their own). Mark byte → (base letter, resulting letter), lower case;
/// upper-case marks are the upper-case Latin-1 letters of the same marks.
let vniMarks: [UInt8: [(base: Unicode.Scalar, letter: Unicode.Scalar)]] = [
  // tones on a, e, o, u, y, and on ơ (ô) and ư (ö)
  0xF8: [("a", "à"), ("e", "è"), ("o", "ò"), ("u", "ù"), ("y", "ỳ"), ("ô", "ờ"), ("ö", "ừ")],
  0xF9: [("a", "á"), ("e", "é"), ("o", "ó"), ("u", "ú"), ("y", "ý"), ("ô", "ớ"), ("ö", "ứ")],
  0xFB: [("a", "ả"), ("e", "ẻ"), ("o", "ỏ"), ("u", "ủ"), ("y", "ỷ"), ("ô", "ở"), ("ö", "ử")],
  0xF5: [("a", "ã"), ("e", "ẽ"), ("o", "õ"), ("u", "ũ"), ("y", "ỹ"), ("ô", "ỡ"), ("ö", "ữ")],
  0xEF: [("a", "ạ"), ("e", "ẹ"), ("o", "ọ"), ("u", "ụ"), ("y", "ỵ"), ("ô", "ợ"), ("ö", "ự")],
  // circumflex (â ê ô) with and without tones
  0xE2: [("a", "â"), ("e", "ê"), ("o", "ô")],
  0xE0: [("a", "ầ"), ("e", "ề"), ("o", "ồ")],
  0xE1: [("a", "ấ"), ("e", "ế"), ("o", "ố")],
  0xE5: [("a", "ẩ"), ("e", "ể"), ("o", "ổ")],
  0xE3: [("a", "ẫ"), ("e", "ễ"), ("o", "ỗ")],
  0xE4: [("a", "ậ"), ("e", "ệ"), ("o", "ộ")],
  // breve (ă) with and without tones
  0xEA: [("a", "ă")],
  0xE8: [("a", "ằ")],
  0xE9: [("a", "ắ")],
  0xFA: [("a", "ẳ")],
  0xFC: [("a", "ẵ")],
  0xEB: [("a", "ặ")],
]

/// VNI-Windows letters written as one byte of their own (lower case; the upper-case letters are
/// the upper-case Latin-1 bytes, 0x20 lower).
let vniSingles: [UInt8: Unicode.Scalar] = [
  0xEC: "ì", 0xED: "í", 0xE6: "ỉ", 0xF3: "ĩ", 0xF2: "ị", 0xEE: "ỵ",
  0xF4: "ơ", 0xF6: "ư", 0xF1: "đ",
]
