// Byte builders for the writers: canonical JSON (two-space indentation, one member per line,
// `": "` separators, UTF-8 without escaping non-ASCII) and escaped XML text.

/// Builds canonical JSON text into a byte array.
struct JSONOutput {
  private(set) var bytes: [UInt8] = []
  /// One entry per open object or array: whether it has a member yet.
  private var open: [Bool] = []

  init(capacity: Int = 4096) {
    bytes.reserveCapacity(capacity)
  }

  private mutating func newline() {
    bytes.append(0x0A)
    for _ in 0..<open.count {
      bytes.append(0x20)
      bytes.append(0x20)
    }
  }

  /// Starts a member or an item of the innermost container.
  private mutating func nextEntry() {
    if let last = open.last {
      if last { bytes.append(UInt8(ascii: ",")) }
      open[open.count - 1] = true
      newline()
    }
  }

  mutating func openObject() {
    bytes.append(UInt8(ascii: "{"))
    open.append(false)
  }

  mutating func closeObject() {
    let hadMembers = open.removeLast()
    if hadMembers { newline() }
    bytes.append(UInt8(ascii: "}"))
  }

  mutating func openArray() {
    bytes.append(UInt8(ascii: "["))
    open.append(false)
  }

  mutating func closeArray() {
    let hadItems = open.removeLast()
    if hadItems { newline() }
    bytes.append(UInt8(ascii: "]"))
  }

  /// Writes `"key": ` as the next member of the innermost object.
  mutating func key(_ key: StaticString) {
    nextEntry()
    bytes.append(UInt8(ascii: "\""))
    key.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":"), 0x20])
  }

  /// Writes `"key": ` for a key that is not a literal.
  mutating func key(_ key: String) {
    nextEntry()
    appendString(key)
    bytes.append(contentsOf: [UInt8(ascii: ":"), 0x20])
  }

  /// Starts the next item of the innermost array.
  mutating func item() {
    nextEntry()
  }

  mutating func string(_ value: String) {
    appendString(value)
  }

  mutating func integer(_ value: Int) {
    bytes.append(contentsOf: String(value).utf8)
  }

  mutating func bool(_ value: Bool) {
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  /// Appends raw bytes (for inline forms the caller lays out itself).
  mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Ends the document with a newline.
  mutating func finish() {
    bytes.append(0x0A)
  }

  private mutating func appendString(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    appendJSONEscaped(value, to: &bytes)
    bytes.append(UInt8(ascii: "\""))
  }
}

private let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

/// Appends the JSON string body of `value`: `"` and `\` and control characters escaped (the
/// short forms `\b \f \n \r \t`, otherwise `\u00xx`), everything else as UTF-8.
func appendJSONEscaped(_ value: String, to bytes: inout [UInt8]) {
  var utf8 = value.utf8
  let needsEscape = utf8.withContiguousStorageIfAvailable { buffer in
    buffer.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
  }
  if needsEscape == false {
    bytes.append(contentsOf: utf8)
    return
  }
  if needsEscape == nil {
    var copy = value
    copy.makeContiguousUTF8()
    utf8 = copy.utf8
  }
  for byte in utf8 {
    switch byte {
    case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
    case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
    case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
    case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
    case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
    case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
    case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
    case 0..<0x20:
      bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30])
      bytes.append(hexDigits[Int(byte >> 4)])
      bytes.append(hexDigits[Int(byte & 0xF)])
    default: bytes.append(byte)
    }
  }
}

/// Appends `value` as XML character data: `&`, `<`, `>` as entities and carriage returns as
/// `&#xD;` (so that line-end normalisation keeps them).
///
/// - Returns: The number of line feeds written.
@discardableResult
func appendXMLText(_ value: String, to bytes: inout [UInt8]) -> Int {
  var lines = 0
  for byte in value.utf8 {
    switch byte {
    case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
    case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
    case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
    case 0x0D: bytes.append(contentsOf: "&#xD;".utf8)
    case 0x0A:
      lines += 1
      bytes.append(byte)
    default: bytes.append(byte)
    }
  }
  return lines
}

/// Appends `value` as the body of a double-quoted attribute: `&`, `<`, `>`, `"` as entities and
/// tab, line feed and carriage return as character references (so that attribute-value
/// normalisation keeps them).
func appendXMLAttribute(_ value: String, to bytes: inout [UInt8]) {
  for byte in value.utf8 {
    switch byte {
    case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
    case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
    case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
    case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
    case 0x09: bytes.append(contentsOf: "&#x9;".utf8)
    case 0x0A: bytes.append(contentsOf: "&#xA;".utf8)
    case 0x0D: bytes.append(contentsOf: "&#xD;".utf8)
    default: bytes.append(byte)
    }
  }
}
