// Process-wide set-up of libxml2: initialised once, lazily and thread-safely, never cleaned up
// (global cleanup crashes other threads still using the library).

internal import libxml2

/// The version of libxml2 this process runs with, e.g. `2.9.14`.
public var libxml2Version: String {
  ensureLibXMLInitialized()
  guard let text = __xmlParserVersion().pointee, let number = Int(String(cString: text)) else {
    return "unknown"
  }
  return "\(number / 10000).\(number / 100 % 100).\(number % 100)"
}

/// Initialises libxml2 exactly once (a Swift global is initialised once, under a lock).
///
/// Besides `xmlInitParser`, this initialises the XML Schema built-in types, whose lazy set-up in
/// libxml2 2.9 is not thread-safe, and installs an external entity loader that refuses every
/// resource: no document, DTD, entity or schema import is ever read from a file or the network.
let libxmlInitialized: Void = {
  xmlInitParser()
  xmlSchemaInitTypes()
  xmlSetExternalEntityLoader(refuseExternalEntity)
}()

/// Makes sure libxml2 is initialised; every entry point of the module calls it first.
@inline(__always)
func ensureLibXMLInitialized() {
  _ = libxmlInitialized
}

/// libxml2's deallocator (`xmlFree`, a C global Swift cannot read safely), fetched once.
let libxmlFreeFunction: xmlFreeFunc = {
  var free: xmlFreeFunc? = nil
  var malloc: xmlMallocFunc? = nil
  var realloc: xmlReallocFunc? = nil
  var strdup: xmlStrdupFunc? = nil
  _ = xmlMemGet(&free, &malloc, &realloc, &strdup)
  return free!
}()

/// Frees memory that libxml2 allocated and handed over (strings, arrays).
@inline(__always)
func libxmlFree(_ pointer: UnsafeMutableRawPointer?) {
  libxmlFreeFunction(pointer)
}

/// The external entity loader of this module: nothing outside the given bytes is loaded.
private func refuseExternalEntity(
  _ url: UnsafePointer<CChar>?, _ id: UnsafePointer<CChar>?, _ context: xmlParserCtxtPtr?
) -> xmlParserInputPtr? {
  nil
}
