// People as articles introduce them: "đồng chí / đ/c / ông / bà NAME, POSITION, POSITION…",
// "NAME - POSITION", "NAME (POSITION)", "POSITION NAME" ("Phó Chủ tịch nước Đặng Thị Ngọc
// Thịnh"), lists "các đồng chí: A - …; B - …", and table rows "Ông A | POSITION". Names are 2 to
// 5 capitalised syllables (Ê Đê and Gia Rai names included); positions are split where the text
// separates them with commas, except that a unit continuing a position ("…, Ban TĐKT Trung
// ương", "…, huyện Cao Lộc") stays with it. Abbreviations are kept as written.

/// A person found in a text.
public struct PersonMention: Sendable, Hashable {
  /// The name as written (without honorific, rank or degree).
  public let name: String
  /// The positions written beside the name, in order.
  public let positions: [String]
  /// The honorific that introduced the name ("đồng chí", "ông"…), lowercased.
  public let honorific: String?
  /// What the person did, when a verb follows the mention ("phát biểu", "phát biểu khai mạc",
  /// "chủ trì"…) or opens the sentence ("Phát biểu tại Hội nghị, đồng chí …"), lowercased.
  public let role: String?
  /// `true` when `role` is the verb right after the mention (the action stated of the person);
  /// `false` when it opens the sentence before the mention.
  public let roleFollowsName: Bool
  /// The words of the mention, as written.
  public let text: String
  /// Where `text` is in the text searched.
  public let range: Range<String.Index>

  /// A mention; used by the scanner and by tests.
  public init(
    name: String, positions: [String], honorific: String?, role: String?,
    roleFollowsName: Bool = true, text: String, range: Range<String.Index>
  ) {
    self.name = name
    self.positions = positions
    self.honorific = honorific
    self.role = role
    self.roleFollowsName = roleFollowsName
    self.text = text
    self.range = range
  }
}

/// Finds people and their positions.
public enum People {
  /// Every person introduced in `text`, in order.
  public static func mentions(in text: String) -> [PersonMention] {
    let tokens = TokenText(text)
    return PeopleScanner(tokens: tokens).scan()
  }

  /// Splits a list of positions written after a name ("Ủy viên BTV Tỉnh ủy, Phó Chủ tịch
  /// Thường trực UBND tỉnh Bắc Kạn") into positions, keeping unit paths whole.
  public static func splitPositions(_ text: String) -> [String] {
    let tokens = TokenText(text)
    let scanner = PeopleScanner(tokens: tokens)
    return scanner.positions(from: 0, until: tokens.tokens.count, allowVerbs: false).positions
  }

  /// Whether `word` (any case) is a common Vietnamese family name or the first syllable of a
  /// Central Highlands name ("Y", "H'…", "K'…", "Ksor").
  public static func isFamilyName(_ word: String) -> Bool {
    let lower = word.lowercased()
    if FamilyNames.all.contains(lower) { return true }
    let scalars = Array(lower.unicodeScalars)
    return scalars.count > 2 && (scalars[0] == "h" || scalars[0] == "k")
      && isApostrophe(scalars[1])
  }
}

// MARK: - Tokens

/// A word or a punctuation mark.
struct Token {
  var start: Int
  var end: Int
  /// Lowercased text.
  var lower: String
  var isWord: Bool
  var isCapitalised: Bool
  /// A space (or line break) before the token.
  var spaceBefore: Bool
}

/// A text cut into tokens: words keep inner apostrophes, dots and slashes between letters
/// ("H'Hen", "PGS.TS", "T.Ư", "đ/c") and hyphens between letters ("KT-XH").
struct TokenText {
  let scan: ScalarText
  let tokens: [Token]

  init(_ text: String) {
    let scan = ScalarText(text)
    self.scan = scan
    var tokens: [Token] = []
    var i = 0
    let n = scan.count
    var space = true
    while i < n {
      let c = scan.lower[i]
      if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{A0}" {
        space = true
        i += 1
        continue
      }
      if isWordScalar(c) {
        let start = i
        i += 1
        while i < n {
          let d = scan.lower[i]
          if isWordScalar(d) {
            i += 1
          } else if d == "/", i + 1 < n, isDigit(scan.lower[i + 1]), isDigit(scan.lower[i - 1]) {
            i += 1
          } else if isApostrophe(d) || d == "." || d == "/" || d == "-", i + 1 < n,
            isLetter(scan.lower[i + 1]), isLetter(scan.lower[i - 1])
          {
            // "Việt Nam,Ủy viên" has no space but a comma, not a joiner.
            if d == "." || d == "-" {
              // Join only abbreviations: upper case on both sides, or a short lower-case
              // head ("đ/c").
              let leftUpper = isUppercase(scan.scalars[i - 1])
              let rightUpper = isUppercase(scan.scalars[i + 1])
              guard leftUpper && rightUpper else { break }
            }
            i += 1
          } else {
            break
          }
        }
        tokens.append(
          Token(
            start: start, end: i, lower: scan.lowerString(start, i), isWord: true,
            isCapitalised: isUppercase(scan.scalars[start]), spaceBefore: space))
      } else {
        tokens.append(
          Token(
            start: i, end: i + 1, lower: String(c), isWord: false, isCapitalised: false,
            spaceBefore: space))
        i += 1
      }
      space = false
    }
    self.tokens = tokens
  }
}

