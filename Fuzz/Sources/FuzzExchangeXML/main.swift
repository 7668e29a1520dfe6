// Exchange XML reader: never a crash; a file the validator accepts decodes, and its records
// written again validate and read back the same.

import FuzzSupport
import Interchange
import Records

fuzz { bytes in
  let report = ExchangeValidator.shared.validate(xml: bytes)
  let decoded = try? ExchangeXML.decode(bytes)
  guard report.isValid else { return }
  guard let exchange = decoded else {
    require(false, "a valid exchange does not decode")
    return
  }
  let written = ExchangeXML.encode(exchange)
  require(
    ExchangeValidator.shared.validate(xml: written).isValid,
    "the records of a valid exchange are written as invalid XML")
  require((try? ExchangeXML.decode(written)) == exchange, "the XML round trip changes the records")
  let json = ExchangeJSON.encode(exchange)
  require((try? ExchangeJSON.decode(json)) == exchange, "the JSON form changes the records")
}
