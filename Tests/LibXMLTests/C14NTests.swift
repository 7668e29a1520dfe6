import Foundation
import LibXML
import TestSupport
import Testing

/// `xmllint` found on `PATH`, or `nil`.
let xmllint: URL? = {
  let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
  for folder in path.split(separator: ":") {
    let url = URL(fileURLWithPath: String(folder)).appendingPathComponent("xmllint")
    if FileManager.default.isExecutableFile(atPath: url.path) { return url }
  }
  return nil
}()

@Suite struct C14NTests {
  static let cases = sampleCases("libxml/c14n")

  @Test func samplesExist() {
    #expect(Self.cases.count >= 2)
  }

  @Test(.enabled(if: xmllint != nil, "xmllint is not on PATH"), arguments: cases)
  func matchesXmllintWithComments(_ folder: URL) throws {
    let xmllint = try #require(xmllint)
    let input = folder.appendingPathComponent("input.xml")
    let bytes = try #require(contents(of: input))
    let document = try Document.parseXML(bytes, file: relativePath(input)).document
    let ours = try document.canonicalized(withComments: true)
    let reference = try run(xmllint, ["--c14n", input.path])
    #expect(reference.status == 0)
    #expect(ours == reference.stdoutBytes, "\(relativePath(folder)) differs from xmllint --c14n")
  }

  @Test(arguments: cases)
  func withoutCommentsMatchesGolden(_ folder: URL) throws {
    let input = folder.appendingPathComponent("input.xml")
    let bytes = try #require(contents(of: input))
    let document = try Document.parseXML(bytes).document
    let canonical = try document.canonicalized()
    let text = String(decoding: canonical, as: UTF8.self)
    #expect(!text.contains("<!--"))
    if let problem = compareGolden(text, to: folder.appendingPathComponent("expected.c14n.xml")) {
      Issue.record(Comment(rawValue: problem))
    }
    // Canonical XML is a fixed point: canonicalising it again changes nothing.
    let again = try Document.parseXML(canonical).document.canonicalized()
    #expect(again == canonical)
  }

  @Test func relativeNamespaceURIIsAnError() throws {
    let parsed = try Document.parseXML(Array("<a xmlns=\"relative/uri\"/>".utf8))
    #expect(parsed.diagnostics.contains { $0.severity == .warning && $0.domain == "namespace" })
    #expect(throws: LibXMLError.self) { _ = try parsed.document.canonicalized() }
  }
}

@Suite struct ProjectSchemaTests {
  @Test func exchangeSchemaCompiles() throws {
    let url = packageRoot.appendingPathComponent("Schemas/tdkt-exchange.xsd")
    let bytes = try #require(contents(of: url), "\(relativePath(url)) not found")
    let schema = try Schema(xsd: bytes, file: relativePath(url))
    let document = try Document.parseXML(Array("<notExchange/>".utf8), file: "x.xml").document
    let report = schema.validate(document)
    #expect(!report.isValid)
    #expect(report.diagnostics.first?.location.description == "x.xml:1:1")
  }
}

@Suite struct WriterTests {
  @Test func indentsElementContentAndKeepsMixedContent() throws {
    let xml = "<a><b x=\"1\"><c/></b><p>text <i>mixed</i> here</p><!--c--></a>"
    let document = try Document.parseXML(Array(xml.utf8)).document
    let expected = """
      <?xml version="1.0" encoding="UTF-8"?>
      <a>
        <b x="1">
          <c/>
        </b>
        <p>text <i>mixed</i> here</p>
        <!--c-->
      </a>

      """
    #expect(String(decoding: document.serialized(), as: UTF8.self) == expected)
    let flat = String(decoding: document.serialized(indented: false), as: UTF8.self)
    #expect(flat == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\(xml)\n")
    #expect(document.serialized() == document.serialized())
  }

  @Test func writesUTF8WhateverTheInputEncoding() throws {
    var bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf".utf8)
    bytes += [0xE9] + Array("</a>".utf8)
    let document = try Document.parseXML(bytes).document
    let text = String(decoding: document.serialized(), as: UTF8.self)
    #expect(text == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>café</a>\n")
  }

  @Test func writesHTMLDocumentsAsXML() throws {
    let html = "<html><body><p>a<br>b</p></body></html>"
    let document = try Document.parseHTML(Array(html.utf8), encoding: "UTF-8").document
    let output = document.serialized(indented: false)
    let text = String(decoding: output, as: UTF8.self)
    #expect(text.contains("<br/>"))
    #expect(!text.contains("DOCTYPE"))
    let reparsed = try Document.parseXML(output).document
    #expect(try reparsed.string("string(//p)") == "ab")
  }
}
