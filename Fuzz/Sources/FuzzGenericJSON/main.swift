// Generic JSON → XML: never a crash; the XML it writes is well-formed and converts to JSON
// that converts back to the same XML.

import FuzzSupport
import Interchange

fuzz { bytes in
  guard let xml = try? GenericXMLJSON.xml(fromJSON: bytes) else { return }
  let json: [UInt8]
  do {
    json = try GenericXMLJSON.json(fromXML: xml)
  } catch {
    require(false, "the XML written from generic JSON does not read back: \(error)")
    return
  }
  let again = try? GenericXMLJSON.xml(fromJSON: json)
  require(again == xml, "JSON → XML → JSON → XML is not stable")
}
