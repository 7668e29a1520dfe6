// Events a page reports, read from any sentence of its lead and body: an event head (an event
// noun such as "Hội nghị", "Đại hội", "Lễ", "buổi lễ", or "tổ chức" followed by an event verb
// such as "sơ kết", "phát động", "kỷ niệm"), an event phrase after it that is about emulation or
// awards ("… thi đua …", "… đón nhận Huân chương …"), and a sign that it took place (a verb such
// as "tổ chức", "diễn ra", "dự", "khai mạc", "tại hội nghị", or a day). Plans, preparations,
// requests, greetings of an event ("dự kiến", "chuẩn bị", "đề nghị … tổ chức", "chào mừng Đại
// hội …") and working sessions about awards ("xét thưởng", "giao ban") are not events.

import VietText

/// The grammar of event sentences, as word lists (lower-case).
enum EventGrammar {
  /// Nouns that name an event.
  static let nouns: [[Unicode.Scalar]] = [
    "hội nghị", "đại hội", "buổi lễ", "lễ", "lễ mít tinh", "buổi gặp mặt", "chương trình",
  ].map(ph)

  /// "tổ chức" and the like followed directly by one of `kindVerbs` head an event without a
  /// noun: "Cụm thi đua tổ chức sơ kết …", "Trường tổ chức kỷ niệm 25 năm …".
  static let holdVerbs: [[Unicode.Scalar]] = [
    "tổ chức", "long trọng tổ chức", "trang trọng tổ chức", "đã tổ chức",
  ].map(ph)

  /// Event verbs that can follow a hold verb.
  static let kindVerbs: [[Unicode.Scalar]] = [
    "sơ kết", "tổng kết", "phát động", "kỷ niệm", "đón nhận", "ký kết", "biểu dương",
    "tuyên dương", "tôn vinh", "trao", "trao tặng", "gặp mặt",
  ].map(ph)

  /// Words of the event phrase that make it an emulation or award event.
  static let subjectWords: [[Unicode.Scalar]] = [
    "thi đua", "khen thưởng", "sơ kết", "tổng kết", "phát động", "giao ước", "đón nhận",
    "kỷ niệm", "biểu dương", "tuyên dương", "tôn vinh", "vinh danh",
    "huân chương", "bằng khen", "giấy khen", "kỷ niệm chương", "danh hiệu", "anh hùng",
    "điển hình", "tđkt",
  ].map(ph)

  /// Words that make an event phrase about emulation or awards on their own; a second event of
  /// a page needs one ("Cùng ngày, … tổ chức Hội nghị tổng kết công tác phòng chống thiên tai"
  /// is another review, not another emulation event).
  static let strongSubjectWords: [[Unicode.Scalar]] = [
    "thi đua", "khen thưởng", "giao ước", "đón nhận", "biểu dương", "tuyên dương", "tôn vinh",
    "vinh danh", "huân chương", "bằng khen", "giấy khen", "kỷ niệm chương", "danh hiệu",
    "anh hùng", "điển hình", "tđkt",
  ].map(ph)

  /// Signs in the sentence that the event took place.
  static let occurrenceWords: [[Unicode.Scalar]] = [
    "tổ chức", "diễn ra", "khai mạc", "bế mạc", "dự", "tham dự", "tới dự", "đến dự", "chủ trì",
    "đăng cai", "long trọng", "trang trọng", "vừa qua", "vừa", "đã diễn ra", "được tổ chức",
    "tại hội nghị", "tại buổi lễ", "tại lễ", "tại đại hội", "phát biểu", "trao", "trao tặng",
  ].map(ph)

  /// Occurrence words that place something at the event ("tại hội nghị").
  static let atEventWords: [[Unicode.Scalar]] = [
    "tại hội nghị", "tại buổi lễ", "tại lễ", "tại đại hội",
  ].map(ph)

  /// Words that refer back to the ceremony a page reports.
  static let ceremonyReferences: [[Unicode.Scalar]] = ["tại buổi lễ"].map(ph)

  /// Ceremonies of other kinds, within which an award may be presented.
  static let otherCeremonies: [[Unicode.Scalar]] = [
    "lễ khởi công", "lễ khánh thành", "lễ động thổ", "lễ thông xe", "lễ gắn biển",
  ].map(ph)

