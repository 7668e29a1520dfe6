// The generic, lossless XML ⇄ JSON form for any well-formed XML: an ordered JsonML-style
// array tree.
//
//   ["#document", prolog…, element, epilog…]
//   element:  ["qname", {"xmlns": "…", "xmlns:p": "…", "attr": "value", …}, child…]
//   text:     "exact text"            comment: ["#comment", "text"]
//   PI:       ["?target", "data"]
//
// The attribute object is always present; namespace declarations stay where they were
// written; text is kept exactly (CDATA sections and character references become text). Not
// represented, as canonical XML erases them too: the XML declaration, the document type
// declaration, entity references (their replacement text is kept), CDATA boundaries, quote
// style and empty-tag form.

import LibXML

/// Generic lossless XML ⇄ JSON conversion.
public enum GenericXMLJSON {
  /// Converts any well-formed XML document to the generic JSON form (UTF-8, one element per
  /// line, short leaves inline, a final newline).
  ///
  /// - Parameters:
  ///   - bytes: The XML document.
  ///   - file: The name used in diagnostics.
  /// - Returns: The JSON text.
  /// - Throws: `InterchangeError.invalid` with libxml2's located errors when the document is not
  ///   well-formed.
  public static func json(fromXML bytes: [UInt8], file: String? = nil) throws(InterchangeError)
    -> [UInt8]
  {
    try jsonWithWarnings(fromXML: bytes, file: file).json
  }

  /// Converts any well-formed XML document to the generic JSON form, as canonical XML reads it:
  /// internal entities expanded (markup included, within libxml2's limits), the attribute
  /// defaults of the internal subset applied; external entities and an external DTD are never
  /// loaded, and each is named in a warning.
  ///
  /// - Parameters:
  ///   - bytes: The XML document.
  ///   - file: The name used in diagnostics.
  /// - Returns: The JSON text and the warnings.
  /// - Throws: `InterchangeError.invalid` with the located errors when the document is not
  ///   well-formed, has an entity loop or expands beyond the limits.
  public static func jsonWithWarnings(fromXML bytes: [UInt8], file: String? = nil)
    throws(InterchangeError) -> (json: [UInt8], warnings: [Diagnostic])
  {
    let parsed: ParsedDocument
    do {
      parsed = try Document.parseXML(bytes, file: file, expandingEntities: true)
    } catch {
      throw .invalid(capped(error.diagnostics, file: file))
    }
    var writer = GenericJSONWriter()
    writer.writeDocument(parsed.document.node)
    let warnings = parsed.diagnostics.filter { $0.severity == .warning }
    return (writer.out, capped(warnings, file: file))
  }

  /// Converts the generic JSON form back to XML (UTF-8 with an XML declaration). A bare element
  /// array without the `#document` wrapper is accepted too.
  ///
  /// - Parameters:
  ///   - bytes: The JSON text.
  ///   - file: The name used in diagnostics.
  /// - Returns: The XML text.
  /// - Throws: `InterchangeError.invalid` with every problem, at its line and column for JSON
  ///   syntax errors and at its JSON Pointer otherwise (an invalid name, an undeclared prefix,
  ///   a number where text belongs, a character XML does not allow, …).
  public static func xml(fromJSON bytes: [UInt8], file: String? = nil) throws(InterchangeError)
    -> [UInt8]
  {
    let root = try JSONReader.parse(bytes, file: file)
    var writer = GenericXMLWriter(file: file, bytes: bytes)
    writer.writeTop(root)
    if !writer.diagnostics.isEmpty { throw .invalid(capped(writer.diagnostics, file: file)) }
    // What is written must read back: any rule of XML the checks above miss is reported here
    // rather than written out.
    do {
      _ = try Document.parseXML(writer.out, file: nil, expandingEntities: true)
    } catch {
      throw .invalid(
        error.diagnostics.prefix(DiagnosticSink.limit).map {
          makeDiagnostic(
            "the XML written from this JSON does not read back: \(oneLine($0.message))",
            file: file, pointer: "")
        })
    }
    return writer.out
  }

