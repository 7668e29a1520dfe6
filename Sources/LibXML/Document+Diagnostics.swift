// Collecting libxml2's structured errors into Swift diagnostics. Handlers are installed per call
// (the structured error function is per-thread in threaded builds) and restored afterwards.

internal import libxml2

/// Collects diagnostics reported by libxml2 during one call, up to a limit, counting the rest.
final class DiagnosticCollector {
  /// The diagnostics collected so far, in the order libxml2 reported them.
  var diagnostics: [Diagnostic] = []
  /// How many diagnostics were reported beyond `limit` and not kept.
  var omitted = 0
  /// The most diagnostics kept.
  let limit: Int
  /// The file named in diagnostics that libxml2 reports without one.
  let defaultFile: String?
  /// When set, replaces the file libxml2 reports (e.g. a caller-given name for a document).
  let overrideFile: String?

  init(limit: Int = 100, defaultFile: String? = nil, overrideFile: String? = nil) {
    self.limit = limit
    self.defaultFile = defaultFile
    self.overrideFile = overrideFile
  }

  /// Whether an error or fatal error was reported (counting omitted ones).
  var hasErrors: Bool { sawError }
  private var sawError = false

  /// Records one libxml2 error.
  func record(_ error: UnsafePointer<xmlError>) {
    let level = error.pointee.level
    if level == XML_ERR_ERROR || level == XML_ERR_FATAL { sawError = true }
    if diagnostics.count >= limit {
      omitted += 1
      return
    }
    diagnostics.append(makeDiagnostic(error))
  }

  /// Appends a diagnostic of this module.
  func append(_ diagnostic: Diagnostic) {
    if diagnostic.severity != .warning { sawError = true }
    if diagnostics.count >= limit {
      omitted += 1
    } else {
      diagnostics.append(diagnostic)
    }
  }

  private func makeDiagnostic(_ error: UnsafePointer<xmlError>) -> Diagnostic {
    let e = error.pointee
    let severity: Diagnostic.Severity
    switch e.level {
    case XML_ERR_FATAL: severity = .fatal
    case XML_ERR_ERROR: severity = .error
    default: severity = .warning
    }
    var message = e.message.map { String(cString: $0) } ?? "unknown error"
    while let last = message.unicodeScalars.last, last == "\n" || last == " " {
      message.unicodeScalars.removeLast()
    }
    var line = Int(e.line)
    var column = Int(e.int2)
    if e.domain == XML_FROM_XPATH.rawValue, let expression = e.str1 {
      // XPath errors locate a position in the expression, not in a document.
      message += " in '\(String(cString: expression))' at offset \(e.int1)"
      line = 0
      column = 0
    } else if let position = startTagPosition(ofErrorNode: e.node) {
      line = position.line
      column = position.column
    }
    let file = overrideFile ?? e.file.map { String(cString: $0) } ?? defaultFile
    return Diagnostic(
      severity: severity, domain: domainName(e.domain), code: Int(e.code), message: message,
      location: SourceLocation(file: file, line: max(line, 0), column: max(column, 0)))
  }
}

/// The recorded start-tag position of the element (or attribute's element) an error names.
private func startTagPosition(ofErrorNode raw: UnsafeMutableRawPointer?) -> (
  line: Int, column: Int
)? {
  guard let raw else { return nil }
  let node = raw.assumingMemoryBound(to: xmlNode.self)
  switch node.pointee.type {
  case XML_ELEMENT_NODE:
    return recordedStartTag(node)
  case XML_ATTRIBUTE_NODE:
    guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else {
      return nil
    }
    return recordedStartTag(parent)
  default:
    return nil
  }
}

/// The structured error function installed by this module: `context` is a `DiagnosticCollector`.
func collectStructuredError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
  guard let context, let error else { return }
  Unmanaged<DiagnosticCollector>.fromOpaque(context).takeUnretainedValue().record(error)
}

/// The unstructured ("generic") error channel of libxml2 carries a few messages that are not
/// also reported as structured errors (and some that are). Its callback is variadic, which Swift
/// cannot define; this handler takes only the fixed arguments (the context and the format
/// string), which is sound for the C calling conventions Swift supports, and records the format
/// with its conversions shown as `…`.
private typealias GenericErrorHandler =
  @convention(c) (
    UnsafeMutableRawPointer?, UnsafePointer<CChar>?
  ) -> Void

private func collectGenericError(
  _ context: UnsafeMutableRawPointer?, _ format: UnsafePointer<CChar>?
) {
  guard let context, let format else { return }
  var message = ""
  var percent = false
  for scalar in String(cString: format).unicodeScalars {
    if percent {
      percent = false
      if scalar == "%" {
        message.unicodeScalars.append(scalar)
      } else if scalar.properties.isAlphabetic {
        message += "…"
      } else {
        percent = true
      }
      continue
    }
    if scalar == "%" {
      percent = true
    } else {
      message.unicodeScalars.append(scalar)
    }
  }
  while let last = message.unicodeScalars.last, last == "\n" || last == " " {
    message.unicodeScalars.removeLast()
  }
  Unmanaged<DiagnosticCollector>.fromOpaque(context).takeUnretainedValue().append(
    Diagnostic(
      severity: .warning, domain: "generic", code: 0, message: message,
      location: SourceLocation(file: nil, line: 0, column: 0)))
}

private var genericErrorHandler: OpaquePointer {
  unsafeBitCast(collectGenericError as GenericErrorHandler, to: OpaquePointer.self)
}

/// Runs `body` with libxml2's per-thread structured error function collecting into `collector`,
/// restoring the previous function afterwards.
func withCollectedErrors<R, E: Error>(
  _ collector: DiagnosticCollector, _ body: () throws(E) -> R
) throws(E) -> R {
  ensureLibXMLInitialized()
  let previousFunction = __xmlStructuredError().pointee
  let previousContext = __xmlStructuredErrorContext().pointee
  let previousGeneric = __xmlGenericError().pointee
  let previousGenericContext = __xmlGenericErrorContext().pointee
  let opaque = Unmanaged.passUnretained(collector).toOpaque()
  xmlSetStructuredErrorFunc(opaque, collectStructuredError)
  xmlSetGenericErrorFunc(opaque, genericErrorHandler)
  defer {
    xmlSetStructuredErrorFunc(previousContext, previousFunction)
    xmlSetGenericErrorFunc(previousGenericContext, previousGeneric)
    withExtendedLifetime(collector) {}
  }
  return try body()
}

/// A short name for libxml2's error domain.
private func domainName(_ domain: Int32) -> String {
  switch xmlErrorDomain(rawValue: UInt32(bitPattern: domain)) {
  case XML_FROM_PARSER: return "parser"
  case XML_FROM_TREE: return "tree"
  case XML_FROM_NAMESPACE: return "namespace"
  case XML_FROM_DTD: return "dtd"
  case XML_FROM_HTML: return "html"
  case XML_FROM_MEMORY: return "memory"
  case XML_FROM_OUTPUT: return "output"
  case XML_FROM_IO: return "io"
  case XML_FROM_XPATH: return "xpath"
  case XML_FROM_XPOINTER: return "xpointer"
  case XML_FROM_SCHEMASP: return "schemas-parser"
  case XML_FROM_SCHEMASV: return "schemas-validity"
  case XML_FROM_DATATYPE: return "datatype"
  case XML_FROM_C14N: return "c14n"
  case XML_FROM_I18N: return "encoding"
  case XML_FROM_BUFFER: return "buffer"
  case XML_FROM_URI: return "uri"
  case XML_FROM_VALID: return "valid"
  default: return "libxml2(\(domain))"
  }
}
