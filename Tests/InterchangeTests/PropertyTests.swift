// Property-based round trips over seeded random records: JSON and XML both ways through the
// model, byte-for-byte for JSON.

import ExchangeModel
import Foundation
import Interchange
import TestSupport
import Testing

/// The award codes of the vocabulary, read from `Data/award-forms.csv`, plus `other`.
let awardCodes: [String] = {
  let csv = contents(of: packageRoot.appendingPathComponent("Data/award-forms.csv")) ?? []
  let lines = String(decoding: csv, as: UTF8.self).split(separator: "\n").dropFirst()
  return lines.map { String($0.prefix { $0 != "," }) } + ["other"]
}()

/// The seeds of the property tests; each gives a different exchange.
let propertySeeds: [UInt64] = Array(1...60)

@Suite struct PropertyTests {
  @Test(arguments: propertySeeds)
  func recordsRoundTripThroughJSON(seed: UInt64) throws {
    var random = SeededGenerator(seed: seed)
    let exchange = random.exchange(awardCodes: awardCodes)
    let json = ExchangeJSON.encode(exchange)
    let decoded = try ExchangeJSON.decode(json, file: "generated.json")
    #expect(decoded == exchange)
    #expect(ExchangeJSON.encode(decoded) == json)
  }

  @Test(arguments: propertySeeds)
  func recordsRoundTripThroughXML(seed: UInt64) throws {
    var random = SeededGenerator(seed: seed)
    let exchange = random.exchange(awardCodes: awardCodes)
    let xml = ExchangeXML.encode(exchange)
    let decoded = try ExchangeXML.decode(xml, file: "generated.xml")
    #expect(decoded == exchange)
    #expect(ExchangeXML.encode(decoded) == xml)
  }

  @Test(arguments: propertySeeds)
  func jsonToXMLToJSONIsByteIdentical(seed: UInt64) throws {
    var random = SeededGenerator(seed: seed)
    let json = ExchangeJSON.encode(random.exchange(awardCodes: awardCodes))
    let xml = ExchangeXML.encode(try ExchangeJSON.decode(json))
    let back = ExchangeJSON.encode(try ExchangeXML.decode(xml))
    #expect(String(decoding: back, as: UTF8.self) == String(decoding: json, as: UTF8.self))
  }

  @Test func generatorCoversEmptyAndLongLists() {
    var random = SeededGenerator(seed: 7)
    var sawEmptyParagraphs = false
    var sawLongParagraphs = false
    var sawAward = false
    var sawNoConference = false
    for _ in 0..<200 {
      let exchange = random.exchange(awardCodes: awardCodes)
      sawEmptyParagraphs = sawEmptyParagraphs || exchange.article.paragraphs.isEmpty
      sawLongParagraphs = sawLongParagraphs || exchange.article.paragraphs.count > 10
      sawAward = sawAward || !exchange.awards.isEmpty
      sawNoConference = sawNoConference || exchange.conferences.isEmpty
    }
    #expect(sawEmptyParagraphs && sawLongParagraphs && sawAward && sawNoConference)
  }
}
