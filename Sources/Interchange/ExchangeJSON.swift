// The canonical JSON form of an exchange: keys in the order of the model's stored properties,
// empty arrays and absent values omitted, two-space indentation, one member per line.

import LibXML
import PortalPage
public import Records

/// Exchange records ⇄ canonical JSON.
public enum ExchangeJSON {
  /// Writes the canonical JSON form of `exchange`: UTF-8, keys in schema order, empty arrays
  /// and `nil` values omitted, two-space indentation, a final newline. Byte-identical for
  /// equal records.
  ///
  /// - Parameter exchange: The records to write.
  /// - Returns: The JSON text.
  public static func encode(_ exchange: Exchange) -> [UInt8] {
    var out = JSONOutput(capacity: 4096 + exchange.article.paragraphs.count * 256)
    out.openObject()
    out.key("version")
    out.string(exchange.version)
    out.key("source")
    writeSource(exchange.source, &out)
    out.key("article")
    writeArticle(exchange.article, &out)
    if !exchange.conferences.isEmpty {
      out.key("conferences")
      out.openArray()
      for conference in exchange.conferences {
        out.item()
        writeConference(conference, &out)
      }
      out.closeArray()
    }
    if !exchange.awards.isEmpty {
      out.key("awards")
      out.openArray()
      for award in exchange.awards {
        out.item()
        writeAward(award, &out)
      }
      out.closeArray()
    }
    out.closeObject()
    out.finish()
    return out.bytes
  }

  /// Reads an exchange from its JSON form, strictly: unknown keys, wrong types, missing
  /// required keys, `null`, empty arrays, duplicate keys and non-integer numbers are errors.
  ///
  /// - Parameters:
  ///   - bytes: The JSON text (UTF-8).
  ///   - file: The name used in diagnostics.
  /// - Returns: The records.
  /// - Throws: `InterchangeError.invalid` with every problem found: syntax errors at their line
  ///   and column, content errors at their JSON Pointer.
  public static func decode(_ bytes: [UInt8], file: String? = nil) throws(InterchangeError)
    -> Exchange
  {
    let root = try JSONReader.parse(bytes, file: file)
    let decoder = JSONDecoding(file: file, bytes: bytes)
    let exchange = decoder.readExchange(root)
    if !decoder.diagnostics.isEmpty || exchange == nil {
      throw .invalid(decoder.diagnostics)
    }
    return exchange!
  }

  // MARK: Writing

  private static func writeSource(_ source: Source, _ out: inout JSONOutput) {
    out.openObject()
    if let url = source.url {
      out.key("url")
      out.string(url)
    }
    out.key("sha256")
    out.string(source.sha256)
    out.key("encoding")
    out.string(source.encoding)
    out.key("encodingSource")
    out.string(source.encodingSource.rawValue)
    out.key("profile")
    out.string(source.profile.rawValue)
    if let retrieved = source.retrieved {
      out.key("retrieved")
      out.string(retrieved)
    }
    out.closeObject()
  }

  private static func writeArticle(_ article: Article, _ out: inout JSONOutput) {
    out.openObject()
    out.key("title")
    out.string(article.title)
    optional("published", article.published, &out)
    optional("publishedText", article.publishedText, &out)
    optional("updated", article.updated, &out)
    optional("author", article.author, &out)
    optional("lead", article.lead, &out)
    strings("paragraphs", article.paragraphs, &out)
    if !article.images.isEmpty {
      out.key("images")
      out.openArray()
      for image in article.images {
        out.item()
        out.openObject()
        optional("src", image.src, &out)
        optional("caption", image.caption, &out)
        out.closeObject()
      }
      out.closeArray()
    }
    out.closeObject()
  }

