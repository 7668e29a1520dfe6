// The canonical JSON form of an exchange, written, read and checked by walking the field tables
// of `ExchangeModel`: keys in table order, empty arrays and absent values omitted, two-space
// indentation, one member per line. The check is the whole validation of the JSON form: the
// JSON Schema's rules plus the XSD's identity constraints, every error at its JSON Pointer.

import LibXML

/// Exchange records ⇄ canonical JSON.
public enum ExchangeJSON {
  /// Writes the canonical JSON form of `exchange`: UTF-8, keys in schema order, empty arrays
  /// and `nil` values omitted, two-space indentation, a final newline. Byte-identical for
  /// equal records.
  ///
  /// - Parameter exchange: The records to write.
  /// - Returns: The JSON text.
  public static func encode(_ exchange: Exchange) -> [UInt8] {
    var out = JSONOutput(capacity: 4096 + exchange.article.paragraphs.count * 256)
    writeRecord(Exchange.table.spec, Exchange.table.values(of: exchange), &out)
    out.finish()
    return out.bytes
  }

  /// Reads an exchange from its JSON form, strictly: unknown keys, wrong types, missing
  /// required keys, `null`, empty arrays, duplicate keys, non-integer numbers and values the
  /// schema refuses are errors.
  ///
  /// - Parameters:
  ///   - bytes: The JSON text (UTF-8).
  ///   - file: The name used in diagnostics.
  /// - Returns: The records.
  /// - Throws: `InterchangeError.invalid` with every problem found: syntax errors at their line
  ///   and column, content errors at their JSON Pointer (with line and column).
  public static func decode(_ bytes: [UInt8], file: String? = nil) throws(InterchangeError)
    -> Exchange
  {
    Exchange.table.make(try decodeValues(bytes, file: file))
  }

  /// The values of the document's record, read and checked as ``decode(_:file:)`` reads them,
  /// without making the records: what a conversion writes in the other form.
  static func decodeValues(_ bytes: [UInt8], file: String?) throws(InterchangeError)
    -> [FieldValue?]
  {
    let root = try JSONReader.parse(bytes, file: file)
    let reader = TableJSONReader(file: file, bytes: bytes, root: root)
    let values = reader.readDocument(Exchange.table.spec)
    guard let values, reader.diagnostics.isEmpty else { throw .invalid(reader.diagnostics) }
    return values
  }

  /// The canonical JSON of the document's record from its values (as the readers give them).
  static func encode(values: [FieldValue?], capacity: Int) -> [UInt8] {
    var out = JSONOutput(capacity: capacity)
    writeRecord(Exchange.table.spec, values, &out)
    out.finish()
    return out.bytes
  }

  // MARK: Writing

  static func writeRecord(_ spec: RecordSpec, _ values: [FieldValue?], _ out: inout JSONOutput) {
    out.openObject()
    for (index, (field, value)) in zip(spec.fields, values).enumerated() {
      guard let value else { continue }
      if field.inline, case .record(let inner) = field.type, case .record(let members) = value {
        for (position, (member, memberValue)) in zip(inner.fields, members).enumerated() {
          guard let memberValue else { continue }
          out.key(spec.inlineKeys[index][position])
          writeValue(member.type, memberValue, &out)
        }
        continue
      }
      out.key(field.key)
      writeValue(field.type, value, &out)
    }
    out.closeObject()
  }

  static func writeValue(_ type: ValueType, _ value: FieldValue, _ out: inout JSONOutput) {
    switch value {
    case .text(let text): out.string(text)
    case .integer(let number): out.integer(number)
    case .flag(let flag): out.bool(flag)
    case .record(let values):
      if case .record(let spec) = type { writeRecord(spec, values, &out) }
    case .list(let items):
      out.openArray()
      for item in items {
        out.item()
        writeValue(type, item, &out)
      }
      out.closeArray()
    }
  }
}

// MARK: - Reading and checking

