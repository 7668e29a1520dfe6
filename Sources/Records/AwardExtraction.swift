// Awards a page reports: a form named with a verb that gives it ("tặng", "trao", "truy tặng",
// "đón nhận"…), never a proposal or a criterion; counts of collectives, individuals and
// households; named recipients (after "cho", before "được tặng", in lists after "gồm" and in
// table rows); the decision (number, date, issuer) and the reason.

import PortalPage
import VietText

/// An award being put together, before ids are given.
struct AwardDraft {
  var form: AwardForm
  var decision: Decision?
  var recipients = DraftRecipients()
  /// Why it was given: its text, built from `reasonSpan` when that is where it was found.
  var reason: String? {
    get { reasonSpan?.text ?? reasonText }
    set {
      reasonSpan = nil
      reasonText = newValue
    }
  }
  var reasonText: String?
  /// The reason where it stands in its sentence, its text built when asked for: in a long
  /// sentence each form gets a reason that runs to the clause's end, and most of those drafts
  /// merge into an award that has a reason already. Set on a draft without a reason.
  var reasonSpan: ReasonSpan?
  var hasReason: Bool { reasonText != nil || reasonSpan != nil }

  /// Takes the reason of `other`, as it is held.
  mutating func takeReason(of other: AwardDraft) {
    reasonText = other.reasonText
    reasonSpan = other.reasonSpan
  }
  /// Where it was found, to attach lists that follow.
  var sentenceIndex: Int
  /// Conferred after death ("truy tặng"): its named individuals are posthumous.
  var posthumous = false
  /// How many of the form were conferred ("trao 4 Huân chương Lao động hạng Ba, 2 …"), when the
  /// count stands before the form.
  var formCount: Int?
  /// The recipients were listed ("… được tặng Giấy khen gồm: …"), as lists of an award given
  /// before are.
  var listed = false

  /// Given to a group named but not counted ("trao Bằng khen … cho các cá nhân có thành tích
  /// xuất sắc …"), with the reason.
  var toGroup = false

  /// Given to a count over two kinds ("48 tập thể và cá nhân được tặng …"): neither kind's
  /// count, but an award.
  var toMixedCount = false

  /// Why it was recorded: the rule and the sentence it was read from (for `tdkt inspect`).
  var rule = ""

  var hasSubstance: Bool {
    decision != nil || recipients.collectives != nil || recipients.individuals != nil
      || recipients.households != nil || !recipients.named.isEmpty || formCount != nil
      || (toGroup && hasReason) || toMixedCount
  }
}

/// A span of a sentence, its text built when asked for (a reference: drafts are many, and
/// copied).
final class ReasonSpan {
  let sentence: Sentence
  let start: Int
  let end: Int
  var text: String { sentence.slice(start, end) }

  init(sentence: Sentence, start: Int, end: Int) {
    self.sentence = sentence
    self.start = start
    self.end = end
  }
}

/// Finds the awards of a page.
struct AwardFinder {
  let page: PageText
  let reference: DayDate?
  /// The sentences to read, when not the whole body (the operative article of a decision).
  var sentences: [Sentence]? = nil

  /// Whether a sentence lists recipients ("… được tặng Bằng khen gồm: …", a table row, a
  /// numbered item after such a list).
  static func isAwardListSentence(_ sentence: Sentence) -> Bool {
    if utf8Contains(sentence.text, " | ") { return true }
    guard let list = sentence.find(Array("gồm".unicodeScalars)) else { return false }
    // "Các cá nhân gồm: Ông NAME, …": the recipients of the award just told.
    if let group = groupWords.first(where: { sentence.has($0, at: 0) }),
      let noun = recipientNouns.first(where: {
        sentence.has($0.words, at: sentence.skipSpaces(group.count))
      }),
      sentence.skipSpaces(sentence.skipSpaces(group.count) + noun.words.count) == list
    {
      return true
    }
    // "… đã trao danh hiệu Anh hùng … cho 7 tập thể, gồm: …".
    if sentence.find(Array("trao".unicodeScalars), to: list) != nil,
      !AwardVocabulary.mentions(in: sentence.slice(0, list)).isEmpty
    {
      return true
    }
    return sentence.find(Array("được tặng".unicodeScalars)) != nil
      || sentence.find(Array("được khen thưởng".unicodeScalars)) != nil
      || sentence.find(Array("tặng".unicodeScalars)) != nil
      || sentence.find(Array("truy tặng".unicodeScalars)) != nil
  }

  /// Whether the page asks for opinions on candidates before a proposal ("Lấy ý kiến Nhân dân
  /// …"): its lists name candidates, not recipients, whatever verb they use.
  func isConsultation() -> Bool {
    if page.title.contains(any: consultationWords) { return true }
    return page.body.prefix(3).contains { $0.contains(any: consultationOpenings) }
  }

  func find() -> [AwardDraft] {
    if sentences == nil, isConsultation() { return [] }
    let body = sentences ?? page.body
    var awards: [AwardDraft] = []
    // The indices of `awards` by form code, in order: what a new draft may repeat.
    var awardsOfForm: [AwardForm.Code: [Int]] = [:]
    var listTarget: Int?
    var inList = false
    // The list announced ends with "cho:": its first line may be the recipient and its reason.
    var awaitingRecipient = false
    // The form, giver and verb of the last sentence that conferred one, for decisions that
    // follow without naming it ("Quyết định số 804/QĐ-CTN, phong tặng 23 tập thể …").
    var lastGiven: (form: AwardForm, giver: String?)?
    // A decision on awards told in a sentence that names no form: the conferrals told right
    // after it, without a number of their own, are that decision's.
    var pendingDecision: Decision?
    // After "Các cá nhân gồm: Ông A, …": the lines that follow, each one person and her
    // positions, go on with the list.
    var personLines = false
    for (index, sentence) in body.enumerated() {
      let mentions = sentence.forms
      var created: [AwardDraft] = []
      defer {
        if mentions.isEmpty, created.isEmpty { pendingDecision = decisionOnAwards(sentence) }
        if !mentions.isEmpty, created.isEmpty { pendingDecision = nil }
      }
      for (k, mention) in mentions.enumerated() {
        let start = sentence.offset(mention.range.lowerBound)
        let end = sentence.offset(mention.range.upperBound)
        let segmentEnd =
          k + 1 < mentions.count
          ? sentence.offset(mentions[k + 1].range.lowerBound) : sentence.count
        guard isGiven(sentence, formStart: start, mentions: mentions, index: k) else { continue }
        var draft = AwardDraft(
          form: AwardForm(code: AwardForm.Code(mention), name: mention.text), sentenceIndex: index)
        draft.posthumous = isPosthumous(sentence, formStart: start, formEnd: end)
        var reasonBefore: Int?
        if mention.isAbbreviation {
          // "như NSND Minh Châu, NSND Tiến Đạt": the title before the name of its holder.
          if let holder = titleHolder(in: sentence, from: end, to: segmentEnd) {
            append(holder, to: &draft.recipients)
          }
          draft.rule = "a title's abbreviation before its holder's name: " + quoted(sentence)
          created.append(draft)
          continue
        }
        // "phong tặng danh hiệu “nghệ nhân ưu tú” và “nghệ nhân nhân dân” cho 100 cá nhân":
        // a count after forms given together is their total, neither's.
        if let verb = countedAfterForm(sentence, formEnd: end) {
          // "Giải thưởng … có 3 tập thể, 12 cá nhân được vinh danh": the counts before the
          // passive verb are the form's.
          counts(in: sentence, from: end, to: verb, passive: true, into: &draft.recipients)
        } else if !(k > 0 && isCoordinated(mentions, k, in: sentence)) {
          counts(in: sentence, from: end, to: segmentEnd, into: &draft.recipients)
        }
        if let count = countBefore(sentence, formStart: start) {
          // "trao 4 Huân chương Lao động hạng Ba, 2 Bằng khen … cho các cá nhân".
          draft.formCount = count
          if !hasCounts(draft.recipients) {
            countOfForm(
              count, entry: mention.entry, in: sentence,
              after: sentence.offset(mentions.last!.range.upperBound), into: &draft.recipients)
          }
        }
        if !hasCounts(draft.recipients), let verbEnd = verbEnd(in: sentence, before: start),
          sentence.chars[sentence.skipSpaces(verbEnd)].isNumber
            || numberWords.contains(where: { sentence.has($0.0, at: sentence.skipSpaces(verbEnd)) })
        {
          // "phong tặng 19 đơn vị, cá nhân đã có thành tích … danh hiệu Anh hùng LLVTND".
          counts(in: sentence, from: verbEnd, to: start, passive: true, into: &draft.recipients)
          reasonBefore = verbEnd
        }
        if draft.recipients.collectives == nil && draft.recipients.individuals == nil
          && draft.recipients.households == nil
          && !isCoordinated(mentions, k, in: sentence)
        {
          passiveCounts(
            in: sentence, formStart: start,
            after: k > 0 ? sentence.offset(mentions[k - 1].range.upperBound) : 0,
            into: &draft.recipients)
        }
        if !hasCounts(draft.recipients),
          mixedCountBefore(
            sentence, formStart: start,
            after: k > 0 ? sentence.offset(mentions[k - 1].range.upperBound) : 0)
        {
          draft.toMixedCount = true
        }
        named(in: sentence, from: end, to: segmentEnd, into: &draft.recipients)
        draft.listed = listStart(sentence, from: end) != nil
        if draft.recipients.named.isEmpty, !hasCounts(draft.recipients),
          let unit = unitAfterForm(in: sentence, formEnd: end, to: segmentEnd)
        {
          // "UBND xã Phùng Nguyên tổ chức Lễ đón nhận Huân chương Lao động hạng Ba Trường THCS
          // Tứ Xã": the unit named right after the form receives it, not the organiser.
          append(Recipient(name: unit, kind: .collective), to: &draft.recipients)
        }
        if draft.recipients.named.isEmpty, !hasCounts(draft.recipients) {
          subjectRecipient(in: sentence, formStart: start, into: &draft.recipients)
        }
        if draft.recipients.named.isEmpty, !hasCounts(draft.recipients), k > 0,
          let previous = created.last,
          onlySemicolon(
            sentence, from: sentence.offset(mentions[k - 1].range.upperBound), to: start)
        {
          // "… đón nhận Huân chương …; Huân chương …; Bằng khen …": forms listed with ";"
          // after one verb go to the same recipients.
          draft.recipients.named = previous.recipients.named
        }
        draft.reasonSpan = reasonSpan(in: sentence, from: end)
        if let cho = sentence.find(ph("cho"), from: end, to: segmentEnd),
          sentence.skipSpaces(end) == cho, mention.entry != nil,
          !isCoordinated(mentions, k, in: sentence),
          kindAfterCho(in: sentence, before: cho + 3) != nil,
          groupWords.contains(where: { sentence.has($0, at: sentence.skipSpaces(cho + 3)) })
        {
          draft.toGroup = true
        }
        if !draft.hasReason, let reasonBefore {
          draft.reason = reason(in: sentence, from: reasonBefore).map(withoutTrailingForm)
        }
        draft.decision = decision(in: sentence, formIndex: k, forms: mentions)
        let giver = giver(in: sentence, formStart: start)
        if draft.decision != nil, draft.decision?.issuer == nil, let giver,
          let at = sentence.find(ph(giver.lowercased())),
          let number = sentence.documentNumbers.first(where: {
            $0.number.raw == draft.decision?.number
          }),
          at > sentence.offset(number.range.upperBound)
        {
          // "Tại Quyết định số …, Chủ tịch nước truy tặng …": the subject after the number.
          draft.decision?.issuer = withoutPersonName(giver)
        }
        if mention.entry == nil,
          let giver = giver ?? draft.decision?.issuer,
          let entry = AwardVocabulary.form(named: mention.text, issuer: giver)
        {
          // A bare "Bằng khen" given by "Chủ tịch UBND tỉnh": the form of that giver, the
          // name as written.
          draft.form = AwardForm(code: AwardForm.Code(entry), name: mention.text)
        }
        lastGiven = (draft.form, giver.map(withoutPersonName))
        draft.rule = conferralRule(draft, in: sentence, formStart: start)
        created.append(draft)
      }
      if mentions.isEmpty, let draft = titleByDecision(in: sentence, index: index) {
        created.append(draft)
      }
      if mentions.isEmpty, created.isEmpty, let last = lastGiven,
        let draft = decisionOfForm(last.form, giver: last.giver, in: sentence, index: index)
      {
        created.append(draft)
      }
      if created.isEmpty, let target = listTarget,
        sentence.has(Array("tiêu biểu".unicodeScalars), at: 0),
        let at = [Array("như".unicodeScalars), Array("là".unicodeScalars)].compactMap({
          sentence.find($0, to: 20)
        }).first
      {
        // "Tiêu biểu như anh A, kỹ sư …; chị B, …": some of the recipients just counted.
        for item in listItems(sentence.slice(at + 3, sentence.count)) where item.kind == .individual
        {
          append(item, to: &awards[target].recipients)
        }
        continue
      }
      if created.isEmpty, mentions.isEmpty, let target = listTarget,
        let opener = namingOpeners.first(where: { sentence.has($0, at: sentence.skipSpaces(0)) })
      {
        // "Trong số 100 … nhận Giải thưởng Lý Tự Trọng, Thủ đô Hà Nội có 4 người. Đó là, Bí thư
        // … NAME; …": the people just counted, named.
        var start = sentence.skipSpaces(0) + opener.count
        if start < sentence.count, sentence.chars[start] == "," || sentence.chars[start] == ":" {
          start += 1
        }
        let list = sentence.slice(sentence.skipSpaces(start), sentence.count)
        for part in list.split(separator: ";") {
          // Title first ("Bí thư Đoàn Thanh niên phường Hoàng Liệt, quận Hoàng Mai NAME"), or
          // as any list item.
          let text = String(part).trimmingLeadingSpaces
          let items = personAfterTitle(text).map { [$0] } ?? listItems(text)
          for item in items where item.kind == .individual {
            append(item, to: &awards[target].recipients)
          }
        }
        continue
      }
      if created.isEmpty, mentions.isEmpty, let target = listTarget,
        let list = recipientListAfterSubject(sentence)
      {
        // "Các tập thể được phong tặng gồm Cục Cứu hộ, Cứu nạn; Cục Quân huấn - Nhà trường; …":
        // the recipients of the award just given.
        let items = listItems(list)
        for item in items { append(item, to: &awards[target].recipients) }
        personLines = items.count == 1 && items.allSatisfy { $0.kind == .individual }
        continue
      }
      if created.isEmpty, mentions.isEmpty, personLines, let target = listTarget,
        let person = personLine(sentence)
      {
        // "Các cá nhân gồm: Ông A, Chủ tịch HĐQT …." then "Bà B, Chủ tịch HĐQT Công ty …".
        append(person, to: &awards[target].recipients)
        continue
      }
      personLines = false
      if created.isEmpty, let target = listTarget, inList, isListItem(sentence) {
        // Items of a list announced before ("Các tập thể được khen thưởng gồm:").
        for item in listItems(sentence.text) { append(item, to: &awards[target].recipients) }
        awaitingRecipient = false
        continue
      }
      if created.isEmpty, let target = listTarget, inList || awaitingRecipient,
        let start = reasonStart(in: sentence, from: 0)
      {
        if awaitingRecipient, start > 0, sentence.chars[0].isUppercase {
          // "Nhân dân và cán bộ thị xã Uông Bí, tỉnh Quảng Ninh, đã hoàn thành …".
          let name = withoutParentheses(sentence.slice(0, start))
          if !name.isEmpty {
            append(recipient(from: name, context: sentence), to: &awards[target].recipients)
          }
        }
        if start <= 3 || awaitingRecipient, !awards[target].hasReason {
          // "Đã có thành tích …" / "vì đã có …" after the list: the reason of its award.
          awards[target].reason = reason(in: sentence, from: 0)
        }
        inList = false
        awaitingRecipient = false
        continue
      }
      inList = false
      awaitingRecipient = false
      let announces = announcesRecipients(sentence)
      created = combiningTitleHolders(created)
      if let pending = pendingDecision {
        if created.contains(where: { $0.decision != nil }) {
          pendingDecision = nil
        } else {
          for i in created.indices { created[i].decision = pending }
        }
      }
      // "Trong số này, tỉnh Hưng Yên có 1 nghệ nhân … là bà NAME … và 16 cá nhân được phong
      // tặng …": part of the recipients of an award already told; its people are named there,
      // its counts are a share of that award's, no award of their own.
      let share =
        subsetOpeners.contains { sentence.has($0, at: sentence.skipSpaces(0)) }
        || subsetMarkers.contains { sentence.find($0) != nil } || countsAShare(sentence)
      for var draft in created {
        if share, draft.recipients.named.isEmpty,
          let marker = subsetMarkers.lazy.compactMap({ sentence.find($0) }).first,
          let subject = subjectBeforeSubset(sentence, marker: marker)
        {
          // "Trong đó, Hội LHPN Việt Nam huyện Hiệp Đức (tỉnh Quảng Nam) là một trong 3 tập thể
          // được trao tặng …": the subject is one of those counted.
          append(subject, to: &draft.recipients)
        }
        if share,
          let earlier = awardsOfForm[draft.form.code]?.suffix(Self.mergeWindow).last(where: {
            sameForm(awards[$0].form, draft.form)
          })
        {
          draft.recipients = DraftRecipients(named: draft.recipients.named)
          draft.decision = nil
          draft.formCount = nil
          merge(draft, into: &awards[earlier])
          listTarget = earlier
        } else if let merged = mergeIndex(
          draft, into: awards, sameForm: awardsOfForm[draft.form.code] ?? [])
        {
          merge(draft, into: &awards[merged])
          listTarget = merged
        } else if draft.hasSubstance || announces {
          awards.append(draft)
          listTarget = awards.count - 1
          awardsOfForm[draft.form.code, default: []].append(awards.count - 1)
        }
      }
      if !created.isEmpty, announces, listTarget != nil {
        inList = true
        // "Điều 1. Tặng … cho:" / "… cho": the recipient may be the next line itself.
        let lower = sentence.text.lowercased()
        awaitingRecipient = lower.hasSuffix(" cho") || lower.hasSuffix(" cho:")
      }
      if created.isEmpty, listTarget != nil, announcesList(sentence) {
        inList = true
      }
      if listTarget != nil,
        attachedListOpeners.contains(where: { sentence.has($0, at: sentence.skipSpaces(0)) })
      {
        // "(Ban hành kèm theo Quyết định số 722/QĐ-TTg …)", then "1. Sở Nội vụ …;": the lines
        // of the list attached to the decision are its recipients.
        inList = true
      }
    }
    for index in awards.indices where awards[index].posthumous {
      for r in awards[index].recipients.named.indices
      where awards[index].recipients.named[r].kind == .individual {
        awards[index].recipients.named[r].posthumous = true
      }
    }
    var found = withoutTotals(awards.filter(\.hasSubstance))
    if sentences == nil {
      // Awards shown only in photo captions ("Lãnh đạo xã trao Bằng khen của Thủ tướng Chính
      // phủ cho đồng chí …"): a form the body does not give, the credit left out.
      let captions = page.sentences.filter { $0.kind == .caption }.map(withoutCredit)
      let shown = AwardFinder(page: page, reference: reference, sentences: captions).find()
      var told = Set(found.map(\.form.code))
      for var draft in shown where !told.contains(draft.form.code) {
        draft.rule = "in a photo caption, " + draft.rule
        found.append(draft)
        told.insert(draft.form.code)
      }
    }
    return found
  }

