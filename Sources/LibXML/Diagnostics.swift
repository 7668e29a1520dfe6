// Locations, diagnostics and the errors of the LibXML module. Nothing here touches libxml2;
// the conversion from libxml2's `xmlError` lives in Document+Diagnostics.swift.

/// A place in a source file: file name, 1-based line and 1-based column (0 when unknown).
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The file (or URL) the location is in, when known.
  public var file: String?
  /// The 1-based line, or 0 when unknown.
  public var line: Int
  /// The 1-based column, or 0 when unknown.
  public var column: Int
  /// A JSON Pointer (RFC 6901) for locations in JSON documents, e.g. `/conferences/0/title`.
  public var pointer: String?

  /// Creates a location.
  ///
  /// - Parameters:
  ///   - file: The file or URL, `nil` when unknown.
  ///   - line: The 1-based line, 0 when unknown.
  ///   - column: The 1-based column, 0 when unknown.
  ///   - pointer: A JSON Pointer, for locations in JSON documents.
  public init(file: String?, line: Int = 0, column: Int = 0, pointer: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.pointer = pointer
  }

  /// `file:line:column`, omitting unknown parts (`file:line`, `file`, `line:column`, or `-` when
  /// nothing at all is known); with a JSON Pointer, `file:/conferences/0/title`.
  public var description: String {
    var parts: [String] = []
    if let file { parts.append(file) }
    if let pointer {
      // The empty pointer is the whole document: the file alone names it.
      if !pointer.isEmpty { parts.append(pointer) }
      return parts.isEmpty ? "-" : parts.joined(separator: ":")
    }
    if line > 0 {
      parts.append(String(line))
      if column > 0 { parts.append(String(column)) }
    }
    return parts.isEmpty ? "-" : parts.joined(separator: ":")
  }
}

/// One message of libxml2 (or of this module) with its severity, origin and location.
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
  /// How serious a diagnostic is.
  public enum Severity: String, Sendable, Codable {
    /// Something suspicious that does not make the input wrong.
    case warning
    /// An error; a recovering parser went on.
    case error
    /// An error that stopped processing.
    case fatal
  }

  /// How serious the diagnostic is.
  public var severity: Severity
  /// The part of libxml2 that reported it (`parser`, `html`, `namespace`, `xpath`,
  /// `schemas-parser`, `schemas-validity`, `c14n`, `io`, …) or `libxml` for this module.
  public var domain: String
  /// libxml2's error code (`xmlParserErrors`), 0 for this module's own diagnostics.
  public var code: Int
  /// The message, without a trailing newline.
  public var message: String
  /// Where the problem is.
  public var location: SourceLocation

  /// Creates a diagnostic.
  ///
  /// - Parameters:
  ///   - severity: How serious it is.
  ///   - domain: The reporting part of libxml2, or `libxml`.
  ///   - code: libxml2's error code, or 0.
  ///   - message: The message.
  ///   - location: Where the problem is.
  public init(
    severity: Severity, domain: String, code: Int, message: String, location: SourceLocation
  ) {
    self.severity = severity
    self.domain = domain
    self.code = code
    self.message = message
    self.location = location
  }

  /// `file:line:column: error: message` (a fatal diagnostic prints as `error`).
  public var description: String {
    let word = severity == .warning ? "warning" : "error"
    return "\(location): \(word): \(message)"
  }
}

/// The errors the LibXML module throws.
public enum LibXMLError: Error, Sendable, CustomStringConvertible {
  /// XML that libxml2 could not parse; every error it reported, located.
  case notWellFormed([Diagnostic])
  /// The input had no bytes at all.
  case emptyInput(file: String?)
  /// An XPath expression that does not compile or cannot be evaluated.
  case xpath(expression: String, message: String)
  /// The XSD itself does not compile; every error, located.
  case schema([Diagnostic])
  /// Canonicalisation failed (the message says why).
  case c14n(String)

  /// The located diagnostics of the error (one per line in `description`).
  public var diagnostics: [Diagnostic] {
    switch self {
    case .notWellFormed(let list), .schema(let list): return list
    case .emptyInput(let file):
      return [
        Diagnostic(
          severity: .fatal, domain: "libxml", code: 0, message: "empty input: expected a document",
          location: SourceLocation(file: file, line: 0, column: 0))
      ]
    case .xpath, .c14n: return []
    }
  }

  /// A human-readable message; for located errors one `file:line:column: error: message` line each.
  public var description: String {
    switch self {
    case .notWellFormed(let list):
      if list.isEmpty { return "error: the document is not well-formed" }
      return list.map(\.description).joined(separator: "\n")
    case .emptyInput:
      return diagnostics.map(\.description).joined(separator: "\n")
    case .xpath(let expression, let message):
      return "error: XPath expression '\(expression)': \(message)"
    case .schema(let list):
      if list.isEmpty { return "error: the XML Schema does not compile" }
      return list.map(\.description).joined(separator: "\n")
    case .c14n(let message):
      return "error: canonicalisation failed: \(message)"
    }
  }
}
