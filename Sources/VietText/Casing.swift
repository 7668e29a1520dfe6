// Text set in capitals (the heading and signature block of an official document: "THỦ TƯỚNG
// CHÍNH PHỦ", "KT. CHỦ TỊCH", "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN") written in the usual case of
// Vietnamese administrative writing: the first word capitalised, "Phó" and the office after it,
// the names of bodies ("Bộ Nội vụ", "Sở Y tế", "Chính phủ") and of places ("tỉnh Bắc Kạn").

/// The usual case of words set in capitals.
public enum Casing {
  /// Abbreviations kept in capitals.
  static let abbreviations: Set<String> = [
    "ubnd", "hđnd", "mttq", "kt.", "tm.", "tl.", "tuq.", "q.", "kt", "tm", "tl", "tuq", "tw",
    "vn", "ctn", "ttg", "tp.", "tp", "lđlđ", "btv",
  ]

  /// Words after which the rest of the phrase is a place name (every word capitalised).
  static let placeWords: Set<String> = [
    "tỉnh", "huyện", "quận", "xã", "phường", "thị", "trấn", "phố",
  ]

  /// Words that start the name of a body: the word and the next one are capitalised
  /// ("Bộ Nội vụ", "Sở Tài chính", "Ban Thi đua").
  static let bodyWords: Set<String> = ["bộ", "sở", "ban", "cục", "viện", "tổng"]

  /// `text` in the usual case when it is set in capitals; unchanged when it holds a lower-case
  /// letter already.
  ///
  /// - Parameter text: A heading or a line of a signature block.
  /// - Returns: "THỦ TƯỚNG CHÍNH PHỦ" → "Thủ tướng Chính phủ", "PHÓ CHỦ TỊCH" → "Phó Chủ tịch",
  ///   "KT. CHỦ TỊCH" → "KT. Chủ tịch", "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN" → "Ủy ban nhân dân tỉnh
  ///   Bắc Kạn", "BỘ TRƯỞNG BỘ NỘI VỤ" → "Bộ trưởng Bộ Nội vụ".
  public static func fromCapitals(_ text: String) -> String {
    guard !text.unicodeScalars.contains(where: { $0.properties.isLowercase }) else {
      return text
    }
    let words = text.split(separator: " ", omittingEmptySubsequences: true).map {
      String($0).lowercased()
    }
    var result: [String] = []
    var capitalizeNext = true
    var inPlace = false
    var index = 0
    while index < words.count {
      let word = words[index]
      var written = word
      if abbreviations.contains(word) {
        written = word.uppercased()
        // After "KT.", "TM.": the office, capitalised.
        capitalizeNext = word.hasSuffix(".") || index == 0
      } else if capitalizeNext || inPlace {
        written = capitalized(word)
        capitalizeNext = false
      }
      // What the word makes of the next ones.
      if word == "phó" {
        capitalizeNext = true
      } else if word == "chính", index + 1 < words.count, words[index + 1] == "phủ" {
        written = "Chính"
      } else if placeWords.contains(word), !inPlace, index > 0 || words.count == 1 {
        // "tỉnh Bắc Kạn", "thành phố Hà Nội", "thị xã Bắc Kạn": the place name follows.
        if word == "thị" || word == "thành" {
          capitalizeNext = false
        } else {
          inPlace = index + 1 < words.count
          if index == 0 { written = capitalized(word) } else { written = word }
        }
      } else if word == "ủy" || word == "uỷ", index + 1 < words.count, words[index + 1] == "ban" {
        written = capitalized(word)
      } else if bodyWords.contains(word), index > 0, !inPlace, words[index - 1] != "ủy",
        words[index - 1] != "uỷ"
      {
        written = capitalized(word)
        capitalizeNext = true
      } else if word == "chủ", index + 1 < words.count, words[index + 1] == "tịch" {
        if index > 0 { written = capitalized(word) }
      }
      result.append(written)
      index += 1
    }
    return result.joined(separator: " ")
  }

  /// The word with its first letter in capitals.
  static func capitalized(_ word: String) -> String {
    guard let first = word.first else { return word }
    return first.uppercased() + word.dropFirst()
  }
}
