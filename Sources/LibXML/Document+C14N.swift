// Canonical XML 1.0 (inclusive), with or without comments.

internal import libxml2

extension Document {
  /// The document as Canonical XML 1.0 (inclusive C14N, W3C REC-xml-c14n-20010315).
  ///
  /// - Parameter withComments: Whether comments are kept (`xmllint --c14n` keeps them).
  /// - Returns: The canonical bytes (UTF-8, no XML declaration, no trailing newline).
  /// - Throws: ``LibXMLError/c14n(_:)`` when libxml2 cannot canonicalise the document (for
  ///   example a relative namespace URI, which C14N 1.0 forbids).
  public func canonicalized(withComments: Bool = false) throws(LibXMLError) -> [UInt8] {
    let collector = DiagnosticCollector(limit: 10)
    var output: UnsafeMutablePointer<xmlChar>? = nil
    let length = withCollectedErrors(collector) {
      xmlC14NDocDumpMemory(
        handle.document, nil, Int32(bitPattern: XML_C14N_1_0.rawValue), nil,
        withComments ? 1 : 0, &output)
    }
    defer { if let output { libxmlFree(output) } }
    guard length >= 0 else {
      let reason = collector.diagnostics.map(\.message).joined(separator: "; ")
      throw .c14n(reason.isEmpty ? "libxml2 could not canonicalise the document" : reason)
    }
    guard let output, length > 0 else { return [] }
    return [UInt8](UnsafeBufferPointer(start: output, count: Int(length)))
  }
}
