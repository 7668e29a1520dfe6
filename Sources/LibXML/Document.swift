// The document handle and the public `Document` and `ParsedDocument` types.

internal import libxml2

/// Owns one libxml2 document and frees it when the last `Document` or `Node` using it goes away.
final class DocumentHandle {
  /// The `xmlDocPtr`, kept untyped so that no C type appears in the layout of public types.
  let raw: UnsafeMutableRawPointer
  /// The file name given when parsing (libxml2 keeps it only as an escaped URI).
  let file: String?

  init(_ document: xmlDocPtr, file: String?) {
    raw = UnsafeMutableRawPointer(document)
    self.file = file
  }

  /// The document as libxml2 sees it.
  var document: xmlDocPtr { raw.assumingMemoryBound(to: xmlDoc.self) }

  deinit {
    xmlFreeDoc(document)
  }
}

/// A parsed XML or HTML document.
///
/// A `Document` is a value over a shared, immutable libxml2 tree; nodes taken from it keep the
/// tree alive, so a `Node` never dangles. A document belongs to one task at a time (it is not
/// `Sendable`): parse, query and serialise it where it was made.
public struct Document {
  let handle: DocumentHandle

  init(handle: DocumentHandle) {
    self.handle = handle
  }

  /// The document element (`<html>` for HTML), or `nil` when the document has none.
  public var root: Node? {
    guard let element = xmlDocGetRootElement(handle.document) else { return nil }
    return Node(handle: handle, pointer: element)
  }

  /// The document node itself: its children include prolog and epilog comments and PIs.
  public var node: Node {
    Node(handle: handle, raw: handle.raw)
  }

  /// Whether the document came from the HTML parser.
  public var isHTML: Bool {
    handle.document.pointee.type == XML_HTML_DOCUMENT_NODE
  }

  /// The file name or URL given when parsing, if any, as it was given.
  public var url: String? {
    handle.file ?? handle.document.pointee.URL.map { String(cString: $0) }
  }
}

/// The result of a parse: the document and every diagnostic libxml2 reported on the way.
public struct ParsedDocument {
  /// The document.
  public var document: Document
  /// The warnings and errors of the parse, in order, at most ``diagnosticLimit`` of them.
  public var diagnostics: [Diagnostic]
  /// How many further diagnostics were reported but not kept (recovering HTML parses of real
  /// pages can report thousands).
  public var omittedDiagnosticCount: Int

  /// Creates a parse result.
  ///
  /// - Parameters:
  ///   - document: The document.
  ///   - diagnostics: The diagnostics kept.
  ///   - omittedDiagnosticCount: How many more were reported.
  public init(document: Document, diagnostics: [Diagnostic], omittedDiagnosticCount: Int = 0) {
    self.document = document
    self.diagnostics = diagnostics
    self.omittedDiagnosticCount = omittedDiagnosticCount
  }

  /// The most diagnostics a parse keeps; the rest are only counted.
  public static let diagnosticLimit = 100
}
