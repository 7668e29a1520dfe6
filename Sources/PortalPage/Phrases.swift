// The vocabularies of page furniture: interface strings, "other news" headings, site footers,
// source lines and bylines. Comparisons use `MatchingKey` (lowercased, tone-placement and
// Unicode-form independent).

import VietText

/// Phrase rules for telling page furniture from article text.
enum Phrases {
  /// Whole lines that are interface text, never article text (compared as matching keys).
  static let chromeLines: Set<String> = Set(
    [
      "Skip Ribbon Commands", "Skip to main content", "Sign In", "Sign in", "Sign Out",
      "Đăng nhập", "Đăng ký", "Đăng xuất", "In trang", "In bài", "In bài viết", "Bản in",
      "In", "Gửi email", "Gửi bài", "Gửi cho bạn bè", "Gửi bạn bè", "Chia sẻ", "Quay lại",
      "Trở lại", "Trở về", "Về đầu trang", "Lên đầu trang", "Đầu trang", "Tweet", "Share",
      "Print", "Email", "E-mail", "Facebook", "Zalo", "Twitter", "Bình luận", "Phản hồi",
      "Trang chủ", "Tìm kiếm", "Tìm kiếm...", "Turn on more accessible mode",
      "Turn off more accessible mode", "Page Content", "Lượt xem", "Views", "Like",
      "Thích", "Lưu", "Lưu bài", "Cỡ chữ", "Font size", "A A A", "A- A A+", "Back", "Top",
      "Home", "Menu", "Search", "Đóng", "Close", "Nghe đọc bài", "Nghe bài viết",
      "Xem thêm", "Read more", "Copy link", "Sao chép liên kết", "Chi tiết", "Details",
      "Chuyên mục", "Danh mục", "Category",
    ].map { MatchingKey($0).exact })

  /// Prefixes of interface lines ("Lượt xem: 125", "Tags: …", "Chia sẻ: …").
  static let chromePrefixes: [String] = [
    "lượt xem", "số lượt xem", "lượt truy cập", "lượt đọc", "đã xem", "tags:", "tag:",
    "từ khóa:", "từ khoá:", "chia sẻ:", "share:", "views:", "in bài", "gửi email",
    "bạn đang xem", "trang chủ >", "trang chủ »", "trang chủ /", "you are here",
  ].map { MatchingKey($0).exact }

  /// Headings that open the lists after an article ("Các tin khác", "Tin liên quan"…).
  static let boundaries: [String] = [
    "các tin khác", "tin khác", "các tin đã đưa", "tin đã đưa", "tin liên quan",
    "các tin liên quan", "bài liên quan", "bài viết liên quan", "tin xem nhiều",
    "tin đọc nhiều", "xem nhiều nhất", "đọc nhiều nhất", "tin cùng chuyên mục",
    "tin cùng danh mục", "bài cùng chuyên mục", "tin mới hơn", "tin cũ hơn", "tin mới nhất",
    "tin mới", "tin tức khác", "tin bài khác", "bài viết khác", "các bài viết khác",
    "các bài khác", "ý kiến bạn đọc", "gửi ý kiến", "ý kiến của bạn", "bình luận",
    "related articles", "related news", "related posts", "more news", "other news",
    "tin tiêu điểm", "tin nổi bật", "văn bản liên quan", "tin cùng loại", "xem tiếp",
    "tin bài liên quan", "các tin mới", "các tin cũ hơn", "các tin mới hơn",
  ].map { MatchingKey($0).exact }

  /// Beginnings of a site footer line.
  static let footerPrefixes: [String] = [
    "©", "copyright", "bản quyền", "ghi rõ nguồn", "giấy phép", "cơ quan chủ quản",
    "chịu trách nhiệm", "trưởng ban biên tập", "địa chỉ:", "điện thoại:", "email:",
  ].map { MatchingKey($0).exact }

  /// Whether the whole line is interface text.
  static func isChromeText(_ text: String) -> Bool {
    guard text.prefix(81).count <= 80 else { return false }
    let key = trimmedKey(text)
    if chromeLines.contains(key) { return true }
    if chromePrefixes.contains(where: { key.hasPrefix($0) }) { return true }
    // A view counter: "1234 lượt xem".
    if key.hasSuffix("lượt xem") || key.hasSuffix("lượt đọc") || key.hasSuffix("views") {
      return key.count <= 30
    }
    return false
  }

