import Interchange
import Testing

@Suite struct GenericNamespaceTests {
  @Test("A namespace URI with an ampersand or a reference round-trips through the generic form")
  func namespaceURIWithAmpersand() throws {
    let xml = Array(#"<a:r xmlns:a="urn:x&amp;y" xmlns="urn:p&#38;q"><i/></a:r>"#.utf8)
    let json = String(decoding: try GenericXMLJSON.json(fromXML: xml), as: UTF8.self)
    #expect(json.contains(#""xmlns:a": "urn:x&y""#))
    #expect(json.contains(#""xmlns": "urn:p&q""#))
    let back = try GenericXMLJSON.xml(fromJSON: Array(json.utf8))
    #expect(String(decoding: back, as: UTF8.self).contains(#"xmlns:a="urn:x&amp;y""#))
    #expect(try GenericXMLJSON.json(fromXML: back) == Array(json.utf8))
  }
}