/// The diagnostics of one file, capped: after ``limit`` errors the rest are counted, and one
/// last diagnostic says how many were left out.
struct DiagnosticSink {
  static let limit = 100
  private(set) var diagnostics: [Diagnostic] = []
  private var omitted = 0

  mutating func append(_ diagnostic: Diagnostic) {
    if diagnostics.count < Self.limit {
      diagnostics.append(diagnostic)
      return
    }
    omitted += 1
    let summary = "\(omitted) more error\(omitted == 1 ? "" : "s") not shown"
    if diagnostics.count == Self.limit {
      var last = diagnostic
      last.message = summary
      diagnostics.append(last)
    } else {
      diagnostics[Self.limit].message = summary
    }
  }
}

/// `list` with at most ``DiagnosticSink/limit`` entries plus one that counts the rest.
func capped(_ list: [Diagnostic], file: String?) -> [Diagnostic] {
  var sink = DiagnosticSink()
  for var diagnostic in list {
    diagnostic.message = oneLine(diagnostic.message)
    if diagnostic.location.file == nil { diagnostic.location.file = file }
    sink.append(diagnostic)
  }
  return sink.diagnostics
}

/// A message on one line: line breaks and the white space around them become one space.
func oneLine(_ message: String) -> String {
  guard message.contains(where: \.isNewline) else { return message }
  return message.split(whereSeparator: \.isNewline).map {
    $0.trimmingPrefix(while: { $0 == " " || $0 == "\t" })
  }.filter { !$0.isEmpty }.joined(separator: " ")
}

/// Reads a JSON tree through the field tables, reporting every problem at its JSON Pointer with
/// the line and column of the value. The pointer of the value being read is kept as a stack of
/// tokens and written only when an error is reported.
final class TableJSONReader {
  let file: String?
  private let bytes: [UInt8]
  private let root: JSONNode?
  private var lineIndex: LineIndex?
  private var sink = DiagnosticSink()
  /// The path from the root to the value being read.
  private var path: [PointerToken] = []
  var diagnostics: [Diagnostic] { sink.diagnostics }

  init(file: String?, bytes: [UInt8], root: JSONNode?) {
    self.file = file
    self.bytes = bytes
    self.root = root
    path.reserveCapacity(8)
  }

  func error(_ message: String, pointer: String, offset: Int?) {
    var line = 0
    var column = 0
    if let offset {
      if lineIndex == nil { lineIndex = LineIndex(bytes) }
      (line, column) = lineIndex!.location(of: offset)
    }
    sink.append(makeDiagnostic(message, file: file, line: line, column: column, pointer: pointer))
  }

  /// An error at the value being read, or at its member `key`.
  private func error(_ message: String, offset: Int?, key: String? = nil) {
    var pointer = pointerString(path)
    if let key { pointer = appendPointer(pointer, key) }
    error(message, pointer: pointer, offset: offset)
  }

  /// Reads the document's record and checks the rules between its lists.
  func readDocument(_ spec: RecordSpec) -> [FieldValue?]? {
    guard let root else { return nil }
    let values = readRecord(root, spec)
    if let values {
      for (pointer, message) in identityProblems(spec, values) {
        error(message, pointer: pointer, offset: offset(of: pointer, in: root))
      }
    }
    return values
  }

  private func typeError(_ expected: String, _ node: JSONNode) {
    if case .null = node.value {
      error("null is not allowed: expected \(expected), or omit the key", offset: node.offset)
    } else {
      error("expected \(expected), found \(node.kindDescription)", offset: node.offset)
    }
  }

