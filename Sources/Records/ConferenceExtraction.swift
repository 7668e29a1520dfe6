// The conference or ceremony a page reports: kind from the event words, period, date, venue,
// organiser, provinces, participants, movements and exemplary models.

import PortalPage
import VietText

/// Finds the conferences a page reports: the event its title names when a sentence reports it
/// took place, or the first event a sentence reports, then each other event a sentence reports
/// as a separate one.
struct ConferenceFinder {
  let page: PageText
  let reference: DayDate?
  /// Whether `reference` is the page's own date, which no reported event comes after (not a
  /// period's end or an anniversary that only gives the year).
  var referenceIsPageDate = true

  /// Words of a title that make its event a plan or a preparation, not a report.
  static let titlePlanWords: [[Unicode.Scalar]] = [
    "chuẩn bị", "dự kiến", "sẽ", "kế hoạch", "trù bị", "hướng tới", "tiến tới",
  ].map(ph)

  /// The kind of the event the title names, when it names one as something that happened.
  func titleKind() -> Conference.Kind? {
    if page.title.contains(any: Self.titlePlanWords) { return nil }
    // "Lễ kỷ niệm 70 năm …, Đại hội thi đua yêu nước lần thứ III và đón nhận …": a ceremony
    // held with an emulation congress is the congress.
    if page.title.contains(any: [ph("đại hội thi đua")]),
      earliestKind(in: page.title, from: 0) == .ceremony
    {
      return .congress
    }
    // "Quyết định trao Huân chương Sao vàng tặng …": a title that names a decision names no
    // event.
    if page.title.has(ph("quyết định"), at: page.title.skipSpaces(0)) { return nil }
    return earliestKind(in: page.title, from: 0)
  }

  /// The earliest event word of `sentence` at or after `from`.
  func earliestKind(in sentence: Sentence, from: Int) -> Conference.Kind? {
    var best: (Int, Conference.Kind)?
    for (words, kind) in eventKinds {
      guard let at = sentence.find(words, from: from) else { continue }
      // "Hội thao … chào mừng kỷ niệm 91 năm …": an event greeted, not the one held.
      if EventGrammar.objectCues.contains(where: { cue in
        sentence.findLast(cue, before: at, after: max(0, at - cue.count - 2)) != nil
      }) {
        continue
      }
      if words == Array("trao".unicodeScalars) || words == Array("lễ".unicodeScalars) {
        // "trao" and a bare "lễ" name an event only in a title or after an event noun.
        if sentence.kind != .title, from == 0 { continue }
      }
      if words == Array("phát động".unicodeScalars), sentence.kind != .title,
        sentence.findLast(Array("lễ".unicodeScalars), before: at) == nil,
        sentence.findLast(Array("hội nghị".unicodeScalars), before: at) == nil
      {
        continue
      }
      // A congress of the domain is one of emulation ("Đại hội Thi đua yêu nước"), not a
      // sports festival or a union's congress.
      if words == ph("đại hội"), sentence.find(ph("thi đua"), from: at, to: at + 60) == nil {
        continue
      }
      var kind = kind
      if kind == .launch, sentence.launchIsCovenant(after: at + words.count) { kind = .covenant }
      if best == nil || at < best!.0 { best = (at, kind) }
    }
    return best?.1
  }

  /// Whether a sentence names an emulation congress as one of the events it reports, not as
  /// one greeted or looked forward to ("chào mừng Đại hội …").
  func holdsCongress(_ sentence: Sentence) -> Bool {
    var from = 0
    while let at = sentence.find(ph("đại hội"), from: from) {
      from = at + 7
      if sentence.find(ph("thi đua"), from: at, to: at + 30) == nil { continue }
      if EventGrammar.objectCues.contains(where: { cue in
        sentence.findLast(cue, before: at, after: max(0, at - cue.count - 2)) != nil
      }) {
        continue
      }
      return true
    }
    return false
  }

