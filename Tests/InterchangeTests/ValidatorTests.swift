// The validator: schema errors found through the XML are reported at the JSON Pointer of the
// value that caused them, with that value's line and column in the JSON text.

import ExchangeModel
import Foundation
import Interchange
import LibXML
import TestSupport
import Testing

/// A small valid exchange to break in one place at a time.
func baseExchange() -> Exchange {
  Exchange(
    source: Source(
      sha256: String(repeating: "ab", count: 32), encoding: "UTF-8", encodingSource: .meta,
      profile: .news),
    article: Article(title: "Hội nghị", paragraphs: ["Một", "Hai"]),
    conferences: [
      Conference(
        id: "c-1", title: "Hội nghị sơ kết", kind: .midyearReview,
        date: EventDate("2022-07-27", yearInferred: true),
        organizer: Organizer(name: "Cụm Thi đua", system: .state),
        provinces: [ProvinceRef(name: "Bắc Kạn", code: "06")],
        participants: [Person(name: "Lương Quốc Đoàn", positions: ["Chủ tịch"])])
    ],
    awards: [
      Award(
        id: "a-1", form: AwardForm(code: "giay_khen", name: "Giấy khen"),
        recipients: Recipients(named: [Recipient(name: "Trường A", kind: .collective)]),
        conference: "c-1")
    ])
}

/// Changes that break one schema rule each, and the JSON Pointer of the value they break.
let schemaBreaks: [(String, String)] = [
  ("version", "/version"),
  ("sha256", "/source/sha256"),
  ("paragraph", "/article/paragraphs/1"),
  ("organizer", "/conferences/0/organizer/name"),
  ("province", "/conferences/0/provinces/0/code"),
  ("merged", "/conferences/0/provinces/0/mergedIntoCode"),
  ("position", "/conferences/0/participants/0/positions/0"),
  ("formName", "/awards/0/form/name"),
  ("reference", "/awards/0/conference"),
  ("duplicate", "/conferences/1/id"),
  ("count", "/awards/0/recipients/households"),
  ("year", "/conferences/0/period/year"),
]

/// Breaks the model cannot hold (a day not in the calendar, a code outside the vocabulary, an
/// id that is not an NCName),
/// made in the text of
/// `baseExchange()`, and the JSON Pointer of the value they break.
let textBreaks: [(String, String)] = [
  ("retrieved", "/source/retrieved"),
  ("date", "/conferences/0/date"),
  ("form", "/awards/0/form/code"),
  ("id", "/awards/0/id"),
]

/// The JSON text of `baseExchange()` with the change named `change` of ``schemaBreaks`` or
/// ``textBreaks``.
func brokenJSON(_ change: String) -> [UInt8] {
  var exchange = baseExchange()
  let valid: String
  let broken: String
  switch change {
  case "retrieved":
    exchange.source.retrieved = "2022-02-01"
    (valid, broken) = ("\"2022-02-01\"", "\"2022-02-31\"")
  case "date": (valid, broken) = ("\"2022-07-27\"", "\"2022-13-01\"")
  case "form": (valid, broken) = ("\"giay_khen\"", "\"bang_khen\"")
  case "id": (valid, broken) = ("\"a-1\"", "\"1a\"")
  default: return ExchangeJSON.encode(brokenExchange(change))
  }
  let text = String(decoding: ExchangeJSON.encode(exchange), as: UTF8.self)
  #expect(text.components(separatedBy: valid).count == 2, "\(change)")
  return Array(text.replacingOccurrences(of: valid, with: broken).utf8)
}

/// `baseExchange()` with the change named `change` of ``schemaBreaks``.
func brokenExchange(_ change: String) -> Exchange {
  var exchange = baseExchange()
  switch change {
  case "version": exchange.version = "2.0"
  case "sha256": exchange.source.sha256 = "ABC"
  case "paragraph": exchange.article.paragraphs[1] = ""
  case "organizer": exchange.conferences[0].organizer?.name = ""
  case "province": exchange.conferences[0].provinces[0].code = "6"
  case "merged": exchange.conferences[0].provinces[0].mergedIntoCode = "x1"
  case "position": exchange.conferences[0].participants[0].positions[0] = ""
  case "formName": exchange.awards[0].form.name = ""
  case "reference": exchange.awards[0].conference = "c-2"
  case "duplicate": exchange.conferences.append(exchange.conferences[0])
  case "count": exchange.awards[0].recipients.households = -1
  case "year": exchange.conferences[0].period = Period(year: 22, part: .h1)
  default: Issue.record("unknown change \(change)")
  }
  return exchange
}