  /// Reads `node` as a record of `spec`; the path is that of `node`.
  func readRecord(_ node: JSONNode, _ spec: RecordSpec) -> [FieldValue?]? {
    guard case .object(let members) = node.value else {
      typeError("an object", node)
      return nil
    }
    let allowed = spec.jsonKeys
    for member in members where !allowed.contains(member.key) {
      error(
        "unknown key \"\(member.key)\"; expected one of: \(allowed.joined(separator: ", "))",
        offset: member.keyOffset, key: member.key)
    }
    func member(_ key: String) -> JSONMember? { members.first { $0.key == key } }
    var values = [FieldValue?](repeating: nil, count: spec.fields.count)
    for (index, field) in spec.fields.enumerated() {
      if field.inline, case .record(let inner) = field.type {
        // Members `key` + member key in this object.
        let keys = spec.inlineKeys[index]
        let present = keys.map(member)
        guard present.contains(where: { $0 != nil }) else { continue }
        var innerValues = [FieldValue?](repeating: nil, count: inner.fields.count)
        for (position, innerField) in inner.fields.enumerated() {
          let key = keys[position]
          guard let found = present[position] else {
            if innerField.occurrence == .required {
              for (other, otherKey) in zip(present, keys) where other != nil {
                error(
                  "\"\(otherKey)\" is only allowed beside \"\(key)\"",
                  offset: other!.value.offset, key: otherKey)
              }
            }
            continue
          }
          path.append(.key(key))
          innerValues[position] = readValue(found.value, innerField.type, flagHint: key)
          path.removeLast()
        }
        values[index] = .record(innerValues)
        continue
      }
      guard let found = member(field.key) else {
        if field.occurrence == .required {
          error("missing required key \"\(field.key)\"", offset: node.offset)
        }
        continue
      }
      path.append(.key(field.key))
      defer { path.removeLast() }
      if field.occurrence == .list {
        guard case .array(let items) = found.value.value else {
          typeError("an array", found.value)
          continue
        }
        if items.isEmpty {
          error(
            "an empty array is not allowed: omit the key instead", offset: found.value.offset)
          continue
        }
        var list: [FieldValue] = []
        list.reserveCapacity(items.count)
        for (position, item) in items.enumerated() {
          path.append(.index(position))
          let value = readValue(item, field.type, flagHint: field.key)
          path.removeLast()
          if let value {
            list.append(value)
          } else if case .record(let inner) = field.type {
            // An empty record keeps the positions of the others for the rules between lists.
            list.append(.record([FieldValue?](repeating: nil, count: inner.fields.count)))
          }
        }
        values[index] = .list(list)
        continue
      }
      values[index] = readValue(found.value, field.type, flagHint: field.key)
    }
    // Partial on errors (they are reported), so that the rules between lists still run.
    return values
  }

  /// Reads `node` as a value of `type`; the path is that of `node`.
  private func readValue(_ node: JSONNode, _ type: ValueType, flagHint: String) -> FieldValue? {
    let value: FieldValue
    switch type {
    case .record(let spec):
      return readRecord(node, spec).map(FieldValue.record)
    case .year, .count:
      guard case .number(let lexeme) = node.value else {
        typeError("an integer", node)
        return nil
      }
      guard let number = parseDecimal(lexeme) else {
        error("expected an integer, found the number \(lexeme)", offset: node.offset)
        return nil
      }
      value = .integer(number)
    case .flag:
      guard case .bool(let flag) = node.value else {
        typeError("true", node)
        return nil
      }
      guard flag else {
        error(
          "expected true, found false (omit \"\(flagHint)\" instead)", offset: node.offset)
        return nil
      }
      value = .flag(true)
    default:
      guard case .string(let text, let illegal) = node.value else {
        typeError("a string", node)
        return nil
      }
      if let illegal {
        error(
          "character \(scalarName(illegal.value)) is not allowed in XML 1.0",
          offset: node.offset)
        return nil
      }
      if text.utf8.count > maximumTextBytes {
        error(tooLongMessage(text), offset: node.offset)
        return nil
      }
      value = .text(text)
    }
    if let problem = type.check(value) {
      error("expected \(problem.expected), found \(jsonText(value))", offset: node.offset)
      return nil
    }
    return value
  }
}

/// The longest string the format has: libxml2 reads no longer text or attribute value
/// (`XML_MAX_TEXT_LENGTH`), so the XML form of a longer one could not be read back.
let maximumTextBytes = 10_000_000

func tooLongMessage(_ text: String) -> String {
  "a string of \(text.utf8.count) bytes is longer than the \(maximumTextBytes) bytes XML parsers (libxml2 among them) read in one text"
}

