// XML Schema (XSD 1.0): compiled once, shared read-only, one validation context per use.

internal import libxml2

/// A compiled XML Schema. Compile it once and validate any number of documents with it, from
/// any number of threads at once: the compiled schema is only read, and each validation uses a
/// context of its own.
public final class Schema: @unchecked Sendable {
  /// The `xmlSchemaPtr`, never mutated after compilation.
  private let raw: UnsafeMutableRawPointer
  /// The schema's own document (`xmlDocPtr`): compiled components point into it.
  private let source: UnsafeMutableRawPointer

  /// The file name given at compilation, used in the schema's own diagnostics.
  public let file: String?

  /// Compiles an XSD. No `xs:import` or `xs:include` is ever fetched from a file or the network:
  /// the schema must be self-contained.
  ///
  /// - Parameters:
  ///   - xsd: The schema document's bytes.
  ///   - file: The name used in diagnostics.
  /// - Throws: ``LibXMLError/emptyInput(file:)`` for no bytes; ``LibXMLError/schema(_:)`` with
  ///   every located error when the schema does not compile.
  public init(xsd: [UInt8], file: String? = nil) throws(LibXMLError) {
    ensureLibXMLInitialized()
    guard !xsd.isEmpty else { throw .emptyInput(file: file) }
    guard xsd.count < Int(Int32.max) else {
      throw .schema([
        Diagnostic(
          severity: .fatal, domain: "libxml", code: 0, message: "schema too large",
          location: SourceLocation(file: file, line: 0, column: 0))
      ])
    }
    let collector = DiagnosticCollector(limit: 100, defaultFile: file)
    // Parsed as strict XML first (no network, positions recorded), so that the schema's
    // diagnostics carry the file name, line and column.
    guard let document = readXML(xsd, file: file, collector: collector) else {
      throw .schema(collector.diagnostics)
    }
    let compiled: xmlSchemaPtr? = withCollectedErrors(collector) {
      guard let parser = xmlSchemaNewDocParserCtxt(document) else { return nil }
      defer { xmlSchemaFreeParserCtxt(parser) }
      xmlSchemaSetParserStructuredErrors(
        parser, collectStructuredError, Unmanaged.passUnretained(collector).toOpaque())
      return xmlSchemaParse(parser)
    }
    guard let compiled else {
      xmlFreeDoc(document)
      var diagnostics = collector.diagnostics
      if diagnostics.isEmpty {
        diagnostics.append(
          Diagnostic(
            severity: .fatal, domain: "schemas-parser", code: 0,
            message: "the XML Schema could not be compiled",
            location: SourceLocation(file: file, line: 0, column: 0)))
      }
      throw .schema(diagnostics)
    }
    raw = UnsafeMutableRawPointer(compiled)
    source = UnsafeMutableRawPointer(document)
    self.file = file
  }

  deinit {
    xmlSchemaFree(raw.assumingMemoryBound(to: xmlSchema.self))
    xmlFreeDoc(source.assumingMemoryBound(to: xmlDoc.self))
  }

  /// Validates a document against the schema.
  ///
  /// Each call uses its own validation context, so calls may run concurrently (each on its own
  /// document). Locations are the line and column of the offending element's start tag `<`
  /// (the column when the document was parsed by ``Document/parseXML(_:file:)``).
  ///
  /// - Parameters:
  ///   - document: The document to validate (it is not modified).
  ///   - file: The name of the document in the diagnostics; `nil` uses the document's URL.
  /// - Returns: Whether the document is valid and every error and warning, in document order.
  public func validate(_ document: Document, file: String? = nil) -> ValidationReport {
    let collector = DiagnosticCollector(
      limit: Int.max, defaultFile: document.url, overrideFile: file)
    let result: Int32 = withCollectedErrors(collector) {
      guard let context = xmlSchemaNewValidCtxt(raw.assumingMemoryBound(to: xmlSchema.self))
      else { return -1 }
      defer { xmlSchemaFreeValidCtxt(context) }
      xmlSchemaSetValidStructuredErrors(
        context, collectStructuredError, Unmanaged.passUnretained(collector).toOpaque())
      return xmlSchemaValidateDoc(context, document.handle.document)
    }
    var diagnostics = collector.diagnostics
    if result < 0, !diagnostics.contains(where: { $0.severity != .warning }) {
      diagnostics.append(
        Diagnostic(
          severity: .fatal, domain: "schemas-validity", code: 0,
          message: "libxml2 could not validate the document (internal error)",
          location: SourceLocation(file: file ?? document.url, line: 0, column: 0)))
    }
    return ValidationReport(isValid: result == 0, diagnostics: diagnostics)
  }
}

/// The outcome of validating one document: valid or not, and every diagnostic.
public struct ValidationReport: Sendable, Hashable, Codable {
  /// Whether the document is valid.
  public var isValid: Bool
  /// The validity errors (and warnings), located.
  public var diagnostics: [Diagnostic]

  /// Creates a report.
  ///
  /// - Parameters:
  ///   - isValid: Whether the document is valid.
  ///   - diagnostics: The diagnostics.
  public init(isValid: Bool, diagnostics: [Diagnostic]) {
    self.isValid = isValid
    self.diagnostics = diagnostics
  }
}