  /// The decision a sentence that names no form reports on awards ("Đó là thông tin tại Quyết
  /// định số 1632/QĐ-UBND ngày 22/5/2020 của UBND tỉnh về việc khen thưởng …"); nil for a ground
  /// ("Căn cứ Quyết định số …") or a sentence about anything else.
  func decisionOnAwards(_ sentence: Sentence) -> Decision? {
    let lower = sentence.text.lowercased()
    guard !groundOpeners.contains(where: { lower.hasPrefix($0) }),
      let number = sentence.documentNumbers.first(where: {
        $0.documentKind == "quyết định" || $0.number.typeCode == "QĐ"
      }),
      decisionSubjects.contains(where: {
        sentence.find(ph($0), from: sentence.offset(number.range.upperBound)) != nil
      })
    else { return nil }
    return decision(in: sentence, number: number)
  }

  /// A caption without its photo credit ("… cho nhà trường. Ảnh: NGUYỆT NHI").
  func withoutCredit(_ caption: Sentence) -> Sentence {
    var end = caption.count
    for credit in photoCredits {
      if let at = caption.find(credit), at < end { end = at }
    }
    while end > 0, caption.chars[end - 1] == " " || caption.chars[end - 1] == "(" { end -= 1 }
    guard end < caption.count else { return caption }
    return Sentence(
      scalarString(caption.chars[0..<end]), kind: caption.kind, block: caption.block)
  }

  /// The count written right before a form ("4 Huân chương …", "02 Bằng khen"), not a year, a
  /// day or a document number.
  func countBefore(_ sentence: Sentence, formStart: Int) -> Int? {
    var end = formStart
    // "gồm 4 “nghệ nhân ưu tú” …": an opening quote between the count and the form.
    while end > 0, sentence.chars[end - 1] == " " || openingQuotes.contains(sentence.chars[end - 1])
    {
      end -= 1
    }
    // "hai “nghệ nhân nhân dân”": a number written as a word.
    if end > 0, !sentence.chars[end - 1].isNumber,
      let (word, value) = numberWords.first(where: {
        end >= $0.0.count && sentence.has($0.0, at: end - $0.0.count)
      }), word != ph("năm")
    {
      let at = end - word.count
      if at == 0 || [" ", ";", ",", ":"].contains(sentence.chars[at - 1]) { return value }
    }
    var start = end
    while start > 0, sentence.chars[start - 1].isNumber || sentence.chars[start - 1] == "." {
      start -= 1
    }
    guard start < end, end < formStart, sentence.chars[start].isNumber else { return nil }
    if start > 0, !(sentence.chars[start - 1] == " " || sentence.chars[start - 1] == "(") {
      return nil
    }
    let digits = scalarString(sentence.chars[start..<end]).replacingOccurrences(of: ".", with: "")
    guard digits.count <= 4, let value = Int(digits), value > 0, value < 1900 else { return nil }
    for word in ["năm", "ngày", "tháng", "số", "lần thứ", "khóa", "khoá"]
    where sentence.findLast(ph(word), before: start, after: max(0, start - word.count - 2)) != nil {
      return nil
    }
    return value
  }

  /// A count of a form given to one kind of recipient: the kind the vocabulary allows for it,
  /// or the one kind named after "cho" when it allows both ("… cho các cá nhân").
  func countOfForm(
    _ count: Int, entry: AwardFormEntry?, in sentence: Sentence, after: Int,
    into r: inout DraftRecipients
  ) {
    var kind: Recipient.Kind?
    switch entry?.recipient {
    case "individual"?: kind = .individual
    case "collective"?: kind = .collective
    case "household"?: kind = .household
    default:
      if let at = sentence.find(ph("cho"), from: after) {
        let rest = sentence.slice(at, sentence.next([";", "."], from: at)).lowercased()
        let kinds = [
          ("tập thể", Recipient.Kind.collective), ("cá nhân", .individual),
          ("hộ gia đình", .household),
        ].filter { rest.contains($0.0) }.map(\.1)
        if kinds.count == 1 { kind = kinds[0] }
      } else {
        // "… cho 83 đồng chí …, gồm: 9 Huân chương …, 3 … và 71 …": the kind of the recipients
        // counted before the list.
        kind = kindAfterCho(in: sentence, before: after)
      }
    }
    switch kind {
    case .individual?: r.individuals = count
    case .collective?: r.collectives = count
    case .household?: r.households = count
    case nil: break
    }
  }

  /// The kind of the recipients named right after the last "cho" before `before`: "cho 83 đồng
  /// chí", "cho các cá nhân", "cho 12 tập thể".
  func kindAfterCho(in sentence: Sentence, before: Int) -> Recipient.Kind? {
    guard let at = sentence.findLast(ph("cho"), before: before) else { return nil }
    var i = sentence.skipSpaces(at + 3)
    while i < sentence.count, sentence.chars[i].isNumber || sentence.chars[i] == "." { i += 1 }
    i = sentence.skipSpaces(i)
    for group in [ph("các"), ph("những")] where sentence.has(group, at: i) {
      i = sentence.skipSpaces(i + group.count)
    }
    return recipientNouns.first { sentence.has($0.words, at: i) }?.kind
  }

  /// The holders of one title named in a row ("NSND Minh Châu, NSND Tiến Đạt"): one draft.
  func combiningTitleHolders(_ drafts: [AwardDraft]) -> [AwardDraft] {
    var result: [AwardDraft] = []
    for draft in drafts {
      if draft.decision == nil, !hasCounts(draft.recipients),
        let last = result.indices.last, result[last].form.code == draft.form.code,
        result[last].decision == nil, !hasCounts(result[last].recipients),
        draft.form.code != .other
      {
        for recipient in draft.recipients.named { append(recipient, to: &result[last].recipients) }
        continue
      }
      result.append(draft)
    }
    return result
  }

  /// A sentence whose conferral ends in a list to come: "… cho:", "… cho", "… là:", "gồm:".
  func announcesRecipients(_ sentence: Sentence) -> Bool {
    var text = sentence.text
    while let last = text.last, last == " " || last == "." { text.removeLast() }
    let lower = lowercasedText(text)
    return lower.hasSuffix(":") || lower.hasSuffix(" cho") || lower.hasSuffix(" gồm")
      || lower.hasPrefix("danh sách")
  }

  /// Drops an award that only totals others: no decision and no name, and its counts are the
  /// sums of two or more awards of the same form that have decisions ("… cho 28 tập thể, 34
  /// cá nhân. Theo đó, Quyết định số 803 … 19 cá nhân; Quyết định số 804 … 23 tập thể và 5 cá
  /// nhân …").
  func withoutTotals(_ awards: [AwardDraft]) -> [AwardDraft] {
    // The parts of a total depend on its form's code and name alone (never on the total
    // itself, which has no decision and a name no longer than its own): their sums are worked
    // out once per code and name, so a page of many totals costs one pass per form told.
    var sums: [String: (parts: Int, collectives: Int?, individuals: Int?, households: Int?)] = [:]
    var lowerNames: [String]?
    return awards.filter { award in
      guard award.decision == nil, award.recipients.named.isEmpty, hasCounts(award.recipients)
      else { return true }
      // Parts: awards of the same form with decisions, or of the same form with its class
      // written ("Huân chương Độc lập … 73 gia đình" over "… hạng Nhất", "… hạng Nhì" …).
      let name = award.form.name.lowercased()
      let key = award.form.code.rawValue + "\n" + name
      if sums[key] == nil {
        if lowerNames == nil { lowerNames = awards.map { $0.form.name.lowercased() } }
        var total: (parts: Int, collectives: Int?, individuals: Int?, households: Int?) =
          (0, nil, nil, nil)
        func add(_ value: Int?, to sum: inout Int?) {
          if let value { sum = (sum ?? 0) + value }
        }
        for (other, part) in awards.enumerated() {
          let partName = lowerNames![other]
          guard
            (part.form.code == award.form.code && part.decision != nil)
              || (award.form.code == .other && partName.count > name.count
                && partName.hasPrefix(name + " "))
          else { continue }
          total.parts += 1
          add(part.recipients.collectives, to: &total.collectives)
          add(part.recipients.individuals, to: &total.individuals)
          add(part.recipients.households, to: &total.households)
        }
        sums[key] = total
      }
      let total = sums[key]!
      guard total.parts >= 2 else { return true }
      return
        !(total.collectives == award.recipients.collectives
        && total.individuals == award.recipients.individuals
        && total.households == award.recipients.households)
    }
  }

