// Validation of exchange files: XML against the XSD and nothing else, JSON against the field
// tables (the JSON Schema's rules and the XSD's identity constraints), each error on one line at
// its line and column or JSON Pointer, at most `DiagnosticSink.limit` per file.

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

  /// Validates exchange XML against the XSD, and only against it: whatever the schema accepts
  /// is valid (comments, processing instructions, namespace prefixes, `xsi:` attributes, white
  /// space that the schema collapses). Diagnostics are at `file:line:column`, one line each, at
  /// most ``DiagnosticSink/limit`` and then a count of the rest.
  ///
  /// - Parameters:
  ///   - bytes: The XML text.
  ///   - file: The name used in diagnostics.
  /// - Returns: The report.
  public func validate(xml bytes: [UInt8], file: String? = nil) -> ValidationReport {
    let parsed: ParsedDocument
    do {
      // The schema applies to the document as an XML processor reports it: entities
      // expanded, the internal subset's defaults applied (nothing is loaded).
      parsed = try Document.parseXML(bytes, file: file, expandingEntities: true)
    } catch {
      return ValidationReport(isValid: false, diagnostics: capped(error.diagnostics, file: file))
    }
    let report = validate(parsed.document, bytes: bytes, file: file)
    let warnings = parsed.diagnostics.filter { $0.severity == .warning }
    guard !warnings.isEmpty else { return report }
    return ValidationReport(
      isValid: report.isValid, diagnostics: capped(warnings + report.diagnostics, file: file))
  }

  /// Validates a parsed exchange document against the XSD.
  func validate(_ document: Document, bytes: [UInt8], file: String?) -> ValidationReport {
    let report = schema.validate(document, file: file)
    var sink = DiagnosticSink()
    for diagnostic in report.diagnostics where !isSchemaEcho(diagnostic) {
      var fixed = diagnostic
      fixed.message = oneLine(readableSchemaMessage(diagnostic.message))
      fixed.location.file = file
      if fixed.location.column == 0, fixed.location.line > 0 {
        fixed.location.column = startTagColumn(
          in: bytes, line: fixed.location.line, message: diagnostic.message)
      }
      sink.append(fixed)
    }
    let diagnostics = sink.diagnostics
    let isValid = report.isValid && !diagnostics.contains { $0.severity != .warning }
    return ValidationReport(isValid: isValid, diagnostics: diagnostics)
  }

  /// Validates exchange JSON through the field tables: syntax errors at line and column, every
  /// content error at its JSON Pointer (with the line and column of the value), in JSON terms.
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
    let reader = TableJSONReader(file: file, bytes: bytes, root: root)
    _ = reader.readDocument(Exchange.table.spec)
    return ValidationReport(isValid: reader.diagnostics.isEmpty, diagnostics: reader.diagnostics)
  }

  /// Validates records: every value against its type in the field tables, and the rules
  /// between conferences and awards; errors are at the JSON Pointer of the value in the
  /// records' JSON form.
  ///
  /// - Parameter exchange: The records.
  /// - Returns: The report.
  public func validate(_ exchange: Exchange) -> ValidationReport {
    var sink = DiagnosticSink()
    for (pointer, message) in valueProblems(
      Exchange.table.spec, Exchange.table.values(of: exchange))
    {
      sink.append(makeDiagnostic(message, file: nil, pointer: pointer))
    }
    return ValidationReport(isValid: sink.diagnostics.isEmpty, diagnostics: sink.diagnostics)
  }
}

// MARK: - Schema diagnostics

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

/// The text between `marker` and the next `'`.
private func quoted(after marker: String, in message: String) -> String? {
  guard let range = message.range(of: marker) else { return nil }
  let rest = message[range.upperBound...]
  guard let end = rest.firstIndex(of: "'") else { return nil }
  return String(rest[..<end])
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