  /// Whether the lead or the first paragraphs report that the title's event took place
  /// without naming it again ("Sáng 9/8, tại Hội trường tỉnh, …").
  func titleEventOccurs() -> Bool {
    let finder = EventFinder(page: page, reference: reference)
    // A title that names the event only by the verb of presenting ("Trao tặng Huân chương Dũng cảm cho nam
    // sinh cứu người") is a ceremony when a sentence also gives its place, as a conferral
    // sentence must; a hand-over on a day ("Sáng 10/12, thừa lệnh của Chủ tịch nước, … đã trao
    // huân chương … cho thân nhân …") is the award's delivery, no event.
    let titleNamesEvent =
      EventGrammar.nouns.contains { page.title.find($0) != nil }
      || !EventGrammar.presentationVerbs.contains { page.title.find($0) != nil }
    for sentence in page.body.prefix(3) {
      // An opening sentence that names an event to come ("… ký ban hành Kế hoạch … về việc tổ
      // chức lễ phát động thi đua …") says the title's event is still a plan: the sentences
      // after it describe the plan, not an event held.
      if finder.isPlan(sentence, before: sentence.count) {
        if sentence.contains(any: EventGrammar.nouns) { return false }
        continue
      }
      // "Trước đó, vào lúc 10h30’ ngày 19/7, …": a sentence that opens on another event tells
      // that one, not the title's.
      if EventGrammar.newEventOpeners.contains(where: { sentence.has($0, at: 0) }) { continue }
      if finder.tookPlace(sentence),
        titleNamesEvent || EventGrammar.placeWords.contains(where: { sentence.find($0) != nil })
      {
        return true
      }
    }
    return false
  }

  /// The events to record: the main one first, with the sentence that reports it.
  func events() -> [(kind: Conference.Kind, mention: EventMention?, rule: String)] {
    let mentions = EventFinder(page: page, reference: reference).mentions()
    var result: [(kind: Conference.Kind, mention: EventMention?, rule: String)] = []
    if let kind = titleKind() {
      // Without an event sentence, the title itself must be about emulation or awards ("10 bộ
      // huy chương đã được trao cho các vận động viên" is not).
      guard
        !mentions.isEmpty
          || (page.title.contains(any: EventGrammar.subjectWords) && titleEventOccurs())
      else { return [] }
      let rule =
        if let first = mentions.first {
          "the title names the event (\(kind.rawValue)); event sentence: “\(first.sentence.text)”"
        } else {
          "the title names the event (\(kind.rawValue)); the first sentences say it took place"
        }
      result.append((kind, mentions.first, rule))
    } else if let first = mentions.first {
      // "… tổ chức Lễ kỷ niệm 95 năm thành lập …; Đại hội Thi đua yêu nước lần thứ V và trao
      // …": the ceremonies one sentence joins to an emulation congress are held within it.
      let kind = holdsCongress(first.sentence) ? Conference.Kind.congress : first.kind
      result.append(
        (kind, first, "event sentence (\(kind.rawValue)): “\(first.sentence.text)”"))
    } else if let ceremony = EventFinder(page: page, reference: reference).conferralCeremony() {
      result.append(
        (
          .ceremony, ceremony,
          "an opening sentence reports a conferral with its day and place: “\(ceremony.sentence.text)”"
        ))
    } else {
      return []
    }
    // Other events: a sentence that opens on another event ("Chiều cùng ngày, …") or gives
    // another day, of a kind not yet recorded.
    let mainDate = result[0].mention.flatMap { eventDate(in: $0.sentence) }
    let finder = EventFinder(page: page, reference: reference)
    for mention in mentions
    where mention.index != result[0].mention?.index && finder.isStrong(mention) {
      guard mention.kind != .other, !result.contains(where: { $0.kind == mention.kind }) else {
        continue
      }
      let date = eventDate(in: mention.sentence)
      let otherDay = date != nil && mainDate != nil && date != mainDate
      guard mention.opensNewEvent || otherDay else { continue }
      let why = mention.opensNewEvent ? "opens on another event" : "gives another day"
      result.append(
        (
          mention.kind, mention,
          "another event (\(mention.kind.rawValue)), the sentence \(why): “\(mention.sentence.text)”"
        ))
    }
    return result
  }

  /// The records of the page, ids `c-<stem>-<n>` from 1.
  func find(stem: String) -> [Conference] {
    let events = events()
    guard !events.isEmpty else { return [] }
    let secondary = Set(events.dropFirst().compactMap { $0.mention?.index })
    var result: [Conference] = []
    for (n, event) in events.enumerated() {
      let id = ConferenceID(page: stem, number: n + 1)
      if n == 0 {
        result.append(main(id: id, kind: event.kind, mention: event.mention, skipping: secondary))
      } else if let mention = event.mention {
        result.append(other(id: id, kind: event.kind, mention: mention))
      }
    }
    return result
  }