  private static func writeConference(_ conference: Conference, _ out: inout JSONOutput) {
    out.openObject()
    out.key("id")
    out.string(conference.id)
    out.key("title")
    out.string(conference.title)
    out.key("kind")
    out.string(conference.kind.rawValue)
    if let period = conference.period {
      out.key("period")
      out.openObject()
      out.key("year")
      out.integer(period.year)
      out.key("part")
      out.string(period.part.rawValue)
      optional("from", period.from, &out)
      optional("to", period.to, &out)
      out.closeObject()
    }
    if let date = conference.date {
      out.key("date")
      out.string(date.value)
      if date.yearInferred {
        out.key("dateYearInferred")
        out.bool(true)
      }
    }
    if let venue = conference.venue {
      out.key("venue")
      out.openObject()
      optional("place", venue.place, &out)
      if let province = venue.province {
        out.key("province")
        writeProvince(province, &out)
      }
      out.closeObject()
    }
    if let organizer = conference.organizer {
      out.key("organizer")
      out.openObject()
      out.key("name")
      out.string(organizer.name)
      optional("system", organizer.system?.rawValue, &out)
      out.closeObject()
    }
    if !conference.provinces.isEmpty {
      out.key("provinces")
      out.openArray()
      for province in conference.provinces {
        out.item()
        writeProvince(province, &out)
      }
      out.closeArray()
    }
    if !conference.participants.isEmpty {
      out.key("participants")
      out.openArray()
      for person in conference.participants {
        out.item()
        out.openObject()
        out.key("name")
        out.string(person.name)
        strings("positions", person.positions, &out)
        optional("role", person.role, &out)
        out.closeObject()
      }
      out.closeArray()
    }
    strings("movements", conference.movements, &out)
    if !conference.exemplars.isEmpty {
      out.key("exemplars")
      out.openArray()
      for exemplar in conference.exemplars {
        out.item()
        out.openObject()
        out.key("name")
        out.string(exemplar.name)
        optional("topic", exemplar.topic, &out)
        optional("place", exemplar.place, &out)
        out.closeObject()
      }
      out.closeArray()
    }
    out.closeObject()
  }

  private static func writeProvince(_ province: ProvinceRef, _ out: inout JSONOutput) {
    out.openObject()
    out.key("name")
    out.string(province.name)
    out.key("code")
    out.string(province.code)
    optional("mergedInto", province.mergedInto, &out)
    optional("mergedIntoCode", province.mergedIntoCode, &out)
    out.closeObject()
  }

  private static func writeAward(_ award: Award, _ out: inout JSONOutput) {
    out.openObject()
    out.key("id")
    out.string(award.id)
    if let decision = award.decision {
      out.key("decision")
      out.openObject()
      out.key("number")
      out.string(decision.number)
      optional("date", decision.date, &out)
      optional("issuer", decision.issuer, &out)
      if let signer = decision.signer {
        out.key("signer")
        out.openObject()
        out.key("name")
        out.string(signer.name)
        optional("position", signer.position, &out)
        optional("competence", signer.competence, &out)
        out.closeObject()
      }
      out.closeObject()
    }
    out.key("form")
    out.openObject()
    out.key("code")
    out.string(award.form.code)
    out.key("name")
    out.string(award.form.name)
    out.closeObject()
    out.key("recipients")
    out.openObject()
    let recipients = award.recipients
    for (key, count) in [
      ("collectives", recipients.collectives), ("individuals", recipients.individuals),
      ("households", recipients.households),
    ] {
      if let count {
        out.key(key)
        out.integer(count)
      }
    }
    if !recipients.named.isEmpty {
      out.key("named")
      out.openArray()
      for recipient in recipients.named {
        out.item()
        out.openObject()
        out.key("name")
        out.string(recipient.name)
        out.key("kind")
        out.string(recipient.kind.rawValue)
        if recipient.posthumous {
          out.key("posthumous")
          out.bool(true)
        }
        optional("detail", recipient.detail, &out)
        strings("positions", recipient.positions, &out)
        out.closeObject()
      }
      out.closeArray()
    }
    out.closeObject()
    optional("reason", award.reason, &out)
    optional("conference", award.conference, &out)
    out.closeObject()
  }

  private static func optional(_ key: StaticString, _ value: String?, _ out: inout JSONOutput) {
    if let value {
      out.key(key)
      out.string(value)
    }
  }

  private static func strings(_ key: StaticString, _ values: [String], _ out: inout JSONOutput) {
    guard !values.isEmpty else { return }
    out.key(key)
    out.openArray()
    for value in values {
      out.item()
      out.string(value)
    }
    out.closeArray()
  }
}

/// Reading the model from a JSON tree, collecting every content error at its JSON Pointer.
final class JSONDecoding {
  let file: String?
  private let bytes: [UInt8]
  private var lineIndex: LineIndex?
  private(set) var diagnostics: [Diagnostic] = []