@inline(__always) func isApostrophe(_ s: Unicode.Scalar) -> Bool {
  s == "'" || s == "\u{2019}" || s == "\u{02BC}" || s == "\u{2018}"
}

private enum PeopleVocabulary {
  static let positionHeads = PhraseSet(TitleVocabulary.positionHeads)
  static let unitHeads = PhraseSet(TitleVocabulary.unitHeads)
  static let honorifics = PhraseSet(TitleVocabulary.honorifics)
  static let namePrefixes = PhraseSet(TitleVocabulary.namePrefixes)
  /// Words before a title that say the office was held before ("nguyên Tổng Bí thư").
  static let formerWords: Set<String> = ["nguyên", "cựu"]
  /// The word that joins two offices held at once ("Bí thư Đảng ủy kiêm Chủ tịch UBND xã"):
  /// the office after it is a position of its own.
  static let concurrentWord = "kiêm"
  static let honoraryTitles = PhraseSet(TitleVocabulary.honoraryTitles)
  static let photoRemarks = PhraseSet(TitleVocabulary.photoRemarks)
  static let personalDetails = PhraseSet(TitleVocabulary.personalDetails)
  /// "thi đua, khen thưởng" as the words before and after the comma.
  static let commaJoined: [(before: [String], after: [String])] = TitleVocabulary
    .commaJoinedNames.flatMap { toneVariants($0) }.map { phrase in
      let parts = phrase.split(separator: ",")
      return (
        parts[0].split(separator: " ").map(String.init),
        parts[1].split(separator: " ").map(String.init)
      )
    }
  static let roleVerbs = PhraseSet(TitleVocabulary.roleVerbs)
  static let speechKinds = PhraseSet(TitleVocabulary.speechKinds)
  static let stopWords = PhraseSet(TitleVocabulary.stopWords)
  /// Honorifics that may start a person anywhere; the others ("anh", "em"…) only before a name
  /// that starts with a family name.
  static let strongHonorifics: Set<String> = ["đồng chí", "đ/c", "các đồng chí", "ông", "bà"]
  /// Marks written inside an abbreviation of a unit ("GD&ĐT", "TP.HCM", "KH/CN").
  static let wordMarks: Set<String> = ["&", ".", "/"]
  /// The most tokens read from a title to the name it stands before.
  static let titleRunLimit = 32
  /// Words after which an office is the one acted for, not the next person's title.
  static let onBehalfWords: [String] = [
    "ủy quyền của", "uỷ quyền của", "ủy quyền", "uỷ quyền", "thừa lệnh", "thừa lệnh của",
  ]
  /// The most words of a unit's short name in parentheses ("(Viettel)").
  static let shortNameWords = 3
}

/// The pattern matcher over tokens.
struct PeopleScanner {
  let tokens: TokenText
  var t: [Token] { tokens.tokens }

  /// `set.match(words(from: k, max: limit))` without building the words: the first word is
  /// looked up before any other is compared.
  func match(_ set: PhraseSet, at k: Int, max limit: Int) -> Int {
    guard k < t.count, t[k].isWord, let candidates = set.candidates(startingWith: t[k].lower)
    else { return 0 }
    var available = 0
    while k + available < t.count, available < limit, t[k + available].isWord { available += 1 }
    for candidate in candidates where candidate.count <= available {
      var offset = 1
      while offset < candidate.count, t[k + offset].lower == candidate[offset] { offset += 1 }
      if offset == candidate.count { return candidate.count }
    }
    return 0
  }

  func words(from k: Int, max count: Int) -> ArraySlice<String> {
    var result: [String] = []
    var j = k
    while j < t.count, result.count < count, t[j].isWord {
      result.append(t[j].lower)
      j += 1
    }
    return result[...]
  }