  /// The main event: the page's title, fields read from the whole page.
  func main(id: ConferenceID, kind: Conference.Kind, mention: EventMention?, skipping: Set<Int>)
    -> Conference
  {
    let eventSentence = mention?.sentence
    var conference = Conference(id: id, title: page.title.text, kind: kind)
    conference.period = period(kind: kind, eventSentence: eventSentence)
    if conference.period == nil, kind == .midyearReview || kind == .annualReview {
      // "hội nghị tổng kết, khen thưởng … tham gia hoạt động kỷ niệm A80": a review of one
      // campaign, not of a year or half-year, names no period.
      conference.kind = .other
    }
    conference.date = date(eventSentence: eventSentence)
    if conference.date == nil, reference == nil, kind == .midyearReview || kind == .annualReview,
      let end = conference.period?.to.map(DayDate.init)
    {
      // A page without a date: a review is held within six months of the end of the period it
      // reviews ("Ngày 13/7 … sơ kết … 6 tháng đầu năm 2023"), so that end gives the year.
      conference.date = ConferenceFinder(
        page: page, reference: end, referenceIsPageDate: false
      ).date(
        eventSentence: eventSentence)
    }
    if conference.date == nil, reference == nil, let eventSentence,
      let anniversary = Dates.anniversaryEnds(in: eventSentence.text).first
    {
      // A page without a date: an anniversary is celebrated near its day ("Sáng nay 7/6 … kỷ
      // niệm 75 năm … (11/6/1948 - 11/6/2023)"), so that day gives the year.
      conference.date = ConferenceFinder(
        page: page, reference: anniversary, referenceIsPageDate: false
      ).date(
        eventSentence: eventSentence)
    }
    conference.organizer = organizer(eventSentence: eventSentence)
    let exemplars = ExemplarFinder(page: page).find()
    conference.exemplars = exemplars
    // The place the body's event sentence names ("Tối 13-11, tại Thủ đô Hà Nội, Bộ … tổ chức
    // lễ …") wins over a province of the headline.
    let eventPlace = eventSentence.flatMap { sentence in
      sentence.kind == .title
        ? nil : venue(eventSentence: sentence, provinces: [], only: true)?.province
    }
    conference.provinces = provinces(excluding: exemplars, eventPlace: eventPlace)
    conference.venue = venue(eventSentence: eventSentence, provinces: conference.provinces)
    // People of the other events' sentences belong to those events.
    let body = page.body
    let others = Set(skipping.map { "\(body[$0].block)|\(body[$0].text)" })
    let kept = page.sentences.filter { !others.contains("\($0.block)|\($0.text)") }
    conference.participants = participants(in: kept)
    if mention?.byConferral == true {
      // "479 nghệ sĩ … đã được phong tặng …; NSND Minh Châu, NSND Tiến Đạt …": recipients.
      conference.participants.removeAll { $0.role == nil }
    }
    conference.movements = movements()
    return conference
  }

  /// Another event of the page: named as written, fields from its own sentence.
  func other(id: ConferenceID, kind: Conference.Kind, mention: EventMention) -> Conference {
    let sentence = mention.sentence
    var conference = Conference(id: id, title: mention.name, kind: kind)
    if kind != .ceremony, kind != .other {
      conference.period = period(kind: kind, in: [sentence])
    }
    conference.date = eventDate(in: sentence)
    if let at = sentence.find(ph("tổ chức")) {
      var start = at
      while start > 0, sentence.chars[start - 1] != "," { start -= 1 }
      let name = subject(in: sentence, from: sentence.skipSpaces(start))
      if !name.isEmpty, name.first?.isUppercase == true {
        conference.organizer = Organizer(name: name, system: organizerSystem(name))
      }
    }
    var seen = Set<String>()
    for mention in sentence.provinces
    where !isPersonName(mention) && !seen.contains(mention.province.code) {
      seen.insert(mention.province.code)
      conference.provinces.append(provinceRef(mention))
    }
    conference.venue = venue(eventSentence: sentence, provinces: conference.provinces, only: true)
    conference.participants = participants(in: [sentence])
    return conference
  }

  /// The date of the event a sentence reports: its first event phrase that is not the date of
  /// a document.
  func eventDate(in sentence: Sentence) -> EventDate? {
    eventDates(in: sentence).first { $0.1 }.map(\.0)
  }

  // MARK: Period

  func period(kind: Conference.Kind, eventSentence: Sentence?) -> Period? {
    guard kind != .ceremony, kind != .other else { return nil }
    var texts = [page.title]
    if let eventSentence { texts.append(eventSentence) }
    texts.append(contentsOf: page.body.prefix(3))
    return period(kind: kind, in: texts)
  }

  /// The first period of `texts` that a review of `kind` can cover.
  func period(kind: Conference.Kind, in texts: [Sentence]) -> Period? {
    if kind == .congress {
      // A congress reviews a stage ("giai đoạn 2020 - 2025"); a span in parentheses after its
      // name ("lần thứ VI (2025 - 2030)") is the coming term.
      for sentence in texts {
        for p in Periods.mentions(in: sentence.text, reference: reference)
        where p.part == .span && p.text.lowercased().hasPrefix("giai đoạn") {
          return model(p)
        }
      }
    }
    func accept(_ p: PeriodMention) -> Bool {
      switch kind {
      case .midyearReview: return p.isPartOfYear
      case .annualReview, .covenant: return p.part == .year || p.part == .span
      case .congress, .launch: return p.part == .span || p.part == .year
      case .ceremony, .other: return false
      }
    }
    var inferred: PeriodMention?
    for sentence in texts {
      for p in Periods.mentions(in: sentence.text, reference: reference) where accept(p) {
        if !p.yearInferred { return model(p) }
        if inferred == nil { inferred = p }
      }
    }
    guard let inferred else { return nil }
    return model(inferred)
  }