  /// A decision that names no form, after a sentence that conferred one: "Quyết định số
  /// 804/QĐ-CTN, phong tặng 23 tập thể và 5 cá nhân …" — the form and giver of that sentence,
  /// the counts and reason of this one.
  func decisionOfForm(_ form: AwardForm, giver: String?, in sentence: Sentence, index: Int)
    -> AwardDraft?
  {
    let numbers = sentence.documentNumbers.filter { mention in
      mention.documentKind == "quyết định" || mention.number.typeCode == "QĐ"
    }
    guard numbers.count == 1, let number = numbers.first else { return nil }
    let after = sentence.offset(number.range.upperBound)
    guard
      let verb = grantVerbs.compactMap({ sentence.find($0, from: after) }).min(),
      verb - after <= 6
    else { return nil }
    var draft = AwardDraft(form: form, sentenceIndex: index)
    counts(in: sentence, from: verb, to: sentence.count, into: &draft.recipients)
    guard hasCounts(draft.recipients) else { return nil }
    draft.decision = decision(in: sentence, number: number)
    if draft.decision?.issuer == nil { draft.decision?.issuer = giver }
    draft.reason = reason(in: sentence, from: verb)
    draft.posthumous = sentence.has(ph("truy tặng"), at: verb)
    draft.rule =
      "a decision that names no form, with the form of the conferral before it: "
      + quoted(sentence)
    return draft
  }

  /// Whether the form at `index` is one of several conferred together ("danh hiệu Nghệ sĩ Nhân
  /// dân, Nghệ sĩ Ưu tú"): only a comma or "và" between it and the form before or after. A
  /// count before the verb is then the total of all of them.
  func isCoordinated(_ mentions: [AwardFormMention], _ index: Int, in sentence: Sentence) -> Bool {
    func joins(_ a: Int, _ b: Int) -> Bool {
      let between = sentence.slice(
        sentence.offset(mentions[a].range.upperBound), sentence.offset(mentions[b].range.lowerBound)
      ).lowercased().filter { !"“”\"".contains($0) }
      return ["", ",", "và", ", và", "và danh hiệu", ", danh hiệu"].contains(
        between.trimmingCharacters(in: .whitespaces))
    }
    return (index > 0 && joins(index - 1, index))
      || (index + 1 < mentions.count && joins(index, index + 1))
  }

  /// The holder named right after a title's abbreviation: "NSND Minh Châu" → "Minh Châu".
  func titleHolder(in sentence: Sentence, from: Int, to: Int) -> Recipient? {
    let start = sentence.skipSpaces(from)
    var end = start
    while end < to {
      let wordEnd = sentence.wordEnd(end)
      guard wordEnd > end, sentence.chars[end].isUppercase else { break }
      end = sentence.skipSpaces(wordEnd)
      if end < sentence.count, !sentence.chars[end].isLetter { break }
    }
    let name = sentence.slice(start, end)
    guard !name.isEmpty, name.split(separator: " ").count <= 5 else { return nil }
    return Recipient(name: name, kind: .individual)
  }

  /// Whether "truy tặng" confers the form: the nearest verb before it, or "truy tặng" right
  /// after it before the recipient ("Bằng khen … truy tặng Thượng úy …"); not when the clause
  /// says "tặng, truy tặng" (both living and dead).
  func isPosthumous(_ sentence: Sentence, formStart: Int, formEnd: Int) -> Bool {
    let clauseStart = sentence.clauseStart(formStart)
    let truy = ph("truy tặng")
    for mixed in ["tặng, truy tặng", "tặng và truy tặng", "tặng hoặc truy tặng"]
    where sentence.find(ph(mixed), from: clauseStart) != nil {
      return false
    }
    // "… truy tặng" after the form and before its recipient; not after a recipient of its own
    // ("… cho mẹ Võ Thị Đào … và truy tặng danh hiệu … cho 10 mẹ": another conferral).
    if let at = sentence.find(truy, from: formEnd), at - formEnd <= 48,
      !sentence.chars[formEnd..<at].contains(";"),
      sentence.find(ph("cho"), from: formEnd, to: at) == nil
    {
      return true
    }
    var nearest: (at: Int, verb: [Unicode.Scalar])?
    for verb in grantVerbs {
      if let at = sentence.findLast(verb, before: formStart, after: clauseStart),
        nearest == nil || at > nearest!.at
          || (at == nearest!.at && verb.count > nearest!.verb.count)
      {
        nearest = (at, verb)
      }
    }
    if let nearest, nearest.verb == truy { return true }
    if let nearest, nearest.at >= 5, sentence.has(truy, at: nearest.at - 5) { return true }
    return false
  }

  /// "Chủ tịch nước Võ Văn Thưởng" → "Chủ tịch nước": a subject without the name of the person
  /// holding the office.
  func withoutPersonName(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    var run = words.count
    while run > 0, let first = words[run - 1].unicodeScalars.first, first.isUppercase,
      words[run - 1].unicodeScalars.dropFirst().allSatisfy({ !$0.isUppercase })
    {
      run -= 1
    }
    let name = words.count - run
    guard name >= 2, name <= 4, run > 0, People.isFamilyName(words[run]) else { return text }
    // "Chủ tịch UBND tỉnh Thái Nguyên": a place after its unit word, not a person.
    let before = words[run - 1].lowercased()
    if placeUnitWords.contains(before) || words[run - 1].unicodeScalars.allSatisfy(\.isUppercase)
      || Gazetteer.province(named: words[run...].joined(separator: " ")) != nil
    {
      return text
    }
    words.removeLast(name)
    return words.joined(separator: " ")
  }

  // MARK: Given or not

  /// Where the clause of the form at `formStart` starts: after the last ";" before it, or,
  /// when forms are listed with ";" between them ("đón nhận Huân chương …; Huân chương …;
  /// Bằng khen …"), where the clause of the first of the list starts.
  func clauseOf(
    _ sentence: Sentence, formStart: Int, mentions: [AwardFormMention] = [], index: Int = 0
  ) -> Int {
    var k = index
    var start = sentence.clauseStart(formStart)
    while k > 0, k < mentions.count {
      let at = formStartOf(mentions[k], sentence)
      // The text from the clause's start to the form, told without building it.
      let opensWithForm =
        sentence.isBlank(start, at)
        && onlySemicolon(sentence, from: sentence.offset(mentions[k - 1].range.upperBound), to: at)
      // "gồm 4 “nghệ nhân ưu tú” là …; hai “nghệ nhân nhân dân” là …": an item of a count list.
      let opensWithCount =
        sentence.hasAtMostWords(2, start, at) && countBefore(sentence, formStart: at) != nil
      guard start > 0, opensWithForm || opensWithCount else { break }
      k -= 1
      start = sentence.clauseStart(formStartOf(mentions[k], sentence))
    }
    return start
  }

  /// The name of a unit written right after a form, without "cho" ("… hạng Ba Trường THCS Tứ
  /// Xã và kỷ niệm …"), up to a punctuation mark or a lower-case word that ends it.
  func unitAfterForm(in sentence: Sentence, formEnd: Int, to: Int) -> String? {
    let start = sentence.skipSpaces(formEnd)
    guard start > formEnd, start < to, sentence.chars[start].isUppercase,
      startsUnit(sentence, at: start)
    else { return nil }
    var end = sentence.next([",", ";", "(", ".", ":"], from: start)
    end = min(end, to)
    for stop in ["và", "nhân dịp", "tại", "vì", "do", "của", "năm", "theo"] {
      if let cut = sentence.find(ph(stop), from: start + 1, to: end) { end = cut }
    }
    let name = sentence.slice(start, end)
    guard name.split(separator: " ").count >= 2,
      name.split(separator: " ").last?.first?.isUppercase == true
    else { return nil }
    return name
  }

  /// The school named last before `at` in this sentence or in the three sentences before it
  /// ("Tại Trường THPT Trần Phú, phường …, lễ khai giảng …. Tại buổi lễ, … trao tặng … cho nhà
  /// trường"): "Trường" written with a capital, then its capitalised words.
  func lastSchool(before sentence: Sentence, orAt at: Int) -> String? {
    let all = page.sentences
    guard let index = page.index(of: sentence) else { return nil }
    for k in stride(from: index, through: max(0, index - 3), by: -1) {
      let candidate = all[k]
      var before = k == index ? at : candidate.count
      while let found = candidate.findLast(ph("trường"), before: before) {
        before = found
        guard candidate.chars[found].isUppercase else { continue }
        var end = candidate.wordEnd(found)
        var words = 0
        while true {
          let next = candidate.skipSpaces(end)
          guard next > end, next < candidate.count, candidate.chars[next].isUppercase else { break }
          end = candidate.wordEnd(next)
          words += 1
        }
        if words >= 2 { return candidate.slice(found, end) }
      }
    }
    return nil
  }

  /// The list of a sentence that opens with its recipients' group and a verb of receiving
  /// ("Các tập thể được phong tặng gồm …", "Những cá nhân được khen thưởng gồm: …").
  func recipientListAfterSubject(_ sentence: Sentence) -> String? {
    // At the start, or after a full stop the sentence cutter kept ("… lần thứ 11. Các tập thể
    // …").
    var opening = 0
    if !groupWords.contains(where: { sentence.has($0, at: 0) }) {
      var k = 1
      while k + 1 < sentence.count {
        if sentence.chars[k - 1] == ".", sentence.chars[k] == " ",
          groupWords.contains(where: { sentence.has($0, at: k + 1) })
        {
          opening = k + 1
          break
        }
        k += 1
      }
    }
    guard let group = groupWords.first(where: { sentence.has($0, at: opening) }) else {
      return nil
    }
    var i = sentence.skipSpaces(opening + group.count)
    guard let noun = recipientNouns.first(where: { sentence.has($0.words, at: i) }) else {
      return nil
    }
    i = sentence.skipSpaces(i + noun.words.count)
    // "Các đơn vị, địa phương này gồm: …": more nouns, then a word that points back to the
    // recipients just counted.
    while i < sentence.count {
      var j = i
      if sentence.chars[j] == "," {
        j = sentence.skipSpaces(j + 1)
      } else if sentence.has(ph("và"), at: j) {
        j = sentence.skipSpaces(j + 2)
      } else {
        break
      }
      guard let more = recipientNouns.first(where: { sentence.has($0.words, at: j) }) else {
        break
      }
      i = sentence.skipSpaces(j + more.words.count)
    }
    let at: Int
    if let back = listBackReferences.first(where: { sentence.has($0, at: i) }),
      sentence.has(ph("gồm"), at: sentence.skipSpaces(i + back.count))
    {
      at = sentence.skipSpaces(i + back.count)
    } else if sentence.has(ph("gồm:"), at: i) {
      // "Các Mẹ gồm: Mẹ NAME, sinh năm …; …": the noun of those just counted, then the list.
      at = i
    } else {
      guard sentence.has(ph("được"), at: i),
        let found = sentence.find(ph("gồm"), from: i, to: min(sentence.count, i + 40)),
        grantVerbs.contains(where: { sentence.find($0, from: i, to: found) != nil })
      else { return nil }
      at = found
    }
    var start = at + 3
    if start < sentence.count, sentence.chars[start] == ":" { start += 1 }
    let list = sentence.slice(sentence.skipSpaces(start), sentence.count)
    return list.isEmpty ? nil : list
  }

  /// Whether "N <noun> và <noun>" (or "N <noun>, <noun>") of two kinds stands right before
  /// the passive verb of the form at `formStart`: "48 tập thể và cá nhân được tặng bằng khen".
  func mixedCountBefore(_ sentence: Sentence, formStart: Int, after: Int) -> Bool {
    guard let verb = sentence.findLast(ph("được"), before: formStart, after: after),
      sentence.slice(verb, formStart).split(separator: " ").count <= 3
    else { return false }
    var end = verb
    while end > after, sentence.chars[end - 1] == " " { end -= 1 }
    guard
      let second = recipientNouns.first(where: {
        end - $0.words.count >= after && sentence.has($0.words, at: end - $0.words.count)
      })
    else { return false }
    var i = end - second.words.count
    while i > after, sentence.chars[i - 1] == " " { i -= 1 }
    if i > after, sentence.chars[i - 1] == "," {
      i -= 1
    } else if i - 2 >= after, sentence.has(ph("và"), at: i - 2) {
      i -= 2
    } else {
      return false
    }
    while i > after, sentence.chars[i - 1] == " " { i -= 1 }
    guard
      let first = recipientNouns.first(where: {
        i - $0.words.count >= after && sentence.has($0.words, at: i - $0.words.count)
      }), first.kind != second.kind
    else { return false }
    i -= first.words.count
    while i > after, sentence.chars[i - 1] == " " { i -= 1 }
    return i > after && sentence.chars[i - 1].isNumber
  }

  /// Whether the name of a unit starts at `at` ("Cục Bản đồ", "Công ty …", "Trường …").
  func startsUnit(_ sentence: Sentence, at: Int) -> Bool {
    unitStarts.contains { sentence.has(ph($0), at: at) }
  }

  /// Whether only one ";" and spaces stand between `from` and `to`.
  func onlySemicolon(_ sentence: Sentence, from: Int, to: Int) -> Bool {
    guard from < to else { return false }
    return sentence.chars[from..<to].filter { $0 != " " } == [";"]
  }

  func formStartOf(_ mention: AwardFormMention, _ sentence: Sentence) -> Int {
    sentence.offset(mention.range.lowerBound)
  }

  /// Whether the "nhận" at `at` receives no award ("ghi nhận", "tiếp nhận").
  func isNotReceiving(_ sentence: Sentence, at: Int) -> Bool {
    notReceiving.contains { at >= $0.count + 1 && sentence.has($0, at: at - $0.count - 1) }
  }

