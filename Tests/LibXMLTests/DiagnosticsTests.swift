import LibXML
import Testing

@Suite struct DiagnosticsTests {
  @Test func locationsOmitUnknownParts() {
    #expect(SourceLocation(file: "a.xml", line: 3, column: 7).description == "a.xml:3:7")
    #expect(SourceLocation(file: "a.xml", line: 3, column: 0).description == "a.xml:3")
    #expect(SourceLocation(file: "a.xml", line: 0, column: 0).description == "a.xml")
    #expect(SourceLocation(file: nil, line: 2, column: 1).description == "2:1")
    #expect(SourceLocation(file: nil, line: 0, column: 0).description == "-")
    #expect(SourceLocation(file: "a.json", pointer: "/a/0").description == "a.json:/a/0")
    #expect(SourceLocation(file: "a.json", pointer: "").description == "a.json")
  }

  @Test func diagnosticsPrintFatalAsError() {
    let location = SourceLocation(file: "p.html", line: 4, column: 2)
    let fatal = Diagnostic(
      severity: .fatal, domain: "parser", code: 76, message: "Opening and ending tag mismatch",
      location: location)
    #expect(fatal.description == "p.html:4:2: error: Opening and ending tag mismatch")
    let warning = Diagnostic(
      severity: .warning, domain: "namespace", code: 100, message: "not absolute",
      location: location)
    #expect(warning.description == "p.html:4:2: warning: not absolute")
    #expect(LibXMLError.notWellFormed([fatal]).description == fatal.description)
    #expect(
      LibXMLError.emptyInput(file: "e.xml").description.hasPrefix("e.xml: error: empty input"))
  }
}
