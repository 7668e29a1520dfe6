// Exchange JSON reader: never a crash; a file the validator accepts decodes, its XML form
// validates, and both forms read back to the same records.

import FuzzSupport
import Interchange
import Records

fuzz { bytes in
  let report = ExchangeValidator.shared.validate(json: bytes)
  let decoded = try? ExchangeJSON.decode(bytes)
  guard report.isValid else { return }
  guard let exchange = decoded else {
    require(false, "a valid exchange does not decode")
    return
  }
  let xml = ExchangeXML.encode(exchange)
  require(
    ExchangeValidator.shared.validate(xml: xml).isValid,
    "the XML form of a valid JSON exchange is invalid")
  require((try? ExchangeXML.decode(xml)) == exchange, "the XML form changes the records")
  let json = ExchangeJSON.encode(exchange)
  require((try? ExchangeJSON.decode(json)) == exchange, "the JSON round trip changes the records")
}
