// Generic XML → JSON: never a crash; what it writes converts back to XML, and that XML gives
// the same JSON again.

import FuzzSupport
import Interchange

fuzz { bytes in
  guard let json = try? GenericXMLJSON.json(fromXML: bytes) else { return }
  let xml: [UInt8]
  do {
    xml = try GenericXMLJSON.xml(fromJSON: json)
  } catch {
    require(false, "the generic JSON of a well-formed document does not convert back: \(error)")
    return
  }
  let again = try? GenericXMLJSON.json(fromXML: xml)
  require(again == json, "XML → JSON → XML → JSON is not stable")
}