  func scan() -> [PersonMention] {
    var result: [PersonMention] = []
    var k = 0
    var listMode = false
    var listRole: String?
    while k < t.count {
      if let (person, next) = personAt(k, listMode: &listMode) {
        if listMode, person.honorific?.hasPrefix("các") == true {
          // "Chủ trì Hội nghị có các đồng chí: A - …; B - …".
          listRole = sentenceRole(before: k)
        }
        // "Chủ trì hội nghị có đồng chí A … và đồng chí B …": the role opening a sentence that
        // introduces the people with "có".
        let openingRole = person.role == nil ? presentedRole(before: k) : nil
        if listMode, person.role == nil, let listRole {
          result.append(
            PersonMention(
              name: person.name, positions: person.positions, honorific: person.honorific,
              role: listRole, roleFollowsName: true, text: person.text, range: person.range))
        } else if let openingRole {
          result.append(
            PersonMention(
              name: person.name, positions: person.positions, honorific: person.honorific,
              role: openingRole, roleFollowsName: true, text: person.text, range: person.range))
        } else {
          result.append(person)
        }
        k = max(next, k + 1)
        continue
      }
      if !listMode { listRole = nil }
      if !t[k].isWord, t[k].lower == "." { listMode = false }
      if t[k].lower == "cùng" { listMode = false }
      k += 1
    }
    return result
  }

  /// A person starting at token `k`: honorific + name, name + separator + title, or title + name.
  func personAt(_ k: Int, listMode: inout Bool) -> (PersonMention, Int)? {
    guard t[k].isWord, k == 0 || !t[k - 1].isWord || t[k].spaceBefore else { return nil }
    // 1. Honorific + name.
    let h = match(PeopleVocabulary.honorifics, at: k, max: 3)
    if h > 0 {
      let honorific = t[k..<(k + h)].map(\.lower).joined(separator: " ")
      var j = k + h
      if j < t.count, t[j].lower == ":" { j += 1 }
      let (ranks, afterRanks) = rankPrefixes(from: j)
      j = afterRanks
      if let nameEnd = nameRun(
        from: j, requireFamily: !PeopleVocabulary.strongHonorifics.contains(honorific))
      {
        if honorific.hasPrefix("các") { listMode = true }
        return finish(
          start: k, nameStart: j, nameEnd: nameEnd, honorific: honorific, prefix: ranks)
      }
      // "Anh hùng Lao động …": not an honorific; try the other patterns.
    }
    // 1b. Rank or degree + name: "Đại tá Nguyễn Quốc Hùng", "PGS.TS Nguyễn Thanh Bình",
    // "thiếu tướng Vũ Khắc Điệp", "NSND Thu Hiền".
    do {
      let (ranks, afterRanks) = rankPrefixes(from: k, lowerCase: true)
      if !ranks.isEmpty {
        let honorary =
          match(PeopleVocabulary.honoraryTitles, at: afterRanks - 1, max: 1) > 0
          || match(
            PeopleVocabulary.honoraryTitles, at: k, max: PeopleVocabulary.honoraryTitles.maxWords)
            > 0
        if let nameEnd = nameRun(from: afterRanks, requireFamily: !honorary) {
          return finish(
            start: k, nameStart: afterRanks, nameEnd: nameEnd, honorific: nil, prefix: ranks)
        }
        // A foreign name after a rank, joined to a position: "Trung tướng Sidalor
        // Chongtenhchiaxa - Phó Tổng Tham mưu trưởng …".
        if t[k].isCapitalised, let nameEnd = nameRun(from: afterRanks, requireFamily: false),
          nameEnd < t.count, ["-", "\u{2013}", ","].contains(t[nameEnd].lower),
          match(PeopleVocabulary.positionHeads, at: nameEnd + 1, max: 5) > 0
        {
          return finish(
            start: k, nameStart: afterRanks, nameEnd: nameEnd, honorific: nil, prefix: ranks)
        }
      }
    }
    // 2. Name + "-", "," , "(" or "|" + title; or any name in a list.
    if t[k].isCapitalised, People.isFamilyName(t[k].lower),
      let nameEnd = nameRun(from: k, requireFamily: true)
    {
      if nameEnd < t.count {
        let sep = t[nameEnd].lower
        if sep == "-" || sep == "\u{2013}" || sep == "," || sep == "(" || sep == "|"
          || sep == ":"
        {
          var j = nameEnd + 1
          while j < t.count, t[j].lower == "|" || t[j].lower == "-" { j += 1 }
          if j < t.count, match(PeopleVocabulary.positionHeads, at: j, max: 5) > 0 {
            return finish(start: k, nameStart: k, nameEnd: nameEnd, honorific: nil, prefix: [])
          }
        }
      }
      if listMode {
        return finish(start: k, nameStart: k, nameEnd: nameEnd, honorific: nil, prefix: [])
      }
    }
    // 3. Title + name: "Phó Chủ tịch nước Đặng Thị Ngọc Thịnh", "nguyên Tổng Bí thư Nông Đức
    // Mạnh" (a former office, written lower-case before it).
    let former =
      PeopleVocabulary.formerWords.contains(t[k].lower) && k + 1 < t.count
      && t[k + 1].isCapitalised
      && match(PeopleVocabulary.positionHeads, at: k + 1, max: 5) > 0
    if former
      || (t[k].isCapitalised && match(PeopleVocabulary.positionHeads, at: k, max: 5) > 0)
    {
      // "Thừa ủy quyền của Chủ tịch nước, Thứ trưởng Bộ Nội vụ NAME": the office one acts for
      // is no title of the person after it.
      if isOnBehalf(before: k) { return nil }
      var j = k
      var limit = 0
      // Three titles joined by commas before one name ("Ủy viên T.Ư Đảng, Phó Chủ tịch nước,
      // Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng T.Ư NAME") run to some 30 tokens.
      while j < t.count, limit < PeopleVocabulary.titleRunLimit {
        let token = t[j]
        if !token.isWord {
          if token.lower == "," {
            // "Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Lê Xuân Hòa-Giám đốc …": a rank
            // after the comma introduces the person; the title before it is someone else's.
            if rankPrefixes(from: j + 1).0.isEmpty == false { return nil }
            j += 1
            limit += 1
            continue
          }
          // "Giám đốc Sở GD&ĐT TP.HCM Nguyễn Văn Hiếu": a mark inside an abbreviation.
          if PeopleVocabulary.wordMarks.contains(token.lower), !token.spaceBefore, j + 1 < t.count,
            t[j + 1].isWord, !t[j + 1].spaceBefore
          {
            j += 1
            limit += 1
            continue
          }
          // "Phó chủ tịch Hội LHPN Việt Nam - Đỗ Thị Thu Thảo": a title, a dash, a name.
          if token.lower == "-" || token.lower == "\u{2013}", j > k, j + 1 < t.count,
            t[j + 1].isCapitalised, People.isFamilyName(t[j + 1].lower),
            let nameEnd = nameRun(from: j + 1, requireFamily: true)
          {
            let stated = positions(from: k, until: j, allowVerbs: false).positions
            guard !stated.isEmpty else { return nil }
            return finish(
              start: k, nameStart: j + 1, nameEnd: nameEnd, honorific: nil, prefix: stated)
          }
          // "Hội đồng Thi đua - Khen thưởng T.Ư NAME": a dash between two words of a unit goes on.
          if token.lower == "-" || token.lower == "\u{2013}", j > k, t[j - 1].isWord,
            j + 1 < t.count, t[j + 1].isWord, !isStop(j + 1),
            match(PeopleVocabulary.roleVerbs, at: j + 1, max: 3) == 0
          {
            j += 1
            limit += 1
            continue
          }
          return nil
        }
        if j > k, token.isCapitalised, People.isFamilyName(token.lower),
          !startsPlaceName(j), let nameEnd = nameRun(from: j, requireFamily: true)
        {
          let stated = positions(from: k, until: j, allowVerbs: false).positions
          guard !stated.isEmpty else { return nil }
          return finish(start: k, nameStart: j, nameEnd: nameEnd, honorific: nil, prefix: stated)
        }
        if !token.isCapitalised, j > k,
          match(PeopleVocabulary.stopWords, at: j, max: 3) > 0
            || match(PeopleVocabulary.roleVerbs, at: j, max: 3) > 0
        {
          return nil
        }
        j += 1
        limit += 1
      }
    }
    return nil
  }

