// Parsing XML (strict, no network, no external entities, no entity expansion) and HTML
// (recovering) from bytes, with every diagnostic collected.

internal import libxml2

extension Document {
  /// Parses strict XML.
  ///
  /// No network access, no external entities or DTD loading, no entity expansion (references
  /// stay `entityReference` nodes), libxml2's default depth and size limits, line numbers on.
  /// For elements the line and column of the start tag's `<` are recorded (see ``Node/column``).
  ///
  /// - Parameters:
  ///   - bytes: The document, in UTF-8 or an encoding its XML declaration names.
  ///   - file: The file name or URL used in diagnostics and as the document's URL.
  /// - Returns: The document and its warnings.
  /// - Throws: ``LibXMLError/emptyInput(file:)`` for no bytes,
  ///   ``LibXMLError/notWellFormed(_:)`` with every located error when the input is not
  ///   namespace-well-formed XML.
  public static func parseXML(_ bytes: [UInt8], file: String? = nil) throws(LibXMLError)
    -> ParsedDocument
  {
    try parseXML(bytes, file: file, expandingEntities: false)
  }

  /// Parses strict XML, optionally as canonical XML reads it: internal entities expanded into
  /// the tree (markup included) within libxml2's limits, and the attribute defaults of the
  /// internal subset applied. Either way, nothing is loaded (external entities and the external
  /// subset are named in warnings), and before libxml2 sees the document its internal subset is
  /// checked for entity loops and for expansions beyond ten times the input, which are errors
  /// at the declaration or reference.
  ///
  /// - Parameters:
  ///   - bytes: The document.
  ///   - file: The file name or URL used in diagnostics.
  ///   - expandingEntities: Whether to expand entities and apply attribute defaults.
  /// - Returns: The document and its warnings.
  /// - Throws: ``LibXMLError/emptyInput(file:)``, ``LibXMLError/notWellFormed(_:)``.
  public static func parseXML(
    _ bytes: [UInt8], file: String? = nil, expandingEntities: Bool
  ) throws(LibXMLError) -> ParsedDocument {
    ensureLibXMLInitialized()
    guard !bytes.isEmpty else { throw .emptyInput(file: file) }
    guard bytes.count < Int(Int32.max) else { throw .notWellFormed([tooLarge(file)]) }
    let collector = DiagnosticCollector(limit: ParsedDocument.diagnosticLimit, defaultFile: file)
    if let offset = tagWithTooManyAttributes(bytes) {
      let (line, column) = lineAndColumn(of: offset, in: bytes)
      throw .notWellFormed([
        Diagnostic(
          severity: .fatal, domain: "limits", code: 0,
          message: "an element with more than \(maximumAttributes) attributes: refused",
          location: SourceLocation(file: file, line: line, column: column))
      ])
    }
    if let scan = scanDocumentType(bytes) {
      let (errors, warnings) = entityProblems(bytes, scan)
      func located(_ severity: Diagnostic.Severity, _ offset: Int, _ message: String) -> Diagnostic
      {
        let (line, column) = lineAndColumn(of: offset, in: bytes)
        return Diagnostic(
          severity: severity, domain: "entities", code: 0, message: message,
          location: SourceLocation(file: file, line: line, column: column))
      }
      if !errors.isEmpty {
        throw .notWellFormed(errors.map { located(.fatal, $0.offset, $0.message) })
      }
      for warning in warnings {
        collector.append(located(.warning, warning.offset, warning.message))
      }
    }
    guard
      let parsed = readXML(
        bytes, file: file, collector: collector, expandingEntities: expandingEntities)
    else {
      throw .notWellFormed(collector.diagnostics)
    }
    return ParsedDocument(
      document: Document(handle: DocumentHandle(parsed, file: file)),
      diagnostics: collector.diagnostics,
      omittedDiagnosticCount: collector.omitted)
  }

