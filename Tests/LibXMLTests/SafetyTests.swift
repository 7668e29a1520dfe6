import Foundation
import LibXML
import Testing

@Suite struct SafetyTests {
  /// A temporary folder with a DTD and an entity file that must never be read.
  func withBait(_ body: (_ dtd: URL, _ entity: URL) throws -> Void) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "libxml-bait-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let dtd = directory.appendingPathComponent("bait.dtd")
    try Data(
      "<!ATTLIST x a CDATA \"LOADED-DEFAULT\">\n<!ENTITY e \"LOADED-ENTITY\">\n".utf8
    ).write(to: dtd)
    let entity = directory.appendingPathComponent("secret.txt")
    try Data("LOADED-SECRET".utf8).write(to: entity)
    try body(dtd, entity)
  }

  /// Parses `xml`; when it parses, nothing in its text, attributes or output came from a file.
  func expectNothingLoaded(_ xml: String) {
    guard let parsed = try? Document.parseXML(Array(xml.utf8)) else { return }
    let document = parsed.document
    let output = String(decoding: document.serialized(), as: UTF8.self)
    #expect(!output.contains("LOADED"))
    let text = document.root?.content ?? ""
    #expect(!text.contains("LOADED"))
    #expect(document.root?.attribute("a") == nil)
    let canonical = (try? document.canonicalized()).map { String(decoding: $0, as: UTF8.self) }
    #expect(!(canonical ?? "").contains("LOADED"))
  }

  @Test func externalDTDIsNotLoaded() throws {
    try withBait { dtd, _ in
      expectNothingLoaded("<!DOCTYPE x SYSTEM \"\(dtd.absoluteString)\"><x>&e;</x>")
      expectNothingLoaded("<!DOCTYPE x SYSTEM \"\(dtd.path)\"><x/>")
    }
  }

  @Test func externalEntitiesAreNotLoaded() throws {
    try withBait { dtd, entity in
      expectNothingLoaded(
        "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"\(entity.absoluteString)\">]><x>&xxe;</x>")
      expectNothingLoaded(
        "<!DOCTYPE x [<!ENTITY % p SYSTEM \"\(dtd.absoluteString)\"> %p;]><x>&e;</x>")
      expectNothingLoaded("<!DOCTYPE x SYSTEM \"file:///etc/passwd\"><x>&xxe;</x>")
    }
  }

  @Test func undeclaredEntityStaysAReferenceOrFails() throws {
    let xml = "<!DOCTYPE x SYSTEM \"file:///etc/passwd\"><x>&xxe;</x>"
    do {
      let parsed = try Document.parseXML(Array(xml.utf8))
      let children = try #require(parsed.document.root?.children)
      #expect(children.allSatisfy { $0.kind == .entityReference })
      let text = parsed.document.root?.content ?? ""
      #expect(!text.contains("root:"))
    } catch {
      guard case LibXMLError.notWellFormed(let diagnostics) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(!diagnostics.isEmpty)
    }
  }

  @Test func internalEntitiesAreNotExpanded() throws {
    let xml = "<!DOCTYPE x [<!ENTITY e \"replacement\">]><x>a&e;b</x>"
    let document = try Document.parseXML(Array(xml.utf8)).document
    let children = try #require(document.root?.children)
    #expect(children.map(\.kind) == [.text, .entityReference, .text])
    #expect(children[1].name == "e")
    #expect(children[1].firstChild == nil)
  }

  @Test func billionLaughsDoesNotExpand() throws {
    var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
    for level in 1...9 {
      let previous = level == 1 ? "lol" : "lol\(level - 1)"
      xml += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
    }
    xml += "]>\n<lolz a=\"&lol9;\">&lol9;</lolz>\n"
    do {
      let document = try Document.parseXML(Array(xml.utf8)).document
      #expect(document.serialized().count < 100_000)
    } catch {
      guard case LibXMLError.notWellFormed(let diagnostics) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(diagnostics.contains { $0.severity == .fatal })
    }
  }

  @Test func entityLoopsAreRefusedBeforeLibxml2SeesThem() throws {
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE a [
      <!ENTITY e1 "x&e2;">
      <!ENTITY e2 "&#38;e1;">
      <!ATTLIST a x CDATA "&e1;">
      ]>
      <a/>
      """
    for expanding in [false, true] {
      do {
        _ = try Document.parseXML(Array(xml.utf8), file: "loop.xml", expandingEntities: expanding)
        Issue.record("parsed")
      } catch {
        #expect(
          error.diagnostics.map(\.description) == [
            "loop.xml:3:1: error: entity reference loop: &e1; → &e2; → &e1;"
          ])
      }
    }
  }

  @Test func expandedEntitiesAndDefaultsAreInTheTree() throws {
    let xml = """
      <!DOCTYPE a [<!ENTITY b "<b>x</b>"><!ATTLIST b k CDATA "v"><!ENTITY out SYSTEM "out.txt">]>
      <a>&b;&out;</a>
      """
    let parsed = try Document.parseXML(Array(xml.utf8), file: "e.xml", expandingEntities: true)
    let b = try #require(parsed.document.root?.elementChildren.first)
    #expect(b.name == "b")
    #expect(b.attribute("k") == "v")
    #expect(b.content == "x")
    #expect(parsed.diagnostics.map(\.severity).contains(.warning))
    #expect(parsed.diagnostics.contains { $0.message.contains("&out;") })
  }

  @Test func elementWithTooManyAttributesIsRefusedBeforeParsing() throws {
    let attributes = (0..<100_000).map { "a\($0)=\"v\"" }.joined(separator: " ")
    let xml = "<?xml version=\"1.0\"?>\n<!-- a > b -->\n<r><e " + attributes + "/></r>"
    do {
      _ = try Document.parseXML(Array(xml.utf8), file: "many.xml")
      Issue.record("parsed")
    } catch {
      let diagnostic = try #require(error.diagnostics.first)
      #expect(error.diagnostics.count == 1)
      #expect(diagnostic.description.hasPrefix("many.xml:3:4: error: an element with more than"))
    }
    // Many attributes spread over elements, and `=` in text and comments, are fine.
    let spread =
      "<r>" + String(repeating: "<e a=\"1\" b=\"2\"/>x=y<!-- = -->", count: 20_000) + "</r>"
    #expect(throws: Never.self) { _ = try Document.parseXML(Array(spread.utf8)) }
  }

  @Test func excessiveDepthIsBounded() throws {
    let deepXML = String(repeating: "<a>", count: 100_000)
    #expect(throws: LibXMLError.self) { _ = try Document.parseXML(Array(deepXML.utf8)) }
    let deepHTML = String(repeating: "<div>", count: 100_000)
    let parsed = try Document.parseHTML(Array(deepHTML.utf8))
    #expect(parsed.diagnostics.contains { $0.message.contains("depth") })
    var depth = 0
    var deepest = 0
    try #require(parsed.document.root).walk { node in
      var up = node.parent
      depth = 0
      while let parent = up {
        depth += 1
        up = parent.parent
      }
      deepest = max(deepest, depth)
      return .proceed
    }
    #expect(deepest < 1_000)
  }

  @Test func binaryGarbageNeverCrashes() throws {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<200 {
      let count = Int.random(in: 1...400, using: &generator)
      var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
      bytes[0] = UInt8(ascii: "<")
      if let parsed = try? Document.parseXML(bytes) {
        _ = parsed.document.serialized()
      }
      let html = try Document.parseHTML(bytes)
      _ = html.document.serialized()
      _ = html.document.root?.content
    }
  }
}

@Suite struct OwnershipTests {
  /// A node whose document value went out of scope when the function returned.
  func orphan() throws -> Node {
    let document = try Document.parseXML(Array("<a><b k=\"v\">kept alive</b></a>".utf8)).document
    return try #require(document.root?.firstChild)
  }

  @Test func nodeKeepsItsDocumentAlive() throws {
    let node = try orphan()
    // Churn the allocator so that a freed document would be overwritten.
    for index in 0..<200 {
      _ = try Document.parseXML(Array("<z><y>\(index)</y></z>".utf8))
    }
    #expect(node.name == "b")
    #expect(node.content == "kept alive")
    #expect(node.attribute("k") == "v")
    #expect(node.parent?.name == "a")
    #expect(node.document.root?.name == "a")
  }

  @Test func xpathResultsKeepTheDocumentAlive() throws {
    func texts() throws -> [Node] {
      try Document.parseHTML(Array("<p>one</p><p>two</p>".utf8)).document.nodes("//p/text()")
    }
    let nodes = try texts()
    #expect(nodes.map(\.content) == ["one", "two"])
    #expect(nodes.map(\.kind) == [.text, .text])
  }

  @Test func walkVisitsInDocumentOrderAndSkips() throws {
    let html = "<body><div><script>x()</script><p>a<b>b</b></p></div><p>c</p></body>"
    let document = try Document.parseHTML(Array(html.utf8), encoding: "UTF-8").document
    var texts: [String] = []
    try #require(document.root).walk { node in
      if node.isElement(named: "script") { return .skipChildren }
      if node.kind == .text { texts.append(node.content) }
      return .proceed
    }
    #expect(texts == ["a", "b", "c"])
    var names: [String] = []
    try #require(try document.firstNode("//div")).forEachDescendant { node in
      if node.isElement { names.append(node.name) }
    }
    #expect(names == ["script", "p", "b"])
    var visited = 0
    document.node.walk { _ in
      visited += 1
      return visited == 3 ? .stop : .proceed
    }
    #expect(visited == 3)
  }
}

@Suite struct MemoryTests {
  /// Resident memory in bytes, from /proc/self/statm; `nil` where that file does not exist.
  static func residentBytes() -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
      return nil
    }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
    return pages * 4096
  }

  @Test(.enabled(if: Self.residentBytes() != nil, "/proc/self/statm is not available"))
  func repeatedParsingDoesNotGrowMemory() throws {
    let schema = try Schema(xsd: Array(orderSchema.utf8))
    var body = "<html><head><title>t</title></head><body>"
    for index in 0..<40 { body += "<p class=\"c\(index)\">Đoạn văn số \(index) <b>đậm</b></p>" }
    let html = Array((body + "<div><span>broken</div></body></html>").utf8)
    let xml = Array(orderDocument(name: String(repeating: "tên ", count: 200), qty: "x").utf8)
    func round() throws {
      let page = try Document.parseHTML(html, file: "p.html")
      _ = try page.document.nodes("//p[@class]")
      _ = page.document.root?.content
      let order = try Document.parseXML(xml, file: "o.xml").document
      _ = schema.validate(order)
      _ = order.serialized()
      _ = try order.canonicalized(withComments: true)
      _ = try? order.evaluate("//[")
    }
    for _ in 0..<1_000 { try round() }
    let before = try #require(Self.residentBytes())
    for _ in 0..<10_000 { try round() }
    let after = try #require(Self.residentBytes())
    // Each round builds well over 20 kB of libxml2 structures; leaking them would add 200 MB.
    #expect(after - before < 24 * 1024 * 1024, "resident memory grew by \(after - before) bytes")
  }
}