  /// Ranks and degrees written before a name ("Thượng tướng", "PGS.TS"), as written, and the
  /// token after them.
  func rankPrefixes(from start: Int, lowerCase: Bool = false) -> ([String], Int) {
    var j = start
    var ranks: [String] = []
    while j < t.count {
      let p = match(
        PeopleVocabulary.namePrefixes, at: j, max: PeopleVocabulary.namePrefixes.maxWords)
      guard p > 0, j + p < t.count else { break }
      // A rank written in lower case ("thiếu tướng Vũ Khắc Điệp") counts before a family name.
      if !t[j].isCapitalised {
        guard lowerCase, t[j].isWord, t[j + p].isCapitalised, People.isFamilyName(t[j + p].lower)
        else { break }
      }
      var end = j + p
      if end < t.count, t[end].lower == ".", !t[end].spaceBefore { end += 1 }
      ranks.append(tokens.scan.string(t[j].start, t[end - 1].end))
      j = end
    }
    return (ranks, j)
  }

  /// Whether the capitalised words at `j` are a place rather than a name: the word before is an
  /// administrative unit ("tỉnh", "xã"…) or an organisation word.
  func startsPlaceName(_ j: Int) -> Bool {
    guard j > 0, t[j - 1].isWord else { return false }
    let before = t[j - 1].lower
    guard
      [
        "tỉnh", "xã", "phường", "huyện", "quận", "thành", "phố", "thôn", "bản", "ấp", "tp",
        "trấn", "xóm", "nam", "việt", "chuyên", "tp.",
      ].contains(before)
    else { return false }
    // "thành phố Phan Thanh Long", "tỉnh Trần Thị Mai Loan": a name when its second word is a
    // middle name or it has three words; "tỉnh Hà Giang Nguyễn Văn Sơn": a place first.
    var e = j
    while e < t.count, t[e].isWord, t[e].isCapitalised { e += 1 }
    let run = e - j
    if run >= 2, MiddleNames.all.contains(t[j + 1].lower) { return false }
    return run != 3
  }

