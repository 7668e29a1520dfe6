// The simple types of the format, checked as the XSD checks them: the facets of each type,
// and in XML the white-space rule of its base type (xs:string keeps text as written; xs:date,
// xs:int, xs:unsignedInt, xs:boolean and xs:NCName collapse it, so ` 2022-07-27 ` is the date
// 2022-07-27).

/// What is wrong with a value: what the type expects.
public struct ValueProblem: Error, Sendable, Hashable {
  /// What the type expects, e.g. `a date YYYY-MM-DD`.
  public var expected: String
}

extension ValueType {
  /// Whether the XSD type's base collapses white space before its facets apply.
  public var collapsesWhiteSpace: Bool {
    switch self {
    case .date, .year, .count, .flag, .id, .idRef: return true
    case .text, .version, .sha256, .provinceCode, .enumeration, .record: return false
    }
  }

  /// Whether the JSON form of the type is a number.
  public var isInteger: Bool {
    switch self {
    case .year, .count: return true
    default: return false
    }
  }

  /// What the type expects, in words.
  public var expectation: String {
    switch self {
    case .text: return "a non-empty string"
    case .version: return "\"1.0\""
    case .date: return "a date YYYY-MM-DD"
    case .year: return "a year from 1000 to 9999"
    case .count: return "a count from 0 to 4294967295"
    case .flag: return "true"
    case .id, .idRef:
      return "an id (ASCII letters, digits, '.', '_', '-'; not starting with a digit, '.' or '-')"
    case .sha256: return "64 lowercase hexadecimal digits"
    case .provinceCode: return "a province code of two digits"
    case .enumeration(let name, let values):
      if values.count > 12 { return "one of the \(values.count) values of \(name)" }
      return "one of: " + values.joined(separator: ", ")
    case .record(let spec): return "a record of \(spec.name)"
    }
  }

  /// The value of an XML lexical form (element text or attribute value).
  ///
  /// - Parameter lexeme: The text as the document has it.
  /// - Returns: The value, or what the type expects.
  public func read(xml lexeme: String) -> Result<FieldValue, ValueProblem> {
    let text = collapsesWhiteSpace ? collapsed(lexeme) : lexeme
    switch self {
    case .year, .count:
      guard let number = parseDecimal(text), check(.integer(number)) == nil else {
        return .failure(ValueProblem(expected: expectation))
      }
      return .success(.integer(number))
    case .flag:
      guard text == "true" else { return .failure(ValueProblem(expected: "\"true\"")) }
      return .success(.flag(true))
    case .record:
      return .failure(ValueProblem(expected: expectation))
    default:
      if let problem = check(.text(text)) { return .failure(problem) }
      return .success(.text(text))
    }
  }

  /// Checks a value of this type (as read from JSON or taken from the model).
  ///
  /// - Parameter value: The value.
  /// - Returns: `nil`, or what the type expects.
  public func check(_ value: FieldValue) -> ValueProblem? {
    let ok: Bool
    switch (self, value) {
    case (.text, .text(let text)): ok = !text.isEmpty
    case (.version, .text(let text)): ok = text == "1.0"
    case (.date, .text(let text)):
      guard isDateShape(text) else { return ValueProblem(expected: expectation) }
      guard isCalendarDay(text) else {
        return ValueProblem(expected: expectation + " that exists in the calendar")
      }
      ok = true
    case (.year, .integer(let number)): ok = (1000...9999).contains(number)
    case (.count, .integer(let number)): ok = (0...4_294_967_295).contains(number)
    case (.flag, .flag(let flag)): ok = flag
    case (.id, .text(let text)), (.idRef, .text(let text)): ok = isRecordID(text)
    case (.sha256, .text(let text)):
      ok =
        text.utf8.count == 64 && text.utf8.allSatisfy { isDigit($0) || (0x61...0x66).contains($0) }
    case (.provinceCode, .text(let text)):
      ok = text.utf8.count == 2 && text.utf8.allSatisfy(isDigit)
    case (.enumeration(_, let values), .text(let text)): ok = values.contains(text)
    case (.record, .record): ok = true
    default: ok = false
    }
    return ok ? nil : ValueProblem(expected: expectation)
  }
}

/// XML white space (space, tab, carriage return, line feed) collapsed: runs to one space, none
/// at either end.
public func collapsed(_ text: String) -> String {
  let utf8 = text.utf8
  func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
  guard utf8.contains(where: isSpace) else { return text }
  var bytes: [UInt8] = []
  bytes.reserveCapacity(utf8.count)
  var pendingSpace = false
  for byte in utf8 {
    if isSpace(byte) {
      pendingSpace = !bytes.isEmpty
    } else {
      if pendingSpace { bytes.append(0x20) }
      pendingSpace = false
      bytes.append(byte)
    }
  }
  return String(decoding: bytes, as: UTF8.self)
}

private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

/// `-?(0|[1-9][0-9]*)` as an `Int`; `nil` for any other spelling or on overflow.
public func parseDecimal(_ lexeme: String) -> Int? {
  var utf8 = Substring(lexeme).utf8[...]
  var negative = false
  if utf8.first == UInt8(ascii: "-") {
    negative = true
    utf8 = utf8.dropFirst()
  }
  guard let first = utf8.first, isDigit(first) else { return nil }
  if first == UInt8(ascii: "0") && (utf8.count > 1 || negative) { return nil }
  var value = 0
  for byte in utf8 {
    guard isDigit(byte) else { return nil }
    let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
    let (sum, overflow2) = times.addingReportingOverflow(Int(byte - 0x30))
    if overflow1 || overflow2 { return nil }
    value = sum
  }
  return negative ? -value : value
}

/// Whether `text` has the shape `[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])`.
func isDateShape(_ text: String) -> Bool {
  let bytes = Array(text.utf8)
  guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
    return false
  }
  for index in [0, 1, 2, 3, 5, 6, 8, 9] where !isDigit(bytes[index]) { return false }
  let month = Int(bytes[5] - 0x30) * 10 + Int(bytes[6] - 0x30)
  let day = Int(bytes[8] - 0x30) * 10 + Int(bytes[9] - 0x30)
  return (1...12).contains(month) && (1...31).contains(day)
}

/// Whether a date of the right shape names a day of the Gregorian calendar (year 0000 is not
/// an xs:date).
func isCalendarDay(_ text: String) -> Bool {
  let bytes = Array(text.utf8)
  func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) } }
  let year = number(0..<4)
  let month = number(5..<7)
  let day = number(8..<10)
  guard year > 0 else { return false }
  let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return day <= lengths[month - 1]
}

/// Whether `text` matches `[A-Za-z_][A-Za-z0-9._\-]*` (an NCName of ASCII characters).
func isRecordID(_ text: String) -> Bool {
  guard let first = text.utf8.first else { return false }
  func isLetter(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
  }
  guard isLetter(first) else { return false }
  return text.utf8.allSatisfy { isLetter($0) || isDigit($0) || $0 == 0x2E || $0 == 0x2D }
}
