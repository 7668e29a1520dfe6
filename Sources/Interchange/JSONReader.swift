// A strict JSON reader (RFC 8259) that keeps what Foundation's reader loses: the order of keys,
// duplicate keys (an error here), the exact spelling of numbers, and the place of every value.

import LibXML

/// A JSON value as read, with the byte offset where it starts.
struct JSONNode {
  /// The kinds of JSON values; numbers keep their lexeme.
  enum Value {
    case object([JSONMember])
    case array([JSONNode])
    /// A string, and the first character in it that XML 1.0 does not allow, if any.
    case string(String, illegalInXML: Unicode.Scalar?)
    case number(String)
    case bool(Bool)
    case null
  }

  var value: Value
  /// Offset of the value's first byte in the input.
  var offset: Int

  /// What the value is, for messages: "an object", "a string", …
  var kindDescription: String {
    switch value {
    case .object: return "an object"
    case .array: return "an array"
    case .string: return "a string"
    case .number(let lexeme): return "the number \(lexeme)"
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "null"
    }
  }
}

/// One `"key": value` of an object.
struct JSONMember {
  var key: String
  /// Offset of the key's opening quote.
  var keyOffset: Int
  var value: JSONNode
}

/// Appends one reference token to a JSON Pointer, escaping `~` and `/` (RFC 6901).
func appendPointer(_ pointer: String, _ token: String) -> String {
  if !token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) {
    return pointer + "/" + token
  }
  var escaped = ""
  for character in token.unicodeScalars {
    switch character {
    case "~": escaped += "~0"
    case "/": escaped += "~1"
    default: escaped.unicodeScalars.append(character)
    }
  }
  return pointer + "/" + escaped
}

/// Appends an array index to a JSON Pointer.
func appendPointer(_ pointer: String, _ index: Int) -> String {
  pointer + "/" + String(index)
}

/// One reference token of a JSON Pointer, kept as read: the readers keep a stack of these and
/// write the pointer only when they report an error.
enum PointerToken {
  case key(String)
  case index(Int)
}

/// The JSON Pointer of a path of tokens (RFC 6901).
func pointerString(_ tokens: [PointerToken]) -> String {
  var pointer = ""
  for token in tokens {
    switch token {
    case .key(let key): pointer = appendPointer(pointer, key)
    case .index(let index): pointer = appendPointer(pointer, index)
    }
  }
  return pointer
}

/// Turns byte offsets of a text into 1-based line and column (columns count Unicode scalars).
struct LineIndex {
  private let bytes: [UInt8]
  private var lineStarts: [Int] = [0]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      lineStarts.append(index + 1)
    }
  }

  /// The line and column of `offset`.
  func location(of offset: Int) -> (line: Int, column: Int) {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    var column = 1
    var index = lineStarts[low]
    let end = min(offset, bytes.count)
    while index < end {
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return (low + 1, column)
  }
}

/// Whether XML 1.0 allows `scalar` in text (the `Char` production).
@inline(__always)
func isXMLCharacter(_ value: UInt32) -> Bool {
  if value >= 0x20 {
    return value <= 0xD7FF || (value >= 0xE000 && value <= 0xFFFD) || value >= 0x1_0000
  }
  return value == 0x9 || value == 0xA || value == 0xD
}

/// The strict reader. Errors stop the reading and carry the line and column (and, for duplicate
/// keys, the JSON Pointer of the key).
struct JSONReader {
  /// The deepest nesting of arrays and objects accepted.
  static let maximumDepth = 512

  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  private var depth = 0
  /// The path to the value being read, for the pointer of a duplicate key.
  private var path: [PointerToken] = []