  /// A verb gives the form in its clause, and nothing makes it a proposal or a criterion.
  func isGiven(
    _ sentence: Sentence, formStart: Int, mentions: [AwardFormMention] = [], index: Int = 0
  ) -> Bool {
    let clauseStart = clauseOf(sentence, formStart: formStart, mentions: mentions, index: index)
    var verbAt: Int?
    for verb in grantVerbs {
      var before = formStart
      while let at = sentence.findLast(verb, before: before, after: clauseStart) {
        // "đã được ghi nhận: …", "tiếp nhận": "nhận" that receives no award.
        if verb == ph("nhận"), isNotReceiving(sentence, at: at) {
          before = at + verb.count - 1
          continue
        }
        if verbAt == nil || at > verbAt! { verbAt = at }
        break
      }
    }
    if verbAt == nil {
      // "Cờ thi đua của UBND tỉnh được trao cho 05 tập thể": a passive verb after the form.
      var k = formStart
      while k < sentence.count, sentence.chars[k] != ",", sentence.chars[k] != ";" { k += 1 }
      for verb in ["được trao", "được tặng", "được truy tặng"] {
        if let at = sentence.find(ph(verb), from: formStart, to: k),
          sentence.find(Array("cho".unicodeScalars), from: at, to: k) != nil
        {
          verbAt = at
          break
        }
      }
    }
    if verbAt == nil, index < mentions.count {
      verbAt = countedAfterForm(
        sentence, formEnd: sentence.offset(mentions[index].range.upperBound))
    }
    guard let verbAt else { return false }
    // "Giai đoạn 2019 - 2024, toàn tỉnh có 156 tập thể, cá nhân được tặng …": a count over a
    // period, not an award; "Trong đợt này, có 102 nghệ sỹ được trao tặng …" is one.
    if let has = sentence.findLast(Array("có".unicodeScalars), before: verbAt, after: clauseStart) {
      let next = sentence.skipSpaces(has + 2)
      let statistic = statisticWords.filter { sentence.find($0, to: has) != nil }
      let thisRound =
        statistic.allSatisfy { territoryWords.contains($0) }
        && currentRoundWords.contains { sentence.find($0, to: has) != nil }
      if next < sentence.count, sentence.chars[next].isNumber, !statistic.isEmpty, !thisRound {
        return false
      }
      // "… huyện Yên Thành hiện có 245 Mẹ được phong tặng và truy tặng …": those who hold the
      // form today, a total.
      let now = ph("hiện")
      if next < sentence.count, sentence.chars[next].isNumber,
        sentence.has(now, at: has - now.count - 1)
      {
        return false
      }
    }
    // "… nhất trí đề nghị Hội đồng tặng Cờ thi đua cho …; tặng Bằng khen cho …": a clause after
    // ";" that opens with its verb has the subject and frame of the clause before it, so a
    // proposal there proposes this one too.
    let frameStart = sentence.skipSpaces(clauseStart) == verbAt ? 0 : clauseStart
    for word in notGivenWords {
      var from = frameStart
      while let at = sentence.find(word, from: from, to: verbAt + 1) {
        // "công trình", "chương trình", "trình bày": words that hold "trình" (submit) and
        // propose nothing.
        if !notProposals.contains(where: { compound in
          let lowest = max(0, at + word.count - compound.count)
          return lowest <= at
            && (lowest...at).contains { start in
              sentence.has(compound, at: start) && start + compound.count >= at + word.count
            }
        }) {
          return false
        }
        from = at + word.count
      }
    }
    // "Từ năm 1988 đến nay, Nhà nước đã phong tặng …", "Giai đoạn 2015 - 2020, UBND tỉnh đã
    // tặng …": a sentence that opens with a period reports totals, unless it cites a decision.
    if statisticOpenings.contains(where: { sentence.has($0, at: 0) }),
      !sentence.documentNumbers.contains(where: {
        $0.documentKind == "quyết định" || $0.number.typeCode == "QĐ"
      })
    {
      return false
    }
    // "… vinh dự nhận bằng khen của Bác vào năm 1966": a conferral of years before the page,
    // told as history.
    if let reference, let year = yearOfConferral(in: sentence, after: verbAt),
      year < reference.year - 1
    {
      return false
    }
    // "… vẫn chưa được phong tặng": a negated conferral.
    var clauseEnd = formStart
    while clauseEnd < sentence.count, sentence.chars[clauseEnd] != ";" { clauseEnd += 1 }
    for word in negationWords where sentence.find(word, from: clauseStart, to: clauseEnd) != nil {
      return false
    }
    // An abbreviation ("NSND") is conferred only when no other form stands between the verb and
    // it: in "trao Bằng khen cho NSND Quang Thọ" it is the title of the one who gets the Bằng khen.
    if index < mentions.count, mentions[index].isAbbreviation {
      for other in mentions[..<index] where !other.isAbbreviation {
        if sentence.offset(other.range.lowerBound) > verbAt { return false }
      }
    }
    // "… được tặng hằng năm cho tập thể …": a criterion.
    if sentence.find(Array("hằng năm".unicodeScalars), from: formStart) != nil { return false }
    return true
  }

  /// The year "vào năm YYYY" dates a conferral with, after its verb.
  func yearOfConferral(in sentence: Sentence, after verbAt: Int) -> Int? {
    guard let at = sentence.find(ph("vào năm"), from: verbAt) else { return nil }
    let start = sentence.skipSpaces(at + ph("vào năm").count)
    var end = start
    while end < sentence.count, end - start < 4, sentence.chars[end].properties.numericType != nil {
      end += 1
    }
    guard end - start == 4,
      end == sentence.count || sentence.chars[end].properties.numericType == nil
    else { return nil }
    return Int(sentence.slice(start, end))
  }

  // MARK: Titles by decision

  /// A quoted title conferred by a decision: "Ban Thường vụ Tỉnh đoàn tuyên dương 10 cá nhân đạt
  /// danh hiệu “Gương mặt trẻ tiêu biểu” … theo Quyết định số 45-QĐ/TĐTN-VP …". The verb that
  /// confers it ("tuyên dương", "tặng", "trao", "công nhận", "phong tặng") comes before "danh
  /// hiệu", a decision number is written in the sentence, and nothing makes it a proposal; the
  /// form is the vocabulary's when the title is in it, otherwise `other` with the title as
  /// written.
  func titleByDecision(in sentence: Sentence, index: Int) -> AwardDraft? {
    guard let titleWord = sentence.find(ph("danh hiệu")) else { return nil }
    var verbEnd: Int?
    for verb in titleVerbs {
      if let at = sentence.findLast(verb, before: titleWord) {
        verbEnd = max(verbEnd ?? 0, at + verb.count)
      }
    }
    guard let verbEnd else { return nil }
    let clauseStart = sentence.clauseStart(verbEnd)
    for word in notGivenWords where sentence.find(word, from: clauseStart, to: verbEnd) != nil {
      return nil
    }
    let afterTitleWord = sentence.skipSpaces(titleWord + ph("danh hiệu").count)
    guard let quote = sentence.quotes().first(where: { $0.open == afterTitleWord }) else {
      return nil
    }
    let title = sentence.slice(quote.start, quote.end)
    guard !title.isEmpty else { return nil }
    let numbers = sentence.documentNumbers.filter { mention in
      (mention.documentKind == "quyết định" || mention.number.typeCode == "QĐ")
        && sentence.offset(mention.range.lowerBound) > quote.close
    }
    guard let number = numbers.first else { return nil }
    let code = AwardVocabulary.form(named: title, issuer: nil).map(AwardForm.Code.init) ?? .other
    var draft = AwardDraft(form: AwardForm(code: code, name: title), sentenceIndex: index)
    counts(in: sentence, from: verbEnd, to: titleWord, into: &draft.recipients)
    guard hasCounts(draft.recipients) else { return nil }
    draft.decision = decision(in: sentence, number: number)
    draft.reason = reason(in: sentence, from: quote.close)
    draft.rule = "a quoted title conferred by a decision: " + quoted(sentence)
    return draft
  }

  // MARK: Giver

  /// The subject that gives the awards of a sentence: the words between the start of its clause
  /// (the sentence start, or the last comma) and the first grant verb before `formStart`,
  /// without adverbs ("Tại Hội nghị, Chủ tịch UBND tỉnh đã tặng …" → "Chủ tịch UBND tỉnh").
  func giver(in sentence: Sentence, formStart: Int) -> String? {
    var verbAt: Int?
    for verb in grantVerbs {
      var from = 0
      while let at = sentence.find(verb, from: from, to: formStart) {
        // "Ghi nhận những thành tích …, Thủ tướng Chính phủ đã tặng …": no verb of giving.
        if verb == ph("nhận"), isNotReceiving(sentence, at: at) {
          from = at + verb.count
          continue
        }
        if verbAt == nil || at < verbAt! { verbAt = at }
        break
      }
    }
    guard let verbAt else { return nil }
    // "Tập thể được tặng Bằng khen là …": a passive verb without its agent; the subject is the
    // recipient, not the giver.
    if sentence.has(ph("được"), at: verbAt) { return nil }
    var start = verbAt
    while start > 0, sentence.chars[start - 1] != ",", sentence.chars[start - 1] != ";" {
      start -= 1
    }
    var words = sentence.slice(start, verbAt).split(separator: " ").map(String.init)
    // "5 tập thể được Thủ tướng Chính phủ tặng Bằng khen": the agent after "được"; "Tập thể
    // được tặng Bằng khen là …" names no agent, and the subject is the recipient.
    if let passive = words.lastIndex(where: { $0.lowercased() == "được" }) {
      guard passive + 1 < words.count else { return nil }
      words.removeFirst(passive + 1)
    }
    // "Chủ tịch nước đã ký quyết định phong tặng …": the subject of the signing.
    if let cut = words.firstIndex(where: { ["ký", "ban"].contains($0.lowercased()) }), cut > 0 {
      words.removeLast(words.count - cut)
    }
    while let last = words.last, giverAdverbs.contains(last.lowercased()) { words.removeLast() }
    // "… ngày 13/5/2021 Thủ tướng Chính phủ đã tặng …": the subject after the date.
    words = withoutLeadingTime(words)
    guard let first = words.first, first.first?.isUppercase == true else { return nil }
    return words.joined(separator: " ")
  }

  // MARK: Counts

  func hasCounts(_ r: DraftRecipients) -> Bool {
    r.collectives != nil || r.individuals != nil || r.households != nil
  }

  /// "06 tập thể, 06 cá nhân và 15 hộ gia đình" between `from` and `to`.
  func counts(
    in sentence: Sentence, from: Int, to: Int, passive: Bool = false, into r: inout DraftRecipients
  ) {
    var i = from
    // Counts after a form stay in its clause ("…; ký Quyết định … phong tặng một đơn vị …").
    let clauseEnd = passive ? to : sentence.next([";"], from: from)
    let stop = min(
      to, reasonStart(in: sentence, from: from) ?? to, listStart(sentence, from: from) ?? to,
      clauseEnd)
    while i < stop {
      // "bốn gia đình", "ba cá nhân": a number written as a word.
      if i == 0 || sentence.chars[i - 1] == " ",
        let (word, value) = numberWords.first(where: { sentence.has($0.0, at: i) }),
        let (_, kind) = recipientNouns.first(where: {
          sentence.has($0.words, at: sentence.skipSpaces(i + word.count))
        })
      {
        let nounAt = sentence.skipSpaces(i + word.count)
        let noun = recipientNouns.first { sentence.has($0.words, at: nounAt) }!.words
        if passive || !startsConferral(sentence, at: sentence.skipSpaces(nounAt + noun.count)) {
          assign(value, kind, &r)
        }
        i = nounAt
        continue
      }
      guard sentence.chars[i].isNumber, i == 0 || sentence.chars[i - 1] == " " else {
        i += 1
        continue
      }
      var j = i
      var digits = ""
      while j < sentence.count, sentence.chars[j].isNumber {
        digits.unicodeScalars.append(sentence.chars[j])
        j += 1
        // "1.031 nhà giáo": a thousands separator before three digits.
        if j + 3 < sentence.count, sentence.chars[j] == ".", digits.count <= 3,
          (1...3).allSatisfy({ sentence.chars[j + $0].isNumber }),
          j + 4 == sentence.count || !sentence.chars[j + 4].isNumber
        {
          j += 1
        }
      }
      guard let value = Int(digits), j < sentence.count,
        sentence.chars[j] == " "
      else {
        i = j
        continue
      }
      let nounAt = sentence.skipSpaces(j)
      for (noun, kind) in recipientNouns where sentence.has(noun, at: nounAt) {
        // "… Nghệ sỹ Nhân dân và 377 nghệ sỹ được trao tặng …", "10 gia đình nhận …": a count
        // before the verb belongs to the conferral that follows it.
        let afterNoun = sentence.skipSpaces(nounAt + noun.count)
        if !passive, startsConferral(sentence, at: afterNoun) {
          break
        }
        // "19 đơn vị, cá nhân": one count over two kinds, neither's.
        if afterNoun < sentence.count,
          sentence.chars[afterNoun] == "," || sentence.has(ph("và"), at: afterNoun)
        {
          let next = sentence.skipSpaces(afterNoun + (sentence.chars[afterNoun] == "," ? 1 : 2))
          if recipientNouns.contains(where: { sentence.has($0.words, at: next) && $0.kind != kind })
          {
            break
          }
        }
        assign(value, kind, &r)
        break
      }
      i = j
    }
  }

  /// The end of the grant verb nearest before `before` in its clause.
  func verbEnd(in sentence: Sentence, before: Int) -> Int? {
    let clauseStart = sentence.clauseStart(before)
    var best: (at: Int, end: Int)?
    for verb in grantVerbs {
      if let at = sentence.findLast(verb, before: before, after: clauseStart),
        best == nil || at > best!.at || (at == best!.at && at + verb.count > best!.end)
      {
        best = (at, at + verb.count)
      }
    }
    return best?.end
  }

  /// Why a draft read from a conferring sentence was recorded: a count written before the form
  /// ("count + form" lists), counts before a passive verb, or the conferring verb itself.
  func conferralRule(_ draft: AwardDraft, in sentence: Sentence, formStart: Int) -> String {
    if draft.formCount != nil {
      return "a count before the form (a count + form list): " + quoted(sentence)
    }
    let clauseStart = sentence.clauseStart(formStart)
    var best: (at: Int, verb: [Unicode.Scalar])?
    for verb in grantVerbs {
      // The verb that ends last, and of those the longest ("trao tặng", not its "tặng").
      if let at = sentence.findLast(verb, before: formStart, after: clauseStart),
        best == nil || at + verb.count > best!.at + best!.verb.count
          || (at + verb.count == best!.at + best!.verb.count && verb.count > best!.verb.count)
      {
        best = (at, verb)
      }
    }
    guard let best else {
      return "a passive conferring verb after the form: " + quoted(sentence)
    }
    let verb = sentence.slice(best.at, best.at + best.verb.count).lowercased()
    return "the conferring verb “\(verb)” before the form: " + quoted(sentence)
  }

