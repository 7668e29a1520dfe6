// Exchange files as people edit them by hand: whatever the XSD accepts, tdkt accepts and reads
// as the same records; tdkt's verdict on every exchange XML sample is xmllint's. The schema
// applies to the document with its internal entities expanded (`xmllint --noent --schema`;
// without `--noent` libxml2's validator gives up on entity references with an internal error).
//
// Round trips are compared as canonical XML without comments (the exchange format has no place
// for them) and after the schema's white-space rule: a date, count, id or flag written with
// white space around it is the same value, written back without it; the white-space-only
// text between elements of a re-indented file is not content.

import Foundation
import Interchange
import LibXML
import TestSupport
import Testing

/// One edit of a valid sample that keeps it valid under the XSD.
struct HandEdit: Sendable, CustomTestStringConvertible {
  var name: String
  var sample: String
  var edit: @Sendable (String) -> String

  var testDescription: String { name }
}

private func replacing(_ old: String, _ new: String) -> @Sendable (String) -> String {
  { $0.replacingOccurrences(of: old, with: new) }
}

private let awardSample = "Samples/exchange/valid/award-decision.xml"
private let conferenceSample = "Samples/exchange/valid/conference-midyear-review.xml"

/// The edits: each changes the bytes of the file and none its records.
let handEdits: [HandEdit] = [
  HandEdit(
    name: "comment in the article", sample: awardSample,
    edit: replacing("  <article>\n", "  <article>\n    <!-- kiểm tra lại tiêu đề -->\n")),
  HandEdit(
    name: "comments before and after the document element", sample: awardSample,
    edit: {
      replacing("<exchange ", "<!-- nhập tay -->\n<exchange ")($0) + "<!-- hết -->\n"
    }),
  HandEdit(
    name: "processing instruction", sample: awardSample,
    edit: replacing("  <source>\n", "  <?editor saved?>\n  <source>\n")),
  HandEdit(
    name: "comment inside a text value", sample: awardSample,
    edit: replacing("<issuer>Chủ tịch nước</issuer>", "<issuer>Chủ tịch<!-- x --> nước</issuer>")
  ),
  HandEdit(
    name: "namespace prefix on every element", sample: awardSample,
    edit: { text in
      var result = text.replacingOccurrences(
        of: "<exchange xmlns=\"urn:tdkt:exchange:1\"",
        with: "<t:exchange xmlns:t=\"urn:tdkt:exchange:1\"")
      let pattern = try! NSRegularExpression(pattern: "<(/?)(?!t:|\\?|!)([A-Za-z]+)")
      result = pattern.stringByReplacingMatches(
        in: result, range: NSRange(result.startIndex..., in: result), withTemplate: "<$1t:$2")
      return result
    }),
  HandEdit(
    name: "xsi:schemaLocation", sample: awardSample,
    edit: replacing(
      "<exchange xmlns=\"urn:tdkt:exchange:1\"",
      "<exchange xmlns=\"urn:tdkt:exchange:1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:tdkt:exchange:1 tdkt-exchange.xsd\""
    )),
  HandEdit(
    name: "redundant default namespace on a child", sample: awardSample,
    edit: replacing("  <source>\n", "  <source xmlns=\"urn:tdkt:exchange:1\">\n")),
  HandEdit(
    name: "unused namespace declaration", sample: awardSample,
    edit: replacing(
      "<exchange xmlns=\"urn:tdkt:exchange:1\"",
      "<exchange xmlns=\"urn:tdkt:exchange:1\" xmlns:x=\"urn:x\"")),
  HandEdit(
    name: "white space around a date", sample: awardSample,
    edit: replacing("<published>2024-01-31</published>", "<published> 2024-01-31\n</published>")),
  HandEdit(
    name: "white space around counts", sample: awardSample,
    edit: {
      replacing("<individuals>2</individuals>", "<individuals>\n        2\n      </individuals>")(
        replacing("<collectives>0</collectives>", "<collectives> 0 </collectives>")($0))
    }),
  HandEdit(
    name: "white space around a year", sample: conferenceSample,
    edit: replacing("<year>2022</year>", "<year>\t2022 </year>")),
  HandEdit(
    name: "white space in a flag attribute", sample: conferenceSample,
    edit: replacing("yearInferred=\"true\"", "yearInferred=\" true \"")),
  HandEdit(
    name: "white space around ids", sample: awardSample,
    edit: {
      replacing("conference=\"c-02ea24f49f7d-1\"", "conference=\" c-02ea24f49f7d-1\"")(
        replacing("<award id=\"a-02ea24f49f7d-2\"", "<award id=\"a-02ea24f49f7d-2 \"")($0))
    }),
  HandEdit(
    name: "re-indented with tabs", sample: conferenceSample,
    edit: { $0.replacingOccurrences(of: "  ", with: "\t") }),
  HandEdit(
    name: "no indentation at all", sample: awardSample,
    edit: { text in
      text.split(separator: "\n").map { $0.drop { $0 == " " } }.joined()
    }),
  HandEdit(
    name: "CDATA section", sample: awardSample,
    edit: replacing("<number>163/QĐ-CTN</number>", "<number><![CDATA[163/QĐ-CTN]]></number>")),
  HandEdit(
    name: "character references", sample: awardSample,
    edit: replacing(
      "<issuer>Chủ tịch nước</issuer>", "<issuer>Ch&#x1EE7; t&#7883;ch n&#x1B0;&#x1EDB;c</issuer>")
  ),
  HandEdit(
    name: "single-quoted attributes in another order", sample: awardSample,
    edit: replacing(
      "<award id=\"a-02ea24f49f7d-1\" conference=\"c-02ea24f49f7d-1\">",
      "<award conference='c-02ea24f49f7d-1'   id='a-02ea24f49f7d-1'>")),
  HandEdit(
    name: "start and end tag for an empty element", sample: awardSample,
    edit: replacing("<recipients/>", "<recipients>\n    </recipients>")),
  HandEdit(
    name: "no XML declaration", sample: awardSample,
    edit: replacing("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "")),
  HandEdit(
    name: "byte-order mark and standalone declaration", sample: awardSample,
    edit: {
      "\u{FEFF}"
        + $0.replacingOccurrences(
          of: "encoding=\"UTF-8\"?>", with: "encoding=\"utf-8\" standalone=\"yes\"?>")
    }),
  HandEdit(
    name: "internal entity and a DOCTYPE", sample: awardSample,
    edit: {
      replacing(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE exchange [\n<!ENTITY ctn \"Chủ tịch nước\">\n]>\n"
      )(replacing("<issuer>Chủ tịch nước</issuer>", "<issuer>&ctn;</issuer>")($0))
    }),
  HandEdit(
    name: "CRLF line ends", sample: conferenceSample,
    edit: { $0.replacingOccurrences(of: "\n", with: "\r\n") }),
]

/// Canonical XML without comments, after the schema's white-space rule: the text of elements
/// that hold only white space between elements is dropped, and values of the collapsing types
/// are trimmed. The comparison form of hand-edited files.
func normalizedC14N(_ xml: [UInt8]) throws -> String {
  let parsed = try Document.parseXML(xml)
  var canonical = text(try parsed.document.canonicalized(withComments: false))
  // Inter-element white space.
  let between = try NSRegularExpression(pattern: ">\\s+<")
  canonical = between.stringByReplacingMatches(
    in: canonical, range: NSRange(canonical.startIndex..., in: canonical), withTemplate: "><")
  return canonical
}

@Suite struct HandEditTests {
  @Test(arguments: handEdits)
  func handEditValidatesAndReadsAsTheSameRecords(edit: HandEdit) throws {
    let original = text(try bytes(of: edit.sample))
    let edited = Array(edit.edit(original).utf8)
    #expect(edited != Array(original.utf8), "the edit changed nothing")
    let report = ExchangeValidator.shared.validate(xml: edited, file: "edited.xml")
    #expect(report.isValid, "\(report.diagnostics.map(\.description).joined(separator: "\n"))")
    let exchange = try ExchangeXML.decode(edited, file: "edited.xml")
    #expect(exchange == (try ExchangeXML.decode(Array(original.utf8))))
    // Both ways through JSON: the canonical XML of the original.
    let back = ExchangeXML.encode(try ExchangeJSON.decode(ExchangeJSON.encode(exchange)))
    #expect(try normalizedC14N(back) == normalizedC14N(Array(original.utf8)))
    #expect(try c14n(back) == c14n(Array(original.utf8)))
  }

  @Test(.enabled(if: xmllint != nil, "xmllint is not installed"), arguments: handEdits)
  func xmllintAcceptsTheHandEdit(edit: HandEdit) throws {
    let original = text(try bytes(of: edit.sample))
    let result = try run(
      try #require(xmllint),
      [
        "--noout", "--nonet", "--noent", "--schema",
        packageRoot.appendingPathComponent(
          "Schemas/tdkt-exchange.xsd"
        ).path, "-",
      ], stdin: Array(edit.edit(original).utf8))
    #expect(result.status == 0, "\(result.stderr)")
  }
}

/// Every exchange XML file under `Samples/exchange`, valid or not.
let exchangeXMLSamples = exchangeSamples("valid", "xml") + exchangeSamples("invalid", "xml")

@Suite(.enabled(if: xmllint != nil, "xmllint is not installed (make deps installs libxml2-utils)"))
struct XmllintVerdictTests {
  @Test(arguments: exchangeXMLSamples)
  func verdictIsXmllints(path: String) throws {
    let input = try bytes(of: path)
    let ours = ExchangeValidator.shared.validate(xml: input, file: path).isValid
    let theirs = try run(
      try #require(xmllint),
      ["--noout", "--nonet", "--schema", "Schemas/tdkt-exchange.xsd", path])
    #expect(ours == (theirs.status == 0), "tdkt \(ours), xmllint: \(theirs.stderr)")
    #expect(path.contains("/valid/") == ours)
  }

  @Test func mutatedSamplesGetXmllintsVerdict() throws {
    let folder = try makeTemporaryDirectory("tdkt-verdict")
    defer { try? FileManager.default.removeItem(at: folder) }
    let edits: [(String, String)] = [
      ("<collectives>0</collectives>", "<collectives>-0</collectives>"),
      ("<collectives>0</collectives>", "<collectives>+0</collectives>"),
      ("<collectives>0</collectives>", "<collectives>00</collectives>"),
      ("<published>2024-01-31</published>", "<published>2024-01-31Z</published>"),
      ("<published>2024-01-31</published>", "<published>2023-02-29</published>"),
      ("<published>2024-01-31</published>", "<published>2024-02-29</published>"),
      ("<title>", "<title> "),
      ("<profile>liferay</profile>", "<profile> liferay</profile>"),
      ("kind=\"collective\"", "kind=\" collective\""),
      ("conference=\"c-02ea24f49f7d-1\"", "conference=\"c-02ea24f49f7d-1 x\""),
      ("<encoding>windows-1258</encoding>", "<encoding></encoding>"),
      ("<form code=", "<form xml:lang=\"vi\" code="),
      ("<recipients/>", "<recipients><!-- none --></recipients>"),
      ("<recipients/>", "<recipients> x </recipients>"),
    ]
    let original = text(try bytes(of: awardSample))
    for (index, (old, new)) in edits.enumerated() {
      #expect(original.contains(old))
      let edited = original.replacingOccurrences(of: old, with: new)
      let url = folder.appendingPathComponent("edit-\(index).xml")
      try Data(edited.utf8).write(to: url)
      let ours = ExchangeValidator.shared.validate(xml: Array(edited.utf8)).isValid
      let theirs = try run(
        try #require(xmllint),
        [
          "--noout", "--nonet", "--schema",
          packageRoot.appendingPathComponent("Schemas/tdkt-exchange.xsd").path, url.path,
        ])
      #expect(ours == (theirs.status == 0), "\(new): tdkt \(ours), xmllint \(theirs.stderr)")
      if ours {
        // What validates converts, and what it converts to validates.
        let json = ExchangeJSON.encode(try ExchangeXML.decode(Array(edited.utf8)))
        #expect(ExchangeValidator.shared.validate(json: json).isValid, "\(new)")
      }
    }
  }
}
