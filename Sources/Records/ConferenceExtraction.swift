// The conference or ceremony a page reports: kind from the event words, period, date, venue,
// organiser, provinces, participants, movements and exemplary models.

import PortalPage
import VietText

/// Finds the one conference a page reports, if any.
struct ConferenceFinder {
  let page: PageText
  let reference: DayDate?

  /// The event sentence and the kind: from the title when it names the event, otherwise from a
  /// body sentence where someone "tổ chức" an event or people "dự" it.
  func kind() -> (Conference.Kind, Sentence?)? {
    if let kind = earliestKind(in: page.title, from: 0) {
      return (kind, eventSentence())
    }
    guard let sentence = eventSentence() else { return nil }
    let start = eventNounPosition(in: sentence) ?? 0
    if let kind = earliestKind(in: sentence, from: start) { return (kind, sentence) }
    let noun =
      sentence.find(Array("lễ".unicodeScalars), from: start) != nil
      ? Conference.Kind.ceremony : .other
    return (noun, sentence)
  }

  /// The earliest event word of `sentence` at or after `from`.
  func earliestKind(in sentence: Sentence, from: Int) -> Conference.Kind? {
    var best: (Int, Conference.Kind)?
    for (words, kind) in eventKinds {
      guard let at = sentence.find(words, from: from) else { continue }
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
      if best == nil || at < best!.0 { best = (at, kind) }
    }
    return best?.1
  }

  /// The first body sentence where an event is held: "… tổ chức Hội nghị / Lễ / Đại hội …",
  /// "Dự Hội nghị có …".
  func eventSentence() -> Sentence? {
    for sentence in page.body {
      if eventNounPosition(in: sentence) != nil { return sentence }
    }
    return nil
  }

  /// Where the event noun after "tổ chức" (or "dự") is.
  func eventNounPosition(in sentence: Sentence) -> Int? {
    for verb in [Array("tổ chức".unicodeScalars), Array("dự".unicodeScalars)] {
      var from = 0
      while let at = sentence.find(verb, from: from) {
        let after = sentence.skipSpaces(at + verb.count)
        for noun in eventNouns where sentence.has(noun, at: after) {
          // Not "tổ chức hội nghị người lao động" of a report: the noun is followed by an event
          // word, a capital, a comma or the end.
          return after
        }
        from = at + verb.count
      }
    }
    return nil
  }

  func find(id: String) -> Conference? {
    guard let (kind, eventSentence) = kind() else { return nil }
    var conference = Conference(id: id, title: page.title.text, kind: kind)
    conference.period = period(kind: kind, eventSentence: eventSentence)
    conference.date = date()
    let organizer = self.organizer(eventSentence: eventSentence)
    conference.organizer = organizer
    let exemplars = ExemplarFinder(page: page).find()
    conference.exemplars = exemplars
    conference.provinces = provinces(excluding: exemplars)
    conference.venue = venue(eventSentence: eventSentence, provinces: conference.provinces)
    conference.participants = participants()
    conference.movements = movements()
    return conference
  }

  // MARK: Period

  func period(kind: Conference.Kind, eventSentence: Sentence?) -> Period? {
    guard kind != .ceremony, kind != .other else { return nil }
    var texts = [page.title]
    if let eventSentence { texts.append(eventSentence) }
    texts.append(contentsOf: page.body.prefix(3))
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
    return Period(year: p.year, part: part, from: p.from.iso, to: p.to.iso)
  }

  // MARK: Date