  /// A sentence quoted for an explanation, cut after 200 characters.
  func quoted(_ sentence: Sentence) -> String {
    let text = sentence.text
    // (Counting no further than past the cut: a sentence may be very long.)
    return "“" + (text.prefix(201).count > 200 ? String(text.prefix(200)) + "…" : text) + "”"
  }

  /// A reason that runs into the form it precedes ("… bảo vệ Tổ quốc danh hiệu Anh hùng …").
  func withoutTrailingForm(_ reason: String) -> String {
    guard let range = reason.range(of: " danh hiệu ", options: .backwards) else { return reason }
    return String(reason[..<range.lowerBound])
  }

  /// Sets a count once.
  func assign(_ value: Int, _ kind: Recipient.Kind, _ r: inout DraftRecipients) {
    switch kind {
    case .collective: if r.collectives == nil { r.collectives = value }
    case .individual: if r.individuals == nil { r.individuals = value }
    case .household: if r.households == nil { r.households = value }
    }
  }

  /// Whether a verb whose subject is the recipient starts at `at` ("được …", "nhận", "đón nhận").
  func startsConferral(_ sentence: Sentence, at: Int) -> Bool {
    subjectVerbs.contains { sentence.has($0, at: at) }
  }

  /// "12 tập thể của thành phố được tặng …": counts before a passive verb.
  func passiveCounts(
    in sentence: Sentence, formStart: Int, after: Int = 0, into r: inout DraftRecipients
  ) {
    guard
      let verb = subjectVerbs.compactMap({
        sentence.findLast($0, before: formStart, after: after)
      }).max()
    else {
      return
    }
    var start = verb
    while start > after, sentence.chars[start - 1] != ",", sentence.chars[start - 1] != ";" {
      start -= 1
    }
    // "10 tập thể, 4 cá nhân đã được …": counts separated by commas.
    while start > after + 1, sentence.chars[start - 1] == "," {
      var previous = start - 1
      while previous > after, sentence.chars[previous - 1] != ",",
        sentence.chars[previous - 1] != ";"
      {
        previous -= 1
      }
      let segment = sentence.slice(previous, start - 1)
      guard let first = segment.unicodeScalars.first, first.isNumber,
        segment.split(separator: " ").count <= 4
      else { break }
      start = previous
    }
    counts(in: sentence, from: start, to: verb, passive: true, into: &r)
    if !hasCounts(r) {
      // "17 đồng chí đang công tác tại các cơ quan, đơn vị … được nhận …": the subject's
      // count before commas inside it.
      counts(in: sentence, from: after, to: verb, passive: true, into: &r)
    }
  }

  // MARK: Named recipients

  /// "cho Trường THPT chuyên Hạ Long, …", "truy tặng Thượng úy Trần Văn Lực …", and lists after
  /// "gồm:".
  func named(in sentence: Sentence, from: Int, to: Int, into r: inout DraftRecipients) {
    // "… cho 183 mẹ trên địa bàn thành phố; trong đó chỉ có mẹ Huỳnh Thị Chước (SN 1915, …)
    // hiện còn sống": one of the recipients counted, named with her detail.
    if let within = sentence.find(ph("trong đó"), from: from, to: to) {
      var at = sentence.skipSpaces(within + "trong đó".count)
      for filler in ["chỉ có", "có"] where sentence.has(ph(filler), at: at) {
        at = sentence.skipSpaces(at + filler.count)
        break
      }
      let close = min(to, sentence.next([",", ";", "(", "."], from: at))
      let text = sentence.slice(at, close)
      let lower = text.lowercased()
      if let status = personStatuses.first(where: { lower.hasPrefix($0 + " ") }) {
        let name = trimmed(String(text.dropFirst(status.count + 1)))
        if isPersonName(name) {
          var person = Recipient(name: name, kind: .individual)
          if close < sentence.count, sentence.chars[close] == "(" {
            let end = sentence.next([")"], from: close)
            let inside = sentence.slice(close + 1, end)
            if !inside.isEmpty, end < sentence.count { person.detail = inside }
          }
          append(person, to: &r)
        }
      } else {
        // "…, trong đó có thượng tá Lê Thị Hằng - Anh hùng …, Giám đốc …": one person with
        // ranks and positions, read by the people grammar.
        let clause = sentence.slice(at, min(to, sentence.next([";", "."], from: at)))
        let found = People.mentions(in: clause)
        if found.count == 1, let person = found.first,
          clause.distance(from: clause.startIndex, to: person.range.lowerBound) <= 1
        {
          append(
            Recipient(name: person.name, kind: .individual, positions: person.positions), to: &r)
        }
      }
    }
    if let list = listStart(sentence, from: from), list < sentence.count {
      let text = sentence.slice(list, sentence.count)
      for item in listItems(text) { append(item, to: &r) }
      return
    }
    // "gồm 4 “nghệ nhân ưu tú” là các nghệ nhân Trần Duy Mong, …, Lê Viết Toàn và Tôn Nữ Thị
    // Hà; hai …": the people of a count list, each after its status word or none.
    let be = ph("là")
    var beAt = sentence.skipSpaces(from)
    while beAt < sentence.count, closingQuotes.contains(sentence.chars[beAt]) {
      beAt = sentence.skipSpaces(beAt + 1)
    }
    if sentence.has(be, at: beAt) {
      let start = sentence.skipSpaces(beAt + be.count)
      let end = min(to, sentence.next([";", ".", "("], from: start))
      var text = sentence.slice(start, end)
      for group in ["các ", "những "] where text.lowercased().hasPrefix(group) {
        text = String(text.dropFirst(group.count))
      }
      var people: [String] = []
      for part in text.split(separator: ",").flatMap({ $0.components(separatedBy: " và ") }) {
        var name = trimmed(String(part))
        let lower = name.lowercased()
        for status in personStatuses where lower.hasPrefix(status + " ") {
          name = trimmed(String(name.dropFirst(status.count + 1)))
          break
        }
        // "là bà Đỗ Thị Thanh Nhàn ở xã Trung Nghĩa": where she lives is no part of the name.
        name = withoutResidence(name)
        guard isPersonName(name) else {
          people = []
          break
        }
        people.append(name)
      }
      if !people.isEmpty {
        for name in people { append(Recipient(name: name, kind: .individual), to: &r) }
        return
      }
      // "… cũng được tặng Bằng khen của Chủ tịch UBND tỉnh là Nhân dân và cán bộ xã Châu Hóa,
      // Nhân dân và cán bộ xã Văn Hóa (huyện Tuyên Hóa)": units after "là".
      var unitsText = sentence.slice(start, to)
      while let last = unitsText.last, last == "." || last == " " { unitsText.removeLast() }
      if start < sentence.count, sentence.chars[start].isUppercase,
        People.mentions(in: unitsText).isEmpty, reasonStart(in: sentence, from: start) == nil
      {
        let units = listItems(unitsText)
        if !units.isEmpty, units.allSatisfy({ $0.kind == .collective }) {
          for unit in units { append(unit, to: &r) }
          return
        }
      }
      // "Tập thể được tặng Bằng khen là Công an thành phố Chí Linh và Phòng Cảnh sát giao
      // thông …": the units named.
      let named = sentence.slice(start, end)
      var units = listItems(named)
      if units.count == 1, case let parts = splitAtAnd(named), parts.count > 1 {
        units = parts.flatMap { listItems($0) }
      }
      if !units.isEmpty, units.allSatisfy({ $0.kind == .collective }) {
        for unit in units { append(unit, to: &r) }
        return
      }
      // "… là thầy giáo NAME - Hiệu trưởng …, TP. Cam Ranh; PGS.TS NAME - Trưởng khoa …":
      // one person with positions per ";" item, the last item maybe two joined by "và"
      // ("…; Đại úy NAME, Cán bộ … và Thượng úy NAME, Cán bộ …").
      let rest = sentence.slice(start, to)
      let items = rest.split(separator: ";").map(String.init)
      let found = items.map { People.mentions(in: $0) }
      if items.count > 1,
        found.dropLast().allSatisfy({ $0.count == 1 }), let last = found.last,
        last.count == 1 || (last.count == 2 && items[items.count - 1].contains(" và "))
      {
        for mention in found.flatMap({ $0 }) {
          append(
            Recipient(name: mention.name, kind: .individual, positions: mention.positions), to: &r)
        }
        return
      }
    }
    // "trao Huân chương Lao động hạng Nhất tặng Phó Chủ tịch Thường trực QH Tòng Thị Phóng;
    // Chủ nhiệm Ủy ban Đối ngoại của QH Nguyễn Văn Giàu": people with their titles before.
    let give = ph("tặng")
    if sentence.has(give, at: sentence.skipSpaces(from)) {
      let start = sentence.skipSpaces(sentence.skipSpaces(from) + give.count)
      let items = sentence.slice(start, sentence.count).split(separator: ";").map {
        trimmed(String($0))
      }
      let people = items.compactMap(personAfterTitle)
      if !people.isEmpty, people.count * 2 >= items.count {
        for person in people { append(person, to: &r) }
        return
      }
    }
    for word in [Array("cho".unicodeScalars), Array("truy tặng".unicodeScalars)] {
      guard let at = sentence.find(word, from: from, to: to) else { continue }
      var start = sentence.skipSpaces(at + word.count)
      // "cho thân nhân mẹ Đỗ Thị Điền": the relative takes the award on behalf of the recipient.
      if let proxy = proxyWords.first(where: { sentence.has($0, at: start) }) {
        start = sentence.skipSpaces(start + proxy.count)
      }
      // "cho bà Mai Thị Đây", "cho em Hoàng Đức Hải": the honorific is not part of the name,
      // and says the recipient is a person.
      var honorificText: String?
      if let honorific = recipientHonorifics.first(where: { sentence.has($0, at: start) }) {
        let next = sentence.skipSpaces(start + honorific.count)
        if next < sentence.count, sentence.chars[next].isUppercase {
          honorificText = sentence.slice(start, next)
          start = next
        }
      }
      guard start < sentence.count else { continue }
      // Not a count ("cho 06 tập thể") nor a group ("cho các tập thể").
      if sentence.chars[start].isNumber { continue }
      // "… cho nhà trường", "… cho tập thể nhà trường": the school the page named last.
      if schoolAnaphora.contains(where: { sentence.has($0, at: start) }),
        let school = lastSchool(before: sentence, orAt: start)
      {
        append(Recipient(name: school, kind: .collective), to: &r)
        return
      }
      let startsName =
        sentence.chars[start].isUppercase || placeHeads.contains { sentence.has($0, at: start) }
        || collectiveHeads.contains { sentence.has($0, at: start) }
        || isHousehold(sentence.slice(start, sentence.count))
      guard startsName else { continue }
      // The span the recipients can take: up to the reason, or the end of the clause.
      var spanEnd = min(reasonStart(in: sentence, from: start) ?? sentence.count, to)
      for stop in ["theo", "nhân dịp"] {
        if let cut = sentence.find(ph(stop), from: start + 1, to: spanEnd) { spanEnd = cut }
      }
      let spanStart = honorificText.map { _ in sentence.skipSpaces(at + word.count) } ?? start
      let span = sentence.slice(spanStart, spanEnd)
      // "cho ông A, Giám đốc Sở X và bà B, Phó Giám đốc Sở Y": every person of the span, each
      // with the positions written beside the name.
      let people = People.mentions(in: span)
      if people.count >= 2,
        span.distance(from: span.startIndex, to: people[0].range.lowerBound)
          <= (honorificText?.count ?? 0) + 1
      {
        for person in people {
          append(
            Recipient(name: person.name, kind: .individual, positions: person.positions), to: &r)
        }
        return
      }
      // "cho Sở Giáo dục và Đào tạo, Sở Y tế và Công an tỉnh": units separated by commas.
      if people.isEmpty, honorificText == nil {
        let units = listItems(span.replacingOccurrences(of: ";", with: ","))
        if units.count >= 2, units.allSatisfy({ $0.kind != .individual }) {
          for unit in units { append(unit, to: &r) }
          return
        }
      }
      var end = sentence.next([",", ";", "(", "."], from: start)
      // "xã Phước Ninh, huyện Dương Minh Châu, tỉnh Tây Ninh": a place path goes on past its
      // commas.
      while end < sentence.count, sentence.chars[end] == ",",
        placeHeads.contains(where: { sentence.find($0, from: start, to: end) != nil }),
        let next = Optional(sentence.skipSpaces(end + 1)),
        let head = placeHeads.first(where: { sentence.has($0, at: next) }),
        sentence.skipSpaces(next + head.count) < sentence.count,
        sentence.chars[sentence.skipSpaces(next + head.count)].isUppercase
      {
        end = sentence.next([",", ";", "(", "."], from: sentence.skipSpaces(next + head.count))
      }
      for stop in [
        "vì", "theo", "đã có", "có thành tích", "đã hoàn thành", "nhân dịp", "tại", "trong",
        "cho", "đã", "ở", "về", "do có",
      ] {
        if let cut = sentence.find(ph(stop), from: start + 1, to: end) { end = cut }
      }
      let text = sentence.slice(start, end)
      guard !text.isEmpty else { continue }
      var detail: String?
      let after = sentence.skipSpaces(end)
      if after < sentence.count, sentence.chars[after] == "(" {
        // "bà Mai Thị Đây (Nguyên quán tại …)": the parenthesis is the recipient's detail.
        let close = sentence.next([")"], from: after)
        let inside = sentence.slice(after + 1, close)
        if !inside.isEmpty, close < sentence.count { detail = inside }
      }
      let parts = splitAtAnd(text)
      for part in parts {
        var item = recipient(from: part, context: sentence)
        if honorificText != nil, parts.count > 1, item.kind == .collective,
          isPersonName(trimmed(part))
        {
          // "cho thân nhân mẹ A và mẹ B": the honorific before the first name says it is a
          // person's.
          item = Recipient(name: trimmed(part), kind: .individual)
        }
        if let honorificText, parts.count == 1 {
          // A person: the positions written with the name here, none looked up elsewhere,
          // after a comma too ("cho đồng chí NAME, Hiệu trưởng Trường THCS Tứ Xã").
          let afterComma = end < sentence.count && sentence.chars[end] == ","
          let written =
            honorificText + " " + sentence.slice(start, afterComma ? max(end, spanEnd) : end)
          if let person = People.mentions(in: written).first,
            written.distance(from: written.startIndex, to: person.range.lowerBound)
              <= honorificText.count + 1
          {
            item = Recipient(name: person.name, kind: .individual, positions: person.positions)
          } else {
            item = Recipient(name: trimmed(part), kind: .individual)
          }
        }
        if parts.count == 1 { item.detail = detail }
        append(item, to: &r)
      }
      return
    }
  }