  /// The end of a name of 2–5 capitalised words starting at `j`; nil when there is none.
  func nameRun(from j: Int, requireFamily: Bool) -> Int? {
    guard j < t.count, t[j].isWord, t[j].isCapitalised else { return nil }
    if requireFamily, !People.isFamilyName(t[j].lower) { return nil }
    var e = j
    while e < t.count, t[e].isWord, e - j < 6 {
      let token = t[e]
      let isNameWord =
        token.isCapitalised
        && (e == j || !isAllUpperAbbreviation(token))
        && (e == j || match(PeopleVocabulary.positionHeads, at: e, max: 3) == 0
          || (e - j < 2 && !isTitleStart(e)))
      guard isNameWord else { break }
      e += 1
    }
    // A Central Highlands clan name may be written with a lower-case letter after the first.
    let count = e - j
    guard count >= 2, count <= 5 else {
      if count == 1, People.isFamilyName(t[j].lower) == false, isApostropheName(t[j]) {
        return e
      }
      return nil
    }
    if isAllUpperAbbreviation(t[j]) { return nil }
    return e
  }

  /// Whether the token is an abbreviation written in capitals ("UBND", "TĐKT").
  func isAllUpperAbbreviation(_ token: Token) -> Bool {
    guard token.end - token.start >= 2, !isApostropheName(token) else { return false }
    var upper = 0
    for k in token.start..<token.end where isUppercase(tokens.scan.scalars[k]) { upper += 1 }
    return upper >= 2
  }

  func isApostropheName(_ token: Token) -> Bool {
    token.lower.unicodeScalars.contains(where: isApostrophe)
  }

  /// A word that starts a title with a capital in the middle of a text ("Phó", "Chủ tịch").
  func isTitleStart(_ e: Int) -> Bool {
    let w = t[e].lower
    return w == "phó" || w == "chủ" || w == "bí" || w == "ủy" || w == "uỷ" || w == "giám"
      || w == "trưởng" || w == "tổng" || w == "thủ" || w == "bộ" || w == "chánh"
  }

  /// Builds the mention: the name, the positions after it (with `prefix` positions written
  /// before it), and the role verb that follows.
  func finish(start: Int, nameStart: Int, nameEnd: Int, honorific: String?, prefix: [String])
    -> (PersonMention, Int)
  {
    let scan = tokens.scan
    let name = scan.string(t[nameStart].start, t[nameEnd - 1].end)
    var j = nameEnd
    var closing: String?
    var separated = false
    if j < t.count {
      let sep = t[j].lower
      if sep == "," || sep == "-" || sep == "\u{2013}" || sep == "|" || sep == ":" {
        j += 1
        separated = true
        while j < t.count, t[j].lower == "|" || t[j].lower == "-" { j += 1 }
      } else if sep == "(" {
        let inner = j + 1
        if match(PeopleVocabulary.photoRemarks, at: inner, max: 3) > 0,
          let close = t[inner...].firstIndex(where: { $0.lower == ")" }), close - inner <= 8
        {
          // "Đồng chí A (thứ hai từ trái sang), Phó Chủ tịch …": where A stands in the photo.
          j = close + 1
          if j < t.count, [",", "-", "\u{2013}", ":"].contains(t[j].lower) {
            j += 1
            separated = true
          }
        } else {
          j = inner
          closing = ")"
          separated = true
        }
      }
    }
    // "Tổng bí thư Nguyễn Phú Trọng - Ảnh: NAM TRẦN": a photo credit, no position.
    if separated, j < t.count, t[j].lower == "ảnh" { separated = false }
    // "Mẹ Hoàng Thị Xuân, sinh năm 1897, …", "Mẹ Nguyễn Thị Tiu, trú ở xã Sơn Thành": the
    // person's birth year or home, no position.
    if separated, j < t.count, match(PeopleVocabulary.personalDetails, at: j, max: 4) > 0 {
      separated = false
    }
    if !separated, j < t.count, t[j].isWord {
      // Without a separator only a title written with a capital continues the mention.
      separated =
        t[j].isCapitalised && match(PeopleVocabulary.positionHeads, at: j, max: 5) > 0
    }
    var positionList: [String] = []
    var end = nameEnd
    // "Tổng Bí thư Tô Lâm, nguyên Tổng Bí thư Nông Đức Mạnh, …": after the comma comes the
    // next person, title first, not a position of this one.
    if separated, nameEnd < t.count, t[nameEnd].lower == ",", titleBeforeName(from: j) {
      separated = false
    }
    if separated, j < t.count, t[j].isWord {
      let limit =
        closing == nil ? t.count : (t[j...].firstIndex(where: { $0.lower == ")" }) ?? t.count)
      let result = positions(from: j, until: limit, allowVerbs: true)
      positionList = result.positions
      if !positionList.isEmpty {
        end = result.end
        if closing != nil, end < t.count, t[end].lower == ")" { end += 1 }
      }
    }
    let after = roleAfter(end)
    let role = after ?? roleBefore(start)
    let mention = PersonMention(
      name: name, positions: prefix + positionList, honorific: honorific, role: role,
      roleFollowsName: after != nil,
      text: scan.string(t[start].start, t[max(end, nameEnd) - 1].end),
      range: scan.range(t[start].start, t[max(end, nameEnd) - 1].end))
    return (mention, max(end, nameEnd))
  }

