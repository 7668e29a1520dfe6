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

/// Appends `value`'s UTF-8 bytes, replacing each byte for which `replacement` gives bytes;
/// unchanged runs are copied in bulk.
@inline(__always)
private func appendReplacing(
  _ value: String, to bytes: inout [UInt8], _ replacement: (UInt8) -> StaticString?
) {
  var value = value
  value.withUTF8 { buffer in
    var runStart = 0
    for index in 0..<buffer.count {
      guard let replaced = replacement(buffer[index]) else { continue }
      if runStart < index {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
      }
      replaced.withUTF8Buffer { bytes.append(contentsOf: $0) }
      runStart = index + 1
    }
    if runStart < buffer.count {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart...]))
    }
  }
}

/// The JSON escapes of the control characters U+0000–U+001F.
private let controlEscapes: [StaticString] = [
  "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
  "\\b", "\\t", "\\n", "\\u000b", "\\f", "\\r", "\\u000e", "\\u000f",
  "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
  "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f",
]

/// Appends the JSON string body of `value`: `"` and `\` and control characters escaped (the
/// short forms `\b \f \n \r \t`, otherwise `\u00xx`), everything else as UTF-8.
func appendJSONEscaped(_ value: String, to bytes: inout [UInt8]) {
  appendReplacing(value, to: &bytes) { byte in
    if byte < 0x20 { return controlEscapes[Int(byte)] }
    if byte == 0x22 { return "\\\"" }
    if byte == 0x5C { return "\\\\" }
    return nil
  }
}

/// Appends `value` as XML character data: `&`, `<`, `>` as entities and carriage returns as
/// `&#xD;` (so that line-end normalisation keeps them).
///
/// - Returns: The number of line feeds written.
@discardableResult
func appendXMLText(_ value: String, to bytes: inout [UInt8]) -> Int {
  var lines = 0
  appendReplacing(value, to: &bytes) { byte in
    switch byte {
    case UInt8(ascii: "&"): return "&amp;"
    case UInt8(ascii: "<"): return "&lt;"
    case UInt8(ascii: ">"): return "&gt;"
    case 0x0D: return "&#xD;"
    case 0x0A:
      lines += 1
      return nil
    default: return nil
    }
  }
  return lines
}

/// Appends `value` as the body of a double-quoted attribute: `&`, `<`, `>`, `"` as entities and
/// tab, line feed and carriage return as character references (so that attribute-value
/// normalisation keeps them).
func appendXMLAttribute(_ value: String, to bytes: inout [UInt8]) {
  appendReplacing(value, to: &bytes) { byte in
    switch byte {
    case UInt8(ascii: "&"): return "&amp;"
    case UInt8(ascii: "<"): return "&lt;"
    case UInt8(ascii: ">"): return "&gt;"
    case UInt8(ascii: "\""): return "&quot;"
    case 0x09: return "&#x9;"
    case 0x0A: return "&#xA;"
    case 0x0D: return "&#xD;"
    default: return nil
    }
  }
}
