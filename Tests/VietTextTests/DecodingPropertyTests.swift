import Foundation
import TestSupport
import Testing

@testable import VietText

/// SplitMix64: a small seeded generator, so every run tests the same strings.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}

/// Random Vietnamese text built from the syllable grammar.
enum VietnameseTextGenerator {
  static let onsets = [
    "", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s",
    "t", "th", "tr", "v", "x",
  ]
  static let openNuclei = [
    "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "eo", "ia",
    "oa", "oe", "oi", "ôi", "ơi", "ua", "ui", "uy", "ưa", "ươi", "iêu", "oai",
  ]
  static let closedNuclei = [
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "iê", "uô", "ươ", "oa", "uyê",
  ]
  static let codas = ["c", "ch", "m", "n", "ng", "nh", "p", "t"]
  static let tones: [UInt32?] = [nil, 0x300, 0x301, 0x309, 0x303, 0x323]

  /// One syllable; the tone goes on the last vowel of the nucleus (new style) or the first.
  static func syllable(_ random: inout SeededGenerator) -> String {
    let onset = onsets.randomElement(using: &random)!
    let closed = Bool.random(using: &random)
    let nucleus = (closed ? closedNuclei : openNuclei).randomElement(using: &random)!
    let coda = closed ? codas.randomElement(using: &random)! : ""
    var tone = tones.randomElement(using: &random)!
    if ["c", "ch", "p", "t"].contains(coda) { tone = Bool.random(using: &random) ? 0x301 : 0x323 }
    var vowels = Array(nucleus.unicodeScalars)
    if let tone {
      let position = Int.random(in: 0..<vowels.count, using: &random)
      var toned = String(vowels[position])
      toned.unicodeScalars.append(Unicode.Scalar(tone)!)
      vowels[position] = toned.precomposedStringWithCanonicalMapping.unicodeScalars.first!
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: vowels)
    return onset + String(view) + coda
  }

  /// A sentence of syllables, some capitalised, with punctuation and numbers.
  static func sentence(_ random: inout SeededGenerator, capitals: Bool = true) -> String {
    var words: [String] = []
    for _ in 0..<Int.random(in: 3...25, using: &random) {
      var word = syllable(&random)
      if capitals && Int.random(in: 0..<4, using: &random) == 0 { word = word.capitalized }
      switch Int.random(in: 0..<12, using: &random) {
      case 0: word += ","
      case 1: word += "."
      case 2: words.append(String(Int.random(in: 1...2024, using: &random)))
      case 3: word = "“" + word + "”"
      default: break
      }
      words.append(word)
    }
    return words.joined(separator: Bool.random(using: &random) ? " " : "\n")
  }
}

@Suite("Decoding properties")
struct DecodingPropertyTests {
  @Test("Any Vietnamese UTF-8 text (NFC or NFD) decodes to its NFC form, untouched")
  func utf8RoundTrip() {
    var random = SeededGenerator(seed: 0x7D47)
    for index in 0..<400 {
      let sentence = VietnameseTextGenerator.sentence(&random)
      let nfc = sentence.precomposedStringWithCanonicalMapping
      let input = index % 3 == 0 ? sentence.decomposedStringWithCanonicalMapping : sentence
      let result = decodeText(Array("<p>\(input)</p>".utf8))
      #expect(Array(result.text.unicodeScalars) == Array("<p>\(nfc)</p>".unicodeScalars), "\(nfc)")
      #expect(result.encoding == "UTF-8", "\(nfc)")
    }
  }

  @Test("Vietnamese text encoded as TCVN3 or VNI and read as Windows-1252 comes back")
  func legacyRoundTrip() throws {
    var random = SeededGenerator(seed: 0x5712)
    for _ in 0..<150 {
      var sentence = ""
      while sentence.unicodeScalars.count < 60 {
        sentence += VietnameseTextGenerator.sentence(&random, capitals: false) + " "
      }
      let text = sentence.precomposedStringWithCanonicalMapping
      let tcvn = try #require(LegacyDetector.tcvn3Encode(text))
      let decodedTCVN = decodeText(Array("<p>".utf8) + tcvn)
      #expect(decodedTCVN.text == "<p>" + text, "\(text)")
      #expect(decodedTCVN.encoding == "TCVN3")
      let vni = try #require(LegacyDetector.vniEncode(text))
      let decodedVNI = decodeText(Array("<p>".utf8) + vni)
      #expect(decodedVNI.text == "<p>" + text, "\(text)")
      #expect(decodedVNI.encoding == "VNI")
    }
  }