  /// Whether the line is a heading that opens the lists after an article.
  static func isBoundary(_ text: String) -> Bool {
    guard text.prefix(61).count <= 60 else { return false }
    let key = trimmedKey(text)
    if boundarySet.contains(key) { return true }
    // A heading and more words ("Tin liên quan Hà Tĩnh"): a heading is what stands before
    // one of the key's spaces. (Asked of every line of a page: a look-up per space, not a
    // comparison with every heading.)
    guard key.count <= 40 else { return false }
    var index = key.startIndex
    while let space = key[index...].firstIndex(of: " ") {
      if boundarySet.contains(String(key[..<space])) { return true }
      index = key.index(after: space)
    }
    return false
  }

  private static let boundarySet = Set(boundaries)

  /// Whether the line belongs to a site footer.
  static func isSiteFooter(_ text: String) -> Bool {
    guard text.prefix(201).count <= 200 else { return false }
    let key = MatchingKey(text).exact
    return footerPrefixes.contains { key.hasPrefix($0) }
  }

  private static func trimmedKey(_ text: String) -> String {
    var key = MatchingKey(text).exact
    while let last = key.last, ":»>|-–.".contains(last) || last == " " { key.removeLast() }
    while let first = key.first, "»>|-–.".contains(first) || first == " " { key.removeFirst() }
    return key
  }

  /// The stamp as printed, without surrounding brackets or a view counter:
  /// "( Cập nhật lúc: 02/08/2022 )" → "Cập nhật lúc: 02/08/2022".
  static func stampText(_ text: String) -> String {
    var result = text
    for (open, close) in [("(", ")"), ("[", "]")]
    where result.hasPrefix(open) && result.hasSuffix(close) {
      result = String(result.dropFirst().dropLast())
    }
    // Drop a trailing view counter: "05/08/2013 | 7487 lượt xem".
    let key = result.lowercased()
    for marker in ["lượt xem", "lượt đọc", "views"] where key.hasSuffix(marker) {
      var cut = result.dropLast(marker.count)
      while let last = cut.last, last.isNumber || last == " " || last == "." || last == "," {
        cut = cut.dropLast()
      }
      while let last = cut.last, "|-–:".contains(last) || last == " " { cut = cut.dropLast() }
      if !cut.isEmpty { result = String(cut) }
    }
    return clean(result)
  }

  /// Whether the text ends with a full stop, question or exclamation mark (possibly after
  /// a closing quote or "./.").
  static func endsLikeSentence(_ text: String) -> Bool {
    var trimmed = Substring(text)
    while let last = trimmed.last,
      last == "\"" || last == "”" || last == "’" || last == ")"
        || last == " "
    {
      trimmed = trimmed.dropLast()
    }
    guard let last = trimmed.last else { return false }
    return last == "." || last == "?" || last == "!" || last == ";" || last == ":"
  }

  /// Labels before the author's name in a byline, longest first where one begins another.
  static let bylineLabels: [String] = [
    "tác giả bài viết:", "tác giả:", "tác giả", "bài và ảnh:", "bài, ảnh:", "bài và ảnh",
    "bài, ảnh", "tin và ảnh:", "tin, ảnh:", "tin và ảnh", "tin, ảnh", "tin:", "bài:", "ảnh:",
    "người viết:", "người viết", "được viết bởi", "viết bởi", "written by", "by ", "tg:",
    "phóng viên:", "pv:", "bởi ", "đăng bởi ", "posted by ", "người đăng:", "người đăng",
    "thực hiện:", "nhóm phóng viên:",
  ]

  /// Beginnings of lines that are never a byline: source lines, stamps, counters.
  static let notBylinePrefixes: [String] = [
    "nguồn", "theo ", "(theo", "source", "đăng ngày", "ngày đăng", "được đăng", "cập nhật",
    "lượt xem", "ngày ", "thứ ", "chủ nhật", "ảnh minh họa", "ảnh minh hoạ", "ảnh: internet",
    // A CMS's creation stamp ("Create: T4, 08/02/2023 - 16:19"), not its author.
    "create:", "created:",
  ]

  /// Whole lines that look like a byline but are labels or interface words (compared as
  /// matching keys).
  static let notNames: Set<String> = Set(
    [
      "Tác giả", "Người viết", "Bài viết", "Bài và ảnh", "Tin và ảnh", "Phóng viên", "Biên tập",
      "Ý kiến", "Chủ đề", "By", "Von", "Por", "Par", "Author", "Authors", "Published",
      "Posted", "Updated", "Opinion", "Topics", "More Posts", "Loading", "Uhr", "Admin",
    ].map { MatchingKey($0).exact })

