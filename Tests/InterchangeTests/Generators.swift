// Seeded generators for the property tests: random exchange records that satisfy the schema, and
// random well-formed XML trees for the generic form.

import ExchangeModel
import Foundation

/// SplitMix64: small, fast, and the same sequence on every platform for a given seed.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func chance(_ probability: Double) -> Bool {
    Double.random(in: 0..<1, using: &self) < probability
  }

  mutating func pick<T>(_ values: [T]) -> T {
    values[Int.random(in: 0..<values.count, using: &self)]
  }
}

/// Pieces of text that exercise the writers: Vietnamese letters in NFC and NFD, characters XML
/// and JSON escape, white space of every kind, astral-plane characters.
private let textPieces: [String] = [
  "Hội nghị", "sơ kết", "thi đua", "khen thưởng", "Bắc Kạn", "Thái Nguyên", "Hòa Bình", "Hoà Bình",
  "đồng chí", "Ủy viên BCH Trung ương Đảng", "Quyết định số 163/QĐ-UBND", "“phong trào”",
  "Ngo\u{0323}c", "A & B", "<b>", "x > y", "\"quoted\"", "it's", "\\", "/", "tab\there",
  "line\nbreak", "cr\rreturn", "crlf\r\n", "  leading", "trailing  ", " ", "\u{00A0}",
  "😀", "𝔘𝔫𝔦", "\u{2028}", "\u{7F}", "]]>", "--", "?>", "&amp;", "&#x41;", "{}", "[]", ":",
  "0", "-1", "null", "true", "ĂÂÊÔƠƯăâêôơư", "Đ", "\u{FEFF}",
]

extension SeededGenerator {
  /// A non-empty string of random pieces.
  mutating func text(maxPieces: Int = 4) -> String {
    var result = ""
    for _ in 0..<Int.random(in: 1...maxPieces, using: &self) {
      result += pick(textPieces)
    }
    return result
  }

  mutating func list<T>(max: Int, _ make: (inout SeededGenerator) -> T) -> [T] {
    let count: Int
    switch Int.random(in: 0..<10, using: &self) {
    case 0...3: count = 0
    case 4...8: count = Int.random(in: 1...3, using: &self)
    default: count = Int.random(in: 0...max, using: &self)
    }
    var result: [T] = []
    for _ in 0..<count { result.append(make(&self)) }
    return result
  }

  mutating func date() -> String {
    let year = Int.random(in: 1945...2030, using: &self)
    let month = Int.random(in: 1...12, using: &self)
    let day = Int.random(in: 1...28, using: &self)
    return String(format: "%04d-%02d-%02d", year, month, day)
  }

  mutating func hex(_ count: Int) -> String {
    String((0..<count).map { _ in pick(Array("0123456789abcdef")) })
  }

  mutating func provinceCode() -> String {
    String(format: "%02d", Int.random(in: 1...96, using: &self))
  }

  /// A random value of a simple type, or a random record of a table.
  mutating func value(_ type: ValueType, key: String, awardCodes: [String]) -> FieldValue {
    switch type {
    case .text: return .text(text(maxPieces: key == "paragraphs" ? 12 : 4))
    case .version: return .text(Exchange.currentVersion)
    case .date: return .text(date())
    case .year: return .integer(Int.random(in: 1000...9999, using: &self))
    case .count: return .integer(Int.random(in: 0...500, using: &self))
    case .flag: return .flag(true)
    case .id, .idRef: return .text("x")  // numbered by `exchange(awardCodes:)`
    case .sha256: return .text(hex(64))
    case .provinceCode: return .text(provinceCode())
    case .enumeration(let name, let values):
      return .text(pick(name == "awardFormCodeType" ? awardCodes : values))
    case .record(let spec): return record(spec, awardCodes: awardCodes)
    }
  }

  /// A random record of `spec`: optional fields present half the time, lists of 0–3 items and
  /// sometimes long ones.
  mutating func record(_ spec: RecordSpec, awardCodes: [String]) -> FieldValue {
    .record(
      spec.fields.map { field -> FieldValue? in
        switch field.occurrence {
        case .required: return value(field.type, key: field.key, awardCodes: awardCodes)
        case .optional:
          return chance(0.5) ? value(field.type, key: field.key, awardCodes: awardCodes) : nil
        case .list:
          let longest = ["paragraphs": 40, "provinces": 63, "participants": 20][field.key] ?? 6
          let items = list(max: longest) {
            $0.value(field.type, key: field.key, awardCodes: awardCodes)
          }
          return items.isEmpty ? nil : .list(items)
        }
      })
  }

