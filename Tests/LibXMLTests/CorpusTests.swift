import Foundation
import LibXML
import TestSupport
import Testing

/// The real-web corpus: `TDKT_CORPUS`, or `../shared/corpus/real-web` beside the package.
let corpusFolder: URL = {
  if let path = ProcessInfo.processInfo.environment["TDKT_CORPUS"], !path.isEmpty {
    return URL(fileURLWithPath: path)
  }
  return packageRoot.appendingPathComponent("../shared/corpus/real-web").standardizedFileURL
}()

@Suite struct CorpusTests {
  @Test func realPagesParseWithLocatedDiagnostics() throws {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusFolder.path)) ?? []
    let pages = names.filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
    guard !pages.isEmpty else {
      print("skipped: no real-web corpus at \(corpusFolder.path) (set TDKT_CORPUS)")
      return
    }
    var problems: [String] = []
    for name in pages {
      guard let bytes = contents(of: corpusFolder.appendingPathComponent(name)), !bytes.isEmpty
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