  /// Parses HTML the way browsers are lenient: libxml2's recovering HTML parser, never touching
  /// the network. Errors do not stop it; they are returned as diagnostics (the first
  /// ``ParsedDocument/diagnosticLimit``, the rest counted).
  ///
  /// - Parameters:
  ///   - bytes: The page.
  ///   - file: The file name or URL used in diagnostics and as the document's URL.
  ///   - encoding: An encoding name (`UTF-8`, `windows-1252`, …) that overrides any
  ///     `<meta charset>` of the page; `nil` lets libxml2 detect it.
  /// - Returns: The document (always with an `<html>` root) and its diagnostics.
  /// - Throws: ``LibXMLError/emptyInput(file:)`` for no bytes; ``LibXMLError/notWellFormed(_:)``
  ///   only when libxml2 could build no document at all.
  public static func parseHTML(
    _ bytes: [UInt8], file: String? = nil, encoding: String? = nil
  ) throws(LibXMLError) -> ParsedDocument {
    ensureLibXMLInitialized()
    guard !bytes.isEmpty else { throw .emptyInput(file: file) }
    guard bytes.count < Int(Int32.max) else { throw .notWellFormed([tooLarge(file)]) }
    let collector = DiagnosticCollector(limit: ParsedDocument.diagnosticLimit, defaultFile: file)
    // No default DOCTYPE is invented for pages that have none (HTML_PARSE_NODEFDTD).
    var options =
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
      | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NODEFDTD.rawValue
    var usedEncoding: String? = nil
    if let encoding {
      if isKnownEncoding(encoding) {
        usedEncoding = encoding
        options |= HTML_PARSE_IGNORE_ENC.rawValue
      } else {
        collector.append(
          Diagnostic(
            severity: .warning, domain: "encoding", code: 0,
            message: "unsupported encoding '\(encoding)'; the page's own declaration is used",
            location: SourceLocation(file: file, line: 0, column: 0)))
      }
    }
    let flags = Int32(bitPattern: options)
    let parsed = withCollectedErrors(collector) {
      bytes.withUnsafeBufferPointer { buffer in
        buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { start in
          readHTML(start, Int32(buffer.count), file: file, encoding: usedEncoding, options: flags)
        }
      }
    }
    let document: xmlDocPtr
    if let parsed {
      document = parsed
    } else {
      // Only blanks (or nothing libxml2 keeps): an empty page is still a page.
      guard let empty = xmlNewDoc(nil) else {
        throw .notWellFormed(collector.diagnostics + [outOfMemory(file)])
      }
      empty.pointee.type = XML_HTML_DOCUMENT_NODE
      if let file { empty.pointee.URL = UnsafePointer(xmlStrdup(file)) }
      document = empty
    }
    if xmlDocGetRootElement(document) == nil {
      let html = xmlNewDocNode(document, nil, "html", nil)
      xmlDocSetRootElement(document, html)
    }
    return ParsedDocument(
      document: Document(handle: DocumentHandle(document, file: file)),
      diagnostics: collector.diagnostics,
      omittedDiagnosticCount: collector.omitted)
  }
}

/// Parses strict XML with start-tag positions recorded, collecting diagnostics.
///
/// - Returns: The document, or `nil` when it is not namespace-well-formed (the collector then
///   holds at least one error).
/// The 1-based line and column (in characters) of a byte offset.
func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
  var line = 1
  var column = 1
  for index in 0..<min(offset, bytes.count) {
    let byte = bytes[index]
    if byte == 0x0A {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }
  return (line, column)
}

func readXML(
  _ bytes: [UInt8], file: String?, collector: DiagnosticCollector, expandingEntities: Bool = false
) -> xmlDocPtr? {
  guard let context = xmlNewParserCtxt() else {
    collector.append(outOfMemory(file))
    return nil
  }
  defer { xmlFreeParserCtxt(context) }
  context.pointee.sax.pointee.startElementNs = recordingStartElementNs
  var flags = XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_COMPACT.rawValue
  if expandingEntities { flags |= XML_PARSE_NOENT.rawValue | XML_PARSE_DTDATTR.rawValue }
  let options = Int32(bitPattern: flags)
  let parsed = withCollectedErrors(collector) {
    bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { start in
        xmlCtxtReadMemory(context, start, Int32(buffer.count), file, nil, options)
      }
    }
  }
  let wellFormed = context.pointee.wellFormed != 0 && context.pointee.nsWellFormed != 0
  guard let parsed, wellFormed else {
    if let parsed { xmlFreeDoc(parsed) }
    if !collector.diagnostics.contains(where: { $0.severity != .warning }) {
      collector.append(
        Diagnostic(
          severity: .fatal, domain: "libxml", code: 0,
          message: "the document is not well-formed XML",
          location: SourceLocation(file: file, line: 0, column: 0)))
    }
    return nil
  }
  return parsed
}

/// Runs libxml2's HTML parser over memory. UTF-8 is declared on the input itself rather than
/// through an encoding handler, which would copy the whole page through a UTF-8 to UTF-8
/// converter first.
private func readHTML(
  _ start: UnsafePointer<CChar>, _ count: Int32, file: String?, encoding: String?, options: Int32
) -> xmlDocPtr? {
  if let encoding, isUTF8(encoding) {
    guard let context = htmlCreateMemoryParserCtxt(start, count) else { return nil }
    defer { htmlFreeParserCtxt(context) }
    _ = htmlCtxtUseOptions(context, options)
    if let input = context.pointee.input {
      input.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
      if let file, input.pointee.filename == nil {
        input.pointee.filename = UnsafePointer(strdupForLibXML(file))
      }
    }
    context.pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
    _ = htmlParseDocument(context)
    let document = context.pointee.myDoc
    context.pointee.myDoc = nil
    return document
  }
  guard let context = htmlNewParserCtxt() else { return nil }
  defer { htmlFreeParserCtxt(context) }
  return htmlCtxtReadMemory(context, start, count, file, encoding, options)
}

