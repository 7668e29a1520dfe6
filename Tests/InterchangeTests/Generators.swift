// Seeded generators for the property tests: random exchange records that satisfy the schema, and
// random well-formed XML trees for the generic form.

import Foundation
import PortalPage
import Records

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

  mutating func optionalText() -> String? {
    chance(0.5) ? text() : nil
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

  mutating func optionalDate() -> String? {
    chance(0.5) ? date() : nil
  }

  mutating func hex(_ count: Int) -> String {
    String((0..<count).map { _ in pick(Array("0123456789abcdef")) })
  }

  mutating func provinceCode() -> String {
    String(format: "%02d", Int.random(in: 1...96, using: &self))
  }

  mutating func province() -> ProvinceRef {
    let merged = chance(0.4)
    return ProvinceRef(
      name: text(maxPieces: 2), code: provinceCode(), mergedInto: merged ? text(maxPieces: 2) : nil,
      mergedIntoCode: merged || chance(0.1) ? provinceCode() : nil)
  }

  /// A random exchange that satisfies the schema.
  mutating func exchange(awardCodes: [String]) -> Exchange {
    let hash = hex(64)
    let source = Source(
      url: chance(0.5) ? "https://example.gov.vn/tin-tuc/\(hex(6))?a=1&b=\"2\"" : nil,
      sha256: hash, encoding: pick(["UTF-8", "windows-1258", "TCVN3", "VNI"]),
      encodingSource: pick(Source.EncodingSource.allCases), profile: pick(Source.Profile.allCases),
      retrieved: optionalDate())
    let article = Article(
      title: text(), published: optionalDate(), publishedText: optionalText(),
      updated: optionalDate(), author: optionalText(), lead: optionalText(),
      paragraphs: list(max: 40) { $0.text(maxPieces: 12) },
      images: list(max: 5) { Article.Image(src: $0.optionalText(), caption: $0.optionalText()) })
    let prefix = String(hash.prefix(12))
    var conferences: [Conference] = []
    for number in 1...max(1, Int.random(in: 0...3, using: &self)) where chance(0.8) {
      conferences.append(
        Conference(
          id: "c-\(prefix)-\(number)", title: text(), kind: pick(Conference.Kind.allCases),
          period: chance(0.5)
            ? Period(
              year: Int.random(in: 1000...9999, using: &self), part: pick(Period.Part.allCases),
              from: optionalDate(), to: optionalDate()) : nil,
          date: chance(0.6) ? EventDate(date(), yearInferred: chance(0.5)) : nil,
          venue: chance(0.5)
            ? Venue(place: optionalText(), province: chance(0.5) ? province() : nil) : nil,
          organizer: chance(0.5)
            ? Organizer(
              name: text(), system: chance(0.7) ? pick(Organizer.System.allCases) : nil) : nil,
          provinces: list(max: 63) { $0.province() },
          participants: list(max: 20) {
            Person(
              name: $0.text(maxPieces: 2), positions: $0.list(max: 6) { $0.text() },
              role: $0.optionalText())
          },
          movements: list(max: 5) { $0.text() },
          exemplars: list(max: 8) {
            Exemplar(name: $0.text(), topic: $0.optionalText(), place: $0.optionalText())
          }))
    }
    let conferenceIds = conferences.map(\.id)
    let awards = list(max: 6) { random -> Award in
      Award(
        id: "a-\(prefix)-\(random.hex(4))",
        decision: random.chance(0.6)
          ? Decision(
            number: random.text(maxPieces: 2), date: random.optionalDate(),
            issuer: random.optionalText(),
            signer: random.chance(0.3)
              ? Signer(
                name: random.text(maxPieces: 2), position: random.optionalText(),
                competence: random.optionalText()) : nil) : nil,
        form: AwardForm(code: random.pick(awardCodes), name: random.text()),
        recipients: Recipients(
          collectives: random.chance(0.4) ? Int.random(in: 0...500, using: &random) : nil,
          individuals: random.chance(0.4) ? Int.random(in: 0...500, using: &random) : nil,
          households: random.chance(0.2) ? Int.random(in: 0...50, using: &random) : nil,
          named: random.list(max: 10) {
            Recipient(
              name: $0.text(maxPieces: 2), kind: $0.pick(Recipient.Kind.allCases),
              positions: $0.list(max: 3) { $0.text() }, detail: $0.optionalText(),
              posthumous: $0.chance(0.2))
          }),
        reason: random.optionalText(),
        conference: !conferenceIds.isEmpty && random.chance(0.5)
          ? random.pick(conferenceIds) : nil)
    }
    // Award ids must be unique: number them.
    let numbered = awards.enumerated().map { index, award -> Award in
      var award = award
      award.id = "a-\(prefix)-\(index + 1)"
      return award
    }
    return Exchange(source: source, article: article, conferences: conferences, awards: numbered)
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
