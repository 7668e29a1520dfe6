// Article → records: the conference and the awards a page reports.

public import PortalPage
import VietText

/// Turns an article into the conference and award records it reports.
///
/// The extractor is an immutable value: its vocabularies are compiled once, and it can be used
/// from any number of tasks at the same time.
public struct RecordExtractor: Sendable {
  /// An extractor with the built-in vocabularies.
  public init() {}

  /// The records the article reports; never invents a record.
  ///
  /// Ids are deterministic: conferences `c-<first 12 hex of source.sha256>-<n>`, awards
  /// `a-<12 hex>-<n>`, `n` from 1 in reading order. Awards presented at the page's conference
  /// carry its id.
  ///
  /// - Parameters:
  ///   - article: the article read from the page.
  ///   - source: where the page came from (its hash names the records).
  /// - Returns: the conferences (one per event reported, the main one first) and the awards.
  public func extract(article: Article, source: Source) -> (
    conferences: [Conference], awards: [Award]
  ) {
    guard let (page, reference) = readable(article) else { return ([], []) }
    let stem = String(source.sha256.prefix(12))
    let document = DecisionDocument.read(article, page: page, reference: reference)
    // A decision shown as the page reports its awards, not an event; a page consulting the
    // public on candidates reports neither.
    let consultation = AwardFinder(page: page, reference: reference).isConsultation()
    var conferences =
      document == nil && !consultation
      ? ConferenceFinder(page: page, reference: reference).find(stem: stem) : []
    let drafts = awardDrafts(page, reference: reference, document: document)
    let awards = drafts.enumerated().map { index, draft in
      Award(
        id: AwardID(page: stem, number: index + 1), decision: draft.decision, form: draft.form,
        recipients: draft.recipients.value, reason: draft.reason, conference: conferences.first?.id)
    }
    // Provinces named only inside the names of award recipients ("Công an thành phố Hà Nội")
    // are not the event's.
    let recipientNames = awards.flatMap(\.recipients.named).map(\.name).filter {
      !Gazetteer.mentions(in: $0).isEmpty
    }
    if !recipientNames.isEmpty, !conferences.isEmpty {
      var rest = page.title.text
      for sentence in page.sentences {
        var text = sentence.text
        for name in recipientNames where text.contains(name) {
          text = replacing(name, in: text)
        }
        rest += "\n" + text
      }
      let inRecipients = Set(
        recipientNames.flatMap { Gazetteer.mentions(in: $0) }.map(\.province.code))
      // The page without those names, once per sentence.
      let elsewhere = Set(Gazetteer.mentions(in: rest).map(\.province.code))
      let onlyInRecipients = inRecipients.subtracting(elsewhere)
      for index in conferences.indices {
        conferences[index].provinces.removeAll { onlyInRecipients.contains($0.code) }
      }
    }
    // People given an award are recipients, not participants.
    let recipients = Set(
      awards.flatMap(\.recipients.named).filter { $0.kind == .individual }.map {
        MatchingKey($0.name).exact
      })
    if !recipients.isEmpty {
      for index in conferences.indices {
        conferences[index].participants.removeAll {
          recipients.contains(MatchingKey($0.name).exact)
        }
      }
    }
    return (conferences, awards)
  }

  /// Why each conference of the article was recorded, in the order of the records: the rule
  /// and the sentence that reported the event (for `tdkt inspect`).
  ///
  /// - Parameter article: the article read from the page.
  /// - Returns: one line per conference `extract(article:source:)` gives.
  public func conferenceRules(article: Article) -> [String] {
    guard let (page, reference) = readable(article) else { return [] }
    return ConferenceFinder(page: page, reference: reference).events().map(\.rule)
  }

  /// Why each award of the article was recorded, in the order of the records: the rule (a
  /// conferring verb, a count + form list, a decision document's operative article, a caption,
  /// a decision that names no form…) and the sentence it was read from (for `tdkt inspect`).
  ///
  /// - Parameter article: the article read from the page.
  /// - Returns: one line per award `extract(article:source:)` gives.
  public func awardRules(article: Article) -> [String] {
    guard let (page, reference) = readable(article) else { return [] }
    let document = DecisionDocument.read(article, page: page, reference: reference)
    return awardDrafts(page, reference: reference, document: document).map(\.rule)
  }