  init(file: String?, bytes: [UInt8]) {
    self.file = file
    self.bytes = bytes
  }

  /// Records an error at `pointer`, with the line and column of `offset`.
  func error(_ message: String, pointer: String, offset: Int) {
    if lineIndex == nil { lineIndex = LineIndex(bytes) }
    let (line, column) = lineIndex!.location(of: offset)
    diagnostics.append(
      makeDiagnostic(message, file: file, line: line, column: column, pointer: pointer))
  }

  /// An object's members, after checking that it is an object with only `allowed` keys.
  struct Object {
    var members: [JSONMember]
    var pointer: String
    var offset: Int

    func member(_ key: String) -> JSONMember? {
      members.first { $0.key == key }
    }
  }

  func object(_ node: JSONNode, _ pointer: String, allowed: [String]) -> Object? {
    guard case .object(let members) = node.value else {
      typeError("an object", node, pointer)
      return nil
    }
    for member in members where !allowed.contains(member.key) {
      error(
        "unknown key \"\(member.key)\"; expected one of: \(allowed.joined(separator: ", "))",
        pointer: appendPointer(pointer, member.key), offset: member.keyOffset)
    }
    return Object(members: members, pointer: pointer, offset: node.offset)
  }

  private func typeError(_ expected: String, _ node: JSONNode, _ pointer: String) {
    if case .null = node.value {
      error(
        "null is not allowed: expected \(expected), or omit the key", pointer: pointer,
        offset: node.offset)
    } else {
      error(
        "expected \(expected), found \(node.kindDescription)", pointer: pointer,
        offset: node.offset)
    }
  }

  func string(_ node: JSONNode, _ pointer: String) -> String? {
    guard case .string(let text, let illegal) = node.value else {
      typeError("a string", node, pointer)
      return nil
    }
    if let illegal {
      error(
        "character \(scalarName(illegal.value)) is not allowed in XML 1.0",
        pointer: pointer, offset: node.offset)
      return nil
    }
    return text
  }

  /// A member that must be present.
  func required<T>(
    _ object: Object, _ key: String, _ read: (JSONNode, String) -> T?
  ) -> T? {
    guard let member = object.member(key) else {
      error("missing required key \"\(key)\"", pointer: object.pointer, offset: object.offset)
      return nil
    }
    return read(member.value, appendPointer(object.pointer, key))
  }

  /// A member that may be absent; `.some(nil)` when present but wrong.
  func optional<T>(
    _ object: Object, _ key: String, _ read: (JSONNode, String) -> T?
  ) -> T?? {
    guard let member = object.member(key) else { return .some(nil) }
    guard let value = read(member.value, appendPointer(object.pointer, key)) else { return nil }
    return .some(value)
  }

  /// A non-empty array member; absent means empty.
  func array<T>(
    _ object: Object, _ key: String, _ read: (JSONNode, String) -> T?
  ) -> [T]? {
    guard let member = object.member(key) else { return [] }
    let pointer = appendPointer(object.pointer, key)
    guard case .array(let items) = member.value.value else {
      typeError("an array", member.value, pointer)
      return nil
    }
    if items.isEmpty {
      error(
        "an empty array is not allowed: omit the key instead", pointer: pointer,
        offset: member.value.offset)
      return nil
    }
    var result: [T] = []
    result.reserveCapacity(items.count)
    var failed = false
    for (index, item) in items.enumerated() {
      if let value = read(item, appendPointer(pointer, index)) {
        result.append(value)
      } else {
        failed = true
      }
    }
    return failed ? nil : result
  }

  func readDate(_ node: JSONNode, _ pointer: String) -> String? {
    guard let text = string(node, pointer) else { return nil }
    guard isDateLexeme(text) else {
      error("expected a date YYYY-MM-DD, found \"\(text)\"", pointer: pointer, offset: node.offset)
      return nil
    }
    return text
  }

  func integer(_ node: JSONNode, _ pointer: String) -> Int? {
    guard case .number(let lexeme) = node.value else {
      typeError("an integer", node, pointer)
      return nil
    }
    guard let value = parseIntegerLexeme(lexeme, allowMinus: true) else {
      error(
        "expected an integer, found the number \(lexeme)", pointer: pointer, offset: node.offset)
      return nil
    }
    return value
  }

