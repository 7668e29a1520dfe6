// The XML form of an exchange (namespace urn:tdkt:exchange:1), written and read by walking the
// field tables of `ExchangeModel`: one writer that puts one element per line, and one reader
// over a libxml2 parse that takes what the XSD accepts.

import LibXML

/// Exchange records ⇄ exchange XML.
public enum ExchangeXML {
  /// Writes the XML form of `exchange`: UTF-8 with an XML declaration, two-space indentation,
  /// one element per line, namespace `urn:tdkt:exchange:1`, deterministic.
  ///
  /// - Parameter exchange: The records to write.
  /// - Returns: The XML text.
  public static func encode(_ exchange: Exchange) -> [UInt8] {
    var writer = TableXMLWriter()
    writer.writeDocument(Exchange.table.spec, Exchange.table.values(of: exchange))
    return writer.bytes
  }

  /// Reads an exchange from its XML form: the document is checked against the XSD first (every
  /// error reported), then read through the field tables. Whatever the XSD accepts is read:
  /// comments, processing instructions, any namespace prefix, `xsi:` attributes, white space
  /// around dates, counts, ids and flags (which the schema collapses).
  ///
  /// - Parameters:
  ///   - bytes: The XML text.
  ///   - file: The name used in diagnostics.
  /// - Returns: The records.
  /// - Throws: `InterchangeError.invalid` with every problem found, each at its line and column.
  public static func decode(_ bytes: [UInt8], file: String? = nil) throws(InterchangeError)
    -> Exchange
  {
    Exchange.table.make(try decodeValues(bytes, file: file))
  }

  /// The values of the document's record, read as ``decode(_:file:)`` reads them, without
  /// making the records: what a conversion writes in the other form.
  static func decodeValues(_ bytes: [UInt8], file: String?) throws(InterchangeError)
    -> [FieldValue?]
  {
    let parsed: ParsedDocument
    do {
      parsed = try Document.parseXML(bytes, file: file, expandingEntities: true)
    } catch {
      throw .invalid(capped(error.diagnostics, file: file))
    }
    let report = ExchangeValidator.shared.validate(parsed.document, bytes: bytes, file: file)
    guard report.isValid else { throw .invalid(report.diagnostics) }
    let reader = TableXMLReader(file: file, bytes: bytes)
    let values = reader.readDocument(parsed.document, Exchange.table.spec)
    guard let values, reader.diagnostics.isEmpty else { throw .invalid(reader.diagnostics) }
    return values
  }

  /// The XML form of the document's record from its values (as the readers give them).
  static func encode(values: [FieldValue?], capacity: Int) -> [UInt8] {
    var writer = TableXMLWriter(capacity: capacity)
    writer.writeDocument(Exchange.table.spec, values)
    return writer.bytes
  }
}

// MARK: - Writing

/// Writes a record and its fields as XML, one element per line.
struct TableXMLWriter {
  private(set) var bytes: [UInt8] = []
  private var depth = 0

  init(capacity: Int = 8192) {
    bytes.reserveCapacity(capacity)
  }

  private mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  private mutating func append(_ name: String) {
    var name = name
    name.withUTF8 { bytes.append(contentsOf: $0) }
  }

  private mutating func indent() {
    for _ in 0..<depth {
      bytes.append(0x20)
      bytes.append(0x20)
    }
  }

  mutating func writeDocument(_ spec: RecordSpec, _ values: [FieldValue?]) {
    append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    writeElement("exchange", spec, values, declaringNamespace: true)
  }

  /// `<name attributes…>` then the text, or the child elements one per line, or `/>`.
  private mutating func writeElement(
    _ name: String, _ spec: RecordSpec, _ values: [FieldValue?], declaringNamespace: Bool = false
  ) {
    indent()
    bytes.append(UInt8(ascii: "<"))
    append(name)
    if declaringNamespace { append(" xmlns=\"urn:tdkt:exchange:1\"") }
    var text: FieldValue? = nil
    var hasText = false
    var hasChildren = false
    for (field, value) in zip(spec.fields, values) {
      switch field.placement {
      case .attribute(let attribute):
        guard let value else { continue }
        bytes.append(0x20)
        append(attribute)
        append("=\"")
        appendXMLAttribute(lexical(value), to: &bytes)
        bytes.append(UInt8(ascii: "\""))
      case .text:
        hasText = true
        text = value
      case .element:
        if value != nil { hasChildren = true }
      }
    }
    if hasText {
      bytes.append(UInt8(ascii: ">"))
      if let text { appendXMLText(lexical(text), to: &bytes) }
      append("</")
      append(name)
      append(">\n")
      return
    }
    guard hasChildren else {
      append("/>\n")
      return
    }
    append(">\n")
    depth += 1
    for (field, value) in zip(spec.fields, values) {
      guard case .element(let child) = field.placement, let value else { continue }
      if case .list(let items) = value {
        for item in items { writeChild(child, field.type, item) }
      } else {
        writeChild(child, field.type, value)
      }
    }
    depth -= 1
    indent()
    append("</")
    append(name)
    append(">\n")
  }