  /// Whether `jsonBytes` looks like the generic form (a JSON array) rather than an exchange
  /// (a JSON object). Only the first significant byte is looked at.
  ///
  /// - Parameter jsonBytes: JSON text.
  /// - Returns: `true` when the text starts with `[`.
  public static func isGenericForm(_ jsonBytes: [UInt8]) -> Bool {
    for byte in jsonBytes {
      switch byte {
      case 0x20, 0x0A, 0x0D, 0x09: continue
      default: return byte == UInt8(ascii: "[")
      }
    }
    return false
  }
}

// MARK: - XML → JSON

/// One child in the generic form.
private enum GenericItem {
  case text(String)
  case node(Node)
}

private struct GenericJSONWriter {
  var out: [UInt8] = []

  init() {
    out.reserveCapacity(8192)
  }

  private mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { out.append(contentsOf: $0) }
  }

  private mutating func string(_ value: String) {
    out.append(UInt8(ascii: "\""))
    appendJSONEscaped(value, to: &out)
    out.append(UInt8(ascii: "\""))
  }

  private mutating func indent(_ depth: Int) {
    for _ in 0..<depth {
      out.append(0x20)
      out.append(0x20)
    }
  }

  mutating func writeDocument(_ document: Node) {
    append("[\"#document\"")
    for child in document.children {
      switch child.kind {
      case .element, .comment, .processingInstruction:
        append(",\n")
        indent(1)
        writeNode(child, depth: 1)
      default:
        continue
      }
    }
    append("\n]\n")
  }

  /// Children as the generic form has them: adjacent text, CDATA and entity references merged
  /// into one string; empty text (an empty CDATA section) left out.
  private func items(of node: Node) -> [GenericItem] {
    var result: [GenericItem] = []
    var pending: String? = nil
    for child in node.children {
      switch child.kind {
      case .text, .cdata, .entityReference:
        pending = (pending ?? "") + child.content
      case .element, .comment, .processingInstruction:
        if let text = pending, !text.isEmpty {
          result.append(.text(text))
          pending = nil
        }
        result.append(.node(child))
      default:
        continue
      }
    }
    if let text = pending, !text.isEmpty { result.append(.text(text)) }
    return result
  }

  private mutating func writeNode(_ node: Node, depth: Int) {
    switch node.kind {
    case .comment:
      append("[\"#comment\", ")
      string(node.content)
      out.append(UInt8(ascii: "]"))
    case .processingInstruction:
      out.append(UInt8(ascii: "["))
      string("?" + node.name)
      append(", ")
      string(node.content)
      out.append(UInt8(ascii: "]"))
    default:
      writeElement(node, depth: depth)
    }
  }

  private mutating func writeElement(_ node: Node, depth: Int) {
    out.append(UInt8(ascii: "["))
    string(node.name)
    append(", {")
    var first = true
    for declaration in node.namespaceDeclarations {
      if !first { append(", ") }
      first = false
      string(declaration.prefix.map { "xmlns:" + $0 } ?? "xmlns")
      append(": ")
      string(declaration.uri)
    }
    for attribute in node.attributes {
      if !first { append(", ") }
      first = false
      string(attribute.name)
      append(": ")
      string(attribute.value)
    }
    out.append(UInt8(ascii: "}"))
    let children = items(of: node)
    let inline = children.allSatisfy {
      if case .text = $0 { return true } else { return false }
    }
    if inline {
      for case .text(let text) in children {
        append(", ")
        string(text)
      }
      out.append(UInt8(ascii: "]"))
      return
    }
    out.append(UInt8(ascii: ","))
    for (index, child) in children.enumerated() {
      out.append(0x0A)
      indent(depth + 1)
      switch child {
      case .text(let text): string(text)
      case .node(let node): writeNode(node, depth: depth + 1)
      }
      if index < children.count - 1 { out.append(UInt8(ascii: ",")) }
    }
    out.append(0x0A)
    indent(depth)
    out.append(UInt8(ascii: "]"))
  }
}

// MARK: - JSON → XML

private struct GenericXMLWriter {
  var out: [UInt8] = []
  private(set) var diagnostics: [Diagnostic] = []
  private let file: String?
  private let bytes: [UInt8]
  private var lineIndex: LineIndex?
  /// In-scope prefix bindings, innermost last (`""` is the default namespace).
  private var scopes: [[String: String]] = [["xml": "http://www.w3.org/XML/1998/namespace"]]