  /// The unit whose founding an anniversary before `before` celebrates ("kỷ niệm 70 năm ngày
  /// thành lập Bộ Nội vụ, …"): from after "thành lập" to the first comma, parenthesis or "và".
  func anniversaryUnit(in sentence: Sentence, before: Int) -> String? {
    guard let founded = sentence.findLast(ph("thành lập"), before: before),
      let anniversary = sentence.findLast(ph("kỷ niệm"), before: founded),
      founded - anniversary <= 30
    else { return nil }
    let start = sentence.skipSpaces(founded + "thành lập".count)
    var end = start
    // The unit ends before "và" ("… thành lập Đoàn và đón nhận …"); `has` matches a word
    // only at its start, so the space before it is stepped over.
    while end < before, sentence.chars[end] != ",", sentence.chars[end] != "(",
      sentence.chars[end] != ";",
      !(sentence.chars[end] == " " && sentence.has(ph("và"), at: end + 1))
    {
      end += 1
    }
    let unit = trimmed(sentence.slice(start, end))
    guard startsUnit(sentence, at: start), sentence.chars[start].isUppercase,
      unit.split(separator: " ").count >= 2
    else { return nil }
    return unit
  }

  /// "Cục Trồng trọt vinh dự được tặng …", "tỉnh Bình Dương đón nhận …".
  func subjectRecipient(in sentence: Sentence, formStart: Int, into r: inout DraftRecipients) {
    // "Hội LHPN tỉnh Quảng Nam đã vinh dự được Trung ương Hội LHPN Việt Nam tặng cờ …": the
    // subject of "được" before the agent who gives.
    var agentPassive: Int?
    for verb in ["trao tặng", "tặng", "trao"] {
      guard let at = sentence.findLast(ph(verb), before: formStart),
        formStart - at - verb.count <= 2,
        let passive = sentence.findLast(ph("được"), before: at, after: max(0, at - 80)),
        !sentence.chars[passive..<at].contains(","),
        sentence.chars[sentence.skipSpaces(passive + 4)].isUppercase
      else { continue }
      agentPassive = passive
      break
    }
    for verb in [
      "được trao tặng", "được phong tặng", "được truy tặng", "được tặng", "được trao", "đón nhận",
      "được nhận", "nhận", "được",
    ] {
      let found: Int?
      var throughTitleNoun = false
      if verb == "được" {
        found = agentPassive
      } else if let last = sentence.findLast(ph(verb), before: formStart),
        formStart - last - verb.count <= 2
          || titleWordsOnly(sentence.slice(last + verb.count, formStart))
      {
        // "… được truy tặng danh hiệu Anh hùng …": the title's noun between verb and form.
        found = last
        throughTitleNoun = formStart - last - verb.count > 2
      } else {
        found = nil
      }
      guard let at = found else { continue }
      if verb == "đón nhận", let unit = anniversaryUnit(in: sentence, before: at) {
        // "Lễ kỷ niệm 70 năm ngày thành lập Bộ Nội vụ, …, Đại hội … và đón nhận Huân chương
        // …": the unit whose founding is celebrated receives it.
        append(Recipient(name: unit, kind: .collective), to: &r)
        return
      }
      // "bà Lê Thị Thanh Nga, Hiệu trưởng … vinh dự đón nhận …".
      if let person = sentence.people.last(where: {
        let end = sentence.offset($0.range.upperBound)
        return end <= at && at - end <= 14
      }) {
        // "Tổng Công ty Xây dựng Lũng Lô và Chuẩn đô đốc Nguyễn Đăng Nghiêm, …, được phong
        // tặng …": a unit joined by "và" before the person receives it too.
        let personStart = sentence.offset(person.range.lowerBound)
        var unitStart = personStart
        while unitStart > 0, sentence.chars[unitStart - 1] != ",",
          sentence.chars[unitStart - 1] != ";"
        {
          unitStart -= 1
        }
        let before = sentence.slice(unitStart, personStart)
        if before.hasSuffix(" và"), startsUnit(sentence, at: sentence.skipSpaces(unitStart)) {
          let unit = trimmed(String(before.dropLast(3)))
          if let first = unit.unicodeScalars.first, first.properties.isUppercase {
            append(Recipient(name: unit, kind: .collective), to: &r)
          }
        }
        let positions = fullerPositions(of: person.name, than: person.positions)
        append(Recipient(name: person.name, kind: .individual, positions: positions), to: &r)
        return
      }
      var start = at
      while start > 0, sentence.chars[start - 1] != ",", sentence.chars[start - 1] != ";" {
        start -= 1
      }
      // "Hoài Linh cũng là nghệ sĩ … đầu tiên được phong tặng danh hiệu …": past a title's
      // noun, only a unit or a person receives it.
      if throughTitleNoun, !startsUnit(sentence, at: sentence.skipSpaces(start)) { continue }
      var end = at
      for adverb in subjectStops + [ph("vinh dự"), ph("được")] {
        if let cut = sentence.find(adverb, from: start, to: end) { end = min(end, cut) }
      }
      // "Viettel TP.HCM chiều tối 26.12 long trọng tổ chức …": the subject ends before its time.
      var digit = start + 1
      while digit < end,
        !(sentence.chars[digit].properties.numericType != nil
          && sentence.chars[digit - 1] == " ")
      {
        digit += 1
      }
      if digit < end {
        var cutEnd = digit
        for part in timeOfDayWords {
          if let cut = sentence.findLast(part, before: cutEnd, after: start),
            sentence.skipSpaces(cut + part.count) == cutEnd
          {
            cutEnd = cut
            break
          }
        }
        // Only when a name stands before the time ("Sáng 17/11 Trường …" opens with it).
        if sentence.skipSpaces(start) < cutEnd { end = cutEnd }
      }
      // "Công ty TNHH MTV Trắc địa Bản đồ, Cục Bản đồ, Bộ Tổng Tham mưu đã tổ chức …": a unit
      // path, smallest unit first; the recipient is its first unit.
      var pathStart = start
      while pathStart > 1, sentence.chars[pathStart - 1] == ",",
        startsUnit(sentence, at: sentence.skipSpaces(pathStart))
      {
        var previous = pathStart - 1
        while previous > 0, sentence.chars[previous - 1] != ",", sentence.chars[previous - 1] != ";"
        {
          previous -= 1
        }
        let first = sentence.skipSpaces(previous)
        guard startsUnit(sentence, at: first), sentence.chars[first].isUppercase else { break }
        pathStart = previous
      }
      if pathStart < start {
        end = sentence.next([","], from: pathStart)
        start = pathStart
      }
      // "Sáng ngày 20 tháng 11 năm 2018 thầy và trò trường THCS Thăng Long …": the unit after
      // the time and its members.
      var words = withoutLeadingTime(
        withoutParentheses(sentence.slice(start, end)).split(separator: " ").map(String.init))
      for members in memberPhrases {
        let count = members.split(separator: " ").count
        if words.count > count, words.prefix(count).joined(separator: " ").lowercased() == members {
          words.removeFirst(count)
        }
      }
      if sentence.find(ph("tổ chức"), from: start, to: at) != nil {
        // "Trung ương Hội LHPN Việt Nam tổ chức lễ … đón nhận Huân chương …": the organiser's
        // leading body holds the ceremony, the organisation receives the award.
        words = withoutLeadingBody(words)
      }
      let text = words.joined(separator: " ")
      let head = Sentence(text.lowercased(), kind: sentence.kind, block: sentence.block)
      guard !text.isEmpty, text.count < 80, !text.lowercased().hasPrefix("lễ"),
        !text.lowercased().hasPrefix("danh sách"),
        // "các gia đình được …": a group, not a name.
        !groupWords.contains(where: { head.has($0, at: 0) }),
        text.first?.isUppercase == true
          || placeHeads.contains(where: { head.has($0, at: 0) })
          || (words.count >= 3 && unitStarts.contains(where: { head.has(ph($0), at: 0) })
            && words.last?.first?.isUppercase == true)
      else { return }
      append(recipient(from: text, context: sentence), to: &r)
      return
    }
  }

  /// The words of an organiser without the leading body before the organisation's name
  /// ("Trung ương Hội Liên hiệp Phụ nữ Việt Nam" → "Hội Liên hiệp Phụ nữ Việt Nam"); as they are
  /// when no organisation's name of two words or more follows.
  func withoutLeadingBody(_ words: [String]) -> [String] {
    for body in leadingBodies {
      let count = body.split(separator: " ").count
      guard words.count >= count + 2,
        words.prefix(count).joined(separator: " ").lowercased() == body
      else { continue }
      let rest = Array(words.dropFirst(count))
      let head = Sentence(
        rest.prefix(3).joined(separator: " ").lowercased(), kind: .paragraph, block: 0)
      guard rest[0].first?.isUppercase == true,
        unitStarts.contains(where: { head.has(ph($0), at: 0) })
      else { return words }
      return rest
    }
    return words
  }

  /// Whether only the noun of a title stands between a verb and a form ("danh hiệu", "danh
  /// hiệu vinh dự Nhà nước").
  func titleWordsOnly(_ text: String) -> Bool {
    ["danh hiệu", "danh hiệu vinh dự nhà nước"].contains(text.lowercased())
  }

  /// "huyện Yên Thành và Sở Giáo dục và Đào tạo" → two names: split at "và" followed by the
  /// head of a unit.
  func splitAtAnd(_ text: String) -> [String] {
    let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    var parts: [String] = []
    var current: [String] = []
    var i = 0
    while i < words.count {
      if words[i] == "và", !current.isEmpty, i + 1 < words.count {
        let next = words[(i + 1)...].prefix(3).map { $0.lowercased() }
        let isUnit = unitStarts.contains { head in
          let headWords = head.split(separator: " ").map(String.init)
          return headWords.count <= next.count && Array(next.prefix(headWords.count)) == headWords
        }
        // "Thái Thị Dương quê ở xã Mỹ Sơn và Nguyễn Thị Dừa quê ở …": a person after "và" when
        // a person is before it.
        let before = withoutResidence(current.joined(separator: " "))
        let after = words[(i + 1)...].prefix(5).joined(separator: " ")
        // "mẹ Đỗ Thị Điền và mẹ Nguyễn Thị Ngại": the honorific of the second person.
        let skip =
          i + 2 < words.count && personStatuses.contains(words[i + 1].lowercased())
            && words[i + 2].first?.isUppercase == true ? 2 : 1
        let isPerson =
          isPersonName(before)
          && (1...4).contains { length in
            isPersonName(words[(i + skip)...].prefix(length + 1).joined(separator: " "))
          } && !after.isEmpty
        if isUnit || isPerson {
          parts.append(current.joined(separator: " "))
          current = []
          i += 1
          continue
        }
      }
      current.append(words[i])
      i += 1
    }
    if !current.isEmpty { parts.append(current.joined(separator: " ")) }
    return parts
  }

  /// "Đặng Thị Lý quê ở xã Ngọc Sơn" → "Đặng Thị Lý": a person's name without where she comes
  /// from or lives; the text as it is when no such words follow a name.
  func withoutResidence(_ text: String) -> String {
    for word in residenceWords {
      let phrase = " " + word + " "
      if utf8Contains(text, phrase), let range = text.range(of: phrase) {
        let name = trimmed(String(text[..<range.lowerBound]))
        if isPersonName(name) { return name }
      }
    }
    return text
  }

  /// A recipient from its text: a person when the people grammar finds one at its start.
  func recipient(from text: String, context: Sentence) -> Recipient {
    if isHousehold(text) { return Recipient(name: trimmed(text), kind: .household) }
    let resident = withoutResidence(text)
    if resident != text { return Recipient(name: resident, kind: .individual) }
    // "Liệt sĩ Trần Văn Lực", "Mẹ Nguyễn Thị Thứ": a status before a person's name.
    let lower = text.lowercased()
    for status in personStatuses where lower.hasPrefix(status + " ") {
      let name = trimmed(String(text.dropFirst(status.count + 1)))
      if isPersonName(name) { return Recipient(name: name, kind: .individual) }
    }
    if let person = People.mentions(in: text).first,
      text.distance(from: text.startIndex, to: person.range.lowerBound) <= 1
    {
      let fuller = fullerPositions(of: person.name, than: person.positions)
      return Recipient(name: person.name, kind: .individual, positions: fuller)
    }
    return Recipient(name: trimmed(text), kind: .collective)
  }

  /// The fullest list of positions written beside `name` anywhere in the page.
  func fullerPositions(of name: String, than positions: [String]) -> [String] {
    let fullest = fullestPositions(of: name)
    return fullest.count > positions.count ? fullest : positions
  }

  /// The most positions written beside `name` in a sentence that contains it (the first such
  /// mention in reading order), [] for none; worked out once per name. The first few names
  /// read every sentence; later ones the people of the page indexed by name.
  func fullestPositions(of name: String) -> [String] {
    let bytes = Array(name.utf8)
    if let kept = page.memo.fullest[bytes] { return kept }
    let key = MatchingKey(name).exact
    var best: [String] = []
    if page.memo.fullest.count < PageMemo.namesReadInFull {
      for sentence in page.sentences {
        page.memo.sentencesRead += 1
        guard sentence.text.contains(name) else { continue }
        for mention in sentence.people
        where MatchingKey(mention.name).exact == key && mention.positions.count > best.count {
          best = mention.positions
        }
      }
    } else {
      var last = -1
      var contains = false
      for (index, k) in page.peopleByKey()[key] ?? [] {
        let sentence = page.sentences[index]
        if index != last {
          last = index
          page.memo.sentencesRead += 1
          contains = sentence.text.contains(name)
        }
        let mention = sentence.people[k]
        if contains, mention.positions.count > best.count { best = mention.positions }
      }
    }
    page.memo.fullest[bytes] = best
    return best
  }

