// Validation of exchange files: XML against the XSD, JSON by strict decoding and then against
// the XSD through the XML it maps to, with each schema error reported at the JSON Pointer of the
// offending value.

public import ExchangeModel
import Foundation
public import LibXML

/// The form of an exchange file, decided from its content.
public enum ExchangeFormat: String, Sendable, Codable {
  /// An XML document.
  case xml
  /// A JSON text.
  case json

  /// The form of `bytes`: JSON when the first significant byte is `{` or `[`, XML otherwise
  /// (the XML parser then says what is wrong with text that is neither).
  ///
  /// - Parameter bytes: The file's content.
  /// - Returns: `.json` or `.xml`.
  public static func detect(_ bytes: [UInt8]) -> ExchangeFormat {
    var index = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      case UInt8(ascii: "{"), UInt8(ascii: "["): return .json
      default: return .xml
      }
    }
    return .xml
  }
}

/// The result of validating one file, as `tdkt validate --format json` reports it.
public struct FileValidation: Sendable, Hashable, Codable {
  /// The file as named on the command line.
  public var file: String
  /// The form the file was read as.
  public var format: ExchangeFormat
  /// Whether the file is a valid exchange file.
  public var valid: Bool
  /// Every error (and warning), located.
  public var errors: [Diagnostic]

  /// Creates a result.
  ///
  /// - Parameters:
  ///   - file: The file name.
  ///   - format: The form it was read as.
  ///   - report: The validation report.
  public init(file: String, format: ExchangeFormat, report: ValidationReport) {
    self.file = file
    self.format = format
    self.valid = report.isValid
    self.errors = report.diagnostics
  }
}

/// Checks exchange files against the exchange XSD. The schema is compiled once and shared; every
/// call uses its own validation context, so one validator serves many threads.
public final class ExchangeValidator: Sendable {
  /// The validator of the embedded `Schemas/tdkt-exchange.xsd`.
  public static let shared = ExchangeValidator()

  private let schema: Schema

  private init() {
    do {
      schema = try Schema(xsd: Array(SchemaFiles.xsd.utf8), file: "Schemas/tdkt-exchange.xsd")
    } catch {
      // The schema is part of the binary and compiled by the tests; this cannot happen in a
      // released build.
      fatalError("the embedded exchange XSD does not compile:\n\(error)")
    }
  }

  /// Validates an exchange file of either form, deciding the form from the content
  /// (``ExchangeFormat/detect(_:)``).
  ///
  /// - Parameters:
  ///   - bytes: The file's content.
  ///   - file: The name used in diagnostics.
  /// - Returns: The report.
  public func validate(_ bytes: [UInt8], file: String? = nil) -> ValidationReport {
    switch ExchangeFormat.detect(bytes) {
    case .xml: return validate(xml: bytes, file: file)
    case .json: return validate(json: bytes, file: file)
    }
  }

  /// Validates the file at `path` (XML or JSON, decided from its content).
  ///
  /// - Parameters:
  ///   - path: The file's path; it names the file in diagnostics.
  /// - Returns: The result, with an error when the file cannot be read.
  public func validateFile(atPath path: String) -> FileValidation {
    guard let data = FileManager.default.contents(atPath: path) else {
      let report = ValidationReport(
        isValid: false,
        diagnostics: [makeDiagnostic("cannot read the file", file: path)])
      return FileValidation(
        file: path, format: path.hasSuffix(".json") ? .json : .xml, report: report)
    }
    let bytes = [UInt8](data)
    let format = ExchangeFormat.detect(bytes)
    return FileValidation(file: path, format: format, report: validate(bytes, file: path))
  }

