internal import libxml2
import Foundation

/// The version of libxml2 this build runs with, e.g. `2.9.14`.
public var libxml2Version: String {
  String(cString: __xmlParserVersion().pointee!)
}