  /// Words of an event phrase that make it a ceremony when no other event word does
  /// ("Hội nghị tôn vinh điển hình tiên tiến", "Lễ vinh danh").
  static let ceremonyWords: [[Unicode.Scalar]] = [
    "tôn vinh", "vinh danh", "trao tặng", "trao thưởng", "điển hình tiên tiến", "đón nhận",
    "trao",
  ].map(ph)

  /// Words in the sentence that make the event a plan rather than something that happened.
  static let planWords: [[Unicode.Scalar]] = [
    "dự kiến", "sẽ", "chuẩn bị", "trù bị", "theo kế hoạch", "theo chương trình",
    // A document about holding it ("ban hành Kế hoạch số 263/KH-UBND về việc tổ chức lễ phát
    // động …"): the event is still to come.
    "về việc tổ chức",
  ].map(ph)

  /// Words before an event head that make it a request ("đề nghị các đơn vị tổ chức trao tặng").
  static let requestWords: [[Unicode.Scalar]] = [
    "đề nghị", "yêu cầu", "đề xuất", "hướng dẫn", "chỉ đạo các", "giao các", "cần",
  ].map(ph)

  /// Words of an event phrase that make it a working session about awards rather than an
  /// emulation or award event ("hội nghị xét thưởng thành tích tổng kết năm 2022", "giao ban").
  static let sessionWords: [[Unicode.Scalar]] = [
    "xét thưởng", "xét khen thưởng", "xét duyệt", "bình xét", "xét tặng", "thẩm định", "giao ban",
    "cho ý kiến", "góp ý", "rà soát", "họp xét", "chấm điểm", "lấy ý kiến",
  ].map(ph)

  /// Words just before an event noun that make it the object of something else ("chào mừng
  /// Đại hội …", "hướng tới Đại hội …").
  static let objectCues: [[Unicode.Scalar]] = [
    "chào mừng", "hướng tới", "tiến tới", "phục vụ", "chuẩn bị cho", "chuẩn bị",
    "tổ chức thành công", "nội dung tổ chức", "việc tổ chức", "công tác tổ chức",
    "kế hoạch tổ chức", "phương án tổ chức", "để tổ chức",
  ].map(ph)

  /// Verbs of a covenant that, right after "phát động" (alone, after a comma or "và"), make the
  /// launch a covenant: "Hội nghị phát động, ký kết giao ước thi đua", "phát động ký kết thi
  /// đua năm 2024".
  static let covenantVerbs: [[Unicode.Scalar]] = [
    "ký kết", "ký giao ước", "giao ước",
  ].map(ph)

  /// Words that join a launch to the covenant after it (besides a comma).
  static let covenantJoins: [[Unicode.Scalar]] = ["và", "&"].map(ph)

  /// A prize is an award of emulation when it honours exemplary units or people ("lễ trao giải
  /// thưởng Chi hội phụ nữ tiêu biểu"), not a contest's or a match's prize.
  static let prizeWords: [[Unicode.Scalar]] = ["giải thưởng"].map(ph)

  /// Words after a prize that make it one for exemplary units or people.
  static let exemplarWords: [[Unicode.Scalar]] = [
    "tiêu biểu", "tiên tiến", "điển hình", "gương mẫu",
  ].map(ph)

  /// Openers of a sentence that report another event than the one before.
  static let newEventOpeners: [[Unicode.Scalar]] = [
    "cùng ngày", "sáng cùng ngày", "chiều cùng ngày", "tối cùng ngày", "trước đó", "tiếp đó",
    "sau đó", "cũng trong ngày", "cũng trong sáng", "cũng trong chiều", "ngày hôm sau",
  ].map(ph)

  /// Verbs that confer an award in person. A sentence of the first ones that gives a day and a
  /// place reports the ceremony without naming it ("Sáng 10/1, tại Nhà hát Lớn Hà Nội, 479
  /// nghệ sĩ đã được Nhà nước phong tặng danh hiệu Nghệ sĩ Nhân dân").
  static let conferralVerbs: [[Unicode.Scalar]] = [
    "phong tặng", "trao tặng", "truy tặng", "gắn huy hiệu", "đón nhận",
  ].map(ph)