@Suite struct ValidatorTests {
  @Test func baseExchangeIsValid() {
    #expect(ExchangeValidator.shared.validate(baseExchange()).isValid)
  }

  @Test func theRecordsCheckAgreesWithTheXSDOnTheXMLWrittenFromThem() {
    // A converted page is checked as records, never as the XML written from them: the two
    // verdicts must be one. Every schema break, characters XML does not allow, and generated
    // records (valid ones, and ones with a value broken).
    var cases: [(String, Exchange)] = schemaBreaks.map { ($0.0, brokenExchange($0.0)) }
    for (name, title) in [("control", "Lễ\u{1}trao"), ("nonCharacter", "Lễ \u{FFFE}")] {
      var exchange = baseExchange()
      exchange.article.title = title
      cases.append((name, exchange))
    }
    var random = SeededGenerator(seed: 7)
    for index in 0..<40 {
      var exchange = random.exchange(awardCodes: awardCodes)
      if index % 2 == 1 { exchange.source.sha256 = String(exchange.source.sha256.dropLast()) }
      cases.append(("generated \(index)", exchange))
    }
    for (name, exchange) in cases {
      let records = ExchangeValidator.shared.validate(exchange).isValid
      let xml = ExchangeValidator.shared.validate(xml: ExchangeXML.encode(exchange)).isValid
      #expect(records == xml, "\(name): records \(records), XSD \(xml)")
    }
    #expect(cases.contains { ExchangeValidator.shared.validate($0.1).isValid })
    #expect(cases.contains { !ExchangeValidator.shared.validate($0.1).isValid })
  }

  @Test(arguments: schemaBreaks)
  func schemaErrorIsAtThePointerOfTheValue(change: String, pointer: String) throws {
    let exchange = brokenExchange(change)
    let report = ExchangeValidator.shared.validate(exchange)
    #expect(!report.isValid)
    #expect(report.diagnostics.map(\.location.pointer) == [pointer], "\(report.diagnostics)")
    // Through JSON text, the same pointer, and the line of that value.
    let json = ExchangeJSON.encode(exchange)
    let viaJSON = ExchangeValidator.shared.validate(json: json, file: "x.json")
    let diagnostic = try #require(viaJSON.diagnostics.first)
    #expect(viaJSON.diagnostics.count == 1)
    #expect(diagnostic.location.pointer == pointer)
    #expect(diagnostic.location.file == "x.json")
    #expect(!diagnostic.message.contains("urn:tdkt"))
    #expect(!diagnostic.message.hasPrefix("Element"))
    let lines = text(json).split(separator: "\n", omittingEmptySubsequences: false)
    let line = lines[diagnostic.location.line - 1]
    let key = String(pointer.split(separator: "/").last(where: { Int($0) == nil }) ?? "")
    #expect(
      line.contains("\"\(key)\"") || Int(pointer.split(separator: "/").last!) != nil,
      "line \(diagnostic.location.line): \(line)")
  }

  @Test(arguments: textBreaks)
  func textBreakIsAtThePointerOfTheValue(change: String, pointer: String) throws {
    let json = brokenJSON(change)
    let report = ExchangeValidator.shared.validate(json: json, file: "x.json")
    let diagnostic = try #require(report.diagnostics.first)
    #expect(report.diagnostics.count == 1)
    #expect(diagnostic.location.pointer == pointer)
    let lines = text(json).split(separator: "\n", omittingEmptySubsequences: false)
    let key = String(pointer.split(separator: "/").last ?? "")
    #expect(lines[diagnostic.location.line - 1].contains("\"\(key)\""))
  }

  @Test func xmlSchemaErrorsHaveLineAndColumn() throws {
    var exchange = baseExchange()
    exchange.conferences[0].provinces[0].code = "6"
    let xml = ExchangeXML.encode(exchange)
    let report = ExchangeValidator.shared.validate(xml: xml, file: "x.xml")
    let diagnostic = try #require(report.diagnostics.first)
    let lines = text(xml).split(separator: "\n", omittingEmptySubsequences: false)
    let line = lines[diagnostic.location.line - 1]
    #expect(line.trimmingCharacters(in: .whitespaces).hasPrefix("<province"))
    #expect(diagnostic.location.column == 5)
    #expect(diagnostic.description.hasPrefix("x.xml:\(diagnostic.location.line):5: error: "))
  }

  @Test func formIsDetectedFromTheContent() {
    #expect(ExchangeFormat.detect(Array("  {\"a\": 1}".utf8)) == .json)
    #expect(ExchangeFormat.detect(Array("\u{FEFF}[1]".utf8)) == .json)
    #expect(ExchangeFormat.detect(Array("<?xml version=\"1.0\"?><a/>".utf8)) == .xml)
    #expect(ExchangeFormat.detect(Array("plain text".utf8)) == .xml)
  }

  @Test func unreadableFileIsReportedInvalid() {
    let result = ExchangeValidator.shared.validateFile(atPath: "Samples/does-not-exist.json")
    #expect(!result.valid)
    #expect(result.format == .json)
    #expect(result.errors.first?.description.hasPrefix("Samples/does-not-exist.json") == true)
  }

  @Test func validatorIsSafeToShareAcrossThreads() async {
    let inputs = (1...16).map { seed -> [UInt8] in
      var random = SeededGenerator(seed: UInt64(seed))
      return ExchangeXML.encode(random.exchange(awardCodes: awardCodes))
    }
    let results = await withTaskGroup(of: Bool.self) { group in
      for input in inputs {
        group.addTask { ExchangeValidator.shared.validate(xml: input).isValid }
      }
      var all: [Bool] = []
      for await result in group { all.append(result) }
      return all
    }
    #expect(results.count == 16 && results.allSatisfy { $0 })
  }

  @Test(arguments: exchangeSamples("valid", "json") + exchangeSamples("valid", "xml"))
  func mutatedSamplesGiveLocatedErrorsAndNeverCrash(path: String) throws {
    let original = try bytes(of: path)
    var random = SeededGenerator(seed: UInt64(original.count))
    let insertions: [[UInt8]] = [
      Array("\"".utf8), Array("<".utf8), Array("{".utf8), Array("]".utf8), Array(",".utf8),
      Array("&".utf8), [0xC3], [0xFF], [0x00], Array("\\u".utf8), Array("null".utf8),
    ]
    for _ in 0..<150 {
      var mutated = original
      for _ in 0..<Int.random(in: 1...3, using: &random) {
        let index = Int.random(in: 0..<mutated.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0: mutated.remove(at: index)
        case 1: mutated.insert(contentsOf: random.pick(insertions), at: index)
        default: mutated[index] = UInt8.random(in: 0...255, using: &random)
        }
      }
      let report = ExchangeValidator.shared.validate(mutated, file: "m")
      for diagnostic in report.diagnostics {
        #expect(
          diagnostic.location.line > 0 || diagnostic.location.pointer != nil,
          "\(path): unlocated \(diagnostic)")
      }
      if report.isValid {
        // Whatever still validates converts both ways.
        switch ExchangeFormat.detect(mutated) {
        case .json: _ = try ExchangeXML.encode(ExchangeJSON.decode(mutated))
        case .xml: _ = try ExchangeJSON.encode(ExchangeXML.decode(mutated))
        }
      }
    }
  }
}