  /// The first event date of the lead and body that is not the date of a document.
  func date() -> EventDate? {
    var fallback: EventDate?
    for sentence in page.body {
      let numbers = DocumentNumbers.mentions(in: sentence.text)
      for mention in Dates.mentions(in: sentence.text, reference: reference) {
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
        let value = EventDate(mention.date.iso, yearInferred: mention.date.yearInferred)
        if mention.isEventPhrase { return value }
        if fallback == nil { fallback = value }
      }
    }
    return fallback
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
    // "X tổ chức …".
    if let eventSentence, let at = eventSentence.find(Array("tổ chức".unicodeScalars)) {
      var start = at
      while start > 0, eventSentence.chars[start - 1] != ",",
        !(eventSentence.chars[start - 1] == "." && eventSentence.chars[start] == " ")
      {
        start -= 1
      }
      let name = subject(in: eventSentence, from: start)
      if !name.isEmpty, name.first?.isUppercase == true {
        return Organizer(name: name, system: organizerSystem(name))
      }
    }
    // The subject of the title: "Trường THPT chuyên Hạ Long đón nhận …".
    let name = subject(in: page.title, from: 0)
    if !name.isEmpty, name != page.title.text, name.first?.isUppercase == true,
      name.split(separator: " ").count >= 2
    {
      return Organizer(name: name, system: organizerSystem(name))
    }
    return nil
  }

  /// The name that starts at `from` and runs to an event verb, a parenthesis or a comma.
  func subject(in sentence: Sentence, from: Int) -> String {
    var end = sentence.count
    for stop in subjectStops {
      if let at = sentence.find(stop, from: from), at < end { end = at }
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
  func venue(eventSentence: Sentence?, provinces: [ProvinceRef]) -> Venue? {
    var sentences: [Sentence] = []
    if let eventSentence { sentences.append(eventSentence) }
    sentences.append(contentsOf: page.body.prefix(2))
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
          province = Gazetteer.mentions(in: sentence.text).first {
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
  /// of exemplary models.
  func provinces(excluding exemplars: [Exemplar]) -> [ProvinceRef] {
    var seen = Set<String>()
    var result: [ProvinceRef] = []
    let excluded = exemplars.compactMap(\.place).joined(separator: " | ")
    let excludedCodes = Set(Gazetteer.mentions(in: excluded).map(\.province.code))
    var bodyCodes = Set<String>()
    for sentence in page.body where !ExemplarFinder.isExemplarSentence(sentence) {
      for mention in Gazetteer.mentions(in: sentence.text) {
        bodyCodes.insert(mention.province.code)
      }
    }
    for sentence in [page.title] + page.body {
      if ExemplarFinder.isExemplarSentence(sentence) {
        // Exemplar sentences add only provinces named elsewhere too.
        for mention in Gazetteer.mentions(in: sentence.text)
        where bodyCodes.contains(mention.province.code) && !seen.contains(mention.province.code) {
          seen.insert(mention.province.code)
          result.append(provinceRef(mention))
        }
        continue
      }
      for mention in Gazetteer.mentions(in: sentence.text)
      where !seen.contains(mention.province.code) && !isPersonName(mention) {
        if excludedCodes.contains(mention.province.code), !bodyCodes.contains(mention.province.code)
        {
          continue
        }
        seen.insert(mention.province.code)
        result.append(provinceRef(mention))
      }
    }
    return result
  }

  /// "Hồ Chí Minh" without "thành phố" or "TP" is the President's name.
  func isPersonName(_ mention: ProvinceMention) -> Bool {
    mention.context == .bare && mention.matchedText == "Hồ Chí Minh"
  }

  // MARK: Participants

  /// People with positions in the lead, body and captions, merged by name, without award
  /// recipients and exemplars.
  func participants() -> [Person] {
    var order: [String] = []
    var names: [String: String] = [:]
    var best: [String: (positions: [String], fromBody: Bool, role: String?, stated: Bool)] = [:]
    for sentence in page.sentences {
      if AwardFinder.isAwardListSentence(sentence) { continue }
      for mention in People.mentions(in: sentence.text) {
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
    if sentence.find(Array("cho".unicodeScalars), from: before, to: start) != nil,
      sentence.find(Array("trao".unicodeScalars), to: start) == nil
        || sentence.find(Array("tặng".unicodeScalars), to: start) != nil
    {
      return true
    }
    if sentence.find(Array("truy tặng".unicodeScalars), to: start) != nil { return true }
    if sentence.find(Array("của".unicodeScalars), from: max(0, start - 6), to: start) != nil {
      return true
    }
    return false
  }

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
