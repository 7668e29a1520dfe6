// The field tables against the two schemas, which stay the single source of truth: for every
// record type, the XSD complex type has the table's elements in its order with its occurrences
// and types, its attributes and its simple content; the JSON Schema definition has the table's
// keys in its order, its required keys, its arrays and its value types.

import ExchangeModel
import Foundation
import LibXML
import TestSupport
import Testing

@testable import Interchange

private let xs = ["xs": "http://www.w3.org/2001/XMLSchema"]

/// Every record table reachable from the exchange's, each once, in order of discovery.
func allRecordSpecs() -> [RecordSpec] {
  var result: [RecordSpec] = []
  var queue = [Exchange.table.spec]
  while !queue.isEmpty {
    let spec = queue.removeFirst()
    guard !result.contains(spec) else { continue }
    result.append(spec)
    for field in spec.fields {
      if case .record(let inner) = field.type { queue.append(inner) }
    }
  }
  return result
}

/// A JSON Schema node read with tdkt's own reader, which keeps the order of keys.
private struct SchemaNode {
  var node: JSONNode

  subscript(_ key: String) -> SchemaNode? {
    guard case .object(let members) = node.value,
      let member = members.first(where: { $0.key == key })
    else { return nil }
    return SchemaNode(node: member.value)
  }

  var keys: [String] {
    guard case .object(let members) = node.value else { return [] }
    return members.map(\.key)
  }

  var string: String? {
    if case .string(let text, _) = node.value { return text }
    return nil
  }

  var strings: [String] {
    guard case .array(let items) = node.value else { return [] }
    return items.compactMap { SchemaNode(node: $0).string }
  }

  var number: String? {
    if case .number(let lexeme) = node.value { return lexeme }
    return nil
  }

  var isTrue: Bool {
    if case .bool(true) = node.value { return true }
    return false
  }
}

private func jsonSchemaRoot() throws -> SchemaNode {
  SchemaNode(node: try JSONReader.parse(Array(SchemaFiles.jsonSchema.utf8), file: nil))
}

@Suite struct TableSchemaTests {
  let xsd: Document

  init() throws {
    xsd = try Document.parseXML(Array(SchemaFiles.xsd.utf8)).document
  }

  @Test func everyRecordTypeIsReached() {
    let names = allRecordSpecs().map(\.name)
    #expect(names.count == Set(names).count)
    #expect(names.count >= 17, "\(names)")
  }