  /// The awards of a page, before ids are given: those of the operative article when the page
  /// is a decision, else those of its sentences (its headline when it has no other text).
  private func awardDrafts(
    _ page: PageText, reference: DayDate?, document: DecisionDocument?
  ) -> [AwardDraft] {
    if let document {
      var drafts = AwardFinder(page: page, reference: reference, sentences: document.operative)
        .find()
      for index in drafts.indices {
        document.apply(to: &drafts[index])
        drafts[index].rule =
          "the operative article of the decision shown as the page, "
          + drafts[index].rule
      }
      return drafts
    }
    let finder = AwardFinder(page: page, reference: reference)
    let drafts = finder.find()
    let receivedInTitle = page.title.find(ph("đón nhận")) != nil
    if drafts.isEmpty, page.body.isEmpty || receivedInTitle, !finder.isConsultation() {
      // A page that is only its headline ("Quyết định số 1034/QĐ-UBND của Chủ tịch UBND tỉnh
      // tặng Bằng khen cho 06 tập thể, 06 cá nhân, vì …", a decision listed with its file): the
      // headline is the sentence that reports the award. So is a headline naming the form
      // received ("Lễ kỷ niệm 70 năm ngày thành lập Bộ Nội vụ … và đón nhận Huân chương Hồ Chí
      // Minh") when the body names no award.
      let why = page.body.isEmpty ? "the headline, the page's only text: " : "the headline: "
      return AwardFinder(page: page, reference: reference, sentences: [page.title]).find().map {
        var draft = $0
        draft.rule = why + draft.rule
        return draft
      }
    }
    return drafts
  }

  /// The article as sentences and its date, unless it cannot report a record. Most pages of a
  /// batch report nothing: that is decided before reading them closely.
  private func readable(_ article: Article) -> (PageText, DayDate?)? {
    // First a byte scan: every trigger word has a letter beyond ASCII (đ, or a vowel with a
    // mark), so text without any such letter (precomposed or as a combining mark) cannot hold
    // one.
    guard mayHoldVietnameseLetters(article) else { return nil }
    var all = lowercasedText(article.title)
    for paragraph in article.paragraphs { all += "\n" + lowercasedText(paragraph) }
    if let lead = article.lead { all += "\n" + lowercasedText(lead) }
    // Article text is NFC (PortalPage's contract), and so is its lower-case form: the trigger
    // words can be found as UTF-8 byte sequences, without Foundation's string search.
    let text = Array(all.utf8)
    guard triggerWordBytes.contains(where: { containsBytes(text, $0) }) else { return nil }
    let reference = (article.published ?? article.updated).map(DayDate.init)
    return (PageText(article), reference)
  }

  /// The exchange of one page read: its source, article and records.
  ///
  /// - Parameter reading: what reading the page gave.
  /// - Returns: `Exchange(source:article:conferences:awards:)`.
  public func exchange(for reading: PageReading) -> Exchange {
    let (conferences, awards) = extract(article: reading.article, source: reading.source)
    return Exchange(
      source: reading.source, article: reading.article, conferences: conferences, awards: awards)
  }
}

/// Whether the article's title, lead or paragraphs hold a scalar that a trigger word needs in
/// some form: a Latin letter beyond ASCII (U+00C0–U+027F, U+1E00–U+1EFF), a combining mark
/// (U+0300–U+037F) or a letterlike symbol that lowercases to a Latin letter (U+2100–U+213F).
/// A necessary condition for any trigger word to match, tested on the UTF-8 bytes.
func mayHoldVietnameseLetters(_ article: Article) -> Bool {
  if holdsVietnameseLetters(article.title) { return true }
  if let lead = article.lead, holdsVietnameseLetters(lead) { return true }
  return article.paragraphs.contains { holdsVietnameseLetters($0) }
}

private func holdsVietnameseLetters(_ text: String) -> Bool {
  var text = text
  return text.withUTF8 { bytes in
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0xC3 {
        index += 1
        continue
      }
      // U+00C0…U+027F and U+0300…U+037F: lead bytes C3…C9 and CC…CD.
      if byte <= 0xCD, byte != 0xCA, byte != 0xCB { return true }
      if index + 1 < count {
        let next = bytes[index + 1]
        // U+1E00…U+1EFF: E1 B8…BB; U+2100…U+213F: E2 84.
        if byte == 0xE1, next >= 0xB8, next <= 0xBB { return true }
        if byte == 0xE2, next == 0x84 { return true }
      }
      index += 1
    }
    return false
  }
}

/// The trigger words as NFC UTF-8 bytes, with the prize words of events (a prize for exemplary
/// units or people is an emulation award; the event grammar decides which prize is one).
private let triggerWordBytes: [[UInt8]] =
  (triggerWords + EventGrammar.prizeWords.map { scalarString($0[...]) }).map {
    Array(normalizeText($0).utf8)
  }

/// Whether `needle` occurs in `haystack` (a plain scan on the first byte; the needles are short).
private func containsBytes(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
  guard let first = needle.first, haystack.count >= needle.count else { return false }
  var index = 0
  let last = haystack.count - needle.count
  while index <= last {
    if haystack[index] == first {
      var offset = 1
      while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
      if offset == needle.count { return true }
    }
    index += 1
  }
  return false
}

/// `text` with every occurrence of `name` replaced by a space.
private func replacing(_ name: String, in text: String) -> String {
  var result = ""
  var rest = text[...]
  while let range = rest.firstRange(of: name) {
    result += rest[..<range.lowerBound]
    result += " "
    rest = rest[range.upperBound...]
  }
  result += rest
  return result
}