  /// Words that make a conferral sentence a document or a proposal, not a ceremony.
  static let documentWords: [[Unicode.Scalar]] = [
    "quyết định", "ký", "đề nghị", "xét tặng", "lấy ý kiến", "tờ trình", "hồ sơ",
  ].map(ph)

  /// Verbs of presenting an award that name an event in a title ("Trao tặng Huân chương …").
  static let presentationVerbs: [[Unicode.Scalar]] = ["trao"].map(ph)

  /// Words that give the place of an event ("tại Nhà hát Lớn Hà Nội").
  static let placeWords: [[Unicode.Scalar]] = ["tại"].map(ph)

  /// How many sentences of the lead and body open the page's report.
  static let openingSentences = 3

  /// Words that begin units; comma-separated unit names before "tổ chức" name one organiser.
  static let unitHeads: [[Unicode.Scalar]] =
    TitleVocabulary.unitHeads.map(ph)
    + [
      "công ty", "tổng công ty", "binh chủng", "quân chủng", "bộ tư lệnh", "đảng ủy", "đảng uỷ",
    ].map(ph)

  /// Words that end the written name of an event phrase.
  static let phraseStops: [[Unicode.Scalar]] = [
    "diễn ra", "được tổ chức", "tổ chức", "tại", "vào", "với", "nhằm", "có sự", "dưới sự", "do",
    "đã", "cho", "có", "trên",
  ].map(ph)
}

extension Sentence {
  /// Whether a covenant verb follows the launch verb that ends at `end`, directly, after a comma
  /// or after "và": the launch is the signing of a covenant.
  func launchIsCovenant(after end: Int) -> Bool {
    var j = skipSpaces(end)
    if j < count, chars[j] == "," {
      j = skipSpaces(j + 1)
    } else if let join = EventGrammar.covenantJoins.first(where: { has($0, at: j) }) {
      j = skipSpaces(j + join.count)
    }
    return EventGrammar.covenantVerbs.contains { has($0, at: j) }
  }

  /// Whether a prize for exemplary units or people is named between `from` and `to`.
  func namesExemplarPrize(from: Int, to: Int) -> Bool {
    for prize in EventGrammar.prizeWords {
      guard let at = find(prize, from: from, to: to) else { continue }
      if EventGrammar.exemplarWords.contains(where: {
        find($0, from: at + prize.count, to: to) != nil
      }) {
        return true
      }
    }
    return false
  }
}

/// One event reported by a sentence.
struct EventMention {
  /// Index of the sentence in `PageText.body`.
  let index: Int
  let sentence: Sentence
  /// Where the event head starts.
  let head: Int
  /// Where the event phrase ends (exclusive).
  let phraseEnd: Int
  let kind: Conference.Kind
  /// Whether the sentence opens with a word that announces another event.
  let opensNewEvent: Bool
  /// Whether the sentence reports the conferral itself, without an event noun: the people the
  /// page names are then its recipients, unless an action of theirs is stated.
  var byConferral = false

  /// The event as written: from the head to the first stop, first letter upper-case.
  var name: String {
    var end = phraseEnd
    var from = sentence.skipSpaces(sentence.wordEnd(head))
    // Skip the head noun itself ("Lễ", "Hội nghị").
    for noun in EventGrammar.nouns where sentence.has(noun, at: head) {
      from = max(from, head + noun.count)
    }
    for stop in EventGrammar.phraseStops {
      if let at = sentence.find(stop, from: from, to: end), at < end { end = at }
    }
    for mark: Unicode.Scalar in ["(", ","] {
      if let at = sentence.chars[head..<end].firstIndex(of: mark) { end = min(end, at) }
    }
    // A day written after the name ("… năm 2025 chiều 9/1") ends it; any reference finds the
    // short forms.
    let anyDay = DayDate(year: 2000, month: 1, day: 1)
    for date in sentence.dates(reference: anyDay) {
      let at = sentence.offset(date.range.lowerBound)
      if at > from, at < end { end = at }
    }
    var text = sentence.slice(head, end)
    if let first = text.unicodeScalars.first, first.isLowercase {
      let upper = String(first).uppercased()
      text = upper + String(text.unicodeScalars.dropFirst())
    }
    return text
  }
}