  func model(_ p: PeriodMention) -> Period? {
    let part: Period.Part
    switch p.part {
    case .h1: part = .h1
    case .h2: part = .h2
    case .q1: part = .q1
    case .q2: part = .q2
    case .q3: part = .q3
    case .q4: part = .q4
    case .year: part = .year
    case .span, .schoolYear: part = .span
    case .nineMonths, .month: return nil
    }
    return Period(year: p.year, part: part, from: Day(p.from), to: Day(p.to))
  }

  // MARK: Date

  /// The event date: the one the event's sentence gives, otherwise the first event phrase of
  /// the lead and body that is not the date of a document; `nil` rather than a guess.
  func date(eventSentence: Sentence?) -> EventDate? {
    if let eventSentence {
      let found = eventDates(in: eventSentence)
      if let value = found.first(where: { $0.1 }) ?? found.first { return value.0 }
      // Otherwise a day written in a sentence of the same paragraph, in the lead (which sums up
      // the page's event), or in one that names the event again ("Trong khuôn khổ chương trình
      // Hội nghị, chiều 27/7, …").
      for sentence in page.body
      where sentence.block == eventSentence.block || sentence.kind == .lead
        || sentence.contains(any: EventGrammar.nouns)
      {
        if let value = eventDates(in: sentence).first(where: { $0.1 }) { return value.0 }
      }
      return nil
    }
    for (index, sentence) in page.body.enumerated()
    where index < 3 || sentence.contains(any: EventGrammar.nouns) {
      if let value = eventDates(in: sentence).first(where: { $0.1 }) { return value.0 }
    }
    return nil
  }

  /// The dates of a sentence that can be an event's, each with whether an event word ("ngày",
  /// "sáng", "hôm nay"…) introduces it; not the date of a document, a signature or a time.
  func eventDates(in sentence: Sentence) -> [(EventDate, Bool)] {
    var result: [(EventDate, Bool)] = []
    let numbers = sentence.documentNumbers
    for mention in sentence.dates(reference: reference) {
      let start = sentence.offset(mention.range.lowerBound)
      // The date of a decision: "Quyết định số 163/QĐ-UBND ngày 29/01/2024".
      let isDocumentDate = numbers.contains { number in
        let end = sentence.offset(number.range.upperBound)
        return end <= start && start - end <= 3
      }
      if isDocumentDate { continue }
      // "…, Chủ tịch nước ký Quyết định …": the date of a signature.
      let clauseEnd = sentence.next([";"], from: start)
      if sentence.find(Array("ký".unicodeScalars), from: start, to: clauseEnd) != nil,
        sentence.find(Array("quyết định".unicodeScalars), from: start, to: clauseEnd) != nil
      {
        continue
      }
      if sentence.find(Array("giờ".unicodeScalars), from: max(0, start - 12), to: start) != nil {
        continue
      }
      // A day without a year that the page's year puts after the page's own date (a ceremony
      // reported on 22/11 as held "ngày 26/12"): the page's year is not its year, and the year
      // before would be a guess; no date rather than a guess.
      if referenceIsPageDate, mention.date.yearInferred, let reference,
        mention.date.year == reference.year,
        (mention.date.month - reference.month) * 31 + (mention.date.day - reference.day) > 1
      {
        continue
      }
      guard let day = Day(mention.date) else { continue }
      result.append(
        (
          EventDate(day, yearInferred: mention.date.yearInferred),
          mention.isEventPhrase
        ))
    }
    return result
  }

  // MARK: Organiser