/// A value as JSON text, for messages.
func jsonText(_ value: FieldValue) -> String {
  switch value {
  case .text(let text): return quotedForMessage(text)
  case .integer(let number): return String(number)
  case .flag(let flag): return flag ? "true" : "false"
  case .record: return "an object"
  case .list: return "an array"
  }
}

// MARK: - Checking values of the model

/// The problems of a record's values (taken from the model, so of the right shape): each
/// simple value against its type, text against XML's characters, and the rules between lists.
///
/// - Returns: (JSON Pointer, message) pairs, in document order.
func valueProblems(_ spec: RecordSpec, _ values: [FieldValue?]) -> [(String, String)] {
  var problems: [(String, String)] = []
  func check(_ spec: RecordSpec, _ values: [FieldValue?], _ pointer: String) {
    for (field, value) in zip(spec.fields, values) {
      guard let value else {
        if field.occurrence == .required {
          problems.append((pointer, "missing required key \"\(field.key)\""))
        }
        continue
      }
      let base =
        field.inline ? pointer : appendPointer(pointer, field.key)
      if case .list(let items) = value {
        for (index, item) in items.enumerated() {
          checkValue(field, item, appendPointer(base, index), pointer)
        }
      } else {
        checkValue(field, value, base, pointer)
      }
    }
  }
  func checkValue(_ field: FieldSpec, _ value: FieldValue, _ pointer: String, _ parent: String) {
    if case .record(let inner) = field.type, case .record(let members) = value {
      if field.inline {
        for (member, memberValue) in zip(inner.fields, members) {
          guard let memberValue else { continue }
          checkValue(member, memberValue, appendPointer(parent, field.key + member.key), parent)
        }
      } else {
        check(inner, members, pointer)
      }
      return
    }
    if let problem = field.type.check(value) {
      problems.append((pointer, "expected \(problem.expected), found \(jsonText(value))"))
    } else if case .text(let text) = value,
      let bad = text.unicodeScalars.first(where: { !isXMLCharacter($0.value) })
    {
      problems.append((pointer, "character \(scalarName(bad.value)) is not allowed in XML 1.0"))
    } else if case .text(let text) = value, text.utf8.count > maximumTextBytes {
      problems.append((pointer, tooLongMessage(text)))
    }
  }
  check(spec, values, "")
  problems.append(contentsOf: identityProblems(spec, values))
  return problems
}

/// The breaches of the document record's identity rules: duplicate ids, references to no
/// record.
func identityProblems(_ spec: RecordSpec, _ values: [FieldValue?]) -> [(String, String)] {
  /// The (pointer, value) of `field` in each record of `list`.
  func column(_ list: String, _ field: String) -> [(String, String)] {
    guard let listIndex = spec.index(ofKey: list), case .list(let items)? = values[listIndex],
      case .record(let inner) = spec.fields[listIndex].type,
      let fieldIndex = inner.index(ofKey: field)
    else { return [] }
    var result: [(String, String)] = []
    for (position, item) in items.enumerated() {
      guard case .record(let members) = item, fieldIndex < members.count,
        case .text(let text)? = members[fieldIndex]
      else { continue }
      result.append(("/\(list)/\(position)/\(field)", text))
    }
    return result
  }
  var problems: [(String, String)] = []
  for rule in spec.identity {
    switch rule {
    case .unique(_, let list, let field):
      var first: [String: String] = [:]
      for (pointer, value) in column(list, field) {
        if let earlier = first[value] {
          problems.append(
            (pointer, "duplicate \(field) \(quotedForMessage(value)): \(earlier) has it too"))
        } else {
          first[value] = pointer
        }
      }
    case .reference(_, let list, let field, let target, let targetField):
      let known = Set(column(target, targetField).map(\.1))
      for (pointer, value) in column(list, field) where !known.contains(value) {
        problems.append(
          (pointer, "no record of \"\(target)\" has the \(targetField) \(quotedForMessage(value))"))
      }
    }
  }
  return problems
}