  /// "Chủ trì hội nghị có đồng chí …": the role that opens the sentence of token `k` when the
  /// people are presented after "có" (only "chủ trì" and "đồng chủ trì", which name the role of
  /// everyone presented).
  func presentedRole(before k: Int) -> String? {
    var first = k
    while first > 0, t[first - 1].lower != ".", t[first - 1].lower != ";" { first -= 1 }
    guard let role = roleVerb(at: first), role == "chủ trì" || role == "đồng chủ trì" else {
      return nil
    }
    guard (first..<k).contains(where: { t[$0].lower == "có" }) else { return nil }
    return role
  }

  /// The role verb that opens the sentence of token `k` ("Chủ trì Hội nghị có …").
  func sentenceRole(before k: Int) -> String? {
    var first = k
    while first > 0, t[first - 1].lower != ".", t[first - 1].lower != ";" { first -= 1 }
    return roleVerb(at: first)
  }

  /// The role verb right after a mention ("phát biểu", "phát biểu khai mạc", "chủ trì").
  func roleAfter(_ end: Int) -> String? {
    var j = end
    // Skip a parenthetical remark.
    if j < t.count, t[j].lower == "(" {
      while j < t.count, t[j].lower != ")" { j += 1 }
      j += 1
    }
    if j < t.count, t[j].lower == "," { j += 1 }
    if j < t.count, t[j].lower == "đã" || t[j].lower == "đến" || t[j].lower == "cũng" { j += 1 }
    return roleVerb(at: j)
  }

  /// "Phát biểu tại Hội nghị, đồng chí …": a role verb opening the sentence before the mention.
  func roleBefore(_ start: Int) -> String? {
    var j = start - 1
    guard j >= 0, t[j].lower == "," else { return nil }
    j -= 1
    var first = j
    while first > 0, t[first - 1].isWord { first -= 1 }
    guard first < t.count, first == 0 || [".", ";", ":"].contains(t[first - 1].lower) else {
      return nil
    }
    guard let verb = roleVerb(at: first), verb.hasPrefix("phát biểu") || verb == "chủ trì" else {
      return nil
    }
    return verb
  }

  func roleVerb(at j: Int) -> String? {
    guard j < t.count else { return nil }
    let r = match(PeopleVocabulary.roleVerbs, at: j, max: 3)
    guard r > 0 else { return nil }
    var role = t[j..<(j + r)].map(\.lower).joined(separator: " ")
    if role == "phát biểu" {
      let s = match(PeopleVocabulary.speechKinds, at: j + r, max: 3)
      if s > 0 { role += " " + t[(j + r)..<(j + r + s)].map(\.lower).joined(separator: " ") }
    }
    return role
  }

