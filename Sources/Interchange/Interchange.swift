// The Interchange module: records ⇄ exchange XML, records ⇄ canonical JSON, generic lossless
// XML ⇄ JSON, and validation of exchange files with located diagnostics.

@_exported public import ExchangeModel
public import LibXML

/// The errors of the converters: every problem found, each with its location (file, line and
/// column for XML and JSON syntax, a JSON Pointer for JSON content).
public enum InterchangeError: Error, Sendable, CustomStringConvertible {
  /// The input is not a valid document of the expected form.
  case invalid([Diagnostic])

  /// The located diagnostics.
  public var diagnostics: [Diagnostic] {
    switch self {
    case .invalid(let list): return list
    }
  }

  /// One `path:line:column: error: message` (or `path:/pointer: error: message`) line each.
  public var description: String {
    switch self {
    case .invalid(let list):
      if list.isEmpty { return "error: invalid input" }
      return list.map(\.description).joined(separator: "\n")
    }
  }
}

/// The exchange schemas, as compiled into the binary from `Schemas/` at build time.
public enum SchemaFiles {
  /// `Schemas/tdkt-exchange.xsd`: the XML Schema of the exchange format.
  public static let xsd: String = EmbeddedSchemas.tdktExchangeXsd
  /// `Schemas/tdkt-exchange.schema.json`: the JSON Schema (draft 2020-12) of the JSON form.
  public static let jsonSchema: String = EmbeddedSchemas.tdktExchangeSchemaJson
}

/// The XML namespace of the exchange format.
let exchangeNamespace = "urn:tdkt:exchange:1"

/// The domain of the diagnostics this module makes itself.
let interchangeDomain = "interchange"

/// A diagnostic of this module.
func makeDiagnostic(
  _ message: String, file: String?, line: Int = 0, column: Int = 0, pointer: String? = nil
) -> Diagnostic {
  Diagnostic(
    severity: .error, domain: interchangeDomain, code: 0, message: message,
    location: SourceLocation(file: file, line: line, column: column, pointer: pointer))
}
