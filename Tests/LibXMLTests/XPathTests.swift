import LibXML
import Testing

@Suite struct XPathTests {
  let document: Document = {
    let xml = """
      <list xmlns="urn:d" xmlns:x="urn:x">
        <item n="1">a</item>
        <item n="2" x:flag="yes">b</item>
        <x:other>c</x:other>
      </list>
      """
    return try! Document.parseXML(Array(xml.utf8)).document
  }()

  @Test func evaluatesAllResultTypes() throws {
    guard case .nodes(let nodes) = try document.evaluate("//_:item") else {
      Issue.record("expected nodes")
      return
    }
    #expect(nodes.map(\.content) == ["a", "b"])
    guard case .number(let count) = try document.evaluate("count(//_:item)") else {
      Issue.record("expected a number")
      return
    }
    #expect(count == 2)
    guard case .string(let text) = try document.evaluate("string(//x:other)") else {
      Issue.record("expected a string")
      return
    }
    #expect(text == "c")
    guard case .boolean(let flag) = try document.evaluate("boolean(//@x:flag)") else {
      Issue.record("expected a boolean")
      return
    }
    #expect(flag)
  }

  @Test func explicitNamespacesAndRelativeQueries() throws {
    let items = try document.nodes("//d:item", namespaces: ["d": "urn:d"])
    #expect(items.count == 2)
    #expect(try items[1].string("@n") == "2")
    #expect(try items[1].string("count(preceding-sibling::*)") == "1")
    #expect(try items[0].firstNode("following-sibling::q:other", namespaces: ["q": "urn:x"]) != nil)
    #expect(try document.firstNode("//_:missing") == nil)
    let attribute = try #require(try document.firstNode("//@x:flag"))
    #expect(attribute.kind == .other)
    #expect(attribute.name == "x:flag")
    #expect(attribute.content == "yes")
    #expect(attribute.parent?.name == "item")
  }

  @Test func unprefixedNamesMeanNoNamespace() throws {
    #expect(try document.nodes("//item").isEmpty)
  }

  @Test func syntaxErrorThrows() {
    #expect {
      _ = try document.evaluate("//item[")
    } throws: { error in
      guard case LibXMLError.xpath(let expression, let message) = error else { return false }
      return expression == "//item[" && message.contains("at offset 7")
    }
  }

  @Test func unknownPrefixAndFunctionThrow() {
    #expect(throws: LibXMLError.self) { _ = try document.nodes("//nope:item") }
    #expect {
      _ = try document.evaluate("frobnicate(1)")
    } throws: { error in
      guard case LibXMLError.xpath(_, let message) = error else { return false }
      return message.hasPrefix("Unregistered function")
    }
  }

  @Test func scalarWhereNodesExpectedThrows() {
    #expect(throws: LibXMLError.self) { _ = try document.nodes("count(//*)") }
  }

  @Test func namespaceNodesAreRefused() throws {
    #expect(throws: LibXMLError.self) { _ = try document.nodes("//namespace::*") }
    #expect(try document.string("name(/*/namespace::x)") == "x")
  }
}
