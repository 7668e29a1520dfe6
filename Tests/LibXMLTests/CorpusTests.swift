import Foundation
import LibXML
import TestSupport
import Testing

@Suite struct CorpusTests {
  @Test(
    .enabled(
      if: !realWebCorpusPages.isEmpty,
      "no real-web corpus at \(realWebCorpusFolder.path) (set TDKT_CORPUS)"))
  func realPagesParseWithLocatedDiagnostics() throws {
    let pages = realWebCorpusPages
    var problems: [String] = []
    for name in pages {
      guard let bytes = contents(of: realWebCorpusFolder.appendingPathComponent(name)),
        !bytes.isEmpty
      else { continue }
      let parsed = try Document.parseHTML(bytes, file: name)
      let document = parsed.document
      if document.root?.isElement(named: "html") != true { problems.append("\(name): no <html>") }
      if parsed.diagnostics.count > ParsedDocument.diagnosticLimit {
        problems.append("\(name): \(parsed.diagnostics.count) diagnostics kept")
      }
      if parsed.omittedDiagnosticCount > 0,
        parsed.diagnostics.count != ParsedDocument.diagnosticLimit
      {
        problems.append("\(name): omitted diagnostics before reaching the limit")
      }
      for diagnostic in parsed.diagnostics
      where diagnostic.location.file != name || diagnostic.location.line < 1 {
        problems.append("\(name): unlocated diagnostic \(diagnostic)")
      }
      // Walking reaches the nodes XPath counts (the document node and doctype are not counted).
      var walked = 0
      document.node.walk { node in
        if node.kind != .document, node.kind != .other { walked += 1 }
        return .proceed
      }
      let counted = try document.evaluate("count(//node())")
      guard case .number(let count) = counted, Int(count) == walked else {
        problems.append("\(name): walked \(walked) nodes, XPath counts \(counted)")
        continue
      }
      if document.serialized(indented: false).isEmpty { problems.append("\(name): empty output") }
    }
    #expect(problems.isEmpty, Comment(rawValue: problems.prefix(10).joined(separator: "\n")))
  }
}