  @Test(arguments: allRecordSpecs().map(\.name))
  func tableIsTheXSDComplexType(name: String) throws {
    let spec = try #require(allRecordSpecs().first { $0.name == name })
    let type = try #require(
      try xsd.firstNode("/xs:schema/xs:complexType[@name='\(name)']", namespaces: xs),
      "no complexType \(name)")
    // Elements: order, names, types, occurrences.
    let elements = try type.nodes("xs:sequence/xs:element", namespaces: xs)
    let elementFields = spec.fields.filter {
      if case .element = $0.placement { return true } else { return false }
    }
    #expect(elements.map { $0.attribute("name") } == elementFields.map(\.xmlName), "\(name)")
    for (element, field) in zip(elements, elementFields) {
      let label = "\(name)/\(field.key)"
      #expect(element.attribute("type") == "t:" + field.type.schemaName, "\(label)")
      #expect(
        (element.attribute("minOccurs") ?? "1") == (field.occurrence == .required ? "1" : "0"),
        "\(label)")
      #expect(
        (element.attribute("maxOccurs") ?? "1") == (field.occurrence == .list ? "unbounded" : "1"),
        "\(label)")
    }
    // Attributes: the same set, types and use.
    let attributes = try type.nodes(
      "xs:attribute | xs:simpleContent/xs:extension/xs:attribute", namespaces: xs)
    let attributeFields = spec.fields.filter {
      if case .attribute = $0.placement { return true } else { return false }
    }
    #expect(attributes.map { $0.attribute("name") } == attributeFields.map(\.xmlName), "\(name)")
    for (attribute, field) in zip(attributes, attributeFields) {
      let label = "\(name)/@\(field.key)"
      #expect(attribute.attribute("type") == "t:" + field.type.schemaName, "\(label)")
      #expect(
        (attribute.attribute("use") == "required") == (field.occurrence == .required), "\(label)")
    }
    // Simple content: the text field and its type.
    let base = try type.string("string(xs:simpleContent/xs:extension/@base)", namespaces: xs)
    let textField = spec.fields.first { $0.placement == .text }
    #expect(base == (textField.map { "t:" + $0.type.schemaName } ?? ""), "\(name)")
    // Closed vocabularies are the XSD's enumerations, in order.
    for field in spec.fields {
      guard case .enumeration(let typeName, let values) = field.type else { continue }
      let declared = try xsd.nodes(
        "/xs:schema/xs:simpleType[@name='\(typeName)']/xs:restriction/xs:enumeration/@value",
        namespaces: xs
      ).map(\.content)
      #expect(declared == values, "\(typeName)")
    }
  }

  @Test func identityRulesAreTheXSDsConstraints() throws {
    for rule in Exchange.table.spec.identity {
      switch rule {
      case .unique(let name, let list, let field):
        let constraint = try #require(
          try xsd.firstNode(
            "//xs:element[@name='exchange']/*[(self::xs:key or self::xs:unique) and @name='\(name)']",
            namespaces: xs))
        let element = try #require(listElement(list))
        #expect(
          try constraint.string("string(xs:selector/@xpath)", namespaces: xs) == "t:" + element)
        #expect(try constraint.string("string(xs:field/@xpath)", namespaces: xs) == "@" + field)
      case .reference(let name, let list, let field, _, _):
        let constraint = try #require(
          try xsd.firstNode(
            "//xs:element[@name='exchange']/xs:keyref[@name='\(name)']", namespaces: xs))
        let element = try #require(listElement(list))
        #expect(
          try constraint.string("string(xs:selector/@xpath)", namespaces: xs) == "t:" + element)
        #expect(try constraint.string("string(xs:field/@xpath)", namespaces: xs) == "@" + field)
      }
    }
    let declared = try xsd.nodes(
      "//xs:element[@name='exchange']/*[self::xs:key or self::xs:unique or self::xs:keyref]",
      namespaces: xs)
    #expect(declared.count == Exchange.table.spec.identity.count)
  }

  private func listElement(_ key: String) -> String? {
    Exchange.table.spec.fields.first { $0.key == key }?.xmlName
  }

  @Test func tablesAreTheJSONSchemaDefinitions() throws {
    let root = try jsonSchemaRoot()
    let definitions = try #require(root["$defs"])
    #expect(root["$ref"]?.string == "#/$defs/exchange")
    var pending: [(RecordSpec, String)] = [(Exchange.table.spec, "exchange")]
    var seen: Set<String> = []
    while let (spec, definitionName) = pending.popLast() {
      guard seen.insert(definitionName).inserted else { continue }
      let definition = try #require(definitions[definitionName], "no $defs/\(definitionName)")
      #expect(definition["type"]?.string == "object", "\(definitionName)")
      #expect(definition["additionalProperties"].map { !$0.isTrue } == true, "\(definitionName)")
      let properties = try #require(definition["properties"], "\(definitionName)")
      // Keys in the writer's order, inlined records expanded.
      var expected: [String] = []
      var required: [String] = []
      for field in spec.fields {
        if field.inline, case .record(let inner) = field.type {
          expected += inner.fields.map { field.key + $0.key }
          for member in inner.fields where member.occurrence != .required {
            let key = field.key + member.key
            #expect(
              definition["dependentRequired"]?[key]?.strings == [field.key],
              "\(definitionName): \(key) depends on \(field.key)")
          }
          continue
        }
        expected.append(field.key)
        if field.occurrence == .required { required.append(field.key) }
      }
      #expect(properties.keys == expected, "\(definitionName)")
      #expect((definition["required"]?.strings ?? []) == required, "\(definitionName)")
      for field in spec.fields {
        let members: [(FieldSpec, String)]
        if field.inline, case .record(let inner) = field.type {
          members = inner.fields.map { ($0, field.key + $0.key) }
        } else {
          members = [(field, field.key)]
        }
        for (member, key) in members {
          var property = try #require(properties[key], "\(definitionName).\(key)")
          let label = "\(definitionName).\(key)"
          if member.occurrence == .list {
            #expect(property["type"]?.string == "array", "\(label)")
            #expect(property["minItems"]?.number == "1", "\(label)")
            property = try #require(property["items"], "\(label)")
          }
          if case .record(let inner) = member.type, !field.inline || member.key == field.key {
            let reference = try #require(property["$ref"]?.string, "\(label)")
            pending.append((inner, String(reference.dropFirst("#/$defs/".count))))
            continue
          }
          try expectJSONType(member.type, property, definitions, label)
        }
      }
    }
  }

  private func expectJSONType(
    _ type: ValueType, _ property: SchemaNode, _ definitions: SchemaNode, _ label: String
  ) throws {
    func reference() -> String? { property["$ref"]?.string }
    switch type {
    case .text: #expect(reference() == "#/$defs/nonEmptyString", "\(label)")
    case .date: #expect(reference() == "#/$defs/date", "\(label)")
    case .id, .idRef: #expect(reference() == "#/$defs/id", "\(label)")
    case .provinceCode: #expect(reference() == "#/$defs/provinceCode", "\(label)")
    case .count:
      #expect(reference() == "#/$defs/count", "\(label)")
      #expect(definitions["count"]?["type"]?.string == "integer")
      #expect(definitions["count"]?["minimum"]?.number == "0")
      #expect(definitions["count"]?["maximum"]?.number == "4294967295")
    case .year:
      #expect(property["type"]?.string == "integer", "\(label)")
      #expect(property["minimum"]?.number == "1000", "\(label)")
      #expect(property["maximum"]?.number == "9999", "\(label)")
    case .flag: #expect(property["const"]?.isTrue == true, "\(label)")
    case .version: #expect(property["const"]?.string == "1.0", "\(label)")
    case .sha256: #expect(property["pattern"]?.string == "^[0-9a-f]{64}$", "\(label)")
    case .enumeration(_, let values): #expect(property["enum"]?.strings == values, "\(label)")
    case .record: Issue.record("\(label): a record where a simple value was expected")
    }
  }

  @Test func awardFormCodesAreTheDataFilePlusOther() {
    #expect(AwardForm.codes == awardCodes)
  }
}