/// Finds the events of a page, one scan of each sentence.
struct EventFinder {
  let page: PageText
  let reference: DayDate?

  /// Every event mention of the lead and body, in reading order.
  func mentions() -> [EventMention] {
    var result: [EventMention] = []
    for (index, sentence) in page.body.enumerated() {
      if let mention = mention(in: sentence, index: index) { result.append(mention) }
    }
    return result
  }

  /// The first event the sentence reports.
  func mention(in sentence: Sentence, index: Int) -> EventMention? {
    guard
      sentence.contains(any: EventGrammar.subjectWords)
        || sentence.namesExemplarPrize(from: 0, to: sentence.count)
    else { return nil }
    var i = 0
    let n = sentence.count
    while i < n {
      // Heads start words.
      if i > 0, sentence.lower[i - 1].isLetter || sentence.lower[i - 1].isNumber {
        i += 1
        continue
      }
      if let head = headLength(sentence, at: i) {
        if isReference(sentence, head: i, length: head) {
          i += head
          continue
        }
        let end = phraseEnd(sentence, from: i + head)
        if isAboutEmulation(sentence, from: i, to: end), !isObject(sentence, at: i),
          !isPlan(sentence, before: end), !isRequest(sentence, before: i), tookPlace(sentence)
        {
          var kind = kindOf(sentence, head: i, end: end)
          // "Lễ trao được tổ chức tại Đại hội Thi đua yêu nước …": a ceremony held within a
          // larger event is part of it.
          if let at = sentence.find(ph("tại"), from: i + head, to: end) {
            let inner = sentence.skipSpaces(at + 3)
            if let innerHead = headLength(sentence, at: inner),
              EventGrammar.nouns.contains(where: { sentence.has($0, at: inner) })
            {
              let innerEnd = phraseEnd(sentence, from: inner + innerHead)
              let innerKind = kindOf(sentence, head: inner, end: innerEnd)
              if innerKind != .other, isAboutEmulation(sentence, from: inner, to: innerEnd) {
                kind = innerKind
              }
            }
          }
          let opens = EventGrammar.newEventOpeners.contains { sentence.has($0, at: 0) }
          return EventMention(
            index: index, sentence: sentence, head: i, phraseEnd: end, kind: kind,
            opensNewEvent: opens)
        }
        i += head
        continue
      }
      i += 1
    }
    return nil
  }

  /// The ceremony an opening sentence reports without an event noun: a conferral verb followed
  /// by the name of an award, a day of the event and a place ("tại" and a capitalised name), and
  /// no word of a document, a proposal or a plan.
  func conferralCeremony() -> EventMention? {
    // "Tại buổi lễ, …", "Phát biểu tại buổi lễ, …": the page speaks of the ceremony it reports,
    // so the conferral needs no day or place of its own.
    let refersToCeremony = page.body.contains { $0.contains(any: EventGrammar.ceremonyReferences) }
    for (index, sentence) in page.body.prefix(EventGrammar.openingSentences).enumerated() {
      guard
        let verb = EventGrammar.conferralVerbs.compactMap({ sentence.find($0) }).min(),
        EventGrammar.strongSubjectWords.contains(where: { sentence.find($0, from: verb) != nil }),
        !sentence.contains(any: EventGrammar.documentWords),
        // "trong khuôn khổ buổi lễ khởi công, khánh thành 250 dự án …": the conferral is part
        // of another kind of ceremony, no emulation event.
        !sentence.contains(any: EventGrammar.otherCeremonies),
        !isPlan(sentence, before: sentence.count),
        refersToCeremony
          || hasPlace(sentence)
            // Any reference finds a day without a year ("Sáng 10/1") on a page without a date.
            && Dates.mentions(
              in: sentence.text, reference: reference ?? DayDate(year: 2000, month: 1, day: 1)
            ).contains(where: \.isEventPhrase)
      else { continue }
      return EventMention(
        index: index, sentence: sentence, head: verb, phraseEnd: sentence.count, kind: .ceremony,
        opensNewEvent: false, byConferral: true)
    }
    return nil
  }