  /// The `.xml` and `.json` files named by `paths`: files as given, directories searched
  /// recursively (sorted, hidden entries skipped).
  ///
  /// - Parameter paths: Files and directories.
  /// - Returns: The files to validate, in order.
  public static func exchangeFiles(in paths: [String]) -> [String] {
    var result: [String] = []
    let manager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue
      else {
        result.append(path)
        continue
      }
      var found: [String] = []
      if let enumerator = manager.enumerator(atPath: path) {
        while let relative = enumerator.nextObject() as? String {
          let name = (relative as NSString).lastPathComponent
          if name.hasPrefix(".") {
            enumerator.skipDescendants()
            continue
          }
          if name.hasSuffix(".xml") || name.hasSuffix(".json") {
            let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
              found.append(full)
            }
          }
        }
      }
      result.append(contentsOf: found.sorted())
    }
    return result
  }

  /// Validates exchange XML against the XSD, and then decodes it strictly (which also refuses
  /// what the schema cannot: comments, extra namespace declarations, values with surrounding
  /// white space). Diagnostics are at `file:line:column`.
  ///
  /// - Parameters:
  ///   - bytes: The XML text.
  ///   - file: The name used in diagnostics.
  ///   - checkingModel: Whether to decode after a successful schema check. Output of
  ///     ``ExchangeXML/encode(_:)`` never breaks those extra rules, so a caller validating its
  ///     own output may pass `false` and save the decoding.
  /// - Returns: The report.
  public func validate(xml bytes: [UInt8], file: String? = nil, checkingModel: Bool = true)
    -> ValidationReport
  {
    let parsed: ParsedDocument
    do {
      parsed = try Document.parseXML(bytes, file: file)
    } catch {
      return ValidationReport(isValid: false, diagnostics: error.diagnostics)
    }
    let report = schema.validate(parsed.document, file: file)
    var diagnostics = report.diagnostics.filter { !isSchemaEcho($0) }.map { diagnostic in
      var fixed = diagnostic
      fixed.message = readableSchemaMessage(diagnostic.message)
      fixed.location.file = file
      if fixed.location.column == 0, fixed.location.line > 0 {
        fixed.location.column = startTagColumn(
          in: bytes, line: fixed.location.line, message: diagnostic.message)
      }
      return fixed
    }
    if report.isValid && checkingModel {
      let decoder = XMLDecoding(file: file, bytes: bytes)
      _ = decoder.readDocument(parsed.document)
      diagnostics.append(contentsOf: decoder.diagnostics)
    }
    let isValid = !diagnostics.contains { $0.severity != .warning }
    return ValidationReport(isValid: isValid, diagnostics: diagnostics)
  }

  /// Validates exchange JSON: strict decoding (errors at JSON Pointers, syntax errors at line and
  /// column), then the XSD through the XML the records map to, each schema error reported at
  /// the JSON Pointer of the offending value.
  ///
  /// - Parameters:
  ///   - bytes: The JSON text.
  ///   - file: The name used in diagnostics.
  /// - Returns: The report.
  public func validate(json bytes: [UInt8], file: String? = nil) -> ValidationReport {
    let root: JSONNode
    do {
      root = try JSONReader.parse(bytes, file: file)
    } catch {
      return ValidationReport(isValid: false, diagnostics: error.diagnostics)
    }
    let decoder = JSONDecoding(file: file, bytes: bytes)
    guard let exchange = decoder.readExchange(root), decoder.diagnostics.isEmpty else {
      return ValidationReport(isValid: false, diagnostics: decoder.diagnostics)
    }
    let lines = LineIndex(bytes)
    return validateThroughXML(exchange, file: file) { pointer in
      guard let offset = offset(of: pointer, in: root) else { return (0, 0) }
      return lines.location(of: offset)
    }
  }

  /// Validates records against the XSD; errors are at the JSON Pointer of the value in the
  /// records' JSON form.
  ///
  /// - Parameter exchange: The records.
  /// - Returns: The report.
  public func validate(_ exchange: Exchange) -> ValidationReport {
    validateThroughXML(exchange, file: nil) { _ in (0, 0) }
  }

  private func validateThroughXML(
    _ exchange: Exchange, file: String?, place: (String) -> (line: Int, column: Int)
  ) -> ValidationReport {
    var writer = ExchangeXMLWriter(tracking: true)
    writer.write(exchange)
    let parsed: ParsedDocument
    do {
      parsed = try Document.parseXML(writer.bytes, file: nil)
    } catch {
      // The writer escapes everything and decoded strings hold only XML characters.
      let diagnostics = error.diagnostics.map {
        makeDiagnostic("internal error writing XML: \($0.message)", file: file, pointer: "")
      }
      return ValidationReport(isValid: false, diagnostics: diagnostics)
    }
    let report = schema.validate(parsed.document, file: nil)
    let entries = writer.entries
    let diagnostics = report.diagnostics.filter { !isSchemaEcho($0) }.map {
      diagnostic -> Diagnostic in
      let pointer = jsonPointer(for: diagnostic, entries: entries)
      let (line, column) = place(pointer)
      return Diagnostic(
        severity: diagnostic.severity, domain: diagnostic.domain, code: diagnostic.code,
        message: jsonSchemaMessage(diagnostic.message),
        location: SourceLocation(file: file, line: line, column: column, pointer: pointer))
    }
    return ValidationReport(
      isValid: !diagnostics.contains { $0.severity != .warning }, diagnostics: diagnostics)
  }
}

// MARK: - Mapping schema diagnostics

