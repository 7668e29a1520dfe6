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

  @Test("Namespace declarations are written before the attributes, whatever the JSON's order")
  func declarationsFirst() throws {
    let json = Array(##"["#document", ["doc", {"b": "1", "xmlns:p": "urn:p", "p:a": "2"}]]"##.utf8)
    let xml = String(decoding: try GenericXMLJSON.xml(fromJSON: json), as: UTF8.self)
    #expect(xml.contains(#"<doc xmlns:p="urn:p" b="1" p:a="2"/>"#))
    let again = try GenericXMLJSON.xml(fromJSON: try GenericXMLJSON.json(fromXML: Array(xml.utf8)))
    #expect(String(decoding: again, as: UTF8.self) == xml)
  }

  @Test("A namespace URI libxml2 would not read back is refused instead of written")
  func unreadableNamespaceURIIsRefused() {
    let json = Array(##"["#document", ["doc", {"xmlns": "&urn:x"}]]"##.utf8)
    #expect(throws: InterchangeError.self) { try GenericXMLJSON.xml(fromJSON: json) }
  }
}