  func organizer(eventSentence: Sentence?) -> Organizer? {
    // A cluster named in the lead or body, or in the title.
    let clusterWords = Array("cụm thi đua".unicodeScalars)
    var candidates: [Sentence] = []
    if let eventSentence { candidates.append(eventSentence) }
    candidates.append(page.title)
    for sentence in candidates {
      if let at = sentence.find(clusterWords) {
        let name = subject(in: sentence, from: at)
        if !name.isEmpty { return Organizer(name: name, system: organizerSystem(name)) }
      }
    }
    // "X tổ chức …" (not "… được tổ chức"), X possibly several units separated by commas
    // ("Đảng ủy, Bộ Chỉ huy Quân sự (CHQS) tỉnh tổ chức …").
    if let eventSentence, let at = eventSentence.find(Array("tổ chức".unicodeScalars)),
      eventSentence.findLast(ph("được"), before: at, after: max(0, at - 6)) == nil
    {
      var start = at
      while start > 0, eventSentence.chars[start - 1] != ",",
        !(eventSentence.chars[start - 1] == "." && eventSentence.chars[start] == " ")
      {
        start -= 1
      }
      start = unitSegmentsStart(eventSentence, from: start)
      let name = subject(in: eventSentence, from: eventSentence.skipSpaces(start), units: true)
      if isOrganizerName(name) {
        return Organizer(name: name, system: organizerSystem(name) ?? placeSystem(name))
      }
    }
    // The subject of the title: "Trường THPT chuyên Hạ Long đón nhận …".
    let name = subject(in: page.title, from: 0)
    if !name.isEmpty, name != page.title.text, name.first?.isUppercase == true,
      name.split(separator: " ").count >= 2, !startsWithPosition(name)
    {
      return Organizer(name: name, system: organizerSystem(name) ?? placeSystem(name))
    }
    return nil
  }

  /// Whether a subject can name an organiser: it starts with a capital or with an
  /// administrative unit ("tỉnh Quảng Ninh"), and is neither an event ("Lễ trao …") nor a
  /// person's title ("Thủ tướng").
  func isOrganizerName(_ name: String) -> Bool {
    guard !name.isEmpty else { return false }
    let sentence = Sentence(name, kind: .paragraph, block: 0)
    if EventGrammar.nouns.contains(where: { sentence.has($0, at: 0) }) { return false }
    if startsWithPosition(name) { return false }
    if name.first?.isUppercase == true { return true }
    return placeHeads.contains { sentence.has($0, at: 0) }
  }

  /// Whether a name starts with a person's title ("Thủ tướng", "Chủ tịch UBND tỉnh").
  func startsWithPosition(_ name: String) -> Bool {
    let first = People.mentions(in: name)
    if let mention = first.first, mention.range.lowerBound == name.startIndex { return true }
    let words = name.lowercased().split(separator: " ").prefix(4).map(String.init)
    for count in stride(from: words.count, through: 1, by: -1) {
      let head = words.prefix(count).joined(separator: " ")
      if TitleVocabulary.positionHeads.contains(head) { return true }
    }
    return false
  }

  /// The system of an organiser named by an administrative unit alone ("tỉnh Quảng Ninh",
  /// "UBND phường Vĩnh Điện" is already the state's): the state's.
  func placeSystem(_ name: String) -> Organizer.System? {
    let sentence = Sentence(name, kind: .paragraph, block: 0)
    return placeHeads.contains { sentence.has($0, at: 0) } ? .state : nil
  }

  /// Moves `start` back over comma-separated unit names before it ("Công ty …, Cục Bản đồ,
  /// Bộ Tổng Tham mưu"), stopping at a segment with a digit or one that is not a unit.
  func unitSegmentsStart(_ sentence: Sentence, from start: Int) -> Int {
    var start = start
    while start > 0, sentence.chars[start - 1] == "," {
      var s = start - 1
      while s > 0, sentence.chars[s - 1] != ",",
        !(sentence.chars[s - 1] == "." && sentence.chars[s] == " ")
      {
        s -= 1
      }
      let segmentStart = sentence.skipSpaces(s)
      guard segmentStart < start - 1,
        !sentence.chars[segmentStart..<(start - 1)].contains(where: \.isNumber),
        sentence.chars[segmentStart].isUppercase,
        EventGrammar.unitHeads.contains(where: { sentence.has($0, at: segmentStart) })
      else { break }
      start = s
    }
    return start
  }

  /// The name that starts at `from` and runs to an event verb, a parenthesis or a comma
  /// (with `units`, commas between unit names and an abbreviation in parentheses stay).
  func subject(in sentence: Sentence, from: Int, units: Bool = false) -> String {
    var end = sentence.count
    for stop in subjectStops {
      if let at = sentence.find(stop, from: from), at < end { end = at }
    }
    if units {
      // "Bộ Chỉ huy Quân sự (CHQS) tỉnh": the abbreviation in parentheses is left out.
      var text = ""
      var k = from
      while k < end {
        let c = sentence.chars[k]
        if c == "(", let close = sentence.chars[k..<end].firstIndex(of: ")"),
          sentence.chars[(k + 1)..<close].allSatisfy({ $0.isUppercase || $0 == "&" || $0 == "." })
        {
          k = close + 1
          continue
        }
        if c == ";" || c == ":" || c == "(" { break }
        text.unicodeScalars.append(c)
        k += 1
      }
      return trimmed(collapseWhitespace(text))
    }
    for mark: Unicode.Scalar in ["(", ",", ";", ":", "."] {
      if let at = sentence.chars[from..<end].firstIndex(of: mark),
        !(mark == "." && at + 1 < sentence.count && sentence.chars[at + 1] != " ")
      {
        end = min(end, at)
      }
    }
    return sentence.slice(from, end)
  }