  /// Positions from token `start`: segments separated by commas, a segment that starts with a
  /// unit word continuing the previous position. Ends at ";", ".", "(", ")", "|", a verb, the
  /// next honorific or a new name.
  func positions(from start: Int, until limit: Int, allowVerbs: Bool) -> (
    positions: [String], end: Int
  ) {
    let scan = tokens.scan
    var result: [String] = []
    var segmentStart = start
    var j = start
    var lastWordEnd = start
    var isFirstSegment = true

    func closeSegment() {
      guard lastWordEnd > segmentStart else { return }
      let text = scan.string(t[segmentStart].start, t[lastWordEnd - 1].end)
      result.append(text)
    }

    func startsSegment(_ k: Int) -> Bool {
      let w = words(from: k, max: 5)
      return PeopleVocabulary.positionHeads.match(w) > 0
        || PeopleVocabulary.namePrefixes.match(w) > 0
    }

    while j < limit {
      let token = t[j]
      if !token.isWord {
        let p = token.lower
        if p == "," {
          // What follows decides: a new position, a unit continuing this one, or the end.
          let k = j + 1
          guard k < limit, t[k].isWord else { break }
          if isStop(k) { break }
          // "…, Thiếu tướng Cao Đăng Hưng – …": a rank and a name start the next person.
          let (ranks, afterRanks) = rankPrefixes(from: k)
          if !ranks.isEmpty, nameRun(from: afterRanks, requireFamily: true) != nil { break }
          // "Hội đồng thi đua, khen thưởng …": a unit name written with a comma inside.
          if isCommaJoined(before: j, after: k) {
            j = k
            continue
          }
          // "…, Chủ tịch nước Lương Cường": the next person, title first.
          if titleBeforeName(from: k, before: limit) { break }
          // "…, nguyên Thường trực Ban Bí thư": a former office starts a position too.
          var head = k
          while head < limit, PeopleVocabulary.formerWords.contains(t[head].lower) { head += 1 }
          if head < limit, startsSegment(head),
            t[head].isCapitalised || isAllUpperAbbreviation(t[head])
          {
            closeSegment()
            segmentStart = k
            isFirstSegment = false
            j = k
            continue
          }
          if match(PeopleVocabulary.unitHeads, at: k, max: 4) > 0,
            lastWordEnd > segmentStart
          {
            // A unit or a place after a comma continues the position before it, comma and
            // all: "Vụ phó Vụ TĐKT …, Ban TĐKT Trung ương".
            j = k
            continue
          }
          if t[k].isCapitalised && !People.isFamilyName(t[k].lower) {
            if result.isEmpty && isFirstSegment || lastWordEnd > segmentStart {
              j = k
              continue
            }
          }
          break
        }
        if p == "-" || p == "\u{2013}" || p == "&" || p == "\u{201C}" || p == "\u{201D}"
          || p == "\"" || p == "'"
        {
          // "Ban Thi đua - Khen thưởng" inside a position.
          if j + 1 < limit, t[j + 1].isWord, !isStop(j + 1) {
            j += 1
            continue
          }
          break
        }
        // "…, TP. Cam Ranh": the period of a place's abbreviation, a name after it.
        if p == ".", j > segmentStart, lastWordEnd == j,
          TitleVocabulary.placeAbbreviations.contains(t[j - 1].lower), j + 1 < limit,
          t[j + 1].isWord, t[j + 1].isCapitalised
        {
          j += 1
          continue
        }
        // "Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)": the unit's short name in
        // parentheses right after it stays with the position.
        if p == "(", j > segmentStart, lastWordEnd == j, let close = unitShortName(after: j),
          close < limit
        {
          j = close + 1
          lastWordEnd = j
          continue
        }
        break
      }
      if j > segmentStart, !token.isCapitalised, isStop(j) { break }
      if j > segmentStart, lastWordEnd == j, token.lower == PeopleVocabulary.concurrentWord,
        j + 1 < limit, t[j + 1].isWord, startsSegment(j + 1)
      {
        // "Chủ tịch HĐQT Công ty A kiêm Chủ tịch HĐQT Công ty B": two positions, in order.
        closeSegment()
        segmentStart = j + 1
        isFirstSegment = false
        j += 1
        continue
      }
      if j > segmentStart, token.lower == "và" {
        // "và" joins units ("Trung du và Miền núi"), not people.
        let k = j + 1
        guard k < limit, t[k].isWord else { break }
        if match(PeopleVocabulary.honorifics, at: k, max: 3) > 0 { break }
        // "…, Bộ Công an và Thượng úy Lê Thị Hòa, …": a rank and a name start the next person.
        let (ranks, afterRanks) = rankPrefixes(from: k)
        if !ranks.isEmpty, nameRun(from: afterRanks, requireFamily: true) != nil { break }
        // "Cục Công tác đảng và công tác chính trị": a noun of the unit repeated after "và".
        let repeats = (segmentStart..<j).contains { t[$0].isWord && t[$0].lower == t[k].lower }
        if !t[k].isCapitalised, !repeats,
          match(PeopleVocabulary.unitHeads, at: k, max: 3) == 0
        {
          break
        }
        if t[k].isCapitalised, People.isFamilyName(t[k].lower),
          nameRun(from: k, requireFamily: true) != nil, !startsPlaceName(k)
        {
          break
        }
      }
      if j > segmentStart, token.isCapitalised, People.isFamilyName(token.lower),
        !startsPlaceName(j), !namesAfterUnit.contains(t[j - 1].lower),
        let nameEnd = nameRun(from: j, requireFamily: true),
        nameEnd - j >= 3
      {
        // A new name starts ("… Chủ tịch UBND tỉnh Nguyễn Văn A").
        break
      }
      j += 1
      lastWordEnd = j
    }
    closeSegment()
    _ = allowVerbs
    return (result.filter { !$0.isEmpty }, lastWordEnd)
  }