  init(file: String?, bytes: [UInt8]) {
    self.file = file
    self.bytes = bytes
    out.reserveCapacity(bytes.count)
  }

  private mutating func error(_ message: String, _ node: JSONNode, _ pointer: String) {
    if lineIndex == nil { lineIndex = LineIndex(bytes) }
    let (line, column) = lineIndex!.location(of: node.offset)
    diagnostics.append(
      makeDiagnostic(message, file: file, line: line, column: column, pointer: pointer))
  }

  private mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { out.append(contentsOf: $0) }
  }

  /// The string of a node, or an error.
  private mutating func text(_ node: JSONNode, _ pointer: String, what: String) -> String? {
    switch node.value {
    case .string(let text, let illegal):
      if let illegal {
        error(
          "character \(scalarName(illegal.value)) is not allowed in XML 1.0", node,
          pointer)
        return nil
      }
      return text
    default:
      error("expected \(what) as a string, found \(node.kindDescription)", node, pointer)
      return nil
    }
  }

  mutating func writeTop(_ root: JSONNode) {
    guard case .array(let items) = root.value, let head = items.first else {
      error(
        "expected an array: [\"#document\", …] or an element [\"name\", {attributes}, …]", root,
        "")
      return
    }
    append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    if case .string("#document", _) = head.value {
      var elements = 0
      for (index, item) in items.enumerated().dropFirst() {
        let pointer = appendPointer("", index)
        switch item.value {
        case .string(let text, _):
          if !text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) {
            error("text is not allowed outside the document element", item, pointer)
          }
          continue
        case .array(let parts):
          if case .string(let name, _) = parts.first?.value, !name.hasPrefix("#"),
            !name.hasPrefix("?")
          {
            elements += 1
            if elements > 1 {
              error("a document has one document element; found a second one", item, pointer)
            }
          }
          writeNode(item, pointer)
          out.append(0x0A)
        default:
          error(
            "expected a comment, processing instruction or element array, found \(item.kindDescription)",
            item, pointer)
        }
      }
      if elements == 0 {
        error("the document has no element", root, "")
      }
    } else {
      writeNode(root, "")
      out.append(0x0A)
    }
  }

  private mutating func writeNode(_ node: JSONNode, _ pointer: String) {
    guard case .array(let parts) = node.value, let head = parts.first else {
      error("expected a non-empty array", node, pointer)
      return
    }
    guard case .string(let name, _) = head.value else {
      error(
        "expected a name, \"#comment\" or \"?target\", found \(head.kindDescription)", head,
        appendPointer(pointer, 0))
      return
    }
    if name == "#comment" {
      guard parts.count == 2 else {
        error("a comment is [\"#comment\", text]", node, pointer)
        return
      }
      let textPointer = appendPointer(pointer, 1)
      guard let text = text(parts[1], textPointer, what: "the comment") else { return }
      if text.contains("--") || text.hasSuffix("-") {
        error("a comment must not contain \"--\" nor end with \"-\"", parts[1], textPointer)
        return
      }
      if text.utf8.contains(0x0D) {
        error(carriageReturnProblem("a comment"), parts[1], textPointer)
        return
      }
      append("<!--")
      out.append(contentsOf: text.utf8)
      append("-->")
      return
    }
    if name.hasPrefix("?") {
      let target = String(name.dropFirst())
      guard parts.count == 2 else {
        error("a processing instruction is [\"?target\", data]", node, pointer)
        return
      }
      guard isXMLName(target, allowColon: false), target.lowercased() != "xml" else {
        error(
          "\"\(target)\" is not a valid processing instruction target", head,
          appendPointer(pointer, 0))
        return
      }
      let dataPointer = appendPointer(pointer, 1)
      guard let data = text(parts[1], dataPointer, what: "the processing instruction's data")
      else { return }
      if data.contains("?>") {
        error("processing instruction data must not contain \"?>\"", parts[1], dataPointer)
        return
      }
      if data.utf8.contains(0x0D) {
        error(carriageReturnProblem("processing instruction data"), parts[1], dataPointer)
        return
      }
      if let first = data.utf8.first,
        first == 0x20 || first == 0x0A || first == 0x09 || first == 0x0D
      {
        error(
          "processing instruction data must not start with white space (XML drops it)", parts[1],
          dataPointer)
        return
      }
      append("<?")
      out.append(contentsOf: target.utf8)
      if !data.isEmpty {
        out.append(0x20)
        out.append(contentsOf: data.utf8)
      }
      append("?>")
      return
    }
    writeElement(name, parts, node, pointer)
  }

  private mutating func writeElement(
    _ name: String, _ parts: [JSONNode], _ node: JSONNode, _ pointer: String
  ) {
    guard isXMLName(name, allowColon: true) else {
      error("\"\(name)\" is not a valid XML element name", parts[0], appendPointer(pointer, 0))
      return
    }
    guard parts.count >= 2, case .object(let members) = parts[1].value else {
      error(
        "an element is [\"name\", {attributes}, children…]: expected the attribute object at index 1",
        parts.count >= 2 ? parts[1] : node, appendPointer(pointer, 1))
      return
    }
    let attributesPointer = appendPointer(pointer, 1)
    // Namespace declarations first, so that prefixes of this element resolve.
    var scope: [String: String] = [:]
    var attributes: [(String, String)] = []
    for member in members {
      let memberPointer = appendPointer(attributesPointer, member.key)
      guard let value = text(member.value, memberPointer, what: "an attribute value") else {
        continue
      }
      if member.key == "xmlns" {
        if value == xmlNamespaceURI || value == xmlnsNamespaceURI {
          error(
            "the default namespace cannot be \(value) (Namespaces in XML 1.0)", member.value,
            memberPointer)
          continue
        }
        scope[""] = value
      } else if member.key.hasPrefix("xmlns:") {
        let prefix = String(member.key.dropFirst(6))
        guard isXMLName(prefix, allowColon: false), !value.isEmpty else {
          error(
            "invalid namespace declaration \"\(member.key)\": expected xmlns:prefix with a non-empty URI",
            member.value, memberPointer)
          continue
        }
        if let problem = namespaceBindingProblem(prefix: prefix, uri: value) {
          error(problem, member.value, memberPointer)
          continue
        }
        scope[prefix] = value
      } else {
        guard isXMLName(member.key, allowColon: true) else {
          error(
            "\"\(member.key)\" is not a valid XML attribute name", member.value, memberPointer)
          continue
        }
      }
      attributes.append((member.key, value))
    }
    scopes.append(scope)
    defer { scopes.removeLast() }
    if scopes.count - 1 > maximumGenericDepth {
      error(
        "elements are nested more than \(maximumGenericDepth) deep, which XML parsers (libxml2 among them) refuse to read",
        node, pointer)
      return
    }
    if let prefix = prefixOf(name), !isBound(prefix) {
      error("undeclared namespace prefix \"\(prefix)\"", parts[0], appendPointer(pointer, 0))
    }
    var expandedNames: [String: String] = [:]
    for member in members where member.key != "xmlns" && !member.key.hasPrefix("xmlns:") {
      guard let prefix = prefixOf(member.key) else { continue }
      guard isBound(prefix) else {
        error(
          "undeclared namespace prefix \"\(prefix)\"", member.value,
          appendPointer(attributesPointer, member.key))
        continue
      }
      // Two attributes with the same namespace and local name are one attribute twice.
      let expanded = "{\(uri(of: prefix))}" + member.key.dropFirst(prefix.count + 1)
      if let other = expandedNames[expanded] {
        error(
          "attributes \"\(other)\" and \"\(member.key)\" have the same expanded name \(expanded)",
          member.value, appendPointer(attributesPointer, member.key))
      } else {
        expandedNames[expanded] = member.key
      }
    }
    out.append(UInt8(ascii: "<"))
    out.append(contentsOf: name.utf8)
    // Namespace declarations are written before the other attributes, each group in its JSON
    // order: an XML parser keeps the two apart (libxml2's nsDef and properties), so reading
    // the XML back gives them in this order whatever the JSON's was.
    let isDeclaration = { (key: String) in key == "xmlns" || key.hasPrefix("xmlns:") }
    for (key, value) in attributes.filter({ isDeclaration($0.0) })
      + attributes.filter({ !isDeclaration($0.0) })
    {
      out.append(0x20)
      out.append(contentsOf: key.utf8)
      append("=\"")
      appendXMLAttribute(value, to: &out)
      out.append(UInt8(ascii: "\""))
    }
    // Empty text is no content: an element whose children are all "" is written as an empty
    // element, which is what reading it back gives, so the form stays stable.
    let hasContent = parts.dropFirst(2).contains { child in
      if case .string(let text, _) = child.value { return !text.isEmpty }
      return true
    }
    if !hasContent {
      append("/>")
      return
    }
    out.append(UInt8(ascii: ">"))
    for index in 2..<parts.count {
      let child = parts[index]
      let childPointer = appendPointer(pointer, index)
      switch child.value {
      case .string:
        if let text = text(child, childPointer, what: "text") {
          appendXMLText(text, to: &out)
        }
      case .array:
        writeNode(child, childPointer)
      default:
        error(
          "expected text (a string) or a node (an array), found \(child.kindDescription)", child,
          childPointer)
      }
    }
    append("</")
    out.append(contentsOf: name.utf8)
    out.append(UInt8(ascii: ">"))
  }

  private func prefixOf(_ name: String) -> String? {
    guard let colon = name.firstIndex(of: ":") else { return nil }
    return String(name[..<colon])
  }

  private func uri(of prefix: String) -> String {
    for scope in scopes.reversed() {
      if let uri = scope[prefix] { return uri }
    }
    return ""
  }

  private func isBound(_ prefix: String) -> Bool {
    for scope in scopes.reversed() {
      if let uri = scope[prefix] { return !uri.isEmpty }
    }
    return false
  }
}