  func enumeration<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> (JSONNode, String) -> E?
  where E.RawValue == String {
    { node, pointer in
      guard let text = self.string(node, pointer) else { return nil }
      guard let value = E(rawValue: text) else {
        let names = E.allCases.map(\.rawValue).joined(separator: ", ")
        self.error(
          "expected one of: \(names); found \"\(text)\"", pointer: pointer, offset: node.offset)
        return nil
      }
      return value
    }
  }

  // MARK: The model

  func readExchange(_ node: JSONNode) -> Exchange? {
    guard
      let object = object(
        node, "", allowed: ["version", "source", "article", "conferences", "awards"])
    else { return nil }
    let version = required(object, "version", string)
    let source = required(object, "source", readSource)
    let article = required(object, "article", readArticle)
    let conferences = array(object, "conferences", readConference)
    let awards = array(object, "awards", readAward)
    guard let version, let source, let article, let conferences, let awards else { return nil }
    return Exchange(
      version: version, source: source, article: article, conferences: conferences,
      awards: awards)
  }

  func readSource(_ node: JSONNode, _ pointer: String) -> Source? {
    guard
      let object = object(
        node, pointer,
        allowed: ["url", "sha256", "encoding", "encodingSource", "profile", "retrieved"])
    else { return nil }
    let url = optional(object, "url", string)
    let sha256 = required(object, "sha256", string)
    let encoding = required(object, "encoding", string)
    let encodingSource = required(
      object, "encodingSource", enumeration(Source.EncodingSource.self))
    let profile = required(object, "profile", enumeration(Source.Profile.self))
    let retrieved = optional(object, "retrieved", readDate)
    guard let url, let sha256, let encoding, let encodingSource, let profile, let retrieved
    else { return nil }
    return Source(
      url: url, sha256: sha256, encoding: encoding, encodingSource: encodingSource,
      profile: profile, retrieved: retrieved)
  }

  func readArticle(_ node: JSONNode, _ pointer: String) -> Article? {
    guard
      let object = object(
        node, pointer,
        allowed: [
          "title", "published", "publishedText", "updated", "author", "lead", "paragraphs",
          "images",
        ])
    else { return nil }
    let title = required(object, "title", string)
    let published = optional(object, "published", readDate)
    let publishedText = optional(object, "publishedText", string)
    let updated = optional(object, "updated", readDate)
    let author = optional(object, "author", string)
    let lead = optional(object, "lead", string)
    let paragraphs = array(object, "paragraphs", string)
    let images = array(object, "images", readImage)
    guard let title, let published, let publishedText, let updated, let author, let lead,
      let paragraphs, let images
    else { return nil }
    return Article(
      title: title, published: published, publishedText: publishedText, updated: updated,
      author: author, lead: lead, paragraphs: paragraphs, images: images)
  }

  func readImage(_ node: JSONNode, _ pointer: String) -> Article.Image? {
    guard let object = object(node, pointer, allowed: ["src", "caption"]) else { return nil }
    let src = optional(object, "src", string)
    let caption = optional(object, "caption", string)
    guard let src, let caption else { return nil }
    return Article.Image(src: src, caption: caption)
  }

