import Foundation
import LibXML
import Testing

let orderSchema = """
  <?xml version="1.0"?>
  <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
    <xs:element name="order">
      <xs:complexType>
        <xs:sequence>
          <xs:element name="item" maxOccurs="unbounded">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="name" type="xs:string"/>
                <xs:element name="qty" type="xs:positiveInteger"/>
              </xs:sequence>
              <xs:attribute name="code" type="xs:NCName" use="required"/>
            </xs:complexType>
          </xs:element>
        </xs:sequence>
      </xs:complexType>
    </xs:element>
  </xs:schema>
  """

/// An order document with one item; `qty` is written as given.
func orderDocument(name: String, qty: String) -> String {
  """
  <?xml version="1.0"?>
  <order>
    <item code="a1">
      <name>\(name)</name>
      <qty>\(qty)</qty>
    </item>
  </order>
  """
}

@Suite struct SchemaTests {
  let schema = try! Schema(xsd: Array(orderSchema.utf8), file: "order.xsd")

  @Test func validDocumentHasNoDiagnostics() throws {
    let document = try Document.parseXML(Array(orderDocument(name: "x", qty: "3").utf8)).document
    let report = schema.validate(document, file: "ok.xml")
    #expect(report.isValid)
    #expect(report.diagnostics.isEmpty)
  }

  @Test func reportsEveryErrorWithLineAndColumn() throws {
    let xml = """
      <?xml version="1.0"?>
      <order>
        <item code="a1">
          <name>Cờ thi đua</name>
          <qty>many</qty>
        </item>
        <item>
          <name>Bằng khen</name><qty>2</qty><extra/>
        </item>
      </order>
      """
    let document = try Document.parseXML(Array(xml.utf8), file: "order.xml").document
    let report = schema.validate(document)
    #expect(!report.isValid)
    let located = report.diagnostics.map {
      "\($0.location) \($0.severity) \($0.domain)"
    }
    #expect(
      located == [
        "order.xml:5:5 error schemas-validity",
        "order.xml:7:3 error schemas-validity",
        "order.xml:8:39 error schemas-validity",
      ])
    #expect(report.diagnostics[0].message.contains("'many'"))
    #expect(report.diagnostics[1].message.contains("'code'"))
    #expect(report.diagnostics[2].message.contains("extra"))
    // The caller's name for the document wins over its URL.
    let renamed = schema.validate(document, file: "renamed.xml")
    #expect(renamed.diagnostics.map(\.location.file) == Array(repeating: "renamed.xml", count: 3))
    #expect(
      renamed.diagnostics[0].description.hasPrefix("renamed.xml:5:5: error: Element 'qty':"))
  }

  @Test func schemaThatDoesNotCompileIsLocated() {
    let bad = """
      <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
        <xs:element name="a" type="xs:nosuchtype"/>
      </xs:schema>
      """
    #expect {
      _ = try Schema(xsd: Array(bad.utf8), file: "bad.xsd")
    } throws: { error in
      guard case LibXMLError.schema(let diagnostics) = error, let first = diagnostics.first else {
        return false
      }
      return first.location.file == "bad.xsd" && first.location.line == 2
        && first.location.column == 3 && first.domain == "schemas-parser"
    }
  }

  @Test func schemaThatIsNotXMLIsLocated() {
    #expect {
      _ = try Schema(xsd: Array("<xs:schema>\n<oops".utf8), file: "broken.xsd")
    } throws: { error in
      guard case LibXMLError.schema(let diagnostics) = error else { return false }
      return diagnostics.contains { $0.location.file == "broken.xsd" && $0.location.line >= 1 }
    }
  }

  @Test func importsAreNeverFetched() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "libxml-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let included = directory.appendingPathComponent("types.xsd")
    try Data(
      """
      <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
        <xs:simpleType name="code"><xs:restriction base="xs:string"/></xs:simpleType>
      </xs:schema>
      """.utf8
    ).write(to: included)
    let main = """
      <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
        <xs:include schemaLocation="\(included.absoluteString)"/>
        <xs:element name="a" type="code"/>
      </xs:schema>
      """
    #expect(throws: LibXMLError.self) { _ = try Schema(xsd: Array(main.utf8)) }
  }

  @Test func validatesFromManyTasksAtOnce() async throws {
    let schema = self.schema
    let tasks = 8
    let perTask = 50
    let failures = await withTaskGroup(of: [String].self) { group in
      for task in 0..<tasks {
        group.addTask {
          var failures: [String] = []
          for index in 0..<perTask {
            let invalid = (task + index) % 3 == 0
            let qty = invalid ? "x\(task)-\(index)" : String(index + 1)
            let file = "t\(task)-\(index).xml"
            let bytes = Array(orderDocument(name: "n\(index)", qty: qty).utf8)
            guard let document = try? Document.parseXML(bytes, file: file).document else {
              failures.append("\(file): did not parse")
              continue
            }
            let report = schema.validate(document)
            let expected =
              invalid
              ? [
                "\(file):5:5: error: Element 'qty': '\(qty)' is not a valid value of the atomic "
                  + "type 'xs:positiveInteger'."
              ] : []
            let actual = report.diagnostics.map(\.description)
            if report.isValid == invalid || actual != expected {
              failures.append("\(file): \(actual)")
            }
          }
          return failures
        }
      }
      var all: [String] = []
      for await list in group { all += list }
      return all
    }
    #expect(failures.isEmpty, Comment(rawValue: failures.prefix(5).joined(separator: "\n")))
  }
}
