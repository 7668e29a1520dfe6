// A grammar of the written Vietnamese syllable: onset, vowel nucleus, final consonant, at most
// one tone, and stop finals only with the acute or dot-below tone. Used as evidence when telling
// legacy-encoded Vietnamese from other Latin-script languages.

/// The written syllable grammar.
enum SyllableGrammar {
  /// Initial consonants, longest first.
  static let onsets: [[Unicode.Scalar]] = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
  ].map { Array($0.unicodeScalars) }

  /// Final consonants.
  static let codas: [[Unicode.Scalar]] = ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""].map {
    Array($0.unicodeScalars)
  }

  /// Vowel nuclei (toneless) that may take a final consonant.
  static let closable: Set<String> = [
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
    "iê", "yê", "oa", "oă", "oe", "oo", "uâ", "uê", "uô", "ươ", "uy", "uyê",
  ]

  /// Vowel nuclei (toneless) that end the syllable.
  static let open: Set<String> = [
    "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
    "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oa", "oe", "oi", "ôi", "ơi",
    "ua", "uê", "ui", "uy", "ưa", "ưi", "ưu", "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây",
    "uôi", "ươi", "ươu", "uya", "uyu",
  ]

  /// Nuclei that need a final consonant.
  static let mustClose: Set<String> = ["ă", "â", "iê", "yê", "uô", "ươ", "uyê", "oă", "uâ"]
}

/// Whether the letters form one valid written Vietnamese syllable (any case, NFC letters).
func isVietnameseSyllable<S: Collection>(_ letters: S) -> Bool where S.Element == Unicode.Scalar {
  if letters.isEmpty || letters.count > 7 { return false }
  var bases: [Unicode.Scalar] = []
  bases.reserveCapacity(letters.count)
  var tone = Tone.level
  for scalar in letters {
    let lower = VietnameseLetters.lowercase(scalar)
    if let parts = VietnameseLetters.parts[lower] {
      if parts.tone != .level {
        if tone != .level { return false }
        tone = parts.tone
      }
      bases.append(parts.base)
    } else if lower == "đ" || (lower.value >= 0x61 && lower.value <= 0x7A) {
      bases.append(lower)
    } else {
      return false
    }
  }
  for onset in SyllableGrammar.onsets where bases.starts(with: onset) {
    let rest = bases[onset.count...]
    if rest.isEmpty { continue }
    for coda in SyllableGrammar.codas where rest.count > coda.count && rest.hasSuffix(coda) {
      let nucleusScalars = rest.dropLast(coda.count)
      let key = makeString(nucleusScalars)
      if coda.isEmpty {
        if SyllableGrammar.open.contains(key) && !SyllableGrammar.mustClose.contains(key) {
          return true
        }
      } else if SyllableGrammar.closable.contains(key) {
        let isStop =
          coda.count <= 2
          && (coda.last == "c" || coda.last == "h" && coda.first == "c"
            || coda.last == "p" || coda.last == "t")
        if isStop && tone != .acute && tone != .dot { continue }
        return true
      }
    }
  }
  return false
}

extension ArraySlice where Element == Unicode.Scalar {
  /// Whether the slice ends with `suffix`.
  fileprivate func hasSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
    if suffix.count > count { return false }
    return self.suffix(suffix.count).elementsEqual(suffix)
  }
}