  func append(_ recipient: Recipient, to r: inout DraftRecipients) {
    let key = MatchingKey(recipient.name).exact
    // "Tập thể được tặng Bằng khen là …": the kind of those counted, no one's name.
    if genericRecipientNouns.contains(key) { return }
    if let index = r.firstIndex(ofKey: key) {
      if r.named[index].positions.count < recipient.positions.count {
        r.setPositions(recipient.positions, at: index)
      }
      return
    }
    // "Vingroup" and "Tập đoàn Vingroup": a unit named again with its kind before the name is
    // the same recipient, written in full.
    if recipient.kind == .collective, let index = r.firstCollective(relatedTo: key) {
      if key.count > r.key(at: index).count { r.replace(at: index, with: recipient, key: key) }
      return
    }
    r.append(recipient, key: key)
  }

  /// Where a list of recipients starts: after "gồm:" / "gồm".
  func listStart(_ sentence: Sentence, from: Int) -> Int? {
    guard let at = sentence.find(Array("gồm".unicodeScalars), from: from) else {
      // "… được tặng danh hiệu X: ông A, …; bà B, …".
      if let colon = sentence.first(":", from: from), colon + 1 < sentence.count,
        (sentence.first(";", from: from) ?? colon) >= colon
      {
        // "… cho 07 tập thể, đó là: A; B; …": the words before the colon open the list.
        let before = sentence.slice(from, colon).lowercased()
        if (sentence.first(",", from: from) ?? colon) >= colon
          || listIntroducers.contains(where: { before.hasSuffix(" " + $0) })
        {
          return sentence.skipSpaces(colon + 1)
        }
      }
      return nil
    }
    var start = at + 3
    if start < sentence.count, sentence.chars[start] == ":" { start += 1 }
    return sentence.skipSpaces(start)
  }

  /// A sentence that announces a list in the next paragraphs ("Các cá nhân được khen thưởng:").
  func announcesList(_ sentence: Sentence) -> Bool {
    let text = sentence.text
    return text.hasSuffix(":")
      && (sentence.find(Array("tập thể".unicodeScalars)) != nil
        || sentence.find(Array("cá nhân".unicodeScalars)) != nil
        || sentence.find(Array("hộ".unicodeScalars)) != nil)
  }

  /// A line that is only a person, with her honorific and positions and no verb ("Bà Nguyễn Thị
  /// Phương Thảo, Chủ tịch HĐQT Công ty VietJet Air."); nil otherwise.
  func personLine(_ sentence: Sentence) -> Recipient? {
    let lower = sentence.text.lowercased()
    guard nameHonorifics.contains(where: { lower.hasPrefix($0 + " ") }),
      grantVerbs.allSatisfy({ sentence.find($0) == nil }),
      let person = People.mentions(in: sentence.text).first,
      People.mentions(in: sentence.text).count == 1, person.role == nil,
      sentence.text.distance(from: sentence.text.startIndex, to: person.range.lowerBound)
        <= lower.split(separator: " ").first.map { $0.count + 1 } ?? 0
    else { return nil }
    return Recipient(
      name: person.name, kind: .individual, positions: withoutPersonalDetails(person.positions))
  }

  /// The recipient written before "là một trong" in `sentence`, after an opener and its comma
  /// ("Trong đó, …"), without a parenthesis; nil when no name stands there.
  func subjectBeforeSubset(_ sentence: Sentence, marker: Int) -> Recipient? {
    var start = sentence.skipSpaces(0)
    if let comma = sentence.first(",", from: start), comma < marker,
      sentence.slice(start, comma).split(separator: " ").count <= 3
    {
      start = sentence.skipSpaces(comma + 1)
    }
    let text = withoutParentheses(sentence.slice(start, marker))
    guard let first = text.unicodeScalars.first, first.properties.isUppercase,
      text.split(separator: " ").count <= 12
    else { return nil }
    return recipient(from: text, context: sentence)
  }

  /// A person's positions without what is said of her life ("Mẹ Hoàng Thị Xuân, sinh năm 1897,
  /// ở xã Bảo Cường": the year of birth is no position).
  func withoutPersonalDetails(_ positions: [String]) -> [String] {
    positions.filter { position in
      let lower = position.lowercased()
      return !personalDetailStarts.contains { lower.hasPrefix($0) }
    }
  }

  /// "A (x), B (x), C" → "A (x)", "B (x)", "C": a comma after a closing parenthesis and before
  /// a capital ends a unit; the text as it is otherwise.
  func splitAfterParentheses(_ text: String) -> [String] {
    let parts = text.components(separatedBy: "), ")
    guard parts.count > 1,
      parts.dropFirst().allSatisfy({ $0.trimmingLeadingSpaces.first?.isUppercase == true })
    else { return [text] }
    return parts.enumerated().map { i, part in i + 1 < parts.count ? part + ")" : part }
  }

  /// A numbered item or a table row.
  func isListItem(_ sentence: Sentence) -> Bool {
    guard let first = sentence.chars.first else { return false }
    return first.isNumber || first == "-" || first == "+" || first == "•"
      || utf8Contains(sentence.text, " | ")
  }

  /// Items of a list: split on ";", numbering and table cells handled; header rows skipped.
  func listItems(_ text: String) -> [Recipient] {
    var result: [Recipient] = []
    var items = text.split(separator: ";").map(String.init)
    // "3. Bệnh viện Mắt, Sở Y tế thành phố Đà Nẵng;": a numbered line is one recipient, its
    // commas a unit path.
    let numberedLine =
      text.unicodeScalars.first?.properties.numericType != nil
      && text.unicodeScalars.drop(while: { $0.properties.numericType != nil }).first.map {
        $0 == "." || $0 == ")"
      } == true
    if items.count == 1, !utf8Contains(text, "|"), !numberedLine, People.mentions(in: text).isEmpty
    {
      // "gồm: Ban Tổ chức Tỉnh ủy, Văn phòng UBND tỉnh, Hội Nông dân tỉnh và Sở Y tế": units
      // separated by commas (a part in lower case continues the unit before: "…, huyện X").
      var parts: [String] = []
      for part in text.split(separator: ",").map({ String($0).trimmingLeadingSpaces }) {
        if let first = part.unicodeScalars.first, first.isUppercase || parts.isEmpty {
          parts.append(part)
        } else {
          parts[parts.count - 1] += ", " + part
        }
      }
      if parts.count > 1 {
        items = parts.flatMap { splitAtAnd($0) }
      }
    } else if items.count > 1, !utf8Contains(text, "|"), var last = items.popLast() {
      // "A (Bộ Quốc phòng), B (Bộ Quốc phòng); C (Bộ Công an)": units with their parentheses
      // joined by commas inside one ";" item.
      items = items.flatMap(splitAfterParentheses)
      // "…; Công an thành phố Hà Nội; Cục Tổ chức cán bộ và Thanh tra Bộ Công an": the last
      // item may join two units with "và".
      while let end = last.last, end == "." || end == " " { last.removeLast() }
      items += People.mentions(in: last).isEmpty ? splitAtAnd(last) : [last]
    }
    for raw in items {
      var item = String(raw)
      if utf8Contains(item, "|") {
        let cells = item.split(separator: "|").map { trimmed(String($0)) }
        let content = cells.filter { cell in
          !cell.isEmpty && !cell.allSatisfy { $0.isNumber || $0 == "." }
        }
        guard !content.isEmpty else { continue }
        if tableHeaders.contains(content[0].lowercased()) { continue }
        let joined = content.joined(separator: " | ")
        if isPersonName(content[0]) {
          // A row "STT | Họ và tên | Chức vụ, đơn vị": the name, then what the row says of it.
          let positions = content.dropFirst().joined(separator: " ")
          result.append(
            Recipient(
              name: content[0], kind: .individual, positions: positions.isEmpty ? [] : [positions]))
        } else if isHousehold(content[0]) {
          result.append(Recipient(name: content[0], kind: .household))
        } else if let person = People.mentions(in: joined).first,
          joined.distance(from: joined.startIndex, to: person.range.lowerBound) <= 1
        {
          result.append(
            Recipient(name: person.name, kind: .individual, positions: person.positions))
        } else if content[0].first?.isUppercase == true {
          // "1 | Trường THCS Hoàng Xuân Hãn | huyện Đức Thọ": the unit named in the first cell.
          result.append(Recipient(name: content[0], kind: .collective))
        }
        continue
      }
      // Numbering: "1. ", "2) ", "- ".
      var scalars = Substring(item).drop { $0 == " " }
      let numbered = scalars.count
      while let c = scalars.first, c.isNumber { scalars = scalars.dropFirst() }
      if scalars.count < numbered, let c = scalars.first, c == "." || c == ")" {
        scalars = scalars.dropFirst()
      }
      while let c = scalars.first, c == " " || c == "-" || c == "+" || c == "•" {
        scalars = scalars.dropFirst()
      }
      item = trimmed(String(scalars))
      // "ông Nguyễn Văn Tường (SN 1909, nguyên quán: xã Minh Lộc)": the parenthesis is its detail.
      var detail: String?
      if let open = item.firstIndex(of: "("), let close = item[open...].firstIndex(of: ")") {
        let inside = trimmed(String(item[item.index(after: open)..<close]))
        if !inside.isEmpty { detail = inside }
        item = trimmed(
          collapseWhitespace(String(item[..<open]) + String(item[item.index(after: close)...])))
      }
      guard !item.isEmpty, item.first?.isUppercase == true || item.first?.isLowercase == true else {
        continue
      }
      let before = result.count
      defer { if let detail, result.count > before { result[result.count - 1].detail = detail } }
      if isHousehold(item) {
        result.append(Recipient(name: item, kind: .household))
      } else if withoutResidence(item) != item {
        result.append(Recipient(name: withoutResidence(item), kind: .individual))
      } else if let person = People.mentions(in: item).first,
        item.distance(from: item.startIndex, to: person.range.lowerBound) <= 1
      {
        result.append(
          Recipient(
            name: person.name, kind: .individual,
            positions: withoutPersonalDetails(person.positions)
          ))
      } else if item.first?.isUppercase == true {
        // "Binh đoàn 15 thuộc Bộ Quốc phòng": the unit, not what it belongs to.
        if let range = item.range(of: " thuộc "),
          item[range.upperBound...].first?.isUppercase == true
        {
          item = trimmed(String(item[..<range.lowerBound]))
        }
        result.append(Recipient(name: item, kind: .collective))
      }
    }
    return result
  }

  // MARK: Reason

  /// Where the reason starts after `from`: after "vì" / "vì:", or at "đã có thành tích"…
  func reasonStart(in sentence: Sentence, from: Int) -> Int? {
    var best: Int?
    for word in reasonStarts {
      guard let at = sentence.find(word, from: from) else { continue }
      // "Vì" with a capital inside a name ("Kỷ niệm chương Vì sự nghiệp …") is not a reason.
      if word == Array("vì".unicodeScalars), sentence.chars[at] == "V" { continue }
      if best == nil || at < best! { best = at }
    }
    return best
  }

  func reason(in sentence: Sentence, from: Int) -> String? {
    reasonSpan(in: sentence, from: from)?.text
  }

  /// Where the reason after `from` stands in the sentence (its text is `reason(in:from:)`).
  func reasonSpan(in sentence: Sentence, from: Int) -> ReasonSpan? {
    let list = listStart(sentence, from: from) ?? sentence.count
    let clauseEnd = sentence.next([";"], from: from)
    guard var start = reasonStart(in: sentence, from: from), start < list, start < clauseEnd
    else { return nil }
    // "… cho Thông tấn xã Việt Nam do có bề dày truyền thống, …": the reason after "do".
    if sentence.has(ph("do có"), at: start) { start = sentence.skipSpaces(start + 2) }
    if sentence.has(Array("vì".unicodeScalars), at: start) {
      start += 2
      if start < sentence.count, sentence.chars[start] == ":" { start += 1 }
      start = sentence.skipSpaces(start)
    }
    var end = clauseEnd
    // A parenthesis or a decision reference closes the reason.
    if let paren = sentence.first("(", from: start), paren < end { end = paren }
    if let cut = sentence.find(Array("theo quyết định".unicodeScalars), from: start, to: end) {
      end = cut
    }
    guard !sentence.isBlank(start, end) else { return nil }
    return ReasonSpan(sentence: sentence, start: start, end: end)
  }

  // MARK: Decision

  /// The decision of the sentence: a "Quyết định" number, its date (after the number, or at the
  /// head of a sentence where someone "ký" it) and its issuer ("của …" or the signer).
  func decision(in sentence: Sentence, formIndex: Int, forms: [AwardFormMention]) -> Decision? {
    // The decisions' numbers and their owners depend on the sentence and its forms alone: they
    // are worked out once for all the forms of the sentence.
    let (numbers, owners) = decisionOwners(in: sentence, forms: forms)
    if let first = owners.firstIndex(of: formIndex) {
      return decision(in: sentence, number: numbers[first])
    }
    // "Quyết định số … tặng Cờ thi đua … cho 5 tập thể và Bằng khen … cho 10 cá nhân": one
    // decision that confers the forms after it, up to the next number.
    let formStart = sentence.offset(forms[formIndex].range.lowerBound)
    guard
      let last = numbers.lastIndex(where: { sentence.offset($0.range.upperBound) <= formStart }),
      let owner = owners[last], owner < formIndex,
      sentence.offset(forms[owner].range.lowerBound)
        >= sentence.offset(numbers[last].range.upperBound)
    else { return nil }
    return decision(in: sentence, number: numbers[last])
  }