  // MARK: Venue

  /// "tại PLACE" in the event sentence (not "tại Hội nghị"); the province from the place, a
  /// following "tỉnh X", or the sentence.
  func venue(eventSentence: Sentence?, provinces: [ProvinceRef], only: Bool = false) -> Venue? {
    var sentences: [Sentence] = []
    if let eventSentence { sentences.append(eventSentence) }
    if !only { sentences.append(contentsOf: page.body.prefix(2)) }
    for sentence in sentences {
      var from = 0
      while let at = sentence.find(Array("tại".unicodeScalars), from: from) {
        from = at + 3
        let start = sentence.skipSpaces(at + 3)
        guard start < sentence.count else { break }
        let rest = Array(sentence.lower[start...])
        let isEventWord = ["hội nghị", "buổi lễ", "lễ", "đại hội", "hội thảo", "đây", "đó"].contains
        {
          word in
          sentence.has(ph(word), at: start)
            && !(rest.count > word.count + 1 && sentence.chars[start + word.count + 1].isUppercase
              && word == "hội nghị")
        }
        if isEventWord { continue }
        guard
          sentence.chars[start].isUppercase
            || placeHeads.contains(where: { sentence.has($0, at: start) })
            || ["hội trường", "trụ sở", "nhà văn hóa", "nhà văn hoá", "trung tâm"].contains(where: {
              sentence.has(ph($0), at: start)
            })
        else {
          continue
        }
        // The place runs to the end of its clause; segments that are units stay with it,
        // "tỉnh X" gives the province.
        var end = sentence.next([",", ";", "."], from: start)
        while end < sentence.count, sentence.chars[end] == ".", end + 1 < sentence.count,
          sentence.chars[end + 1] != " " || isCityAbbreviation(sentence, before: end)
        {
          end = sentence.next([",", ";", "."], from: end + 1)
        }
        var place = sentence.slice(start, end)
        for stop in subjectStops {
          if let cut = sentence.find(stop, from: start, to: end) {
            place = sentence.slice(start, cut)
            end = cut
            break
          }
        }
        var provinceText = place
        var k = end
        while k < sentence.count, sentence.chars[k] == "," {
          let s = sentence.skipSpaces(k + 1)
          if sentence.has(Array("tỉnh".unicodeScalars), at: s) {
            let e = sentence.next([",", ";", "."], from: s)
            provinceText += " " + sentence.slice(s, e)
            break
          }
          guard placeHeads.contains(where: { sentence.has($0, at: s) }) else { break }
          let e = sentence.next([",", ";", "."], from: s)
          let segment = sentence.slice(s, e)
          // Stop at a verb phrase.
          if subjectStops.contains(where: { sentence.find($0, from: s, to: e) != nil }) { break }
          place += ", " + segment
          provinceText += " " + segment
          k = e
        }
        guard !place.isEmpty else { continue }
        var province = Gazetteer.mentions(in: provinceText).first.map(provinceRef)
        if province == nil {
          // "tại TP. Biên Hòa": a provincial seat names its province.
          province = ProvincialCapitals.province(seat: place).map(provinceRef)
        }
        if province == nil {
          province = sentence.provinces.first {
            $0.context != .lowerUnit && !isPersonName($0)
          }.map(provinceRef)
        }
        if province == nil, provinces.count == 1 {
          // A place of a district or a commune, on a page that names one province.
          province = provinces[0]
        }
        return Venue(place: place, province: province)
      }
    }
    return nil
  }

  /// Whether the word before `dot` is "TP" ("TP. Biên Hòa": the dot of an abbreviation).
  func isCityAbbreviation(_ sentence: Sentence, before dot: Int) -> Bool {
    guard dot >= 2, sentence.lower[dot - 1] == "p", sentence.lower[dot - 2] == "t" else {
      return false
    }
    return dot == 2 || sentence.chars[dot - 3] == " "
  }

  // MARK: Provinces

