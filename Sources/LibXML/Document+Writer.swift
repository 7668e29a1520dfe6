// Writing a document as UTF-8 XML.

internal import libxml2

extension Document {
  /// The document as UTF-8 XML with an XML declaration (HTML documents too are written as XML).
  ///
  /// The output is deterministic: the same tree always gives the same bytes. When `indented`,
  /// element-only content is indented by two spaces per level; mixed content is left as it is.
  ///
  /// - Parameter indented: Whether to indent element-only content.
  /// - Returns: The bytes, ending with a newline.
  public func serialized(indented: Bool = true) -> [UInt8] {
    ensureLibXMLInitialized()
    guard let buffer = xmlBufferCreate() else { return [] }
    defer { xmlBufferFree(buffer) }
    var options = XML_SAVE_AS_XML.rawValue
    if indented { options |= XML_SAVE_FORMAT.rawValue }
    let collector = DiagnosticCollector(limit: 10)
    withCollectedErrors(collector) {
      // The indentation settings are per-thread globals: set them for this call only.
      let previousIndent = __xmlIndentTreeOutput().pointee
      __xmlIndentTreeOutput().pointee = 1
      defer { __xmlIndentTreeOutput().pointee = previousIndent }
      guard let context = xmlSaveToBuffer(buffer, "UTF-8", Int32(bitPattern: options)) else {
        return
      }
      xmlSaveDoc(context, handle.document)
      xmlSaveClose(context)
    }
    guard let content = xmlBufferContent(buffer) else { return [] }
    return [UInt8](UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
  }
}
