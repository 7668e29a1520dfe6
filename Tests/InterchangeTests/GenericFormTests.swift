// The generic lossless XML ⇄ JSON form: its exact shape, round trips over samples and
// generated trees compared as canonical XML, and located errors for bad input.

import Foundation
import Interchange
import LibXML
import TestSupport
import Testing

/// Every XML file of the samples: exchange files and the portal pages' expected XML.
func allXMLSamples() -> [String] {
  let pages = (sampleCases("portal") + sampleCases("records")).map {
    $0.appendingPathComponent("expected.xml")
  }.filter { FileManager.default.fileExists(atPath: $0.path) }.map(relativePath)
  return exchangeSamples("valid", "xml") + pages
}

private func genericErrors(_ json: String) -> [Diagnostic] {
  do {
    _ = try GenericXMLJSON.xml(fromJSON: Array(json.utf8), file: "g.json")
    return []
  } catch {
    return error.diagnostics
  }
}

@Suite struct GenericFormTests {
  @Test func shapeOfTheGenericForm() throws {
    let xml = """
      <?xml version="1.0"?>
      <!-- before -->
      <?app go?>
      <r xmlns="urn:a" xmlns:p="urn:p" id="1" p:k="v">
        <title lang="vi">Hội nghị &amp; <![CDATA[<lễ>]]></title>
        <p:e/>
        mixed <b>bold</b> text<!--c--><?t d?>
      </r>
      <!--after-->
      """
    let json = text(try GenericXMLJSON.json(fromXML: Array(xml.utf8)))
    let expected = #"""
      ["#document",
        ["#comment", " before "],
        ["?app", "go"],
        ["r", {"xmlns": "urn:a", "xmlns:p": "urn:p", "id": "1", "p:k": "v"},
          "\n  ",
          ["title", {"lang": "vi"}, "Hội nghị & <lễ>"],
          "\n  ",
          ["p:e", {}],
          "\n  mixed ",
          ["b", {}, "bold"],
          " text",
          ["#comment", "c"],
          ["?t", "d"],
          "\n"
        ],
        ["#comment", "after"]
      ]

      """#
    #expect(json == expected)
    #expect(GenericXMLJSON.isGenericForm(Array(json.utf8)))
  }

  @Test(arguments: allXMLSamples())
  func samplesRoundTripAsCanonicalXML(path: String) throws {
    let xml = try bytes(of: path)
    let json = try GenericXMLJSON.json(fromXML: xml, file: path)
    let back = try GenericXMLJSON.xml(fromJSON: json)
    #expect(try c14n(back) == c14n(xml, file: path))
    #expect(try GenericXMLJSON.json(fromXML: back) == json)
  }

  @Test(arguments: Array(UInt64(1)...UInt64(150)))
  func generatedTreesRoundTripAsCanonicalXML(seed: UInt64) throws {
    var random = SeededGenerator(seed: seed)
    let xml = Array(random.xmlDocument().utf8)
    let json = try GenericXMLJSON.json(fromXML: xml, file: "seed-\(seed).xml")
    let back = try GenericXMLJSON.xml(fromJSON: json)
    #expect(try c14n(back) == c14n(xml), "seed \(seed):\n\(text(xml))\n\(text(json))")
    let again = text(try GenericXMLJSON.json(fromXML: back))
    #expect(again == text(json), "seed \(seed)")
  }

  @Test func exchangeJSONIsNotTheGenericForm() throws {
    let json = try bytes(of: "Samples/exchange/valid/article-only.json")
    #expect(!GenericXMLJSON.isGenericForm(json))
    #expect(GenericXMLJSON.isGenericForm(Array(" \n [\"a\", {}]".utf8)))
    #expect(!GenericXMLJSON.isGenericForm([]))
  }

  @Test func bareElementWithoutDocumentWrapperIsAccepted() throws {
    let xml = try GenericXMLJSON.xml(fromJSON: Array(#"["a", {"k": "1\t2"}, "x", ["b", {}]]"#.utf8))
    #expect(text(xml) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a k=\"1&#x9;2\">x<b/></a>\n")
  }

  @Test func emptyTextIsNoContentSoTheFormStaysStable() throws {
    // Found by FuzzGenericJSON: "" children wrote <hen></hen>, which reads back as ["hen", {}],
    // whose XML is <hen/>.
    let xml = try GenericXMLJSON.xml(fromJSON: Array("[\"hen\",{  \t\t} , \"\", \"\"]".utf8))
    #expect(text(xml) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hen/>\n")
    let again = try GenericXMLJSON.xml(fromJSON: GenericXMLJSON.json(fromXML: xml))
    #expect(again == xml)
  }

  @Test func notWellFormedXMLGivesLocatedErrors() throws {
    do {
      _ = try GenericXMLJSON.json(fromXML: Array("<a>\n  <b></a>".utf8), file: "bad.xml")
      Issue.record("expected an error")
    } catch {
      let first = try #require(error.diagnostics.first)
      #expect(first.location.file == "bad.xml")
      #expect(first.location.line == 2)
    }
  }

  @Test func badGenericJSONGivesErrorsAtPointers() {
    let cases: [(String, String)] = [
      (##"["#document", ["a", {}, 5]]"##, "/1/2"),
      (##"["#document", ["p:a", {}]]"##, "/1/0"),
      (##"["#document", ["a", {"q:k": "v"}]]"##, "/1/1/q:k"),
      (##"["#document", ["1a", {}]]"##, "/1/0"),
      (##"["#document", ["a"]]"##, "/1/1"),
      (##"["#document", ["a", {"k": 1}]]"##, "/1/1/k"),
      (##"["#document", ["#comment", "a--b"], ["a", {}]]"##, "/1/1"),
      (##"["#document", ["#comment", "a\rb"], ["a", {}]]"##, "/1/1"),
      (##"["#document", ["a", {}, ["?t", "a\r\nb"]]]"##, "/1/2/1"),
      (##"["#document", ["?xml", "v"], ["a", {}]]"##, "/1/0"),
      (##"["#document", ["?t", "a?>b"], ["a", {}]]"##, "/1/1"),
      (##"["#document", ["a", {}], ["b", {}]]"##, "/2"),
      (##"["#document", "text", ["a", {}]]"##, "/1"),
      (##"["#document", ["a", {}, "\u0001"]]"##, "/1/2"),
      (##"["#document"]"##, ""),
      (#"{"a": 1}"#, ""),
    ]
    for (json, pointer) in cases {
      let errors = genericErrors(json)
      #expect(errors.first?.location.pointer == pointer, "\(json): \(errors)")
      #expect(errors.first?.location.line == 1, "\(json)")
    }
  }

  @Test func prefixesDeclaredOnAnAncestorResolve() {
    #expect(genericErrors(#"["p:a", {"xmlns:p": "urn:p"}, ["p:b", {"p:k": "v"}]]"#).isEmpty)
    #expect(
      genericErrors(#"["a", {}, ["p:b", {"xmlns:p": "urn:p"}], ["p:c", {}]]"#).first?.location
        .pointer == "/3/0")
  }
}

/// The real-web corpus (`TDKT_CORPUS`, default `../shared/corpus/real-web` beside the package).
let corpusFolder: URL = {
  if let path = ProcessInfo.processInfo.environment["TDKT_CORPUS"] {
    return URL(fileURLWithPath: path)
  }
  return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/real-web")
}()

/// The first pages of the corpus, sorted by name; empty when the corpus is missing.
let corpusPages: [URL] = {
  let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusFolder.path)) ?? []
  return names.sorted().prefix(120).map { corpusFolder.appendingPathComponent($0) }
}()

@Suite(
  .enabled(
    if: !corpusPages.isEmpty, "real-web corpus not found; set TDKT_CORPUS to its folder"))
struct GenericFormCorpusTests {
  @Test func realPagesEitherRoundTripOrGiveLocatedErrors() throws {
    for page in corpusPages {
      let input = try #require(contents(of: page))
      do {
        let json = try GenericXMLJSON.json(fromXML: input, file: page.lastPathComponent)
        let back = try GenericXMLJSON.xml(fromJSON: json)
        #expect(try c14n(back) == c14n(input), "\(page.lastPathComponent)")
      } catch let error as InterchangeError {
        #expect(!error.diagnostics.isEmpty, "\(page.lastPathComponent)")
        #expect(
          error.diagnostics.allSatisfy {
            $0.location.file == page.lastPathComponent
              && ($0.location.line > 0 || $0.message.hasPrefix("empty input"))
          }, "\(page.lastPathComponent): \(error)")
      }
    }
  }
}