  /// Separators written around a byline ("| Thu Hà", "Thu Hà |", "— Thu Hà —").
  static func stripSeparators(_ text: String) -> String {
    let cleaned = clean(text)
    var scalars = Substring(cleaned).unicodeScalars
    let separators = "|-–—•·*/".unicodeScalars
    var stripped = false
    while let first = scalars.first, separators.contains(first) || first == " " {
      scalars.removeFirst()
      stripped = true
    }
    while let last = scalars.last, separators.contains(last) || last == " " {
      // "./." ends many articles; a lone "/" is a separator too.
      scalars.removeLast()
      stripped = true
    }
    return stripped ? makeString(scalars) : cleaned
  }

  /// A photographer credited after the author: "Thu Hà, ảnh Minh Đức" → "Thu Hà";
  /// "Thu Hà - Ảnh: Minh Đức" → "Thu Hà"; "Bài: Thu Hà; ảnh: Minh Đức" → "Thu Hà".
  static func stripPhotoCredit(_ line: String) -> String {
    let lower = line.lowercased()
    for marker in photoCreditMarkers {
      // The bytes first: the search by characters is slow, and most lines hold no marker.
      guard utf8Contains(lower, marker), let range = lower.firstRange(of: marker) else {
        continue
      }
      let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
      guard offset > 0 else { continue }
      return clean(String(line.prefix(offset)))
    }
    return line
  }

  /// What comes between an author and a photographer's or camera operator's credit.
  static let photoCreditMarkers = [
    ", ảnh", " - ảnh", " – ảnh", "; ảnh", " | ảnh", " ảnh:", ", video", " - video",
  ]

  /// The author's name or unit in a byline line, or `nil` when the line is not a byline.
  ///
  /// A byline is short (at most eight words), is not a source line ("Nguồn: …", "Theo …"),
  /// does not end like a sentence, and is either labelled ("Tác giả: …", "Bài, ảnh: …"),
  /// emphasised (right-aligned or bold), or written as a capitalised name or unit.
  static func byline(_ text: String, emphasised: Bool) -> String? {
    var line = stripSeparators(text)
    let lower = line.lowercased()
    if notBylinePrefixes.contains(where: { lower.hasPrefix($0) }) { return nil }
    var labelled = false
    for label in bylineLabels where lower.hasPrefix(label) {
      line = String(line.dropFirst(label.count))
      labelled = true
      break
    }
    line = stripPhotoCredit(clean(line))
    line = stripSeparators(line)
    while let last = line.last, last == "." || last == "/" || last == "," { line.removeLast() }
    line = clean(line)
    // "Hoàng Huế (Ban TĐKT)" is kept whole; a trailing source is not: "Minh Khánh (TTXVN)",
    // nor a compiler's note: "Ngọc Hà (tổng hợp)", nor a newsroom's desk: "Lê Phượng (Ban
    // Thời sự)".
    line = stripSourceTag(line)
    line = withoutWritersPosition(line)
    let credited = line
    line = stripAgency(line)
    // "TTXVN/Báo Tin tức": an agency and a paper credited together name no author.
    if line != credited, isSourceTag(line) { return nil }
    // A signature in parentheses at the end of the text: "(Q.LÂM)".
    if let inner = parenthesisedInitials(line) { return inner }
    guard !line.isEmpty, line.count <= 80 else { return nil }
    // A unit in parentheses after the names ("Hồ Hà - Minh Tâm (Trung tâm VH-TT)") is read
    // with them but does not decide whether they are names.
    let words = namePart(line).split(separator: " ")
    guard words.count <= 8 else { return nil }
    if Stamps.parse(line) != nil || line.contains("http") || line.contains("@") { return nil }
    if labelled { return line }
    if endsLikeSentence(text) && !text.hasSuffix("./.") && !isInitialsEnding(text) { return nil }
    // A label or an interface word alone ("By", "Tác giả", "Published") names nobody.
    if notNames.contains(MatchingKey(line).exact) { return nil }
    // Names carry no numbers: "Post Views: 111", "(1 Kommentar)", "1. Januar 2023".
    var digitRun = 0
    for scalar in line.unicodeScalars {
      digitRun = scalar.properties.numericType != nil ? digitRun + 1 : 0
      if digitRun >= 2 { return nil }
    }
    if let first = line.unicodeScalars.first, first == "(" || first.properties.numericType != nil {
      return nil
    }
    // A name has a capital letter: "769 0" beside a stamp is a counter.
    guard
      words.contains(where: { $0.unicodeScalars.first?.properties.isUppercase == true })
    else { return nil }
    let capitalised = words.allSatisfy { word in
      guard let first = word.unicodeScalars.first else { return false }
      return first.properties.isUppercase || !first.properties.isAlphabetic
    }
    if capitalised && (emphasised || words.count <= 5) && words.count >= 1 {
      return line
    }
    // A unit signs the article: "Phòng Thi đua - Khen thưởng", "Ban biên tập".
    if emphasised || words.count <= 6, let first = words.first,
      unitWords.contains(first.lowercased())
    {
      return line
    }
    return nil
  }