  /// Provinces named in the lead, body and title, in order of first mention, without the places
  /// of exemplary models. When the body's event sentence names the event's place
  /// (`eventPlace`), another province of the headline or of a sentence about an award is where
  /// recipients come from, not the event's ("Khánh Hòa có 2 nhà giáo được tặng …" over "tại
  /// Thủ đô Hà Nội, Bộ … tổ chức lễ …").
  func provinces(excluding exemplars: [Exemplar], eventPlace: ProvinceRef? = nil) -> [ProvinceRef] {
    var seen = Set<String>()
    var result: [ProvinceRef] = []
    let excluded = exemplars.compactMap(\.place).joined(separator: " | ")
    let excludedCodes = Set(Gazetteer.mentions(in: excluded).map(\.province.code))
    var bodyCodes = Set<String>()
    for sentence in page.body where !ExemplarFinder.isExemplarSentence(sentence) {
      for mention in sentence.provinces {
        bodyCodes.insert(mention.province.code)
      }
    }
    for var sentence in [page.title] + page.body {
      // The units of a list of award recipients are not the event's provinces; the words
      // before "gồm" still tell the event ("Công an tỉnh … tổ chức lễ trao tặng … trong lực
      // lượng Công an nhân dân Quảng Ngãi …, gồm: 9 Huân chương …").
      if AwardFinder.isAwardListSentence(sentence) {
        guard !utf8Contains(sentence.text, " | "), let list = sentence.find(ph("gồm")) else {
          continue
        }
        sentence = Sentence(sentence.slice(0, list), kind: sentence.kind, block: sentence.block)
      }
      if ExemplarFinder.isExemplarSentence(sentence) {
        // Exemplar sentences add only provinces named elsewhere too.
        for mention in sentence.provinces
        where bodyCodes.contains(mention.province.code) && !seen.contains(mention.province.code) {
          seen.insert(mention.province.code)
          result.append(provinceRef(mention))
        }
        continue
      }
      let namesForm = !sentence.forms.isEmpty
      let placeWins = eventPlace != nil && (sentence.kind == .title || namesForm)
      for mention in sentence.provinces
      where !seen.contains(mention.province.code) && !isPersonName(mention) {
        if placeWins, mention.province.code != eventPlace?.code { continue }
        if excludedCodes.contains(mention.province.code), !bodyCodes.contains(mention.province.code)
        {
          continue
        }
        // "… Hội LHPN Việt Nam huyện Hiệp Đức (tỉnh Quảng Nam) là một trong 3 tập thể được trao
        // tặng …": in a sentence about an award, a province in parentheses is a recipient's.
        if namesForm, inParentheses(mention.range, of: sentence.text) { continue }
        seen.insert(mention.province.code)
        result.append(provinceRef(mention))
      }
    }
    return result
  }

  /// Whether `range` lies inside a parenthesis of `text` opened before it and closed after it.
  func inParentheses(_ range: Range<String.Index>, of text: String) -> Bool {
    guard let open = text[..<range.lowerBound].lastIndex(of: "("),
      !text[open..<range.lowerBound].contains(")")
    else { return false }
    return text[range.upperBound...].contains(")")
  }

  /// "Hồ Chí Minh" without "thành phố" or "TP" is the President's name.
  func isPersonName(_ mention: ProvinceMention) -> Bool {
    mention.context == .bare && mention.matchedText == "Hồ Chí Minh"
  }

  // MARK: Participants

  /// People with positions in the lead, body and captions, merged by name, without award
  /// recipients and exemplars.
  /// Words of a sentence that quote a recorded report shown at the event: the people it quotes
  /// speak on screen, they are not participants ("Chia sẻ trong phóng sự trình chiếu tại Đại
  /// hội, đại tá …").
  static let recordedReportWords: [[Unicode.Scalar]] = [
    "trong phóng sự", "phóng sự trình chiếu", "trong phim", "phim tư liệu", "phim tài liệu",
    "trong video", "trong clip",
  ].map(ph)

  /// Words of greetings sent to an event by people who did not attend it.
  static let sentGreetingWords: [[Unicode.Scalar]] = [
    "gửi lẵng hoa", "gửi hoa chúc mừng", "gửi thư chúc mừng", "gửi điện chúc mừng",
    "gửi lẵng hoa chúc mừng",
  ].map(ph)