// MARK: - Names

/// The namespace bound to the prefix `xml`.
let xmlNamespaceURI = "http://www.w3.org/XML/1998/namespace"
/// The namespace of namespace declarations, which no prefix may be bound to.
let xmlnsNamespaceURI = "http://www.w3.org/2000/xmlns/"

/// Why a carriage return cannot be written in `what`: text and attribute values write it as
/// `&#13;`, but comments and processing instructions take no character references, and an XML
/// parser reads a raw one as a line feed, so the JSON would not come back as it was.
private func carriageReturnProblem(_ what: String) -> String {
  "\(what) cannot hold a carriage return (U+000D): XML has no way to write one there, and reads it back as a line feed"
}

/// The deepest nesting of elements written: libxml2 refuses to read deeper documents (its
/// `xmlParserMaxDepth`), so the generic form is limited to the same depth both ways.
let maximumGenericDepth = 257

/// What Namespaces in XML 1.0 forbids about binding `prefix` to `uri`, or `nil`.
func namespaceBindingProblem(prefix: String, uri: String) -> String? {
  if prefix == "xmlns" { return "the prefix xmlns cannot be declared (Namespaces in XML 1.0)" }
  if prefix == "xml" {
    return uri == xmlNamespaceURI
      ? nil : "the prefix xml can only be bound to \(xmlNamespaceURI) (Namespaces in XML 1.0)"
  }
  if uri == xmlNamespaceURI || uri == xmlnsNamespaceURI {
    return "no prefix but xml can be bound to \(uri) (Namespaces in XML 1.0)"
  }
  return nil
}

/// Whether `name` is an XML 1.0 Name (`allowColon`: a QName with at most one colon, neither
/// first nor last; otherwise an NCName).
func isXMLName(_ name: String, allowColon: Bool) -> Bool {
  var first = true
  var colons = 0
  var previousWasColon = false
  for scalar in name.unicodeScalars {
    if scalar == ":" {
      guard allowColon, !first, !previousWasColon else { return false }
      colons += 1
      if colons > 1 { return false }
      previousWasColon = true
      continue
    }
    let ok = (first || previousWasColon) ? isNameStart(scalar) : isNameCharacter(scalar)
    if !ok { return false }
    first = false
    previousWasColon = false
  }
  return !first && !previousWasColon
}

private func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar.value {
  case 0x41...0x5A, 0x61...0x7A, 0x5F: return true
  case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D,
    0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
    0x10000...0xEFFFF:
    return true
  default: return false
  }
}

private func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
  if isNameStart(scalar) { return true }
  switch scalar.value {
  case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
  default: return false
  }
}