  /// Whether the sentence names a place: "tại" followed by a capitalised word.
  func hasPlace(_ sentence: Sentence) -> Bool {
    var from = 0
    while let at = sentence.find(ph("tại"), from: from) {
      let next = sentence.skipSpaces(at + 3)
      if next < sentence.count, sentence.chars[next].properties.isUppercase { return true }
      from = at + 3
    }
    return false
  }

  /// Whether the words naming the event hold a word about emulation or awards of their own.
  func isStrong(_ mention: EventMention) -> Bool {
    let end = nameEnd(mention.sentence, from: mention.head, to: mention.phraseEnd)
    return EventGrammar.strongSubjectWords.contains {
      mention.sentence.find($0, from: mention.head, to: end) != nil
    }
  }

  /// Whether the event noun only refers back to the page's event: "Tại Hội nghị các đại biểu
  /// …", "tại hội nghị, …" (a bare noun after "tại", not "tại Đại hội Thi đua yêu nước …").
  func isReference(_ sentence: Sentence, head: Int, length: Int) -> Bool {
    guard EventGrammar.nouns.contains(where: { sentence.has($0, at: head) }) else { return false }
    guard let at = sentence.findLast(ph("tại"), before: head, after: max(0, head - 5)),
      sentence.skipSpaces(at + 3) == head
    else { return false }
    let next = sentence.skipSpaces(head + length)
    guard next < sentence.count, sentence.chars[next].isLetter else { return true }
    if sentence.chars[next].isUppercase { return false }
    return !EventGrammar.subjectWords.contains { sentence.has($0, at: next) }
      && !eventKinds.contains { sentence.has($0.words, at: next) }
  }

  /// The length of an event head at `i`: an event noun, or a hold verb with an event verb.
  func headLength(_ sentence: Sentence, at i: Int) -> Int? {
    var best: Int?
    for noun in EventGrammar.nouns where sentence.has(noun, at: i) {
      if best == nil || noun.count > best! { best = noun.count }
    }
    if let best {
      // "chương trình" names an event only before an event verb ("Chương trình tuyên dương").
      if sentence.has(ph("chương trình"), at: i) {
        let after = sentence.skipSpaces(i + best)
        guard EventGrammar.kindVerbs.contains(where: { sentence.has($0, at: after) }) else {
          return nil
        }
      }
      // "lễ" inside "lễ hội", "nghi lễ" is no event head.
      if sentence.has(ph("lễ hội"), at: i) { return nil }
      return best
    }
    for verb in EventGrammar.holdVerbs where sentence.has(verb, at: i) {
      let after = sentence.skipSpaces(i + verb.count)
      if EventGrammar.kindVerbs.contains(where: { sentence.has($0, at: after) }) {
        return after - i
      }
    }
    return nil
  }

  /// The end of the event phrase after its head: the end of the sentence, a ";", or 30 words.
  func phraseEnd(_ sentence: Sentence, from start: Int) -> Int {
    var words = 0
    var j = start
    while j < sentence.count {
      let c = sentence.chars[j]
      if c == ";" { return j }
      if c == ".", j + 1 < sentence.count, sentence.chars[j + 1] == " " { return j }
      if c == " " {
        words += 1
        if words > 30 { return j }
      }
      j += 1
    }
    return j
  }

  /// Whether the words of the event phrase are about emulation or awards, and not those of a
  /// working session that considers them.
  func isAboutEmulation(_ sentence: Sentence, from: Int, to: Int) -> Bool {
    let end = nameEnd(sentence, from: from, to: to)
    if EventGrammar.sessionWords.contains(where: { sentence.find($0, from: from, to: end) != nil })
    {
      return false
    }
    return EventGrammar.subjectWords.contains { sentence.find($0, from: from, to: end) != nil }
      || sentence.namesExemplarPrize(from: from, to: end)
  }

  /// The end of the words that name the event: the first comma, unless it joins emulation words.
  func nameEnd(_ sentence: Sentence, from: Int, to: Int) -> Int {
    // The phrase up to the first comma names the event; later clauses describe it.
    var end = to
    if let comma = sentence.chars[from..<to].firstIndex(of: ","), comma > from {
      // "Hội nghị tổng kết công tác thi đua, khen thưởng": a comma right after an emulation
      // word continues the name.
      end = comma
      let rest = sentence.skipSpaces(comma + 1)
      // "Lễ phong tặng, truy tặng danh hiệu …": so does a comma between two conferral verbs.
      if EventGrammar.subjectWords.contains(where: { sentence.has($0, at: rest) })
        || EventGrammar.conferralVerbs.contains(where: { sentence.has($0, at: rest) })
      {
        end = to
      }
    }
    return end
  }