  func participants(in sentences: [Sentence]) -> [Person] {
    var order: [String] = []
    var names: [String: String] = [:]
    var best: [String: (positions: [String], fromBody: Bool, role: String?, stated: Bool)] = [:]
    for sentence in sentences {
      if AwardFinder.isAwardListSentence(sentence) { continue }
      if sentence.contains(any: Self.recordedReportWords) { continue }
      // "Đồng chí A, …; đồng chí B, … đã gửi lẵng hoa chúc mừng": greetings sent from afar,
      // not people who attended.
      if sentence.contains(any: Self.sentGreetingWords) { continue }
      for mention in sentence.people {
        if isRecipient(mention, in: sentence) { continue }
        // "Hà Tĩnh", "Lâm Đồng" read as names are provinces.
        if Gazetteer.province(named: mention.name) != nil { continue }
        let key = MatchingKey(mention.name).exact
        let fromBody = sentence.kind != .caption
        if var current = best[key] {
          if current.positions.count < mention.positions.count {
            current.positions = mention.positions
            current.fromBody = fromBody
          }
          // The action stated right after the name wins over a sentence opener.
          if let role = mention.role,
            current.role == nil || (!current.stated && mention.roleFollowsName)
          {
            current.role = role
            current.stated = mention.roleFollowsName
          }
          best[key] = current
        } else {
          guard !mention.positions.isEmpty else { continue }
          order.append(key)
          best[key] = (mention.positions, fromBody, mention.role, mention.roleFollowsName)
          names[key] = mention.name
        }
      }
    }
    return order.compactMap { key in
      guard let entry = best[key], let name = names[key] else { return nil }
      return Person(name: name, positions: entry.positions, role: entry.role)
    }
  }

  /// Whether the person is the one an award is given to ("tặng … cho ông A", "truy tặng …").
  func isRecipient(_ mention: PersonMention, in sentence: Sentence) -> Bool {
    let start = sentence.offset(mention.range.lowerBound)
    let before = max(0, start - 12)
    // "… trao Bằng khen của Thủ tướng Chính phủ cho đồng chí A": an award form before "cho".
    if let cho = sentence.find(ph("cho"), from: before, to: start),
      sentence.forms.contains(where: {
        sentence.offset($0.range.upperBound) <= cho
      })
    {
      return true
    }
    if sentence.find(Array("cho".unicodeScalars), from: before, to: start) != nil,
      sentence.find(Array("trao".unicodeScalars), to: start) == nil
        || sentence.find(Array("tặng".unicodeScalars), to: start) != nil
    {
      return true
    }
    if sentence.find(Array("truy tặng".unicodeScalars), to: start) != nil { return true }
    if let of = sentence.find(Array("của".unicodeScalars), from: max(0, start - 6), to: start) {
      // "dưới sự chủ trì của Thiếu tướng A", "với sự tham dự của đồng chí B": the person of a
      // presence, not the giver or holder of an award.
      let presence = Self.presenceNouns.contains { noun in
        sentence.findLast(noun, before: of, after: max(0, of - noun.count - 1)) != nil
      }
      return !presence
    }
    return false
  }

  /// Nouns of a presence before "của" and a person: the person takes part in the event.
  static let presenceNouns: [[Unicode.Scalar]] = [
    "sự chủ trì", "sự tham dự", "sự có mặt", "sự chứng kiến", "sự chỉ đạo", "sự dự",
    "sự tham gia",
  ].map(ph)

  // MARK: Movements

  /// Quoted names after "phong trào" (and quotes listed right after one), in order, once each.
  func movements() -> [String] {
    var result: [String] = []
    var seen = Set<String>()
    for sentence in [page.title] + page.body {
      var previousWasMovement = false
      var previousClose = 0
      for quote in sentence.quotes() {
        let head = max(0, quote.open - 40)
        let before = scalarString(sentence.lower[head..<quote.open])
        let isMovement: Bool
        if let at = before.lastRange(of: "phong trào") {
          let gap = before[at.upperBound...]
          // Only adjectives between "phong trào" and the quote.
          isMovement =
            !gap.contains("“") && !gap.contains(",") && !gap.contains(";")
            && gap.split(separator: " ").count <= 4
        } else {
          isMovement = false
        }
        var continues = false
        if previousWasMovement {
          let gap = sentence.slice(previousClose, quote.open)
          continues = gap.isEmpty || gap == "và" || gap == "," || gap == ";"
        }
        if isMovement || continues {
          let text = sentence.slice(quote.start, quote.end)
          if !text.isEmpty, !seen.contains(text) {
            seen.insert(text)
            result.append(text)
          }
          previousWasMovement = true
        } else {
          previousWasMovement = false
        }
        previousClose = quote.close
      }
    }
    return result
  }
}

/// The record form of a province mention.
func provinceRef(_ mention: ProvinceMention) -> ProvinceRef {
  provinceRef(mention.province)
}

/// The record form of a province: the merged unit only when it differs.
func provinceRef(_ province: Province) -> ProvinceRef {
  let differs = province.mergedInto != province.name || province.mergedIntoCode != province.code
  return ProvinceRef(
    name: province.name, code: province.code,
    mergedInto: differs ? province.mergedInto : nil,
    mergedIntoCode: differs ? province.mergedIntoCode : nil)
}

extension String {
  /// The last range of `target`.
  func lastRange(of target: String) -> Range<String.Index>? {
    var found: Range<String.Index>?
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      found = range
      rest = rest[range.upperBound...]
    }
    return found
  }
}