  /// Reads one JSON document.
  ///
  /// - Throws: `InterchangeError.invalid` with one diagnostic at the place of the first error.
  static func parse(_ bytes: [UInt8], file: String?) throws(InterchangeError) -> JSONNode {
    let result: Result<JSONNode, Failure> = bytes.withUnsafeBufferPointer { buffer in
      var reader = JSONReader(bytes: buffer)
      do throws(Failure) {
        return .success(try reader.document())
      } catch let failure {
        return .failure(failure)
      }
    }
    switch result {
    case .success(let node):
      return node
    case .failure(let failure):
      let (line, column) = LineIndex(bytes).location(of: failure.offset)
      throw .invalid([
        makeDiagnostic(
          failure.message, file: file, line: line, column: column, pointer: failure.pointer)
      ])
    }
  }

  private struct Failure: Error {
    var offset: Int
    var message: String
    var pointer: String?
  }

  private init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  private mutating func document() throws(Failure) -> JSONNode {
    if position + 3 <= bytes.count, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      throw Failure(offset: 0, message: "a byte-order mark is not allowed: expected JSON text")
    }
    skipWhitespace()
    if position >= bytes.count {
      throw Failure(offset: position, message: "empty input: expected a JSON value")
    }
    let node = try value()
    skipWhitespace()
    if position < bytes.count {
      throw Failure(
        offset: position, message: "unexpected \(describeHere()) after the JSON value")
    }
    return node
  }

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }

  private func describeHere() -> String {
    guard position < bytes.count else { return "end of input" }
    let byte = bytes[position]
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x" + String(byte, radix: 16, uppercase: true)
  }

  private mutating func value() throws(Failure) -> JSONNode {
    guard position < bytes.count else {
      throw Failure(offset: position, message: "unexpected end of input: expected a JSON value")
    }
    let start = position
    switch bytes[position] {
    case UInt8(ascii: "{"): return JSONNode(value: try object(), offset: start)
    case UInt8(ascii: "["): return JSONNode(value: try array(), offset: start)
    case UInt8(ascii: "\""):
      let (text, illegal) = try string()
      return JSONNode(value: .string(text, illegalInXML: illegal), offset: start)
    case UInt8(ascii: "t"):
      try literal("true")
      return JSONNode(value: .bool(true), offset: start)
    case UInt8(ascii: "f"):
      try literal("false")
      return JSONNode(value: .bool(false), offset: start)
    case UInt8(ascii: "n"):
      try literal("null")
      return JSONNode(value: .null, offset: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(value: .number(try number()), offset: start)
    default:
      throw Failure(
        offset: position, message: "unexpected \(describeHere()): expected a JSON value")
    }
  }

  private mutating func literal(_ word: StaticString) throws(Failure) {
    let count = word.utf8CodeUnitCount
    var matches = position + count <= bytes.count
    if matches {
      word.withUTF8Buffer { expected in
        for index in 0..<count where bytes[position + index] != expected[index] {
          matches = false
          break
        }
      }
    }
    guard matches else {
      throw Failure(
        offset: position, message: "unexpected \(describeHere()): expected a JSON value")
    }
    position += count
  }

  private mutating func enter() throws(Failure) {
    depth += 1
    if depth > JSONReader.maximumDepth {
      throw Failure(
        offset: position,
        message: "nesting deeper than \(JSONReader.maximumDepth) arrays and objects")
    }
  }

  private mutating func object() throws(Failure) -> JSONNode.Value {
    try enter()
    position += 1
    var members: [JSONMember] = []
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
      position += 1
      depth -= 1
      return .object(members)
    }
    var keys: Set<String> = []
    while true {
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
        throw Failure(offset: position, message: "unexpected \(describeHere()): expected a key")
      }
      let keyOffset = position
      let (key, _) = try string()
      let isDuplicate: Bool
      if members.count < 16 {
        isDuplicate = members.contains { $0.key == key }
        if members.count == 15 { keys = Set(members.map(\.key)) }
      } else {
        isDuplicate = keys.contains(key)
      }
      if members.count >= 15 { keys.insert(key) }
      if isDuplicate {
        let pointer = appendPointer(pointerString(path), key)
        throw Failure(offset: keyOffset, message: "duplicate key \"\(key)\"", pointer: pointer)
      }
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
        throw Failure(
          offset: position, message: "unexpected \(describeHere()): expected ':' after the key")
      }
      position += 1
      skipWhitespace()
      path.append(.key(key))
      let member = try value()
      path.removeLast()
      members.append(JSONMember(key: key, keyOffset: keyOffset, value: member))
      skipWhitespace()
      guard position < bytes.count else {
        throw Failure(offset: position, message: "unexpected end of input: expected ',' or '}'")
      }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
        continue
      }
      if bytes[position] == UInt8(ascii: "}") {
        position += 1
        depth -= 1
        return .object(members)
      }
      throw Failure(offset: position, message: "unexpected \(describeHere()): expected ',' or '}'")
    }
  }

  private mutating func array() throws(Failure) -> JSONNode.Value {
    try enter()
    position += 1
    var items: [JSONNode] = []
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
      position += 1
      depth -= 1
      return .array(items)
    }
    while true {
      skipWhitespace()
      path.append(.index(items.count))
      items.append(try value())
      path.removeLast()
      skipWhitespace()
      guard position < bytes.count else {
        throw Failure(offset: position, message: "unexpected end of input: expected ',' or ']'")
      }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
        continue
      }
      if bytes[position] == UInt8(ascii: "]") {
        position += 1
        depth -= 1
        return .array(items)
      }
      throw Failure(offset: position, message: "unexpected \(describeHere()): expected ',' or ']'")
    }
  }

  private mutating func number() throws(Failure) -> String {
    let start = position
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    func digit(_ index: Int) -> Bool {
      index < bytes.count && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
    }
    guard digit(position) else {
      throw Failure(offset: position, message: "unexpected \(describeHere()): expected a digit")
    }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
      if digit(position) {
        throw Failure(offset: start, message: "a number must not have leading zeros")
      }
    } else {
      while digit(position) { position += 1 }
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      position += 1
      guard digit(position) else {
        throw Failure(
          offset: position, message: "unexpected \(describeHere()): expected a digit after '.'")
      }
      while digit(position) { position += 1 }
    }
    if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
      position += 1
      if position < bytes.count,
        bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")
      {
        position += 1
      }
      guard digit(position) else {
        throw Failure(
          offset: position,
          message: "unexpected \(describeHere()): expected a digit in the exponent")
      }
      while digit(position) { position += 1 }
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
  }

  /// Reads a string at the opening quote.
  private mutating func string() throws(Failure) -> (String, Unicode.Scalar?) {
    let open = position
    position += 1
    let start = position
    var illegal: Unicode.Scalar? = nil
    // Fast path: no escapes.
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
        position += 1
        guard let text = String(validating: slice, as: UTF8.self) else {
          throw Failure(offset: invalidUTF8Offset(start, position - 1), message: "invalid UTF-8")
        }
        return (text, illegal)
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte == 0xEF, illegal == nil { illegal = nonCharacter(at: position) }
      if byte < 0x20 {
        throw Failure(
          offset: position,
          message: "control character \(scalarName(UInt32(byte))) must be escaped in a string")
      }
      position += 1
    }
    guard position < bytes.count else {
      throw Failure(offset: open, message: "unterminated string")
    }
    // Slow path: decode escapes into a buffer.
    var buffer = [UInt8](bytes[start..<position])
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        guard let text = String(validating: buffer, as: UTF8.self) else {
          throw Failure(offset: invalidUTF8Offset(start, position - 1), message: "invalid UTF-8")
        }
        return (text, illegal)
      }
      if byte < 0x20 {
        throw Failure(
          offset: position,
          message: "control character \(scalarName(UInt32(byte))) must be escaped in a string")
      }
      if byte != UInt8(ascii: "\\") {
        if byte == 0xEF, illegal == nil { illegal = nonCharacter(at: position) }
        buffer.append(byte)
        position += 1
        continue
      }
      let escapeOffset = position
      position += 1
      guard position < bytes.count else { break }
      switch bytes[position] {
      case UInt8(ascii: "\""): buffer.append(0x22)
      case UInt8(ascii: "\\"): buffer.append(0x5C)
      case UInt8(ascii: "/"): buffer.append(0x2F)
      case UInt8(ascii: "b"):
        // U+0008 and U+000C are JSON characters but not XML 1.0 ones.
        buffer.append(0x08)
        if illegal == nil { illegal = Unicode.Scalar(0x08) }
      case UInt8(ascii: "f"):
        buffer.append(0x0C)
        if illegal == nil { illegal = Unicode.Scalar(0x0C) }
      case UInt8(ascii: "n"): buffer.append(0x0A)
      case UInt8(ascii: "r"): buffer.append(0x0D)
      case UInt8(ascii: "t"): buffer.append(0x09)
      case UInt8(ascii: "u"):
        var value = try hex4(at: position + 1, escape: escapeOffset)
        position += 4
        if value >= 0xD800 && value <= 0xDBFF {
          guard position + 6 < bytes.count, bytes[position + 1] == UInt8(ascii: "\\"),
            bytes[position + 2] == UInt8(ascii: "u")
          else {
            throw Failure(offset: escapeOffset, message: "unpaired surrogate in \\u escape")
          }
          let low = try hex4(at: position + 3, escape: position + 1)
          guard low >= 0xDC00 && low <= 0xDFFF else {
            throw Failure(offset: escapeOffset, message: "unpaired surrogate in \\u escape")
          }
          value = 0x1_0000 + ((value - 0xD800) << 10) + (low - 0xDC00)
          position += 6
        } else if value >= 0xDC00 && value <= 0xDFFF {
          throw Failure(offset: escapeOffset, message: "unpaired surrogate in \\u escape")
        }
        let scalar = Unicode.Scalar(value)!
        if illegal == nil, !isXMLCharacter(value) { illegal = scalar }
        buffer.append(contentsOf: String(Character(scalar)).utf8)
      default:
        throw Failure(
          offset: escapeOffset,
          message: "invalid escape: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u")
      }
      position += 1
    }
    throw Failure(offset: open, message: "unterminated string")
  }

  private func hex4(at index: Int, escape: Int) throws(Failure) -> UInt32 {
    guard index + 4 <= bytes.count else {
      throw Failure(offset: escape, message: "\\u must be followed by four hexadecimal digits")
    }
    var value: UInt32 = 0
    for offset in 0..<4 {
      let byte = bytes[index + offset]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default:
        throw Failure(offset: escape, message: "\\u must be followed by four hexadecimal digits")
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  /// The offset of the first byte of `start..<end` that is not valid UTF-8 (approximately: the
  /// start of the first sequence that does not decode).
  private func invalidUTF8Offset(_ start: Int, _ end: Int) -> Int {
    var index = start
    while index < end {
      let byte = bytes[index]
      let length: Int
      switch byte {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return index
      }
      guard index + length <= end,
        String(
          validating: UnsafeBufferPointer(rebasing: bytes[index..<index + length]), as: UTF8.self)
          != nil
      else { return index }
      index += length
    }
    return start
  }

  /// U+FFFE or U+FFFF when their UTF-8 form (EF BF BE, EF BF BF) starts at `index`: the only
  /// characters XML does not allow that UTF-8 text can carry once control characters are refused.
  private func nonCharacter(at index: Int) -> Unicode.Scalar? {
    guard index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] & 0xFE == 0xBE
    else { return nil }
    return Unicode.Scalar(UInt32(0xFFFE) | UInt32(bytes[index + 2] & 1))
  }

}

/// `U+0001`-style name of a Unicode scalar value.
func scalarName(_ value: UInt32) -> String {
  let hex = String(value, radix: 16, uppercase: true)
  return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}