  func readConference(_ node: JSONNode, _ pointer: String) -> Conference? {
    guard
      let object = object(
        node, pointer,
        allowed: [
          "id", "title", "kind", "period", "date", "dateYearInferred", "venue", "organizer",
          "provinces", "participants", "movements", "exemplars",
        ])
    else { return nil }
    let id = required(object, "id", string)
    let title = required(object, "title", string)
    let kind = required(object, "kind", enumeration(Conference.Kind.self))
    let period = optional(object, "period", readPeriod)
    let date = optional(object, "date", readDate)
    var yearInferred: Bool? = false
    if let member = object.member("dateYearInferred") {
      let memberPointer = appendPointer(pointer, "dateYearInferred")
      if case .bool(true) = member.value.value {
        yearInferred = true
        if object.member("date") == nil {
          error(
            "\"dateYearInferred\" is only allowed beside \"date\"", pointer: memberPointer,
            offset: member.value.offset)
          yearInferred = nil
        }
      } else {
        error(
          "expected true, found \(member.value.kindDescription) (omit the key when the year was not inferred)",
          pointer: memberPointer, offset: member.value.offset)
        yearInferred = nil
      }
    }
    let venue = optional(object, "venue", readVenue)
    let organizer = optional(object, "organizer", readOrganizer)
    let provinces = array(object, "provinces", readProvince)
    let participants = array(object, "participants", readPerson)
    let movements = array(object, "movements", string)
    let exemplars = array(object, "exemplars", readExemplar)
    guard let id, let title, let kind, let period, let date, let yearInferred, let venue,
      let organizer, let provinces, let participants, let movements, let exemplars
    else { return nil }
    return Conference(
      id: id, title: title, kind: kind, period: period,
      date: date.map { EventDate($0, yearInferred: yearInferred) }, venue: venue,
      organizer: organizer, provinces: provinces, participants: participants,
      movements: movements, exemplars: exemplars)
  }

  func readPeriod(_ node: JSONNode, _ pointer: String) -> Period? {
    guard let object = object(node, pointer, allowed: ["year", "part", "from", "to"]) else {
      return nil
    }
    let year = required(object, "year", integer)
    let part = required(object, "part", enumeration(Period.Part.self))
    let from = optional(object, "from", readDate)
    let to = optional(object, "to", readDate)
    guard let year, let part, let from, let to else { return nil }
    return Period(year: year, part: part, from: from, to: to)
  }

  func readVenue(_ node: JSONNode, _ pointer: String) -> Venue? {
    guard let object = object(node, pointer, allowed: ["place", "province"]) else { return nil }
    let place = optional(object, "place", string)
    let province = optional(object, "province", readProvince)
    guard let place, let province else { return nil }
    return Venue(place: place, province: province)
  }

  func readOrganizer(_ node: JSONNode, _ pointer: String) -> Organizer? {
    guard let object = object(node, pointer, allowed: ["name", "system"]) else { return nil }
    let name = required(object, "name", string)
    let system = optional(object, "system", enumeration(Organizer.System.self))
    guard let name, let system else { return nil }
    return Organizer(name: name, system: system)
  }

  func readProvince(_ node: JSONNode, _ pointer: String) -> ProvinceRef? {
    guard
      let object = object(
        node, pointer, allowed: ["name", "code", "mergedInto", "mergedIntoCode"])
    else { return nil }
    let name = required(object, "name", string)
    let code = required(object, "code", string)
    let mergedInto = optional(object, "mergedInto", string)
    let mergedIntoCode = optional(object, "mergedIntoCode", string)
    guard let name, let code, let mergedInto, let mergedIntoCode else { return nil }
    return ProvinceRef(
      name: name, code: code, mergedInto: mergedInto, mergedIntoCode: mergedIntoCode)
  }

  func readPerson(_ node: JSONNode, _ pointer: String) -> Person? {
    guard let object = object(node, pointer, allowed: ["name", "positions", "role"]) else {
      return nil
    }
    let name = required(object, "name", string)
    let positions = array(object, "positions", string)
    let role = optional(object, "role", string)
    guard let name, let positions, let role else { return nil }
    return Person(name: name, positions: positions, role: role)
  }

  func readExemplar(_ node: JSONNode, _ pointer: String) -> Exemplar? {
    guard let object = object(node, pointer, allowed: ["name", "topic", "place"]) else {
      return nil
    }
    let name = required(object, "name", string)
    let topic = optional(object, "topic", string)
    let place = optional(object, "place", string)
    guard let name, let topic, let place else { return nil }
    return Exemplar(name: name, topic: topic, place: place)
  }

  func readAward(_ node: JSONNode, _ pointer: String) -> Award? {
    guard
      let object = object(
        node, pointer,
        allowed: ["id", "decision", "form", "recipients", "reason", "conference"])
    else { return nil }
    let id = required(object, "id", string)
    let decision = optional(object, "decision", readDecision)
    let form = required(object, "form", readAwardForm)
    let recipients = required(object, "recipients", readRecipients)
    let reason = optional(object, "reason", string)
    let conference = optional(object, "conference", string)
    guard let id, let decision, let form, let recipients, let reason, let conference else {
      return nil
    }
    return Award(
      id: id, decision: decision, form: form, recipients: recipients, reason: reason,
      conference: conference)
  }

