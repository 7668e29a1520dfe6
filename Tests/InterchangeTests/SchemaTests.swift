// The two schemas agree with the data files, with the model and with each other, and the
// embedded copies are the files of the repository.

import ExchangeModel
import Foundation
import Interchange
import LibXML
import TestSupport
import Testing

private let xsdNamespaces = ["xs": "http://www.w3.org/2001/XMLSchema"]

/// The enumeration values of the XSD's simple type `name`, in order.
private func xsdEnumeration(_ name: String) throws -> [String] {
  let document = try Document.parseXML(Array(SchemaFiles.xsd.utf8)).document
  return try document.nodes(
    "//xs:simpleType[@name='\(name)']/xs:restriction/xs:enumeration/@value",
    namespaces: xsdNamespaces
  ).map(\.content)
}

/// The JSON Schema as a Foundation tree (only for reading values in tests).
private func jsonSchema() throws -> [String: Any] {
  let object = try JSONSerialization.jsonObject(with: Data(SchemaFiles.jsonSchema.utf8))
  return try #require(object as? [String: Any])
}

/// The `enum` of `$defs/<definition>/properties/<property>` (or of the definition itself when
/// `property` is nil).
private func jsonEnumeration(_ definition: String, _ property: String?) throws -> [String] {
  let definitions = try #require(try jsonSchema()["$defs"] as? [String: Any])
  var node = try #require(definitions[definition] as? [String: Any])
  if let property {
    let properties = try #require(node["properties"] as? [String: Any])
    node = try #require(properties[property] as? [String: Any])
  }
  return try #require(node["enum"] as? [String])
}

@Suite struct SchemaTests {
  @Test func embeddedSchemasAreTheRepositoryFiles() throws {
    let xsd = try bytes(of: "Schemas/tdkt-exchange.xsd")
    let json = try bytes(of: "Schemas/tdkt-exchange.schema.json")
    #expect(Array(SchemaFiles.xsd.utf8) == xsd)
    #expect(Array(SchemaFiles.jsonSchema.utf8) == json)
  }

  @Test func xsdCompiles() throws {
    _ = try Schema(xsd: Array(SchemaFiles.xsd.utf8), file: "Schemas/tdkt-exchange.xsd")
  }

  @Test func awardCodesOfBothSchemasAreTheVocabularyPlusOther() throws {
    #expect(awardCodes.count > 60)
    #expect(awardCodes.last == "other")
    #expect(try xsdEnumeration("awardFormCodeType") == awardCodes)
    #expect(try jsonEnumeration("awardForm", "code") == awardCodes)
  }

  @Test func enumerationsMatchTheModel() throws {
    let cases: [(String, String, String, [String])] = [
      (
        "encodingSourceType", "source", "encodingSource",
        Source.EncodingSource.allCases.map(\.rawValue)
      ),
      ("profileType", "source", "profile", Source.Profile.allCases.map(\.rawValue)),
      ("conferenceKindType", "conference", "kind", Conference.Kind.allCases.map(\.rawValue)),
      ("periodPartType", "period", "part", Period.Part.allCases.map(\.rawValue)),
      ("organizerSystemType", "organizer", "system", Organizer.System.allCases.map(\.rawValue)),
      ("recipientKindType", "recipient", "kind", Recipient.Kind.allCases.map(\.rawValue)),
    ]
    for (xsdType, definition, property, model) in cases {
      #expect(try xsdEnumeration(xsdType) == model, "\(xsdType)")
      #expect(try jsonEnumeration(definition, property) == model, "\(definition).\(property)")
    }
  }

  @Test func jsonSchemaKeysFollowTheCanonicalOrder() throws {
    // The JSON Schema lists each object's properties in the order the writer emits them.
    var random = SeededGenerator(seed: 3)
    var exchange = random.exchange(awardCodes: awardCodes)
    while exchange.conferences.isEmpty || exchange.awards.isEmpty {
      exchange = random.exchange(awardCodes: awardCodes)
    }
    let json = text(ExchangeJSON.encode(exchange))
    let definitions = try #require(try jsonSchema()["$defs"] as? [String: Any])
    let exchangeProperties = try #require(
      (definitions["exchange"] as? [String: Any])?["properties"] as? [String: Any])
    // Foundation's dictionaries lose order: read the order from the schema text instead.
    let schemaText = SchemaFiles.jsonSchema
    let order = ["version", "source", "article", "conferences", "awards"]
    #expect(Set(exchangeProperties.keys) == Set(order))
    var last = schemaText.startIndex
    for key in order {
      let range = try #require(
        schemaText.range(of: "\"\(key)\":", range: last..<schemaText.endIndex))
      last = range.upperBound
    }
    var position = json.startIndex
    for key in order {
      let range = try #require(json.range(of: "\"\(key)\":", range: position..<json.endIndex))
      position = range.upperBound
    }
  }

  @Test func everyXSDElementNameIsWrittenByTheEncoder() throws {
    // Each element the XSD declares appears in the XML of a full record set, so the writer and
    // the schema describe the same format.
    let document = try Document.parseXML(Array(SchemaFiles.xsd.utf8)).document
    let names = Set(
      try document.nodes("//xs:element/@name", namespaces: xsdNamespaces).map(\.content))
    var written: Set<String> = []
    for seed in propertySeeds {
      var random = SeededGenerator(seed: seed)
      let xml = try Document.parseXML(ExchangeXML.encode(random.exchange(awardCodes: awardCodes)))
      for node in try xml.document.nodes("//*") { written.insert(node.localName) }
    }
    #expect(names.subtracting(written).isEmpty, "never written: \(names.subtracting(written))")
    #expect(written.subtracting(names).isEmpty, "not in the XSD: \(written.subtracting(names))")
  }
}
