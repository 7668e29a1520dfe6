// Reading the expected exchanges of the samples and comparing records field by field.

import Foundation
import PortalPage
import Records
import TestSupport

/// One sample with an `expected.json`.
struct RecordSample: CustomStringConvertible, Sendable {
  let name: String
  let folder: URL
  var description: String { name }

  /// Every case of `Samples/portal/` and `Samples/records/` that has an `expected.json`.
  static let all: [RecordSample] = (sampleCases("portal") + sampleCases("records")).compactMap {
    url in
    guard FileManager.default.fileExists(atPath: url.appendingPathComponent("expected.json").path)
    else { return nil }
    return RecordSample(
      name: url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent,
      folder: url)
  }

  /// The expected exchange as JSON objects.
  func expected() throws -> [String: Any] {
    let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
    guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw SampleError.notAnObject(name)
    }
    return object
  }
}

enum SampleError: Error {
  case notAnObject(String)
  case missing(String, String)
}

/// The article of an expected exchange.
func article(from json: [String: Any]) throws -> Article {
  guard let a = json["article"] as? [String: Any], a["title"] is String else {
    throw SampleError.missing("article", "title")
  }
  return record(from: a)
}

/// The source of an expected exchange.
func source(from json: [String: Any]) throws -> Source {
  guard let s = json["source"] as? [String: Any], s["sha256"] is String else {
    throw SampleError.missing("source", "sha256")
  }
  return record(from: s)
}

// MARK: Records as JSON objects (the shape of the exchange JSON form), through the field tables

/// A record as JSON objects.
func json<T: TableRecord>(_ record: T) -> [String: Any] {
  jsonObject(T.table.spec, record.fieldValue)
}

private func jsonObject(_ spec: RecordSpec, _ value: FieldValue) -> [String: Any] {
  guard case .record(let values) = value else { return [:] }
  var object: [String: Any] = [:]
  for (field, value) in zip(spec.fields, values) {
    guard let value else { continue }
    if field.inline, case .record(let inner) = field.type, case .record(let members) = value {
      for (member, memberValue) in zip(inner.fields, members) {
        if let memberValue { object[field.key + member.key] = jsonValue(member.type, memberValue) }
      }
      continue
    }
    object[field.key] = jsonValue(field.type, value)
  }
  return object
}

private func jsonValue(_ type: ValueType, _ value: FieldValue) -> Any {
  switch value {
  case .text(let text): return text
  case .integer(let number): return number
  case .flag(let flag): return NSNumber(value: flag)
  case .list(let items): return items.map { jsonValue(type, $0) }
  case .record:
    guard case .record(let spec) = type else { return [String: Any]() }
    return jsonObject(spec, value)
  }
}

/// A record from JSON objects (values of the wrong shape are left out).
func record<T: TableRecord>(from object: [String: Any]) -> T {
  T(fieldValue: fieldValue(T.table.spec, object))
}

private func fieldValue(_ spec: RecordSpec, _ object: [String: Any]) -> FieldValue {
  .record(
    spec.fields.map { field -> FieldValue? in
      if field.inline, case .record(let inner) = field.type {
        guard object[field.key] != nil else { return nil }
        return .record(
          inner.fields.map { member in
            object[field.key + member.key].flatMap { fieldValue(member.type, $0) }
          })
      }
      guard let value = object[field.key] else { return nil }
      if field.occurrence == .list {
        return (value as? [Any]).map { .list($0.compactMap { fieldValue(field.type, $0) }) }
      }
      return fieldValue(field.type, value)
    })
}

private func fieldValue(_ type: ValueType, _ value: Any) -> FieldValue? {
  switch type {
  case .record(let spec): return (value as? [String: Any]).map { fieldValue(spec, $0) }
  case .flag: return (value as? NSNumber).map { .flag($0.boolValue) }
  case .year, .count: return (value as? NSNumber).map { .integer($0.intValue) }
  default: return (value as? String).map(FieldValue.text)
  }
}

/// Every difference between two JSON values, as "path: expected …, got …" lines.
func differences(_ expected: Any?, _ actual: Any?, path: String) -> [String] {
  switch (expected, actual) {
  case (nil, nil): return []
  case (let e as [String: Any], let a as [String: Any]):
    let keys = Set(e.keys).union(a.keys).sorted()
    return keys.flatMap { differences(e[$0], a[$0], path: path + "." + $0) }
  case (let e as [Any], let a as [Any]):
    var lines: [String] = []
    if e.count != a.count {
      lines.append("\(path): expected \(e.count) items, got \(a.count)")
    }
    for i in 0..<max(e.count, a.count) {
      lines += differences(
        i < e.count ? e[i] : nil, i < a.count ? a[i] : nil, path: "\(path)[\(i)]")
    }
    return lines
  default:
    let e = expected.map(describe) ?? "nothing"
    let a = actual.map(describe) ?? "nothing"
    return e == a ? [] : ["\(path): expected \(e), got \(a)"]
  }
}

func describe(_ value: Any) -> String {
  if let s = value as? String { return "\"\(s)\"" }
  if let n = value as? NSNumber { return n.stringValue }
  if let d = value as? [String: Any] {
    return "{" + d.keys.sorted().map { "\($0): \(describe(d[$0]!))" }.joined(separator: ", ") + "}"
  }
  if let a = value as? [Any] { return "[" + a.map(describe).joined(separator: ", ") + "]" }
  return "\(value)"
}