  /// "Võ Linh Trang, Chuyên viên Ban Thi đua - Khen thưởng tỉnh" → "Võ Linh Trang": a writer's
  /// position after the name and a comma is no part of the byline.
  static func withoutWritersPosition(_ line: String) -> String {
    guard let comma = line.range(of: ", ") else { return line }
    let name = line[..<comma.lowerBound]
    let words = name.split(separator: " ")
    guard (2...5).contains(words.count),
      words.allSatisfy({ $0.unicodeScalars.first?.properties.isUppercase == true })
    else { return line }
    // Only the beginning of the rest can hold a position: lower-case no more of it.
    let rest = line[comma.upperBound...].prefix(writerPositionLength + 1).lowercased()
    guard writerPositions.contains(where: { rest.hasPrefix($0 + " ") }) else { return line }
    return String(name)
  }

  /// Positions written after a writer's name in a byline.
  static let writerPositions: [String] = [
    "chuyên viên", "phóng viên", "cộng tác viên", "biên tập viên", "cán bộ", "giáo viên",
    "trưởng phòng", "phó trưởng phòng", "trưởng ban", "phó trưởng ban", "văn phòng",
  ]

  /// The length in characters of the longest writer's position.
  static let writerPositionLength = writerPositions.map(\.count).max() ?? 0

  /// First words of the units that sign articles.
  static let unitWords: Set<String> = [
    "ban", "phòng", "sở", "văn", "trung", "hội", "ubnd", "báo", "đài", "tổ", "nhóm", "bbt",
    "cổng", "công", "liên", "cục", "vụ", "viện", "trường", "huyện", "thành", "đảng", "btđkt",
  ]