/// A copy of `text` that libxml2 may free with its own deallocator.
private func strdupForLibXML(_ text: String) -> UnsafeMutablePointer<CChar>? {
  xmlStrdup(text).map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
}

/// Whether an encoding name means UTF-8 (`UTF-8`, `utf8`, `UTF_8`).
private func isUTF8(_ name: String) -> Bool {
  let letters = name.utf8.filter { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: "_") }
  return letters.count == 4
    && String(decoding: letters, as: UTF8.self).uppercased() == "UTF8"
}

/// Whether libxml2 (built-in or through iconv) can decode `name`.
private func isKnownEncoding(_ name: String) -> Bool {
  guard let handler = xmlFindCharEncodingHandler(name) else { return false }
  xmlCharEncCloseFunc(handler)
  return true
}

private func tooLarge(_ file: String?) -> Diagnostic {
  Diagnostic(
    severity: .fatal, domain: "libxml", code: 0,
    message: "input too large: expected at most 2 GiB",
    location: SourceLocation(file: file, line: 0, column: 0))
}

private func outOfMemory(_ file: String?) -> Diagnostic {
  Diagnostic(
    severity: .fatal, domain: "memory", code: 0, message: "out of memory",
    location: SourceLocation(file: file, line: 0, column: 0))
}

// MARK: - Start-tag positions

/// Bits of the column in the packed position stored in an element's `_private` field.
private let columnBits = 24

/// The line and column of an element's start tag `<`, when the XML parser recorded them.
func recordedStartTag(_ element: xmlNodePtr) -> (line: Int, column: Int)? {
  guard let stored = element.pointee._private else { return nil }
  let packed = UInt(bitPattern: stored)
  return (Int(packed >> columnBits), Int(packed & (1 << columnBits - 1)))
}

/// The SAX2 start-element callback of the XML parser: libxml2's own, then the position of the
/// start tag's `<` is stored in the new element's `_private` field (libxml2 keeps no columns).
private func recordingStartElementNs(
  _ context: UnsafeMutableRawPointer?, _ localName: UnsafePointer<xmlChar>?,
  _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?,
  _ namespaceCount: Int32, _ namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
  _ attributeCount: Int32, _ defaultedCount: Int32,
  _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
) {
  xmlSAX2StartElementNs(
    context, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount,
    attributes)
  guard let context else { return }
  let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
  guard let element = parser.pointee.node, element.pointee.type == XML_ELEMENT_NODE,
    element.pointee._private == nil, let input = parser.pointee.input,
    let position = startTagPosition(input)
  else { return }
  let column = min(position.column, 1 << columnBits - 1)
  element.pointee._private = UnsafeMutableRawPointer(
    bitPattern: UInt(position.line) << columnBits | UInt(column))
}

/// Finds the `<` of the start tag the parser has just read (it stands at the tag's `>` or `/>`;
/// a start tag holds no raw `<`) and computes its line and column (in characters, as libxml2
/// counts them).
private func startTagPosition(_ input: xmlParserInputPtr) -> (line: Int, column: Int)? {
  guard let base = input.pointee.base, let cur = input.pointee.cur, cur > base else {
    return nil
  }
  var scan = cur
  var newlines = 0
  var characters = 0
  repeat {
    scan -= 1
    let byte = scan.pointee
    if byte == UInt8(ascii: "<") { break }
    if byte == UInt8(ascii: "\n") { newlines += 1 }
    if byte & 0xC0 != 0x80 { characters += 1 }
  } while scan > base
  guard scan.pointee == UInt8(ascii: "<") else { return nil }
  let line = Int(input.pointee.line) - newlines
  guard line > 0 else { return nil }
  if newlines == 0 {
    let column = Int(input.pointee.col) - characters - 1
    return column > 0 ? (line, column) : nil
  }
  // The tag spans lines: count the characters before `<` on its own line.
  var column = 1
  var back = scan
  while back > base {
    back -= 1
    if back.pointee == UInt8(ascii: "\n") { return (line, column) }
    if back.pointee & 0xC0 != 0x80 { column += 1 }
  }
  // Reached the start of the buffer: exact only if nothing before it was discarded.
  return input.pointee.consumed == 0 ? (line, column) : nil
}
