// Recognition and conversion of Vietnamese text that reached us in the wrong clothes: bytes of
// the old font encodings TCVN3 (ABC) and VNI read as Latin-1, and UTF-8 that was decoded as
// Windows-1252 and encoded again ("Nguyá»…n").
//
// The evidence is word by word: a word counts for an encoding when its conversion is a valid
// Vietnamese syllable and the word as written is not. German, French or Spanish words almost
// never convert into valid syllables, which keeps European pages untouched.

/// The legacy encodings the detector recognises.
enum LegacyEncoding: Sendable {
  case tcvn3
  case vni
  case doubleUTF8

  /// The name reported in `DecodedText.encoding`.
  var name: String {
    switch self {
    case .tcvn3: return "TCVN3"
    case .vni: return "VNI"
    case .doubleUTF8: return "UTF-8 (double-encoded)"
    }
  }
}

/// Recognises and converts legacy-encoded Vietnamese.
enum LegacyDetector {
  /// Word counts gathered in one scan of a text.
  struct Counts {
    var tcvnGood = 0
    var tcvnBad = 0
    var vniGood = 0
    var vniBad = 0
    var doubleGood = 0
    var doubleVietnamese = 0
    var doubleBad = 0
    var unicodeVietnamese = 0

    mutating func add(_ other: Counts) {
      tcvnGood += other.tcvnGood
      tcvnBad += other.tcvnBad
      vniGood += other.vniGood
      vniBad += other.vniBad
      doubleGood += other.doubleGood
      doubleVietnamese += other.doubleVietnamese
      doubleBad += other.doubleBad
      unicodeVietnamese += other.unicodeVietnamese
    }
  }

  /// The counts and the distinct words that count for TCVN3 and for VNI.
  struct Evidence {
    var counts = Counts()
    var tcvnWords: Set<[UInt8]> = []
    var vniWords: Set<[UInt8]> = []
    /// Whether a part of the word is outside Latin-1 (Unicode Vietnamese, perhaps): its
    /// syllable check, for `Counts.unicodeVietnamese`, is left until the count is needed.
    var unicodeDeferred = false
  }

  /// What one distinct word adds, and how often it was seen.
  struct SeenWord {
    var counts: Counts
    var unicodeDeferred: Bool
    var occurrences: Int
  }