  /// Whether a title followed by a person's name runs from `k` to the next comma, dash or end:
  /// "nguyên Tổng Bí thư Nông Đức Mạnh", "Chủ tịch nước Lương Cường", a title-first person.
  func titleBeforeName(from start: Int, before limit: Int = .max) -> Bool {
    var k = start
    while k < t.count, PeopleVocabulary.formerWords.contains(t[k].lower) { k += 1 }
    guard k < t.count, t[k].isWord else { return false }
    let w = words(from: k, max: 5)
    guard
      PeopleVocabulary.positionHeads.match(w) > 0 || PeopleVocabulary.namePrefixes.match(w) > 0
    else { return false }
    var j = k + 1
    while j < t.count, j - k < 24 {
      let token = t[j]
      if !token.isWord {
        // Marks inside a title ("Hội đồng Thi đua - Khen thưởng", "GD&ĐT") go on; a comma,
        // a semicolon or the end of the sentence ends it.
        // "nguyên Ủy viên Bộ Chính trị, Chủ tịch … Phạm Thế Duyệt": titles joined by commas
        // before one name are all that person's.
        if token.lower == ",", j + 1 < t.count {
          var next = j + 1
          while next < t.count, PeopleVocabulary.formerWords.contains(t[next].lower) { next += 1 }
          if next < t.count, t[next].isCapitalised,
            match(PeopleVocabulary.positionHeads, at: next, max: 5) > 0
          {
            j = next
            continue
          }
        }
        if [",", ";", ".", "(", ")", ":"].contains(token.lower) { return false }
        j += 1
        continue
      }
      if j >= limit { return false }
      if token.isCapitalised, People.isFamilyName(token.lower),
        let nameEnd = nameRun(from: j, requireFamily: true), nameEnd - j >= 2
      {
        // "Trường THPT Lưu Văn Liệt", "Tỉnh ủy Ninh Bình": a unit or a place, not a person.
        let run = tokens.scan.string(t[j].start, t[nameEnd - 1].end)
        if startsPlaceName(j) || namesAfterUnit.contains(t[j - 1].lower)
          || !Gazetteer.mentions(in: run).isEmpty
        {
          j = nameEnd
          continue
        }
        return nameEnd >= t.count || !t[nameEnd].isWord
          || (!t[nameEnd].isCapitalised && isStop(nameEnd))
      }
      if !token.isCapitalised, isStop(j) { return false }
      j += 1
    }
    return false
  }

  /// The ")" closing a unit's short name in parentheses opened at `open` ("(Viettel)",
  /// "(VNPT)"): one to three capitalised words that are no person's name.
  func unitShortName(after open: Int) -> Int? {
    var j = open + 1
    while j < t.count, j - open <= PeopleVocabulary.shortNameWords, t[j].isWord,
      t[j].isCapitalised
    {
      j += 1
    }
    guard j > open + 1, j < t.count, t[j].lower == ")" else { return nil }
    if People.isFamilyName(t[open + 1].lower), nameRun(from: open + 1, requireFamily: true) != nil {
      return nil
    }
    return j
  }

  /// Whether the words before token `k` say that someone acts on behalf of what follows
  /// ("thừa ủy quyền của", "thừa lệnh").
  func isOnBehalf(before k: Int) -> Bool {
    var j = k
    var previous: [String] = []
    while j > 0, previous.count < 4, t[j - 1].isWord {
      j -= 1
      previous.insert(t[j].lower, at: 0)
    }
    let text = previous.joined(separator: " ")
    return PeopleVocabulary.onBehalfWords.contains { text.hasSuffix($0) }
  }

  /// Whether the comma at `comma` is inside a unit name such as "thi đua, khen thưởng".
  func isCommaJoined(before comma: Int, after k: Int) -> Bool {
    PeopleVocabulary.commaJoined.contains { pair in
      let n = pair.before.count
      guard comma >= n else { return false }
      for (offset, word) in pair.before.enumerated() {
        let token = t[comma - n + offset]
        guard token.isWord, token.lower == word else { return false }
      }
      return Array(words(from: k, max: pair.after.count)) == pair.after
    }
  }

  /// Words after which a person's name names a school, a street or a unit ("Trường THPT Lưu Văn
  /// Liệt", "đường Trần Hưng Đạo").
  var namesAfterUnit: Set<String> {
    ["trường", "thpt", "thcs", "học", "chuyên", "đường", "phố", "non", "cụm", "quân", "giáo"]
  }

  /// Whether a lower-case verb or another stop word starts at `k`.
  func isStop(_ k: Int) -> Bool {
    let w = words(from: k, max: 3)
    if t[k].lower == "của" || t[k].lower == "cho" {
      // "… Hội đồng Dân tộc của Quốc hội" continues; "… của các tỉnh" does not.
      return !(k + 1 < t.count && t[k + 1].isCapitalised)
    }
    if !t[k].isCapitalised || t[k].lower == "đồng" {
      if PeopleVocabulary.roleVerbs.match(w) > 0 { return true }
      if PeopleVocabulary.stopWords.match(w) > 0 { return true }
    }
    if PeopleVocabulary.honorifics.match(w) > 0, t[k].lower != "bà" || !t[k].isCapitalised {
      let h = PeopleVocabulary.honorifics.match(w)
      return nameRun(from: k + h, requireFamily: false) != nil
    }
    return false
  }
}
