import LibXML
import Testing

@Suite struct ParseTests {
  @Test("A namespace URI with an ampersand, escaped or as a character reference, reads as written")
  func namespaceURIWithAmpersand() throws {
    let xml = """
      <a:root xmlns:a="urn:x&amp;y" xmlns="urn:p&#38;q" a:k="v&amp;w"><item/></a:root>
      """
    let document = try Document.parseXML(Array(xml.utf8), file: "in.xml").document
    let root = try #require(document.root)
    #expect(root.namespaceURI == "urn:x&y")
    #expect(root.namespaceDeclarations.map(\.uri) == ["urn:x&y", "urn:p&q"])
    #expect(root.attributes.first?.namespaceURI == "urn:x&y")
    #expect(root.attribute("a:k") == "v&w")
    #expect(root.elementChildren.first?.namespaceURI == "urn:p&q")
  }

  @Test func parsesXMLWithNamespacesAndAttributes() throws {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- prolog -->
      <r:root xmlns:r="urn:r" xmlns="urn:d" xml:lang="vi" a="1">
        <item r:k="v">Thi đua &amp; khen thưởng</item>
        <?pi data?>
      </r:root>
      """
    let parsed = try Document.parseXML(Array(xml.utf8), file: "in.xml")
    #expect(parsed.diagnostics.isEmpty)
    let document = parsed.document
    #expect(!document.isHTML)
    #expect(document.url == "in.xml")
    let root = try #require(document.root)
    #expect(root.kind == .element)
    #expect(root.name == "r:root")
    #expect(root.localName == "root")
    #expect(root.prefix == "r")
    #expect(root.namespaceURI == "urn:r")
    #expect(root.line == 3)
    #expect(root.column == 1)
    #expect(root.attributes.map(\.name) == ["xml:lang", "a"])
    #expect(root.attribute("xml:lang") == "vi")
    #expect(root.attribute("a") == "1")
    #expect(root.attribute("A") == nil)
    let declarations = root.namespaceDeclarations
    #expect(declarations.map(\.prefix) == ["r", nil])
    #expect(declarations.map(\.uri) == ["urn:r", "urn:d"])
    let item = try #require(root.elementChildren.first)
    #expect(item.name == "item")
    #expect(item.namespaceURI == "urn:d")
    #expect(item.prefix == nil)
    #expect(item.line == 4)
    #expect(item.column == 3)
    #expect(item.content == "Thi đua & khen thưởng")
    #expect(item.attribute("r:k") == "v")
    #expect(item.attributes.first?.namespaceURI == "urn:r")
    #expect(item.parent == root)
    #expect(root.parent?.kind == .document)
    let pi = try #require(root.children.first { $0.kind == .processingInstruction })
    #expect(pi.name == "pi")
    #expect(pi.content == "data")
    #expect(document.node.children.map(\.kind) == [.comment, .element])
    #expect(document.node.firstChild?.content == " prolog ")
    #expect(item.nextSibling?.kind == .text)
    #expect(item.previousSibling?.kind == .text)
  }

  @Test func recordsStartTagColumnsAcrossLinesAndMultibyteText() throws {
    // Line 3 is `     y="2"/><c/>é<d/>`: columns count characters, as libxml2 does.
    let xml = "<a>\n  <b x=\"1\"\n     y=\"2\"/><c/>\u{00E9}<d/>\n</a>"
    let document = try Document.parseXML(Array(xml.utf8)).document
    let children = try #require(document.root?.elementChildren)
    #expect(children.map(\.name) == ["b", "c", "d"])
    #expect(children.map(\.line) == [2, 3, 3])
    #expect(children.map(\.column) == [3, 13, 18])
    #expect(children[0].location.description == "2:3")
  }

  @Test func rejectsMalformedXMLWithLocatedErrors() {
    let xml = "<a>\n  <b>\n</a>\n"
    #expect {
      _ = try Document.parseXML(Array(xml.utf8), file: "bad.xml")
    } throws: { error in
      guard case LibXMLError.notWellFormed(let diagnostics) = error else { return false }
      let first = diagnostics.first
      return first?.location.file == "bad.xml" && first?.location.line == 3
        && first?.severity == .fatal && first?.domain == "parser"
        && first?.description.hasPrefix("bad.xml:3:") == true
    }
  }

  @Test func rejectsUndeclaredPrefix() {
    #expect(throws: LibXMLError.self) {
      _ = try Document.parseXML(Array("<p:a/>".utf8))
    }
  }

  @Test func emptyInputIsAnError() {
    #expect {
      _ = try Document.parseXML([], file: "e.xml")
    } throws: { error in
      guard case LibXMLError.emptyInput(let file) = error else { return false }
      return file == "e.xml"
    }
    #expect {
      _ = try Document.parseHTML([], file: "e.html")
    } throws: { error in
      guard case LibXMLError.emptyInput(let file) = error else { return false }
      return file == "e.html"
    }
  }

  @Test func recoversBrokenHTMLWithLocatedDiagnostics() throws {
    let html = """
      <html><head><meta charset="utf-8"><title>Tin</title></head>
      <body>
      <p class="lead">Một <b>hai</p>
      <div><span>ba</dvi></div>
      <p>bốn &nbsp; năm</p>
      </body></html>
      """
    let parsed = try Document.parseHTML(Array(html.utf8), file: "page.html")
    let document = parsed.document
    #expect(document.isHTML)
    #expect(!parsed.diagnostics.isEmpty)
    let lines = Set(parsed.diagnostics.map(\.location.line))
    #expect(lines.contains(3))
    #expect(lines.contains(4))
    #expect(parsed.diagnostics.allSatisfy { $0.location.file == "page.html" })
    #expect(parsed.diagnostics.allSatisfy { $0.domain == "html" })
    let paragraphs = try document.nodes("//p")
    #expect(paragraphs.count == 2)
    #expect(paragraphs[0].attribute("CLASS") == "lead")
    #expect(paragraphs[0].line == 3)
    #expect(paragraphs[1].content == "bốn \u{00A0} năm")
    #expect(try document.string("//title") == "Tin")
    #expect(document.root?.isElement(named: "HTML") == true)
  }

  @Test func htmlEncodingOverridesMetaCharset() throws {
    // "é" in windows-1252 is 0xE9; the page claims UTF-8.
    var bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>caf".utf8)
    bytes.append(0xE9)
    bytes += Array("</p></body></html>".utf8)
    let parsed = try Document.parseHTML(bytes, encoding: "windows-1252")
    #expect(try parsed.document.string("//p") == "café")
  }

  @Test func utf8EncodingOverridesMetaAndKeepsFileName() throws {
    let html = """
      <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
      </head><body><p>Khen thưởng đột xuất</p></body></html>
      """
    let parsed = try Document.parseHTML(Array(html.utf8), file: "a page.html", encoding: "utf-8")
    #expect(try parsed.document.string("//p") == "Khen thưởng đột xuất")
    #expect(parsed.document.url == "a page.html")
    #expect(try parsed.document.firstNode("//p")?.line == 2)
    #expect(parsed.diagnostics.allSatisfy { $0.location.file == "a page.html" })
  }

  @Test func byteOrderMarkIsNotText() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<p>Đà Nẵng</p>".utf8)
    for encoding in [nil, "UTF-8"] {
      let document = try Document.parseHTML(bytes, encoding: encoding).document
      #expect(try document.string("string(/html)") == "Đà Nẵng")
    }
  }

  @Test func invalidUTF8IsReportedAndParsingGoesOn() throws {
    var bytes = Array("<html><body><p>a".utf8)
    bytes += [0xFF, 0xFE]
    bytes += Array("b</p><p>after</p></body></html>".utf8)
    let parsed = try Document.parseHTML(bytes, file: "bad.html", encoding: "UTF-8")
    #expect(parsed.diagnostics.contains { $0.location.file == "bad.html" && $0.location.line == 1 })
    #expect(try parsed.document.nodes("//p").count == 2)
    #expect(try parsed.document.string("//p[2]") == "after")
  }

  @Test func unknownEncodingIsReportedNotFatal() throws {
    let parsed = try Document.parseHTML(Array("<p>x</p>".utf8), encoding: "no-such-charset")
    #expect(parsed.diagnostics.contains { $0.domain == "encoding" })
    #expect(try parsed.document.string("//p") == "x")
  }

  @Test func blankHTMLStillGivesADocument() throws {
    let parsed = try Document.parseHTML(Array("   \n ".utf8))
    #expect(parsed.document.isHTML)
    #expect(parsed.document.root?.name == "html")
  }

  @Test func capsCollectedDiagnostics() throws {
    let html = String(repeating: "<p><nosuchtag>x</p>\n", count: 300)
    let parsed = try Document.parseHTML(Array(html.utf8))
    #expect(parsed.diagnostics.count == ParsedDocument.diagnosticLimit)
    #expect(parsed.omittedDiagnosticCount > 100)
  }

  @Test func libxml2VersionIsDotted() {
    let parts = libxml2Version.split(separator: ".")
    #expect(parts.count == 3)
    #expect(parts.allSatisfy { Int($0) != nil })
  }
}