  /// A random exchange that satisfies the schema, generated from the field tables (so a new
  /// field is generated as soon as its table line exists).
  mutating func exchange(awardCodes: [String]) -> Exchange {
    var exchange = Exchange(fieldValue: record(Exchange.table.spec, awardCodes: awardCodes))
    // Ids are unique and an award's conference is one of the file's.
    let prefix = String(exchange.source.sha256.prefix(12))
    for index in exchange.conferences.indices {
      exchange.conferences[index].id = ConferenceID(page: prefix, number: index + 1)
    }
    let conferenceIds = exchange.conferences.map(\.id)
    for index in exchange.awards.indices {
      exchange.awards[index].id = AwardID(page: prefix, number: index + 1)
      exchange.awards[index].conference =
        !conferenceIds.isEmpty && chance(0.5) ? pick(conferenceIds) : nil
    }
    return exchange
  }
}

// MARK: - XML trees

extension SeededGenerator {
  /// Text for generic XML: markup characters, white space, astral characters.
  mutating func xmlText() -> String {
    pick([
      "plain", " ", "\n", "\n  ", "\t", "a & b", "<tag>", "x > y", "\"q\"", "'s'", "Việt Nam",
      "Ngo\u{0323}c", "😀", "𝔘", "]]>", "\r\n", "\u{85}", "\u{2028}", "&", "   ",
    ])
  }

  /// A random well-formed XML document as text, with a seed of its own quirks: default and
  /// prefixed namespaces (redeclared), mixed content, comments, PIs, CDATA, character
  /// references, attributes with white space.
  mutating func xmlDocument() -> String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    if chance(0.4) { out += "<!-- prolog \(Int.random(in: 0...9, using: &self)) -->\n" }
    if chance(0.3) { out += "<?style type=\"x\"?>\n" }
    out += element(depth: 0, prefixes: [])
    if chance(0.3) { out += "\n<!--epilog-->" }
    if chance(0.2) { out += "\n<?done?>" }
    return out + "\n"
  }

  private mutating func escaped(_ text: String, attribute: Bool = false) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += chance(0.5) || result.hasSuffix("]]") ? "&gt;" : ">"
      case "\"" where attribute: result += "&quot;"
      case "\r": result += "&#13;"
      case "\t" where attribute: result += "&#9;"
      case "\n" where attribute: result += "&#10;"
      default:
        if scalar.value > 0x7F && chance(0.2) {
          result += "&#x\(String(scalar.value, radix: 16));"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  private mutating func element(depth: Int, prefixes: [String]) -> String {
    var prefixes = prefixes
    var declarations = ""
    if chance(0.3) {
      declarations += " xmlns=\"urn:d:\(Int.random(in: 0...2, using: &self))\""
    } else if depth > 0 && chance(0.1) {
      declarations += " xmlns=\"\""
    }
    if chance(0.3) {
      let prefix = pick(["p", "q", "ns1"])
      declarations += " xmlns:\(prefix)=\"urn:p:\(prefix):\(Int.random(in: 0...2, using: &self))\""
      if !prefixes.contains(prefix) { prefixes.append(prefix) }
    }
    let local = pick(["a", "b", "item", "Tên", "x-y", "z.1", "_u"])
    let name = !prefixes.isEmpty && chance(0.4) ? pick(prefixes) + ":" + local : local
    var attributes = ""
    var used: Set<String> = []
    for _ in 0..<Int.random(in: 0...3, using: &self) {
      let attributeLocal = pick(["id", "k", "lang", "v"])
      let attributeName: String
      if chance(0.2) {
        attributeName = "xml:lang"
      } else if !prefixes.isEmpty && chance(0.3) {
        attributeName = pick(prefixes) + ":" + attributeLocal
      } else {
        attributeName = attributeLocal
      }
      guard used.insert(attributeName).inserted else { continue }
      let quote = chance(0.5) ? "\"" : "'"
      var value = escaped(xmlText() + xmlText(), attribute: true)
      if quote == "'" { value = value.replacingOccurrences(of: "'", with: "&apos;") }
      attributes += " \(attributeName)=\(quote)\(value)\(quote)"
    }
    let open = "<\(name)\(declarations)\(attributes)"
    if depth > 4 || chance(0.15) { return open + (chance(0.5) ? "/>" : "></\(name)>") }
    var body = ""
    for _ in 0..<Int.random(in: 0...5, using: &self) {
      switch Int.random(in: 0..<10, using: &self) {
      case 0...2: body += escaped(xmlText())
      case 3: body += "<!--\(pick([" c ", "", "Việt", "a-b", "😀"]))-->"
      case 4: body += "<?pi\(pick(["", " data", " a=\"1\" ?", " x  y"]))?>"
      case 5: body += "<![CDATA[\(pick(["<raw> & ", "", "]]", "x\ny"]))]]>"
      default: body += element(depth: depth + 1, prefixes: prefixes)
      }
    }
    return open + ">" + body + "</\(name)>"
  }
}