  @Test("Random bytes never crash the decoder and always come out NFC")
  func randomBytes() {
    var random = SeededGenerator(seed: 0xF022)
    let prefixes: [[UInt8]] = [
      [], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], Array("<meta charset=utf-8>".utf8),
      Array("<meta charset=windows-1258>".utf8), Array("<?xml encoding='tcvn3'?>".utf8),
    ]
    for round in 0..<300 {
      let length = Int.random(in: 0..<400, using: &random)
      var bytes = prefixes[round % prefixes.count]
      for _ in 0..<length {
        // Bias towards the bytes legacy text and UTF-8 are made of.
        let byte =
          Bool.random(using: &random)
          ? UInt8.random(in: 0x80...0xFF, using: &random)
          : UInt8.random(in: 0x20...0x7E, using: &random)
        bytes.append(byte)
      }
      let result = decodeText(bytes)
      let nfc = result.text.precomposedStringWithCanonicalMapping
      #expect(Array(result.text.unicodeScalars) == Array(nfc.unicodeScalars), "round \(round)")
      _ = collapseWhitespace(result.text)
      _ = MatchingKey(result.text)
      _ = Gazetteer.mentions(in: result.text)
      _ = AwardVocabulary.mentions(in: result.text)
    }
  }

  @Test("A long TCVN3 or VNI page decodes whole, word by word (in time linear in its length)")
  func longLegacyPage() throws {
    // 40,000 words: with the words appended to the text through `append(contentsOf:)`, which
    // copies the whole text each time, this took minutes.
    let sentence = "Chủ tịch tỉnh trao Huân chương Lao động hạng Nhất cho Công ty Điện lực. "
    let text = String(repeating: sentence, count: 4000)
    let tcvn = try #require(LegacyDetector.tcvn3Encode(text))
    let decoded = decodeText(tcvn, declared: "TCVN3")
    #expect(decoded.text.utf8.count == text.utf8.count)
    #expect(decoded.text == text)
    let vni = try #require(LegacyDetector.vniEncode(text))
    #expect(decodeText(vni, declared: "VNI").text == text)
  }

  @Test("Declared TCVN3 and VNI labels decode without detection")
  func declaredLegacy() throws {
    let text = "Chủ tịch tỉnh trao thưởng"
    let tcvn = try #require(LegacyDetector.tcvn3Encode(text))
    let result = decodeText(tcvn, declared: "TCVN3")
    #expect(result.text == text)
    #expect(result.encoding == "TCVN3")
    #expect(result.evidence == .declared)
    let vni = try #require(LegacyDetector.vniEncode(text))
    #expect(decodeText(vni, declared: "vni").text == text)
  }

  static let legacySample = samplesRoot.appendingPathComponent("portal/legacy-nghean-tcvn3")

  @Test(
    "The TCVN3 sample page decodes to the text it was encoded from",
    .enabled(
      if: FileManager.default.fileExists(atPath: legacySample.path),
      "the TCVN3 portal sample is not in Samples/"))
  func tcvn3SamplePage() throws {
    let bytes = try #require(contents(of: Self.legacySample.appendingPathComponent("input.html")))
    let source = try #require(
      contents(
        of: samplesRoot.appendingPathComponent("portal/tools/legacy-nghean-tcvn3.source.html")))
    let result = decodeText(bytes)
    #expect(result.encoding == "TCVN3")
    #expect(result.evidence == .detected)
    #expect(result.text == String(decoding: source, as: UTF8.self))
  }

  static let corpus: URL = {
    if let path = ProcessInfo.processInfo.environment["TDKT_CORPUS"] {
      return URL(fileURLWithPath: path)
    }
    return packageRoot.appendingPathComponent("../shared/corpus/real-web").standardizedFileURL
  }()

  static var corpusPages: [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
    return names.filter { $0.hasSuffix(".html") }.sorted().map { corpus.appendingPathComponent($0) }
  }

  /// Corpus pages that truly carry a legacy encoding or double-encoded UTF-8 (checked by eye).
  /// None of the 400 pages does: they are German, French, English, Spanish… pages in UTF-8 or
  /// Windows-1252.
  static let knownLegacyPages: [String: String] = [:]

  @Test(
    "No real non-Vietnamese page is taken for TCVN3, VNI or double-encoded UTF-8",
    .enabled(
      if: !corpusPages.isEmpty,
      "real-web corpus not found (set TDKT_CORPUS to the folder of corpus pages)"))
  func corpusPagesUntouched() throws {
    var seen = 0
    for page in Self.corpusPages {
      let bytes = try #require(contents(of: page))
      let result = decodeText(bytes)
      seen += 1
      let expected = Self.knownLegacyPages[page.lastPathComponent]
      if let expected {
        #expect(result.encoding == expected, "\(page.lastPathComponent)")
      } else {
        #expect(
          !["TCVN3", "VNI", "UTF-8 (double-encoded)"].contains(result.encoding),
          "\(page.lastPathComponent) decoded as \(result.encoding)")
      }
      // Valid UTF-8 with multi-byte characters is UTF-8 whatever the markup says.
      if String(validating: bytes, as: UTF8.self) != nil && bytes.contains(where: { $0 >= 0x80 })
        && expected == nil
      {
        #expect(result.encoding == "UTF-8", "\(page.lastPathComponent)")
      }
    }
    #expect(seen == Self.corpusPages.count)
  }
}
