// Page bytes → exchange: never a crash; a converted page's XML validates (the converter checks
// it against the schema) and both its forms read back to the same records.

import Batch
import FuzzSupport
import Interchange
import Records

let converter = PageConverter()

fuzz { bytes in
  let page: ConvertedPage
  do throws(PageConversionError) {
    page = try converter.convert(bytes, file: "fuzz.html", formats: [.xml, .json])
  } catch {
    if case .invalidOutput(let diagnostics) = error {
      require(false, "the converter wrote XML the schema rejects: \(diagnostics)")
    }
    return
  }
  guard let xml = page.outputs[.xml], let json = page.outputs[.json] else {
    require(false, "an output form is missing")
    return
  }
  let fromXML = try? ExchangeXML.decode(xml)
  require(fromXML == page.exchange, "the XML does not read back to the same records")
  let fromJSON = try? ExchangeJSON.decode(json)
  require(fromJSON == page.exchange, "the JSON does not read back to the same records")
}