  /// Converts `text` when it carries TCVN3, VNI or double-encoded UTF-8.
  ///
  /// - Returns: The converted text (NFC) and the encoding's name, or nil when none applies.
  static func repair(_ text: String) -> (text: String, encoding: String)? {
    // Fast path: none of the three can be present without a character of U+00A1–U+00FF
    // (UTF-8 C2 A1…C2 BF, C3 xx).
    var copy = text
    let candidate = copy.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      let raw = UnsafeRawPointer(base)
      var index = 0
      let count = bytes.count
      while index < count {
        while index + 8 <= count
          && raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080
            == 0
        {
          index += 8
        }
        if index >= count { break }
        let byte = bytes[index]
        if byte == 0xC3 { return true }
        if byte == 0xC2 && index + 1 < count && bytes[index + 1] > 0xA0 { return true }
        index += 1
      }
      return false
    }
    if !candidate { return nil }
    guard let encoding = detect(text) else { return nil }
    return (convertAll(text, as: encoding), encoding.name)
  }

  /// Decides which legacy encoding, if any, the text carries.
  static func detect(_ text: String) -> LegacyEncoding? {
    var evidence = Evidence()
    // A word's evidence depends on the word alone, and the distinct-word sets take a word once:
    // a repeated word adds the counts its first occurrence added.
    var seen: [[Unicode.Scalar]: SeenWord] = [:]
    forEachWord(in: text) { word in
      if let index = seen.index(forKey: word) {
        seen.values[index].occurrences += 1
        evidence.counts.add(seen.values[index].counts)
      } else {
        var own = Evidence()
        score(word, into: &own)
        seen[word] = SeenWord(
          counts: own.counts, unicodeDeferred: own.unicodeDeferred, occurrences: 1)
        evidence.counts.add(own.counts)
        evidence.tcvnWords.formUnion(own.tcvnWords)
        evidence.vniWords.formUnion(own.vniWords)
      }
      // Stop once the page is plainly another Latin-script language: many words that convert
      // to nothing Vietnamese, few that do, no double encoding seen.
      let settled =
        evidence.counts.tcvnBad >= 40 && evidence.counts.tcvnBad > 4 * evidence.counts.tcvnGood
        && evidence.counts.vniBad >= 40 && evidence.counts.vniBad > 4 * evidence.counts.vniGood
        && evidence.counts.doubleVietnamese == 0
      return !settled
    }
    if evidence.counts.doubleVietnamese >= 2
      || (evidence.counts.doubleVietnamese == 1
        && evidence.counts.doubleGood >= evidence.counts.doubleBad)
    {
      return .doubleUTF8
    }
    let hasEvidence = evidence.counts.tcvnGood > 0 || evidence.counts.vniGood > 0
    if !hasEvidence { return nil }
    // Only now is the Unicode Vietnamese of the page counted: most pages stop above.
    for (word, seenWord) in seen where seenWord.unicodeDeferred {
      evidence.counts.unicodeVietnamese += seenWord.occurrences * unicodeVietnameseParts(word)
    }
    let hints = fontHints(in: text)
    // Enough distinct words convert into Vietnamese, few do not, and the page does not carry
    // more Unicode Vietnamese than converted words.
    func qualifies(good: Int, distinct: Int, bad: Int, hinted: Bool) -> Bool {
      if hinted { return good >= 1 && good >= bad }
      return distinct >= 3 && good >= 2 * bad && good > evidence.counts.unicodeVietnamese
    }
    let tcvn = qualifies(
      good: evidence.counts.tcvnGood, distinct: evidence.tcvnWords.count,
      bad: evidence.counts.tcvnBad,
      hinted: hints.tcvn)
    let vni = qualifies(
      good: evidence.counts.vniGood, distinct: evidence.vniWords.count, bad: evidence.counts.vniBad,
      hinted: hints.vni)
    if tcvn && vni { return evidence.counts.tcvnGood >= evidence.counts.vniGood ? .tcvn3 : .vni }
    if tcvn { return .tcvn3 }
    if vni { return .vni }
    return nil
  }

  /// Converts every convertible word of `text`.
  static func convertAll(_ text: String, as encoding: LegacyEncoding) -> String {
    var result = String.UnicodeScalarView()
    var word: [Unicode.Scalar] = []
    var previous: Unicode.Scalar = " "
    func flush() {
      if word.isEmpty { return }
      result.appendEach(convertWord(word, as: encoding))
      word.removeAll(keepingCapacity: true)
    }
    for scalar in text.unicodeScalars {
      if isWordScalar(scalar, after: previous, forDouble: encoding == .doubleUTF8) {
        word.append(scalar)
      } else {
        flush()
        result.append(scalar)
      }
      previous = scalar
    }
    flush()
    return nfc(String(result))
  }

  /// The conversion of one word; the word unchanged when it does not convert.
  static func convertWord(_ word: [Unicode.Scalar], as encoding: LegacyEncoding)
    -> [Unicode.Scalar]
  {
    var hasNonASCII = false
    for scalar in word where scalar.value >= 0x80 {
      hasNonASCII = true
      break
    }
    if !hasNonASCII { return word }
    switch encoding {
    case .doubleUTF8:
      return redecodeUTF8(word) ?? word
    case .tcvn3, .vni:
      var output: [Unicode.Scalar] = []
      for part in splitAtNoBreakSpace(word) {
        if !output.isEmpty { output.append("\u{A0}") }
        let (lead, core, trail) = trimmed(part)
        output.append(contentsOf: lead)
        if let bytes = latinBytes(core) {
          output.append(contentsOf: encoding == .tcvn3 ? tcvn3Decode(bytes) : vniDecode(bytes))
        } else {
          output.append(contentsOf: core)
        }
        output.append(contentsOf: trail)
      }
      return output
    }
  }

  // MARK: Scoring

  /// Adds the evidence of one word.
  static func score(_ word: [Unicode.Scalar], into evidence: inout Evidence) {
    var hasNonASCII = false
    var hasLead = false
    for scalar in word where scalar.value >= 0x80 {
      let value = scalar.value
      hasNonASCII = true
      if value >= 0xC2 && value <= 0xF4 { hasLead = true }
      // Outside Latin and Windows-1252's punctuation: neither legacy bytes nor Vietnamese.
      if value >= 0x250 && !(value >= 0x1E00 && value < 0x1F00)
        && !(value >= 0x2000 && value < 0x2200)
        && value != 0x2C6 && value != 0x2DC
      {
        return
      }
    }
    if !hasNonASCII { return }
    if hasLead {
      if !hasUTF8Shape(word) {
        evidence.counts.doubleBad += 1
      } else if let decoded = redecodeUTF8(word) {
        evidence.counts.doubleGood += 1
        if decoded.contains(where: isVietnameseSpecific) { evidence.counts.doubleVietnamese += 1 }
      } else {
        evidence.counts.doubleBad += 1
      }
    }
    for part in splitAtNoBreakSpace(word) {
      let core = trimmed(part).core
      guard core.contains(where: { $0.value >= 0x80 }) else { continue }
      // A lone symbol ("×", "·", "£") says nothing about the encoding.
      if core.count < 2 { continue }
      guard let bytes = latinBytes(core) else {
        evidence.unicodeDeferred = true
        continue
      }
      let validAsWritten = isVietnameseSyllable(core)
      if isVietnameseSyllable(tcvn3Decode(bytes)) {
        if !validAsWritten {
          evidence.counts.tcvnGood += 1
          evidence.tcvnWords.insert(bytes)
        }
      } else {
        evidence.counts.tcvnBad += 1
      }
      if isVietnameseSyllable(vniDecode(bytes)) {
        if !validAsWritten {
          evidence.counts.vniGood += 1
          evidence.vniWords.insert(bytes)
        }
      } else {
        evidence.counts.vniBad += 1
      }
    }
  }

  /// The parts of a word (between no-break spaces) that are Vietnamese syllables outside
  /// Latin-1: what `score` leaves to count for `Counts.unicodeVietnamese`.
  static func unicodeVietnameseParts(_ word: [Unicode.Scalar]) -> Int {
    var parts = 0
    for part in splitAtNoBreakSpace(word) {
      let core = trimmed(part).core
      guard core.contains(where: { $0.value >= 0x80 }), core.count >= 2, latinBytes(core) == nil
      else { continue }
      if isVietnameseSyllable(core) { parts += 1 }
    }
    return parts
  }

  /// Whether some character that would be a UTF-8 lead byte in Windows-1252 (Â…ô) is followed
  /// by one that would be a continuation byte (0x80–0xBF): the shape of double-encoded text.
  static func hasUTF8Shape(_ word: [Unicode.Scalar]) -> Bool {
    var previousIsLead = false
    for scalar in word {
      if previousIsLead, let byte = latinByte(scalar), byte >= 0x80 && byte <= 0xBF { return true }
      previousIsLead = scalar.value >= 0xC2 && scalar.value <= 0xF4
    }
    return false
  }

  /// The Latin-1/Windows-1252 byte of one scalar (C1 controls map to themselves).
  @inline(__always)
  static func latinByte(_ scalar: Unicode.Scalar) -> UInt8? {
    let value = scalar.value
    if value < 0x100 { return UInt8(value) }
    return cp1252Reverse[value]
  }

  /// Letters only Vietnamese uses among the Latin scripts (ă ơ ư đ ĩ ũ and the toned letters of
  /// Latin Extended Additional).
  static func isVietnameseSpecific(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0102, 0x0103, 0x0110, 0x0111, 0x0128, 0x0129, 0x0168, 0x0169, 0x01A0, 0x01A1, 0x01AF,
      0x01B0, 0x1EA0...0x1EF9:
      return true
    default:
      return false
    }
  }

  /// Whether the text names a TCVN3 font (.VnTime, .VnArial…) or a VNI font (VNI-Times…).
  static func fontHints(in text: String) -> (tcvn: Bool, vni: Bool) {
    var tcvn = false
    var vni = false
    var copy = text
    copy.withUTF8 { units in
      var index = 0
      while index + 4 < units.count {
        let byte = units[index] | 0x20
        // ".VnTime" after a quote, colon, comma or space (not "www.vnexpress").
        if units[index] == 0x2E && units[index + 1] | 0x20 == 0x76
          && units[index + 2] | 0x20 == 0x6E && isASCIILetter(units[index + 3])
          && (index == 0
            || !(isASCIILetter(units[index - 1])
              || units[index - 1] >= 0x30
                && units[index - 1] <= 0x39))
        {
          tcvn = true
        } else if byte == 0x76 && units[index + 1] | 0x20 == 0x6E
          && units[index + 2] | 0x20 == 0x69 && units[index + 3] == 0x2D
          && isASCIILetter(units[index + 4]) && (index == 0 || !isASCIILetter(units[index - 1]))
        {
          vni = true
        }
        index += 1
      }
    }
    return (tcvn, vni)
  }

  /// Whether a byte is an ASCII letter.
  @inline(__always)
  static func isASCIILetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= 0x61 && lower <= 0x7A
  }

  // MARK: Words

  /// Calls `body` with every word of `text` that holds a non-ASCII character. Words are maximal
  /// runs of letters and of non-ASCII characters other than spaces. The scan runs over the UTF-8
  /// bytes, eight at a time through ASCII; only words with a non-ASCII character are decoded.
  static func forEachWord(in text: String, _ body: ([Unicode.Scalar]) -> Bool) {
    var copy = text
    copy.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return }
      let raw = UnsafeRawPointer(base)
      let count = bytes.count
      var word: [Unicode.Scalar] = []
      var index = 0
      var lastEnd = 0
      while index < count {
        // Skip ASCII, a machine word at a time.
        while index + 8 <= count
          && raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          index += 8
        }
        while index < count && bytes[index] < 0x80 { index += 1 }
        if index >= count { break }
        // A non-ASCII character: the word around it starts at the letters before it.
        var start = index
        while start > lastEnd && LegacyDetector.isASCIILetter(bytes[start - 1]) { start -= 1 }
        var previous: Unicode.Scalar = start > 0 ? Unicode.Scalar(bytes[start - 1]) : " "
        if start > 0 && bytes[start - 1] >= 0x80 { previous = "x" }
        word.removeAll(keepingCapacity: true)
        var cursor = start
        while cursor < count {
          let byte = bytes[cursor]
          if byte < 0x80 {
            guard LegacyDetector.isASCIILetter(byte) else { break }
            word.append(Unicode.Scalar(byte))
            previous = Unicode.Scalar(byte)
            cursor += 1
            continue
          }
          let (scalar, length) = decodeScalar(bytes, at: cursor)
          guard isWordScalar(scalar, after: previous, forDouble: true) else { break }
          word.append(scalar)
          previous = scalar
          cursor += length
        }
        if word.contains(where: { $0.value >= 0x80 }) && !body(word) { return }
        // Step over the character that ended the word (or the one that could not start one).
        if cursor == index {
          cursor += bytes[cursor] < 0x80 ? 1 : decodeScalar(bytes, at: cursor).1
        }
        index = cursor
        lastEnd = cursor
      }
    }
  }

  /// The scalar starting at `index` of valid UTF-8 bytes, and its length in bytes.
  @inline(__always)
  static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    Unicode.Scalar, Int
  ) {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
    if lead < 0xE0 {
      let value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
      return (Unicode.Scalar(value) ?? "\u{FFFD}", 2)
    }
    if lead < 0xF0 {
      let value =
        (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
        | UInt32(bytes[index + 2] & 0x3F)
      return (Unicode.Scalar(value) ?? "\u{FFFD}", 3)
    }
    let value =
      (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
      | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
    return (Unicode.Scalar(value) ?? "\u{FFFD}", 4)
  }

  /// Whether a scalar continues a word. A no-break space continues one only after a non-ASCII
  /// character, where it may be the second byte of a double-encoded "à" (C3 A0).
  @inline(__always)
  static func isWordScalar(
    _ scalar: Unicode.Scalar, after previous: Unicode.Scalar, forDouble: Bool
  )
    -> Bool
  {
    let value = scalar.value
    if value < 0x80 {
      return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }
    if value == 0xA0 { return forDouble && previous.value >= 0x80 && previous.value != 0xA0 }
    if value == 0x2028 || value == 0x2029 || value == 0x3000 || (value >= 0x2000 && value <= 0x200A)
    {
      return false
    }
    return true
  }

  /// The parts of a word between no-break spaces.
  static func splitAtNoBreakSpace(_ word: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>] {
    word.split(separator: "\u{A0}", omittingEmptySubsequences: false)
  }

  /// A word without the punctuation of Windows-1252's 0x80–0x9F row (quotes, dashes, bullets)
  /// at its ends.
  static func trimmed(_ word: ArraySlice<Unicode.Scalar>) -> (
    lead: ArraySlice<Unicode.Scalar>, core: ArraySlice<Unicode.Scalar>,
    trail: ArraySlice<Unicode.Scalar>
  ) {
    var start = word.startIndex
    var end = word.endIndex
    while start < end && isEdgePunctuation(word[start]) { start += 1 }
    while end > start && isEdgePunctuation(word[end - 1]) { end -= 1 }
    return (word[word.startIndex..<start], word[start..<end], word[end..<word.endIndex])
  }

  /// Punctuation trimmed from the ends of a word before TCVN3/VNI conversion.
  @inline(__always)
  static func isEdgePunctuation(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value >= 0x80 && value < 0xA0 { return true }
    if value >= 0x2000 && value <= 0x206F { return true }
    if value == 0x2122 || value == 0x20AC { return true }
    return false
  }

  /// The Latin-1/Windows-1252 bytes of the scalars, or nil when one has no byte. C1 controls
  /// map to their own byte (text decoded as Latin-1 keeps them).
  static func latinBytes<S: Collection>(_ scalars: S) -> [UInt8]?
  where S.Element == Unicode.Scalar {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count)
    for scalar in scalars {
      let value = scalar.value
      if value < 0x100 {
        bytes.append(UInt8(value))
      } else if let byte = cp1252Reverse[value] {
        bytes.append(byte)
      } else {
        return nil
      }
    }
    return bytes
  }

  /// The word read back as UTF-8 after encoding it as Windows-1252, when that is valid UTF-8
  /// with at least one multi-byte character.
  static func redecodeUTF8(_ word: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    guard let bytes = latinBytes(word) else { return nil }
    guard bytes.contains(where: { $0 >= 0x80 }),
      let text = String(validating: bytes, as: UTF8.self)
    else { return nil }
    // A decoded C1 control means the bytes were not text.
    if text.unicodeScalars.contains(where: { $0.value >= 0x80 && $0.value < 0xA0 }) { return nil }
    return Array(text.unicodeScalars)
  }

  // MARK: Conversions

  /// TCVN3 bytes → letters. Capitals written with the "H" fonts come out as capitals when the
  /// word has at least two ASCII letters, all capitals.
  static func tcvn3Decode(_ bytes: [UInt8]) -> [Unicode.Scalar] {
    var upperCount = 0
    var hasLower = false
    for byte in bytes where byte < 0x80 {
      if byte >= 0x41 && byte <= 0x5A { upperCount += 1 }
      if byte >= 0x61 && byte <= 0x7A { hasLower = true }
    }
    // One capital ("Sè", "KÚ") is a capitalised word; two or more and no lower case is a word
    // set in capitals.
    let upper = upperCount >= 2 && !hasLower
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(bytes.count)
    for byte in bytes {
      if byte >= 0x80, let letter = tcvn3Table[byte] {
        output.append(upper ? VietnameseLetters.uppercase(letter) : letter)
      } else {
        output.append(cp1252Scalar(byte))
      }
    }
    return output
  }

  /// VNI-Windows bytes → letters.
  static func vniDecode(_ bytes: [UInt8]) -> [Unicode.Scalar] {
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let (lowerByte, isUpper) = lowerLatin(byte)
      if index + 1 < bytes.count {
        let (markByte, _) = lowerLatin(bytes[index + 1])
        let base = Unicode.Scalar(lowerByte)
        if let options = vniMarks[markByte],
          let match = options.first(where: { $0.base == base })
        {
          output.append(isUpper ? VietnameseLetters.uppercase(match.letter) : match.letter)
          index += 2
          continue
        }
      }
      if byte >= 0x80, let single = vniSingles[lowerByte] {
        output.append(isUpper ? VietnameseLetters.uppercase(single) : single)
      } else {
        output.append(cp1252Scalar(byte))
      }
      index += 1
    }
    return output
  }

  /// The lower-case form of an ASCII or Latin-1 letter byte, and whether it was upper case.
  @inline(__always)
  static func lowerLatin(_ byte: UInt8) -> (UInt8, Bool) {
    if byte >= 0x41 && byte <= 0x5A { return (byte + 0x20, true) }
    if byte >= 0xC0 && byte <= 0xDE && byte != 0xD7 { return (byte + 0x20, true) }
    return (byte, false)
  }

  // MARK: Encoders (the inverse conversions, used to check the tables)

  /// Encodes Vietnamese text as TCVN3 bytes (capitals without a code of their own are written as
  /// their lower-case letter, as with the "H" fonts). Nil when a character has no TCVN3 byte.
  static func tcvn3Encode(_ text: String) -> [UInt8]? {
    var bytes: [UInt8] = []
    for scalar in text.precomposedStringWithCanonicalMappingForLegacy.unicodeScalars {
      if scalar.value < 0x80 {
        bytes.append(UInt8(scalar.value))
      } else if let byte = tcvn3Reverse[scalar] {
        bytes.append(byte)
      } else if let byte = tcvn3Reverse[VietnameseLetters.lowercase(scalar)] {
        bytes.append(byte)
      } else if let byte = cp1252Byte(scalar), tcvn3Table[byte] == nil {
        bytes.append(byte)
      } else {
        return nil
      }
    }
    return bytes
  }

  /// Encodes Vietnamese text as VNI-Windows bytes. Nil when a character has no VNI form.
  static func vniEncode(_ text: String) -> [UInt8]? {
    var bytes: [UInt8] = []
    for scalar in text.precomposedStringWithCanonicalMappingForLegacy.unicodeScalars {
      if scalar.value < 0x80 {
        bytes.append(UInt8(scalar.value))
        continue
      }
      let lower = VietnameseLetters.lowercase(scalar)
      let isUpper = lower != scalar
      let shift: UInt8 = isUpper ? 0x20 : 0
      if let single = vniSingles.first(where: { $0.value == lower }) {
        bytes.append(single.key - shift)
        continue
      }
      var found = false
      for (mark, options) in vniMarks {
        guard let option = options.first(where: { $0.letter == lower }) else { continue }
        let baseValue = option.base.value
        var baseByte = UInt8(baseValue)
        if isUpper { baseByte -= 0x20 }
        bytes.append(baseByte)
        bytes.append(mark - shift)
        found = true
        break
      }
      if !found {
        // Other characters (quotes, dashes) keep their Windows-1252 byte when it is not a mark.
        guard let byte = cp1252Byte(scalar), vniMarks[lowerLatin(byte).0] == nil,
          vniSingles[lowerLatin(byte).0] == nil
        else { return nil }
        bytes.append(byte)
      }
    }
    return bytes
  }
}

extension String {
  /// NFC (a name that keeps call sites of the legacy encoders readable).
  fileprivate var precomposedStringWithCanonicalMappingForLegacy: String { nfc(self) }
}