  /// The numbers of the sentence's decisions and the form each belongs to (`owner(of:…)`),
  /// kept with the sentence for the forms they were worked out for.
  func decisionOwners(in sentence: Sentence, forms: [AwardFormMention]) -> (
    numbers: [DocumentNumberMention], owners: [Int?]
  ) {
    let ranges = forms.map(\.range)
    if let kept = sentence.memo.decisionOwners, kept.forms == ranges {
      return (kept.numbers, kept.owners)
    }
    let numbers = sentence.documentNumbers.filter { mention in
      mention.documentKind == "quyết định" || mention.number.typeCode == "QĐ"
    }
    let owners = numbers.map { owner(of: $0, in: sentence, forms: forms) }
    sentence.memo.decisionOwners = (ranges, numbers, owners)
    return (numbers, owners)
  }

  /// The decision of a number: its date right after it, its issuer ("của …" after it, or the
  /// subject that "ký / ban hành" it).
  func decision(in sentence: Sentence, number: DocumentNumberMention) -> Decision {
    let numberStart = sentence.offset(number.range.lowerBound)
    var after = sentence.offset(number.range.upperBound)
    var date: Day?
    let dates = sentence.dates(reference: reference)
    if let next = dates.first(where: {
      let s = sentence.offset($0.range.lowerBound)
      return s >= after && s - after <= 3
    }) {
      date = Day(next.date)
      after = sentence.offset(next.range.upperBound)
    }
    var issuer: String?
    let k = sentence.skipSpaces(after)
    if sentence.has(Array("của".unicodeScalars), at: k) {
      let start = sentence.skipSpaces(k + 3)
      var end = sentence.next([",", ";", "(", ")", "."], from: start)
      for stop in ["về", "tặng", "vì", "cho", "trao", "truy tặng", "công nhận"] {
        if let cut = sentence.find(ph(stop), from: start, to: end) { end = cut }
      }
      let text = sentence.slice(start, end)
      if !text.isEmpty { issuer = text }
    }
    let signer = [Array("ký".unicodeScalars), Array("ban hành".unicodeScalars)].compactMap {
      sentence.findLast($0, before: numberStart)
    }.max()
    if let signed = signer {
      var start = signed
      while start > 0, sentence.chars[start - 1] != "," { start -= 1 }
      var end = signed
      for adverb in ["đã", "vừa", "mới"] {
        if let cut = sentence.find(ph(adverb), from: start, to: end) { end = cut }
      }
      let text = sentence.slice(start, end)
      if issuer == nil, !text.isEmpty, text.first?.isUppercase == true { issuer = text }
      if date == nil,
        let head = dates.last(where: { sentence.offset($0.range.upperBound) <= start })
      {
        date = Day(head.date)
      }
    }
    return Decision(number: number.number.raw, date: date, issuer: issuer.map(withoutPersonName))
  }

  /// The form a decision number belongs to: the form before it when the number is in
  /// parentheses or no verb leads from it to the next form ("… Cờ thi đua … theo Quyết định
  /// số …"); the next form when a verb does ("Quyết định số … tặng Bằng khen …").
  func owner(of number: DocumentNumberMention, in sentence: Sentence, forms: [AwardFormMention])
    -> Int?
  {
    let start = sentence.offset(number.range.lowerBound)
    let end = sentence.offset(number.range.upperBound)
    let before = forms.lastIndex { sentence.offset($0.range.upperBound) <= start }
    let after = forms.firstIndex { sentence.offset($0.range.lowerBound) >= end }
    // Inside parentheses: the nearest parenthesis before the number opens one.
    let inParentheses = sentence.parenthesisBefore(start).map { sentence.chars[$0] == "(" } ?? false
    if inParentheses, let before { return before }
    if let after {
      let next = sentence.offset(forms[after].range.lowerBound)
      if grantVerbs.contains(where: { sentence.find($0, from: end, to: next) != nil }) {
        return after
      }
    }
    return before ?? after
  }

  // MARK: Merging

  /// How many awards of the draft's form, the latest first, a new draft is compared with. A
  /// page tells an award again close to where it told it first (pages hold a handful of awards
  /// of one form); past that bound, comparing each draft with every earlier award of its form
  /// would take time quadratic in the page (a page of 100,000 conferrals of one form).
  static let mergeWindow = 64

  /// The passive verb of a form that is the subject of its counted recipients: "Giải thưởng Phụ
  /// nữ Việt Nam năm 2025 có 3 tập thể, 12 cá nhân được vinh danh" (the form, its year, "có N
  /// …", a passive verb of `formSubjectVerbs` before the clause ends).
  func countedAfterForm(_ sentence: Sentence, formEnd: Int) -> Int? {
    var at = sentence.skipSpaces(formEnd)
    if sentence.has(ph("năm"), at: at) {
      let year = sentence.skipSpaces(at + 3)
      var k = year
      while k < sentence.count, sentence.chars[k].isNumber { k += 1 }
      guard k - year == 4 else { return nil }
      at = sentence.skipSpaces(k)
    }
    guard sentence.has(ph("có"), at: at) else { return nil }
    let count = sentence.skipSpaces(at + 2)
    guard count < sentence.count, sentence.chars[count].isNumber else { return nil }
    let end = min(sentence.next([";", "."], from: count), count + 80)
    return formSubjectVerbs.compactMap { sentence.find($0, from: count, to: end) }.min()
  }

  /// Whether a sentence opening with "Trong đó" counts a share with "có N" before its first
  /// award form ("Trong đó, Khánh Hòa có hai nhà giáo được tặng danh hiệu Nhà giáo Ưu tú …").
  func countsAShare(_ sentence: Sentence) -> Bool {
    guard countedSubsetOpeners.contains(where: { sentence.has($0, at: sentence.skipSpaces(0)) })
    else { return false }
    let formStart =
      sentence.forms.first.map {
        sentence.offset($0.range.lowerBound)
      } ?? sentence.count
    var from = 0
    while let has = sentence.find(ph("có"), from: from, to: formStart) {
      let next = sentence.skipSpaces(has + 2)
      if next < sentence.count,
        sentence.chars[next].isNumber
          || numberWords.contains(where: { sentence.has($0.0, at: next) })
      {
        return true
      }
      from = has + 2
    }
    return false
  }

  /// Whether two forms are the same award: the same code of the vocabulary, or for a form
  /// outside it ("other") the same name, case aside ("giải thưởng Phụ nữ Việt Nam").
  func sameForm(_ a: AwardForm, _ b: AwardForm) -> Bool {
    a.code == b.code && (a.code != .other || a.name.lowercased() == b.name.lowercased())
  }

  /// The award a new draft repeats: same form, and no conflicting decision.
  ///
  /// - Parameters:
  ///   - draft: the draft just read.
  ///   - awards: the awards so far.
  ///   - sameForm: the indices of `awards` whose form code is the draft's, in order.
  func mergeIndex(_ draft: AwardDraft, into awards: [AwardDraft], sameForm: [Int]) -> Int? {
    if draft.decision == nil, !hasCounts(draft.recipients) {
      // A bare form with no giver of its own ("Tập thể được tặng Bằng khen là …", "Các cá nhân
      // được tặng Bằng khen là …") written as the last award's form names that award's people.
      if let last = awards.last, last.form.code != .other, draft.form.code == .other,
        MatchingKey(last.form.name).exact == MatchingKey(draft.form.name).exact
      {
        return awards.count - 1
      }
      // A list of the recipients of an award given just before; not another conferral of the
      // same form to other people.
      if let last = awards.last, last.form.code == draft.form.code, last.form.code != .other {
        let names = Set(last.recipients.named.map { MatchingKey($0.name).exact })
        let other = Set(draft.recipients.named.map { MatchingKey($0.name).exact })
        if names.isEmpty || other.isEmpty || !names.isDisjoint(with: other) || draft.listed {
          return awards.count - 1
        }
      }
    }
    guard draft.form.code != .other else { return nil }
    return sameForm.suffix(Self.mergeWindow).last { index in
      let existing = awards[index]
      // "trao … cho mẹ Võ Thị Đào … và truy tặng danh hiệu … cho 10 mẹ đã mất": in one sentence,
      // the same form to the living and after death is two conferrals.
      if existing.sentenceIndex == draft.sentenceIndex, existing.posthumous != draft.posthumous {
        return false
      }
      if let a = existing.decision?.number, let b = draft.decision?.number { return a == b }
      // Other counts are other conferrals; the same counts, named in one telling and not in
      // the other ("cho 4 Mẹ. Các Mẹ gồm: …", then "cho thân nhân 4 Mẹ"), are the same.
      let a = existing.recipients
      let b = draft.recipients
      if hasCounts(a), hasCounts(b),
        a.collectives != b.collectives || a.individuals != b.individuals
          || a.households != b.households
      {
        return false
      }
      let names = existing.recipients.named.map { MatchingKey($0.name).exact }
      let other = draft.recipients.named.map { MatchingKey($0.name).exact }
      if !names.isEmpty, !other.isEmpty,
        !names.contains(where: { a in other.contains { b in sameUnitName(a, b) } })
      {
        return false
      }
      return true
    }
  }

  /// Whether two matching keys name one recipient: the same, or a unit named again with its
  /// kind before the name ("vingroup" and "tập đoàn vingroup").
  func sameUnitName(_ a: String, _ b: String) -> Bool {
    a == b || a.hasSuffix(" " + b) || b.hasSuffix(" " + a)
  }

  func merge(_ draft: AwardDraft, into existing: inout AwardDraft) {
    if existing.decision == nil { existing.decision = draft.decision }
    if !existing.hasReason { existing.takeReason(of: draft) }
    if existing.recipients.collectives == nil {
      existing.recipients.collectives = draft.recipients.collectives
    }
    if existing.recipients.individuals == nil {
      existing.recipients.individuals = draft.recipients.individuals
    }
    if existing.recipients.households == nil {
      existing.recipients.households = draft.recipients.households
    }
    for recipient in draft.recipients.named { append(recipient, to: &existing.recipients) }
    if draft.form.name.count > existing.form.name.count,
      draft.form.name.hasPrefix(existing.form.name)
    {
      existing.form.name = draft.form.name
    } else if draft.form.name.lowercased() == existing.form.name.lowercased(),
      existing.form.name.first?.isLowercase == true, draft.form.name.first?.isUppercase == true
    {
      // "trao huân chương Dũng cảm cho thân nhân …", then "truy tặng Huân chương Dũng cảm":
      // the form named again with its capital, as its name is written.
      existing.form.name = draft.form.name
    }
  }
}

extension String {
  /// The text without the spaces it starts with.
  var trimmingLeadingSpaces: String {
    String(drop { $0 == " " })
  }
}

/// "Chủ nhiệm Ủy ban Đối ngoại của QH Nguyễn Văn Giàu": a person named after the title, the
/// title as the position; nil when the text does not end with a name.
func personAfterTitle(_ text: String) -> Recipient? {
  let words = text.split(separator: " ").map(String.init)
  for length in stride(from: min(4, words.count - 1), through: 2, by: -1) {
    let name = words.suffix(length).joined(separator: " ")
    guard isPersonName(name) else { continue }
    // "… quận Hoàng Mai Bùi Duy Khanh": a place's last word that is also a family name ("Mai")
    // is no part of the name when the next word starts a name too.
    if length == 4, People.isFamilyName(words[words.count - 3]),
      isPersonName(words.suffix(3).joined(separator: " "))
    {
      continue
    }
    let title = words.dropLast(length).joined(separator: " ")
    guard let first = title.unicodeScalars.first, first.isUppercase else { return nil }
    return Recipient(name: name, kind: .individual, positions: [title])
  }
  return nil
}

/// "Hộ ông Nguyễn Văn A", "Gia đình bà Trần Thị B", "hộ gia đình ông C": a household named by
/// its head.
func isHousehold(_ text: String) -> Bool {
  let lower = text.lowercased()
  for head in ["hộ gia đình ", "gia đình ", "hộ "] where lower.hasPrefix(head) {
    let rest = lower.dropFirst(head.count)
    return ["ông ", "bà ", "anh ", "chị ", "cụ "].contains { rest.hasPrefix($0) }
      || text.unicodeScalars.dropFirst(head.unicodeScalars.count).first?.isUppercase == true
  }
  return false
}

/// Header cells of recipient tables.
let tableHeaders: Set<String> = [
  "stt", "tt", "số tt", "họ và tên", "họ tên", "tên tập thể", "tên đơn vị", "tập thể", "cá nhân",
  "chức vụ", "đơn vị", "chức vụ, đơn vị",
]

/// Whether a text is a person's name alone: two to five capitalised words, the first a family
/// name ("Nguyễn Văn Hiếu").
func isPersonName(_ text: String) -> Bool {
  let words = text.split(separator: " ").map(String.init)
  // A family name of the list, or one outside it before the middle names "Thị" / "Văn" ("Tòng
  // Thị Phóng", "Lò Văn Giàng").
  guard words.count >= 2, words.count <= 5,
    People.isFamilyName(words[0])
      || (words.count >= 3 && ["thị", "văn"].contains(words[1].lowercased()))
  else { return false }
  return words.allSatisfy { word in
    guard let first = word.unicodeScalars.first, first.isUppercase else { return false }
    return word.unicodeScalars.dropFirst().allSatisfy { !$0.isUppercase }
  }
}

/// The text without parenthesised remarks ("Cục Trồng trọt (Bộ …)" → "Cục Trồng trọt").
func withoutParentheses(_ text: String) -> String {
  var result = ""
  var depth = 0
  for c in text {
    if c == "(" {
      depth += 1
    } else if c == ")" {
      depth = max(0, depth - 1)
    } else if depth == 0 {
      result.append(c)
    }
  }
  return trimmed(collapseWhitespace(result))
}

/// Nouns of the kinds of recipients that name no one ("Tập thể được tặng Bằng khen là …"), as
/// matching keys.
let genericRecipientNouns: Set<String> = Set(
  [
    "tập thể", "các tập thể", "cá nhân", "các cá nhân", "đơn vị", "các đơn vị", "hộ gia đình",
    "các hộ gia đình", "gia đình", "các gia đình",
  ].map { MatchingKey($0).exact })