  /// Whether the text is a news agency's or paper's tag printed beside a stamp ("HNMO",
  /// "TTXVN", "BTO"): one word in capitals without a lower-case letter.
  static func isSourceTag(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard words.count == 1, let word = words.first, word.count >= 2, word.count <= 8 else {
      return false
    }
    var letters = 0
    for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
      if scalar.properties.isLowercase { return false }
      letters += 1
    }
    return letters >= 2
  }

  /// Desks of a newsroom, printed in parentheses after a reporter's name by broadcasters and
  /// papers ("Lê Phượng (Ban Thời sự)"): where the writer works, not part of the byline, unlike
  /// a unit of the administration that signs ("Hoàng Huế (Ban TĐKT)").
  static let newsroomDesks: Set<String> = [
    "thời sự", "biên tập", "thư ký", "thư ký tòa soạn", "thư ký biên tập", "văn hóa",
    "văn hoá", "văn nghệ", "kinh tế", "xã hội", "điện tử", "chuyên đề", "phóng sự", "đối ngoại",
    "thể thao", "khoa giáo", "tin tức", "thông tin", "nội dung", "truyền hình", "phát thanh",
    "thời sự chính trị", "thời sự tổng hợp", "sản xuất chương trình", "báo điện tử",
  ]

  /// Whether the lower-cased text in parentheses after a name is a newsroom's desk: "ban" or
  /// "phòng" and one of `newsroomDesks` ("ban thời sự", "phòng biên tập").
  static func isNewsroomDesk(_ note: String) -> Bool {
    for head in ["ban ", "phòng "] where note.hasPrefix(head) {
      return newsroomDesks.contains(String(note.dropFirst(head.count)))
    }
    return false
  }

  /// Notes of how an article was put together, printed in parentheses after the byline.
  static let compilerNotes: Set<String> = [
    "tổng hợp", "th", "st", "sưu tầm", "lược dịch", "biên dịch", "dịch", "tổng hợp, biên dịch",
  ]

  /// The name without a news agency's tag in parentheses after it ("Minh Khánh (TTXVN)" →
  /// "Minh Khánh") or a compiler's note ("Ngọc Hà (tổng hợp)"); a unit in parentheses
  /// ("Hoàng Huế (Ban TĐKT)") stays.
  static func stripSourceTag(_ line: String) -> String {
    guard line.hasSuffix(")"), let open = line.lastIndex(of: "(") else { return line }
    let inner = line[line.index(after: open)..<line.index(before: line.endIndex)]
    let note = clean(String(inner)).lowercased()
    guard isSourceTag(String(inner)) || compilerNotes.contains(note) || isNewsroomDesk(note)
    else { return line }
    let name = clean(String(line[..<open]))
    return name.isEmpty ? line : name
  }

  /// The name before a news agency written after a slash ("Ngọc Hà/TTXVN", "Thu Hà/Báo Tin
  /// tức"): the agency is the source, the name the author.
  static func stripAgency(_ line: String) -> String {
    // Exactly one slash: a third part, if any, is the rest of the line unsplit.
    let parts = line.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 2 else { return line }
    let name = clean(String(parts[0]))
    let agency = clean(String(parts[1]))
    guard !name.isEmpty, !agency.isEmpty else { return line }
    let first = agency.split(separator: " ").first.map { $0.lowercased() } ?? ""
    guard isSourceTag(agency) || first == "báo" || first == "đài" || first == "tạp" else {
      return line
    }
    return name
  }

  /// "TTXVN/Báo Tin tức và Dân tộc", "TTXVN/VOV": an agency and a paper credited together.
  static func isAgencyCredit(_ text: String) -> Bool {
    let line = stripSeparators(clean(text))
    guard line.count <= 60 else { return false }
    let parts = line.split(separator: "/", omittingEmptySubsequences: false).map {
      clean(String($0))
    }
    guard parts.count == 2, isSourceTag(parts[0]) else { return false }
    let first = parts[1].split(separator: " ").first.map { $0.lowercased() } ?? ""
    return isSourceTag(parts[1]) || first == "báo" || first == "đài" || first == "tạp"
  }

  /// "(Q.LÂM)": initials and a name in capitals, in parentheses, as papers sign short items at
  /// the end of the text; the name inside, or `nil`.
  static func parenthesisedInitials(_ line: String) -> String? {
    guard line.hasPrefix("("), line.hasSuffix(")"), line.count >= 5 else { return nil }
    let inner = clean(String(line.dropFirst().dropLast()))
    let pieces = inner.split(separator: ".", omittingEmptySubsequences: false)
    guard pieces.count >= 2, pieces.dropLast().allSatisfy({ $0.count == 1 }),
      let last = pieces.last, last.count >= 2, !last.contains(" ")
    else { return nil }
    let letters = inner.unicodeScalars.filter { $0.properties.isAlphabetic }
    guard letters.allSatisfy({ $0.properties.isUppercase }) else { return nil }
    return inner
  }

  /// The line without a unit in parentheses at its end: "Hồ Hà (Trung tâm VH-TT)" → "Hồ Hà".
  static func namePart(_ line: String) -> String {
    guard line.hasSuffix(")"), let open = line.lastIndex(of: "("), open != line.startIndex,
      let first = line[line.index(after: open)...].unicodeScalars.first,
      first.properties.isUppercase
    else { return line }
    let name = clean(String(line[..<open]))
    return name.isEmpty ? line : name
  }

  /// Whether a line names the source of a reprint ("Nguồn: Báo Đắk Lắk", "Theo TTXVN").
  static func isSourceLine(_ text: String) -> Bool {
    let lower = text.lowercased()
    if isAgencyCredit(text) { return true }
    // "Nguồn Tin Tức TTXVN: https://…": a source with its address may be long.
    if lower.hasPrefix("nguồn"), text.count <= 300, lower.contains("http") { return true }
    guard text.count <= 120 else { return false }
    return lower.hasPrefix("nguồn:") || lower.hasPrefix("nguồn ") || lower.hasPrefix("(nguồn")
      || lower.hasPrefix("theo ") || lower.hasPrefix("(theo ") || lower.hasPrefix("source:")
  }

  /// "Nguyễn V." style endings.
  private static func isInitialsEnding(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard let last = words.last else { return false }
    return last.count <= 3 && last.first?.isUppercase == true
  }
}