@Suite struct OutputCheckTests {
  @Test func aStringLongerThanXMLParsersReadIsAnErrorAtItsPointer() throws {
    var exchange = baseExchange()
    exchange.article.title = String(repeating: "ệ", count: 3_500_000)
    let json = ExchangeJSON.encode(exchange)
    let report = ExchangeValidator.shared.validate(json: json, file: "x.json")
    #expect(report.diagnostics.map(\.location.pointer) == ["/article/title"])
    #expect(
      ExchangeValidator.shared.validate(exchange).diagnostics.map(\.location.pointer) == [
        "/article/title"
      ])
    #expect(throws: InterchangeError.self) { _ = try ExchangeConversion.xml(fromJSON: json) }
  }

  @Test func conversionsGiveTheInputsErrorsAndWriteNothingInvalid() throws {
    for (change, pointer) in schemaBreaks + textBreaks {
      let json = brokenJSON(change)
      do {
        _ = try ExchangeConversion.xml(fromJSON: json, file: "x.json")
        Issue.record("\(change): converted")
      } catch {
        #expect(error.diagnostics.map(\.location.pointer) == [pointer], "\(change)")
      }
    }
  }

  @Test func manyErrorsAreCappedWithACount() throws {
    var exchange = baseExchange()
    exchange.article.paragraphs = Array(repeating: "", count: 500)
    let report = ExchangeValidator.shared.validate(json: ExchangeJSON.encode(exchange))
    #expect(report.diagnostics.count == 101)
    #expect(report.diagnostics.last?.message == "400 more errors not shown")
    let xml = ExchangeXML.encode(exchange)
    let xmlReport = ExchangeValidator.shared.validate(xml: xml)
    #expect(xmlReport.diagnostics.count == 101)
    #expect(xmlReport.diagnostics.allSatisfy { !$0.message.contains("\n") })
  }
}