/// The JSON Pointer of the value an XSD diagnostic on written XML is about.
func jsonPointer(for diagnostic: Diagnostic, entries: [LineEntry]) -> String {
  let line = diagnostic.location.line
  var low = 0
  var high = entries.count - 1
  var found: LineEntry? = nil
  while low <= high {
    let middle = (low + high) / 2
    if entries[middle].line <= line {
      found = entries[middle]
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  guard let entry = found else { return "" }
  let message = diagnostic.message
  if let attribute = quoted(after: ", attribute '", in: message),
    let match = entry.attributes.first(where: { $0.name == attribute })
  {
    return match.pointer
  }
  if message.contains("of keyref"),
    let match = entry.attributes.first(where: { $0.name == "conference" })
  {
    return match.pointer
  }
  if message.contains("Duplicate key-sequence"),
    let match = entry.attributes.first(where: { $0.name == "id" })
  {
    return match.pointer
  }
  if let text = entry.textPointer,
    message.contains("[facet") || message.contains("not a valid value")
  {
    return text
  }
  return entry.pointer
}

/// The text between `marker` and the next `'`.
private func quoted(after marker: String, in message: String) -> String? {
  guard let range = message.range(of: marker) else { return nil }
  let rest = message[range.upperBound...]
  guard let end = rest.firstIndex(of: "'") else { return nil }
  return String(rest[..<end])
}

/// libxml2's schema message without the exchange namespace in names, and with long
/// enumerations (the award-form codes) summarised.
func readableSchemaMessage(_ message: String) -> String {
  var text = message
  while text.hasSuffix("\n") { text.removeLast() }
  text = text.replacingOccurrences(of: "{\(exchangeNamespace)}", with: "")
  if let open = text.range(of: "is not an element of the set {"),
    let close = text.range(of: "}", range: open.upperBound..<text.endIndex)
  {
    let members = text[open.upperBound..<close.lowerBound].split(separator: ",").count
    if members > 12 {
      text.replaceSubrange(
        open.lowerBound..<close.upperBound,
        with: "is not one of the \(members) values the schema allows")
    }
  }
  return text
}

/// Whether a schema diagnostic only repeats another one (libxml2 adds a note after an invalid
/// identity-constraint field).
func isSchemaEcho(_ diagnostic: Diagnostic) -> Bool {
  diagnostic.message.contains("No precomputed value available")
}

/// A schema message for a JSON value: without the XML element and attribute it came through.
func jsonSchemaMessage(_ message: String) -> String {
  var text = readableSchemaMessage(message)
  if text.hasPrefix("Element '"), let close = text.range(of: "': ") {
    text = String(text[close.upperBound...])
  } else if text.hasPrefix("Element '"), let close = text.range(of: "', attribute '") {
    let rest = text[close.upperBound...]
    if let end = rest.range(of: "': ") { text = String(rest[end.upperBound...]) }
  }
  if text.hasPrefix("No match found for key-sequence ['"),
    let end = text.range(of: "'] of keyref")
  {
    let key = text[text.index(text.startIndex, offsetBy: 34)..<end.lowerBound]
    return "no conference has the id '\(key)'"
  }
  return text
}

/// The offset of the value at `pointer` in a JSON tree.
func offset(of pointer: String, in root: JSONNode) -> Int? {
  if pointer.isEmpty { return root.offset }
  var node = root
  for rawToken in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
    let token = rawToken.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(
      of: "~0", with: "~")
    switch node.value {
    case .object(let members):
      guard let member = members.first(where: { $0.key == token }) else { return node.offset }
      node = member.value
    case .array(let items):
      guard let index = Int(token), index >= 0, index < items.count else { return node.offset }
      node = items[index]
    default:
      return node.offset
    }
  }
  return node.offset
}

/// The 1-based column of the start tag that a schema message on `line` is about (the element
/// named in `Element '…'`), or of the first start tag on the line; 0 when none is found.
func startTagColumn(in bytes: [UInt8], line: Int, message: String) -> Int {
  var start = 0
  var current = 1
  while current < line, start < bytes.count {
    if bytes[start] == 0x0A { current += 1 }
    start += 1
  }
  guard current == line else { return 0 }
  var end = start
  while end < bytes.count, bytes[end] != 0x0A { end += 1 }
  var local = quoted(after: "Element '", in: message) ?? ""
  if let brace = local.lastIndex(of: "}") { local = String(local[local.index(after: brace)...]) }
  let name = Array(local.utf8)
  var firstTag = 0
  var column = 1
  var index = start
  while index < end {
    if bytes[index] == UInt8(ascii: "<"), index + 1 < end, bytes[index + 1] != UInt8(ascii: "/") {
      if firstTag == 0 { firstTag = column }
      // Match `<name` or `<prefix:name` followed by a delimiter.
      var nameStart = index + 1
      var scan = nameStart
      while scan < end, bytes[scan] != 0x20, bytes[scan] != UInt8(ascii: ">"),
        bytes[scan] != UInt8(ascii: "/"), bytes[scan] != 0x09, bytes[scan] != 0x0D
      {
        if bytes[scan] == UInt8(ascii: ":") { nameStart = scan + 1 }
        scan += 1
      }
      if !name.isEmpty, scan - nameStart == name.count,
        bytes[nameStart..<scan].elementsEqual(name)
      {
        return column
      }
    }
    if bytes[index] & 0xC0 != 0x80 { column += 1 }
    index += 1
  }
  return firstTag
}
