// A decision shown as the page itself (legal-document portals, document libraries, the
// "quyết định khen thưởng" pages of emulation boards): the heading ("THỦ TƯỚNG CHÍNH PHỦ",
// "Số: 345/QĐ-TTg", "Hà Nội, ngày 3 tháng 4 năm 2008"), "QUYẾT ĐỊNH / Về việc …", the
// preamble ("Căn cứ …", "Xét đề nghị …"), the operative articles ("Điều 1. Tặng … cho: …")
// and the signature block ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / (Đã ký) / Nguyễn Văn A").

import PortalPage
import VietText

/// What the heading and the signature block of a decision document say, and where its
/// operative article is.
struct DecisionDocument {
  /// The decision, when the document prints its number.
  var decision: Decision?
  /// The sentences of the article that confers ("Điều 1" up to "Điều 2").
  var operative: [Sentence]

  /// Lines that start the preamble of a decision.
  static let preambleStarts: [String] = ["căn cứ", "xét đề nghị", "theo đề nghị", "xét tờ trình"]

  /// Words that open a signature block: "KT." (ký thay), "TM." (thay mặt), "TL." (thừa lệnh),
  /// "TUQ." (thừa ủy quyền), "Q." (quyền).
  static let competences: Set<String> = ["KT", "TM", "TL", "TUQ", "Q"]

  /// Words that start the signer's own position in a flattened signature block ("KT THỦ TƯỚNG
  /// PHÓ THỦ TƯỚNG", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH").
  static let positionStarts: [[String]] = [
    ["phó"], ["chủ", "tịch"], ["giám", "đốc"], ["bộ", "trưởng"], ["thủ", "trưởng"],
    ["trưởng"], ["bí", "thư"], ["chánh"], ["tổng", "giám", "đốc"], ["hiệu", "trưởng"],
    ["viện", "trưởng"],
  ]

  /// Reads the page as a decision document: it has the "QUYẾT ĐỊNH" heading (or a "Về việc"
  /// title) and an "Điều 1" article.
  ///
  /// - Returns: nil when the page is not a decision document.
  static func read(_ article: Article, page: PageText, reference: DayDate?) -> DecisionDocument? {
    let paragraphs = article.paragraphs.map(collapse)
    let lower = paragraphs.map(lowercasedText)
    guard let first = lower.firstIndex(where: isArticleOne(_:)) else { return nil }
    let title = article.title.lowercased()
    let headed =
      title.hasPrefix("về việc") || title.hasPrefix("v/v")
      || lower[..<first].contains { line in
        line == "quyết định" || line == "quyết định:" || line.hasPrefix("quyết định về việc")
          || line.hasPrefix("quyết định v/v") || line.hasPrefix("về việc")
      }
    guard headed else { return nil }
    let preamble =
      lower[..<first].firstIndex { line in preambleStarts.contains { line.hasPrefix($0) } }
      ?? first
    let next =
      lower[(first + 1)...].firstIndex { line in
        line.hasPrefix("điều ") && !isArticleOne(line)
      } ?? paragraphs.count
    var document = DecisionDocument(decision: nil, operative: [])
    document.operative = sentences(of: first..<next, in: page, article: article)
    // The list attached to the decision ("DANH SÁCH … (Kèm theo Quyết định số …)").
    if let list = lower[next...].firstIndex(where: { $0.hasPrefix("danh sách") }) {
      document.operative += sentences(of: list..<paragraphs.count, in: page, article: article)
    }
    let head = Array(paragraphs[..<preamble])
    let cells = head.flatMap { $0.components(separatedBy: " | ") }.map(collapse)
    guard
      let number = cells.lazy.filter({ $0.lowercased().hasPrefix("số") }).compactMap({
        DocumentNumbers.mentions(in: $0).first
      }).first
    else { return document }
    let date = cells.lazy.filter { !$0.lowercased().hasPrefix("số") }.compactMap { cell in
      Dates.mentions(in: cell, reference: reference).first { $0.date.yearInferred == false }
    }.first
    let lastArticle =
      lower.lastIndex { line in line.hasPrefix("điều ") } ?? first
    document.decision = Decision(
      number: number.number.raw, date: date.flatMap { Day($0.date) }, issuer: issuer(head: head),
      signer: signer(in: Array(paragraphs[(lastArticle + 1)...])))
    return document
  }

  /// Gives an award of the operative article the decision of the document; a bare form ("Bằng
  /// khen") takes its code from the issuer.
  func apply(to draft: inout AwardDraft) {
    guard let decision else { return }
    if draft.decision == nil {
      draft.decision = decision
    } else {
      if draft.decision?.date == nil { draft.decision?.date = decision.date }
      if draft.decision?.issuer == nil { draft.decision?.issuer = decision.issuer }
      if draft.decision?.signer == nil { draft.decision?.signer = decision.signer }
    }
    if draft.form.code == .other, let issuer = decision.issuer,
      let entry = AwardVocabulary.form(named: draft.form.name, issuer: issuer)
    {
      draft.form = AwardForm(code: AwardForm.Code(entry), name: draft.form.name)
    }
  }