  private mutating func writeChild(_ name: String, _ type: ValueType, _ value: FieldValue) {
    if case .record(let spec) = type, case .record(let values) = value {
      writeElement(name, spec, values)
      return
    }
    indent()
    bytes.append(UInt8(ascii: "<"))
    append(name)
    bytes.append(UInt8(ascii: ">"))
    appendXMLText(lexical(value), to: &bytes)
    append("</")
    append(name)
    append(">\n")
  }
}

/// The XML lexical form of a simple value.
func lexical(_ value: FieldValue) -> String {
  switch value {
  case .text(let text): return text
  case .integer(let number): return String(number)
  case .flag(let flag): return flag ? "true" : "false"
  case .record, .list: return ""
  }
}

// MARK: - Reading

/// Reads a record from its element through its table, reporting every problem at its line and
/// column.
final class TableXMLReader {
  let file: String?
  /// The source text, to find the columns of nodes that libxml2 records no column for.
  private let bytes: [UInt8]?
  private var sink = DiagnosticSink()
  var diagnostics: [Diagnostic] { sink.diagnostics }

  init(file: String?, bytes: [UInt8]? = nil) {
    self.file = file
    self.bytes = bytes
  }

  func error(_ message: String, at node: Node) {
    let line = node.line
    var column = node.column
    if column == 0, line > 0, let bytes {
      column = nodeColumn(in: bytes, line: line, kind: node.kind)
    }
    sink.append(makeDiagnostic(message, file: file, line: line, column: column))
  }

  func readDocument(_ document: Document, _ spec: RecordSpec) -> [FieldValue?]? {
    guard let root = document.root else { return nil }
    guard root.namespaceURI == exchangeNamespace, root.localName == "exchange" else {
      error(
        "unexpected document element <\(root.name)>: expected <exchange> in \(exchangeNamespace)",
        at: root)
      return nil
    }
    return readRecord(root, spec)
  }

  /// The values of the fields of `spec` from `node`: attributes, then the text or the child
  /// elements in schema order. Comments and processing instructions are not content.
  func readRecord(_ node: Node, _ spec: RecordSpec) -> [FieldValue?]? {
    var values = [FieldValue?](repeating: nil, count: spec.fields.count)
    var ok = true
    // Attributes (read from the tree once: each read makes new strings).
    let attributes = node.attributes
    for attribute in attributes where attribute.namespaceURI != schemaInstanceNamespace {
      let known =
        attribute.namespaceURI == nil
        && spec.fields.contains { $0.placement == .attribute(attribute.localName) }
      if !known {
        error("unknown attribute '\(attribute.name)' on <\(node.localName)>", at: node)
        ok = false
      }
    }
    for (index, field) in spec.fields.enumerated() {
      guard case .attribute(let name) = field.placement else { continue }
      let attribute = attributes.first {
        $0.namespaceURI == nil && $0.localName == name
      }
      guard let attribute else {
        if field.occurrence == .required {
          error("missing attribute '\(name)' on <\(node.localName)>", at: node)
          ok = false
        }
        continue
      }
      switch field.type.read(xml: attribute.value) {
      case .success(let value): values[index] = value
      case .failure(let problem):
        error(
          "attribute '\(name)' on <\(node.localName)>: expected \(problem.expected), found \(quotedForMessage(attribute.value))",
          at: node)
        ok = false
      }
    }
    // Text content.
    if let index = spec.fields.firstIndex(where: { $0.placement == .text }) {
      guard let text = textContent(of: node) else { return nil }
      switch spec.fields[index].type.read(xml: text) {
      case .success(let value): values[index] = value
      case .failure(let problem):
        error(
          "<\(node.localName)>: expected \(problem.expected), found \(quotedForMessage(text))",
          at: node)
        ok = false
      }
      return ok ? values : nil
    }
    // Child elements, in the order of the table (names compared in place, no strings made).
    var children: [Node] = []
    for child in node.children {
      switch child.kind {
      case .element:
        guard child.isInNamespace(exchangeNamespace) else {
          error(
            "element <\(child.name)> is not in the namespace \(exchangeNamespace)", at: child)
          ok = false
          continue
        }
        children.append(child)
      case .text, .cdata:
        if !child.isWhiteSpaceText {
          error("unexpected text in <\(node.localName)>: expected only elements", at: child)
          ok = false
        }
      default:
        continue
      }
    }
    var position = 0
    for (index, field) in spec.fields.enumerated() {
      guard case .element(let name) = field.placement else { continue }
      var items: [FieldValue] = []
      var matched = 0
      while position < children.count, children[position].isElement(named: name) {
        if let value = readChild(children[position], field.type) {
          items.append(value)
        } else {
          ok = false
        }
        position += 1
        matched += 1
        if field.occurrence != .list { break }
      }
      switch field.occurrence {
      case .list: values[index] = items.isEmpty ? nil : .list(items)
      case .optional: values[index] = items.first
      case .required:
        values[index] = items.first
        guard matched == 0 else { continue }
        if position < children.count {
          error(
            "unexpected element <\(children[position].localName)> in <\(node.localName)>: expected <\(name)>",
            at: children[position])
        } else {
          error("missing element <\(name)> in <\(node.localName)>", at: node)
        }
        ok = false
      }
    }
    if position < children.count {
      error(
        "unexpected element <\(children[position].localName)> in <\(node.localName)>",
        at: children[position])
      ok = false
    }
    return ok ? values : nil
  }