  func readDecision(_ node: JSONNode, _ pointer: String) -> Decision? {
    guard
      let object = object(node, pointer, allowed: ["number", "date", "issuer", "signer"])
    else { return nil }
    let number = required(object, "number", string)
    let date = optional(object, "date", readDate)
    let issuer = optional(object, "issuer", string)
    let signer = optional(object, "signer", readSigner)
    guard let number, let date, let issuer, let signer else { return nil }
    return Decision(number: number, date: date, issuer: issuer, signer: signer)
  }

  func readSigner(_ node: JSONNode, _ pointer: String) -> Signer? {
    guard let object = object(node, pointer, allowed: ["name", "position", "competence"]) else {
      return nil
    }
    let name = required(object, "name", string)
    let position = optional(object, "position", string)
    let competence = optional(object, "competence", string)
    guard let name, let position, let competence else { return nil }
    return Signer(name: name, position: position, competence: competence)
  }

  func readAwardForm(_ node: JSONNode, _ pointer: String) -> AwardForm? {
    guard let object = object(node, pointer, allowed: ["code", "name"]) else { return nil }
    let code = required(object, "code", string)
    let name = required(object, "name", string)
    guard let code, let name else { return nil }
    return AwardForm(code: code, name: name)
  }

  func readRecipients(_ node: JSONNode, _ pointer: String) -> Recipients? {
    guard
      let object = object(
        node, pointer, allowed: ["collectives", "individuals", "households", "named"])
    else { return nil }
    let collectives = optional(object, "collectives", integer)
    let individuals = optional(object, "individuals", integer)
    let households = optional(object, "households", integer)
    let named = array(object, "named", readRecipient)
    guard let collectives, let individuals, let households, let named else { return nil }
    return Recipients(
      collectives: collectives, individuals: individuals, households: households, named: named)
  }

  func readRecipient(_ node: JSONNode, _ pointer: String) -> Recipient? {
    guard
      let object = object(
        node, pointer, allowed: ["name", "kind", "posthumous", "detail", "positions"])
    else { return nil }
    let name = required(object, "name", string)
    let kind = required(object, "kind", enumeration(Recipient.Kind.self))
    var posthumous: Bool? = false
    if let member = object.member("posthumous") {
      if case .bool(true) = member.value.value {
        posthumous = true
      } else {
        error(
          "expected true, found \(member.value.kindDescription) (omit the key when the award was not posthumous)",
          pointer: appendPointer(pointer, "posthumous"), offset: member.value.offset)
        posthumous = nil
      }
    }
    let detail = optional(object, "detail", string)
    let positions = array(object, "positions", string)
    guard let name, let kind, let posthumous, let detail, let positions else { return nil }
    return Recipient(
      name: name, kind: kind, positions: positions, detail: detail, posthumous: posthumous)
  }
}

/// Whether `text` has the shape `[0-9]{4}-[0-9]{2}-[0-9]{2}` (the schema checks the ranges).
func isDateLexeme(_ text: String) -> Bool {
  let utf8 = text.utf8
  guard utf8.count == 10 else { return false }
  for (index, byte) in utf8.enumerated() {
    if index == 4 || index == 7 {
      if byte != UInt8(ascii: "-") { return false }
    } else if byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") {
      return false
    }
  }
  return true
}

/// Parses `-?(0|[1-9][0-9]*)` into an `Int`; `nil` for any other spelling or on overflow.
func parseIntegerLexeme(_ lexeme: String, allowMinus: Bool) -> Int? {
  var utf8 = Substring(lexeme).utf8[...]
  var negative = false
  if allowMinus, utf8.first == UInt8(ascii: "-") {
    negative = true
    utf8 = utf8.dropFirst()
  }
  guard let first = utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else {
    return nil
  }
  if first == UInt8(ascii: "0") && utf8.count > 1 { return nil }
  if negative && first == UInt8(ascii: "0") { return nil }
  var value = 0
  for byte in utf8 {
    guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
    let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
    let (sum, overflow2) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
    if overflow1 || overflow2 { return nil }
    value = sum
  }
  return negative ? -value : value
}