  /// Whether a plan word comes before the end of the event phrase ("… dự kiến tổ chức Đại hội").
  func isPlan(_ sentence: Sentence, before end: Int) -> Bool {
    EventGrammar.planWords.contains { sentence.find($0, to: end) != nil }
  }

  /// Whether a request word comes before the event head.
  func isRequest(_ sentence: Sentence, before head: Int) -> Bool {
    EventGrammar.requestWords.contains { sentence.find($0, to: head) != nil }
  }

  /// Whether the event noun is the object of a greeting or a preparation.
  func isObject(_ sentence: Sentence, at i: Int) -> Bool {
    let from = max(0, i - 22)
    return EventGrammar.objectCues.contains { cue in
      guard let at = sentence.findLast(cue, before: i, after: from) else { return false }
      return sentence.skipSpaces(at + cue.count) == i
    }
  }

  /// Whether the sentence says the event took place: a verb, a day or a place.
  func tookPlace(_ sentence: Sentence) -> Bool {
    for word in EventGrammar.occurrenceWords {
      var from = 0
      while let at = sentence.find(word, from: from) {
        from = at + word.count
        // "… đón nhận Huân chương … do Chủ tịch nước … trao tặng": the giver of the award,
        // not a presentation that took place.
        // "vinh dự" holds no "dự" (attend); "công tác tổ chức các phong trào" is the work of
        // organising, no event held.
        if word == ph("dự"), at >= 5, sentence.has(ph("vinh dự"), at: at - 5) { continue }
        if word == ph("tổ chức"), at >= 9, sentence.has(ph("công tác"), at: at - 9) { continue }
        // "… được biểu dương tại Đại hội thi đua yêu nước lần này": the event referred to as
        // the place of something else, with no day, is no report that it was held.
        if EventGrammar.atEventWords.contains(word),
          !sentence.dates(reference: reference).contains(where: \.isEventPhrase),
          sentence.findLast(ph("được"), before: at, after: max(0, at - 40)) != nil
        {
          continue
        }
        if word == ph("trao") || word == ph("trao tặng"),
          let agent = sentence.findLast(ph("do"), before: at, after: max(0, at - 60)),
          !sentence.chars[agent..<at].contains(",")
        {
          continue
        }
        // "Bộ Chính trị đã có quyết định trao …": a decision to confer, no presentation.
        if word == ph("trao") || word == ph("trao tặng"),
          sentence.findLast(ph("quyết định"), before: at, after: max(0, at - 12)) != nil
        {
          continue
        }
        return true
      }
    }
    if sentence.dates(reference: reference).contains(where: \.isEventPhrase) {
      return true
    }
    return false
  }

  /// The kind the event phrase names; a ceremony for a bare "lễ", otherwise `other`.
  func kindOf(_ sentence: Sentence, head: Int, end: Int) -> Conference.Kind {
    var best: (Int, Conference.Kind)?
    for (words, kind) in eventKinds {
      guard let at = sentence.find(words, from: head, to: end) else { continue }
      if words == ph("đại hội"), sentence.find(ph("thi đua"), from: at, to: end) == nil {
        continue
      }
      // A bare "lễ" gives way to the event verb after it ("Lễ phát động" is a launch).
      if words == ph("lễ") { continue }
      var kind = kind
      if kind == .launch, sentence.launchIsCovenant(after: at + words.count) { kind = .covenant }
      if best == nil || at < best!.0 { best = (at, kind) }
    }
    if let best { return best.1 }
    if sentence.has(ph("lễ"), at: head) || sentence.has(ph("buổi lễ"), at: head) {
      return .ceremony
    }
    if EventGrammar.ceremonyWords.contains(where: { sentence.find($0, from: head, to: end) != nil })
    {
      return .ceremony
    }
    return .other
  }
}