  private func readChild(_ node: Node, _ type: ValueType) -> FieldValue? {
    if case .record(let spec) = type {
      return readRecord(node, spec).map(FieldValue.record)
    }
    for attribute in node.attributes where attribute.namespaceURI != schemaInstanceNamespace {
      error("unknown attribute '\(attribute.name)' on <\(node.localName)>", at: node)
      return nil
    }
    guard let text = textContent(of: node) else { return nil }
    switch type.read(xml: text) {
    case .success(let value): return value
    case .failure(let problem):
      error(
        "<\(node.localName)>: expected \(problem.expected), found \(quotedForMessage(text))",
        at: node)
      return nil
    }
  }

  /// The text of a simple-content element: its text and CDATA, and the text of entity
  /// references, without comments and processing instructions.
  private func textContent(of node: Node) -> String? {
    var text = ""
    var next = node.firstChild
    while let child = next {
      next = child.nextSibling
      switch child.kind {
      case .text, .cdata, .entityReference: text += child.content
      case .element:
        error(
          "unexpected element <\(child.localName)> in <\(node.localName)>: expected text only",
          at: child)
        return nil
      default: continue
      }
    }
    return text
  }
}

/// The namespace of `xsi:` attributes, which every element may carry.
let schemaInstanceNamespace = "http://www.w3.org/2001/XMLSchema-instance"

/// A value quoted for a message, shortened when long.
func quotedForMessage(_ text: String) -> String {
  var shown = text
  if shown.count > 80 { shown = String(shown.prefix(77)) + "…" }
  var escaped = ""
  for scalar in shown.unicodeScalars {
    switch scalar {
    case "\"": escaped += "\\\""
    case "\\": escaped += "\\\\"
    case "\n": escaped += "\\n"
    case "\t": escaped += "\\t"
    case "\r": escaped += "\\r"
    default:
      if scalar.value < 0x20 {
        escaped +=
          "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16)
      } else {
        escaped.unicodeScalars.append(scalar)
      }
    }
  }
  return "\"" + escaped + "\""
}

/// The 1-based column where a node without a recorded column starts on `line`: the first `<!--`
/// of a comment, `<?` of a processing instruction, `<!` of a declaration, or the first character
/// that is not white space for text; 0 when not found.
func nodeColumn(in bytes: [UInt8], line: Int, kind: Node.Kind) -> Int {
  var index = 0
  var current = 1
  while current < line, index < bytes.count {
    if bytes[index] == 0x0A { current += 1 }
    index += 1
  }
  guard current == line else { return 0 }
  var column = 1
  while index < bytes.count, bytes[index] != 0x0A {
    let byte = bytes[index]
    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
    switch kind {
    case .comment, .other:
      if byte == UInt8(ascii: "<"), next == UInt8(ascii: "!") { return column }
    case .processingInstruction:
      if byte == UInt8(ascii: "<"), next == UInt8(ascii: "?") { return column }
    default:
      if byte != 0x20, byte != 0x09, byte != 0x0D { return column }
    }
    if byte & 0xC0 != 0x80 { column += 1 }
    index += 1
  }
  return 0
}