  /// "Điều 1." / "Điều 1 " / "Điều 1:".
  static func isArticleOne(_ line: String) -> Bool {
    guard line.hasPrefix("điều 1") else { return false }
    let rest = line.dropFirst("điều 1".count)
    guard let next = rest.first else { return true }
    return next == "." || next == " " || next == ":"
  }

  /// The sentences of paragraphs `range`.
  static func sentences(of range: Range<Int>, in page: PageText, article: Article) -> [Sentence] {
    let offset = article.lead.map { $0.isEmpty ? 1 : 2 } ?? 1
    let blocks = (range.lowerBound + offset)..<(range.upperBound + offset)
    return page.body.filter { $0.kind == .paragraph && blocks.contains($0.block) }
  }

  /// The authority the decision is issued in the name of: the line in capitals right above the
  /// preamble ("THỦ TƯỚNG CHÍNH PHỦ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"), or the first cell of
  /// the heading table, in the usual case.
  static func issuer(head: [String]) -> String? {
    func isAuthority(_ text: String) -> Bool {
      let lower = text.lowercased()
      guard text.count >= 6, text.count <= 120, !lower.hasPrefix("quyết định"),
        !lower.hasPrefix("về việc"), !lower.hasPrefix("số"), !lower.contains("cộng hòa"),
        !lower.contains("cộng hoà"), !lower.contains("độc lập"),
        !text.unicodeScalars.contains(where: { $0.properties.isLowercase })
      else { return false }
      // Not a letter-spaced heading ("T H Ủ T Ư Ớ N G …").
      let words = text.split(separator: " ")
      return words.filter { $0.count == 1 }.count * 2 < words.count
    }
    if let last = head.last, isAuthority(last) { return Casing.fromCapitals(last) }
    for line in head {
      let cell = collapse(line.components(separatedBy: " | ")[0])
      if isAuthority(cell) { return Casing.fromCapitals(cell) }
    }
    return nil
  }

  /// The signer of the block after the last article: competence ("KT. Chủ tịch"), position
  /// ("Phó Chủ tịch") and name, whether the block is one line per part or flattened into one.
  static func signer(in tail: [String]) -> Signer? {
    // The words of the block, from the last competence word on.
    var words: [String] = []
    var ended = false
    for line in tail where !ended {
      for cell in line.components(separatedBy: " | ") where !ended {
        // The list of recipients of copies and the attached list are not part of the block.
        if cell.lowercased().hasPrefix("nơi nhận") || cell.lowercased().hasPrefix("danh sách") {
          ended = !words.isEmpty
          continue
        }
        let cellWords = cell.split(separator: " ").map(String.init)
        if let at = cellWords.lastIndex(where: { isCompetence($0) }) {
          words = Array(cellWords[at...])
        } else if !words.isEmpty {
          words += cellWords
        }
      }
    }
    guard let head = words.first else { return nil }
    let prefix = head.hasSuffix(".") ? String(head.dropLast()) : head
    var rest = Array(words.dropFirst())
    // "(Đã ký)", "(Ký tên, đóng dấu)": not part of anything.
    var cleaned: [String] = []
    var depth = 0
    for word in rest {
      if word.hasPrefix("(") { depth += 1 }
      if depth == 0 { cleaned.append(word) }
      if word.hasSuffix(")") { depth = max(0, depth - 1) }
    }
    rest = cleaned
    // The name: the last run of capitalised words that are not in capitals.
    var nameStart = rest.count
    while nameStart > 0, isNameWord(rest[nameStart - 1]) { nameStart -= 1 }
    let nameWords = Array(rest[nameStart...])
    guard nameWords.count >= 2, nameWords.count <= 5, People.isFamilyName(nameWords[0]) else {
      return nil
    }
    let titled = Array(rest[..<nameStart])
    let keys = titled.map { $0.lowercased() }
    var split = keys.count
    for start in 1..<max(keys.count, 1) {
      if positionStarts.contains(where: { keys[start...].starts(with: $0) }) {
        split = start
        break
      }
    }
    let office = titled[..<split].joined(separator: " ")
    let position = titled[split...].joined(separator: " ")
    return Signer(
      name: nameWords.joined(separator: " "),
      position: position.isEmpty ? nil : Casing.fromCapitals(position),
      competence: office.isEmpty ? nil : prefix + ". " + Casing.fromCapitals(office))
  }

  /// "KT.", "TM", "TUQ." in capitals.
  static func isCompetence(_ word: String) -> Bool {
    let bare = word.hasSuffix(".") ? String(word.dropLast()) : word
    return competences.contains(bare)
  }

  /// A word of a person's name: a capital, then a lower-case letter.
  static func isNameWord(_ word: String) -> Bool {
    let scalars = Array(word.unicodeScalars)
    guard scalars.count >= 1, scalars[0].properties.isUppercase else { return false }
    return scalars.count == 1 || scalars.dropFirst().allSatisfy { $0.properties.isLowercase }
  }
}
