// JSON's \b and \f escapes are JSON characters that XML 1.0 does not allow: an exchange or a
// generic document holding one is refused at its pointer, as the XML it maps to would be.

import Interchange
import TestSupport
import Testing

@Suite struct ControlEscapeTests {
  static let exchange = Array(
    #"""
    {
      "version": "1.0",
      "source": {"sha256": "5d41402abc4b2a76b9719d911017c592e6e9b4f1c3c9a4f0f2b3c4d5e6f70812",
        "encoding": "UTF-8", "encodingSource": "meta", "profile": "generic"},
      "article": {"title": "Lễ trao ESCAPE Bằng khen"}
    }
    """#.utf8)

  @Test(arguments: [#"\b"#, #"\f"#])
  func anExchangeWithTheEscapeIsInvalid(_ escape: String) {
    let bytes = Array(
      String(decoding: Self.exchange, as: UTF8.self).replacing("ESCAPE", with: escape).utf8)
    let report = ExchangeValidator.shared.validate(json: bytes, file: "x.json")
    #expect(!report.isValid)
    #expect(report.diagnostics.contains { $0.description.contains("x.json:/article/title") })
    #expect(report.diagnostics.contains { $0.message.contains("is not allowed in XML 1.0") })
  }

  @Test func theEscapeInGenericJSONIsAnError() {
    let json = Array(##"["#document", ["a", {}, "x\by"]]"##.utf8)
    #expect(throws: InterchangeError.self) { try GenericXMLJSON.xml(fromJSON: json) }
  }

  @Test func otherEscapesStayValid() {
    let bytes = Array(
      String(decoding: Self.exchange, as: UTF8.self).replacing("ESCAPE", with: #"\t\n\u00e1"#).utf8)
    #expect(ExchangeValidator.shared.validate(json: bytes, file: "x.json").isValid)
  }
}
