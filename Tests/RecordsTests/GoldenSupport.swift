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
  guard let a = json["article"] as? [String: Any], let title = a["title"] as? String else {
    throw SampleError.missing("article", "title")
  }
  let images = (a["images"] as? [[String: Any]] ?? []).map {
    Article.Image(src: $0["src"] as? String, caption: $0["caption"] as? String)
  }
  return Article(
    title: title, published: a["published"] as? String,
    publishedText: a["publishedText"] as? String,
    updated: a["updated"] as? String, author: a["author"] as? String, lead: a["lead"] as? String,
    paragraphs: a["paragraphs"] as? [String] ?? [], images: images)
}

/// The source of an expected exchange.
func source(from json: [String: Any]) throws -> Source {
  guard let s = json["source"] as? [String: Any], let sha = s["sha256"] as? String else {
    throw SampleError.missing("source", "sha256")
  }
  return Source(
    url: s["url"] as? String, sha256: sha, encoding: s["encoding"] as? String ?? "UTF-8",
    encodingSource: Source.EncodingSource(rawValue: s["encodingSource"] as? String ?? "") ?? .meta,
    profile: Source.Profile(rawValue: s["profile"] as? String ?? "") ?? .generic,
    retrieved: s["retrieved"] as? String)
}

// MARK: Records as JSON objects (the shape of the exchange JSON form)

func json(_ province: ProvinceRef) -> [String: Any] {
  var o: [String: Any] = ["name": province.name, "code": province.code]
  if let m = province.mergedInto { o["mergedInto"] = m }
  if let m = province.mergedIntoCode { o["mergedIntoCode"] = m }
  return o
}

func json(_ c: Conference) -> [String: Any] {
  var o: [String: Any] = ["id": c.id, "title": c.title, "kind": c.kind.rawValue]
  if let p = c.period {
    var period: [String: Any] = ["year": p.year, "part": p.part.rawValue]
    if let f = p.from { period["from"] = f }
    if let t = p.to { period["to"] = t }
    o["period"] = period
  }
  if let d = c.date {
    o["date"] = d.value
    if d.yearInferred { o["dateYearInferred"] = NSNumber(value: true) }
  }
  if let v = c.venue {
    var venue: [String: Any] = [:]
    if let p = v.place { venue["place"] = p }
    if let p = v.province { venue["province"] = json(p) }
    o["venue"] = venue
  }
  if let org = c.organizer {
    var organizer: [String: Any] = ["name": org.name]
    if let s = org.system { organizer["system"] = s.rawValue }
    o["organizer"] = organizer
  }
  if !c.provinces.isEmpty { o["provinces"] = c.provinces.map(json) }
  if !c.participants.isEmpty {
    o["participants"] = c.participants.map { p -> [String: Any] in
      var person: [String: Any] = ["name": p.name]
      if !p.positions.isEmpty { person["positions"] = p.positions }
      if let r = p.role { person["role"] = r }
      return person
    }
  }
  if !c.movements.isEmpty { o["movements"] = c.movements }
  if !c.exemplars.isEmpty {
    o["exemplars"] = c.exemplars.map { e -> [String: Any] in
      var x: [String: Any] = ["name": e.name]
      if let t = e.topic { x["topic"] = t }
      if let p = e.place { x["place"] = p }
      return x
    }
  }
  return o
}

func json(_ a: Award) -> [String: Any] {
  var o: [String: Any] = ["id": a.id]
  if let d = a.decision {
    var decision: [String: Any] = ["number": d.number]
    if let x = d.date { decision["date"] = x }
    if let x = d.issuer { decision["issuer"] = x }
    if let x = d.signer {
      var signer: [String: Any] = ["name": x.name]
      if let p = x.position { signer["position"] = p }
      if let c = x.competence { signer["competence"] = c }
      decision["signer"] = signer
    }
    o["decision"] = decision
  }
  o["form"] = ["code": a.form.code, "name": a.form.name]
  var r: [String: Any] = [:]
  if let x = a.recipients.collectives { r["collectives"] = x }
  if let x = a.recipients.individuals { r["individuals"] = x }
  if let x = a.recipients.households { r["households"] = x }
  if !a.recipients.named.isEmpty {
    r["named"] = a.recipients.named.map { n -> [String: Any] in
      var x: [String: Any] = ["name": n.name, "kind": n.kind.rawValue]
      if n.posthumous { x["posthumous"] = true }
      if let d = n.detail { x["detail"] = d }
      if !n.positions.isEmpty { x["positions"] = n.positions }
      return x
    }
  }
  o["recipients"] = r
  if let x = a.reason { o["reason"] = x }
  if let x = a.conference { o["conference"] = x }
  return o
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
