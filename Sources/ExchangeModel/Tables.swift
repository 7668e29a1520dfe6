// The field table of every record type: one line per stored property, in the order of
// `Schemas/tdkt-exchange.xsd` (elements) and of the JSON form (keys). A new optional field is
// one line here plus its declaration in the two schemas.

extension Exchange: TableRecord {
  public static let table = RecordTable<Exchange>(
    "exchangeType",
    blank: Exchange(
      source: Source.table.blank, article: Article.table.blank),
    identity: [
      .unique(name: "conferenceId", list: "conferences", field: "id"),
      .reference(
        name: "awardConference", list: "awards", field: "conference", target: "conferences",
        targetField: "id"),
      .unique(name: "awardId", list: "awards", field: "id"),
    ],
    [
      .text("version", .attribute("version"), \.version, as: .version),
      .record("source", .element("source"), \.source),
      .record("article", .element("article"), \.article),
      .records("conferences", .element("conference"), \.conferences),
      .records("awards", .element("award"), \.awards),
    ])
}

extension Source: TableRecord {
  public static let table = RecordTable<Source>(
    "sourceType",
    blank: Source(sha256: "", encoding: "", encodingSource: .bom, profile: .generic),
    [
      .text("url", .element("url"), \.url),
      .text("sha256", .element("sha256"), \.sha256, as: .sha256),
      .text("encoding", .element("encoding"), \.encoding),
      .choice(
        "encodingSource", .element("encodingSource"), \.encodingSource,
        type: "encodingSourceType"),
      .choice("profile", .element("profile"), \.profile, type: "profileType"),
      .value("retrieved", .element("retrieved"), \.retrieved, as: .date),
    ])
}

extension Article: TableRecord {
  public static let table = RecordTable<Article>(
    "articleType", blank: Article(title: ""),
    [
      .text("title", .element("title"), \.title),
      .value("published", .element("published"), \.published, as: .date),
      .text("publishedText", .element("publishedText"), \.publishedText),
      .value("updated", .element("updated"), \.updated, as: .date),
      .text("author", .element("author"), \.author),
      .text("lead", .element("lead"), \.lead),
      .texts("paragraphs", .element("paragraph"), \.paragraphs),
      .records("images", .element("image"), \.images),
    ])
}

extension Article.Image: TableRecord {
  public static let table = RecordTable<Article.Image>(
    "imageType", blank: Article.Image(),
    [
      .text("src", .element("src"), \.src),
      .text("caption", .element("caption"), \.caption),
    ])
}

extension Conference: TableRecord {
  public static let table = RecordTable<Conference>(
    "conferenceType",
    blank: Conference(id: ConferenceID(page: "", number: 0), title: "", kind: .other),
    [
      .value("id", .attribute("id"), \.id, as: .id),
      .text("title", .element("title"), \.title),
      .choice("kind", .element("kind"), \.kind, type: "conferenceKindType"),
      .record("period", .element("period"), \.period),
      .record("date", .element("date"), \.date, inline: true),
      .record("venue", .element("venue"), \.venue),
      .record("organizer", .element("organizer"), \.organizer),
      .records("provinces", .element("province"), \.provinces),
      .records("participants", .element("participant"), \.participants),
      .texts("movements", .element("movement"), \.movements),
      .records("exemplars", .element("exemplar"), \.exemplars),
    ])
}

extension EventDate: TableRecord {
  /// Inlined in the conference's JSON object: `date` and `dateYearInferred`.
  public static let table = RecordTable<EventDate>(
    "eventDateType", blank: EventDate(.first),
    [
      .value("", .text, \.value, as: .date),
      .flag("YearInferred", .attribute("yearInferred"), \.yearInferred),
    ])
}

extension Period: TableRecord {
  public static let table = RecordTable<Period>(
    "periodType", blank: Period(year: 0, part: .year),
    [
      .integer("year", .element("year"), \.year, as: .year),
      .choice("part", .element("part"), \.part, type: "periodPartType"),
      .value("from", .element("from"), \.from, as: .date),
      .value("to", .element("to"), \.to, as: .date),
    ])
}

extension Venue: TableRecord {
  public static let table = RecordTable<Venue>(
    "venueType", blank: Venue(),
    [
      .text("place", .element("place"), \.place),
      .record("province", .element("province"), \.province),
    ])
}

extension Organizer: TableRecord {
  public static let table = RecordTable<Organizer>(
    "organizerType", blank: Organizer(name: ""),
    [
      .text("name", .text, \.name),
      .choice("system", .attribute("system"), \.system, type: "organizerSystemType"),
    ])
}

extension ProvinceRef: TableRecord {
  public static let table = RecordTable<ProvinceRef>(
    "provinceType", blank: ProvinceRef(name: "", code: ""),
    [
      .text("name", .text, \.name),
      .text("code", .attribute("code"), \.code, as: .provinceCode),
      .text("mergedInto", .attribute("mergedInto"), \.mergedInto),
      .text("mergedIntoCode", .attribute("mergedIntoCode"), \.mergedIntoCode, as: .provinceCode),
    ])
}

extension Person: TableRecord {
  public static let table = RecordTable<Person>(
    "personType", blank: Person(name: ""),
    [
      .text("name", .element("name"), \.name),
      .texts("positions", .element("position"), \.positions),
      .text("role", .element("role"), \.role),
    ])
}

extension Exemplar: TableRecord {
  public static let table = RecordTable<Exemplar>(
    "exemplarType", blank: Exemplar(name: ""),
    [
      .text("name", .element("name"), \.name),
      .text("topic", .element("topic"), \.topic),
      .text("place", .element("place"), \.place),
    ])
}

extension Award: TableRecord {
  public static let table = RecordTable<Award>(
    "awardType",
    blank: Award(
      id: AwardID(page: "", number: 0), form: AwardForm(code: .other, name: ""),
      recipients: Recipients()),
    [
      .value("id", .attribute("id"), \.id, as: .id),
      .record("decision", .element("decision"), \.decision),
      .record("form", .element("form"), \.form),
      .record("recipients", .element("recipients"), \.recipients),
      .text("reason", .element("reason"), \.reason),
      .value("conference", .attribute("conference"), \.conference, as: .idRef),
    ])
}

extension Decision: TableRecord {
  public static let table = RecordTable<Decision>(
    "decisionType", blank: Decision(number: ""),
    [
      .text("number", .element("number"), \.number),
      .value("date", .element("date"), \.date, as: .date),
      .text("issuer", .element("issuer"), \.issuer),
      .record("signer", .element("signer"), \.signer),
    ])
}

extension Signer: TableRecord {
  public static let table = RecordTable<Signer>(
    "signerType", blank: Signer(name: ""),
    [
      .text("name", .element("name"), \.name),
      .text("position", .element("position"), \.position),
      .text("competence", .element("competence"), \.competence),
    ])
}

extension AwardForm: TableRecord {
  public static let table = RecordTable<AwardForm>(
    "awardFormType", blank: AwardForm(code: .other, name: ""),
    [
      .value(
        "code", .attribute("code"), \.code,
        as: .enumeration("awardFormCodeType", AwardForm.codes)),
      .text("name", .text, \.name),
    ])

  /// The award-form codes: those of `Data/award-forms.csv` in its order, then `other`.
  public static let codes: [String] =
    firstColumn(ofCSV: EmbeddedModelData.awardFormsCsv)
    + ["other"]
}

extension Recipients: TableRecord {
  public static let table = RecordTable<Recipients>(
    "recipientsType", blank: Recipients(),
    [
      .integer("collectives", .element("collectives"), \.collectives, as: .count),
      .integer("individuals", .element("individuals"), \.individuals, as: .count),
      .integer("households", .element("households"), \.households, as: .count),
      .records("named", .element("recipient"), \.named),
    ])
}

extension Recipient: TableRecord {
  public static let table = RecordTable<Recipient>(
    "recipientType", blank: Recipient(name: "", kind: .individual),
    [
      .text("name", .element("name"), \.name),
      .choice("kind", .attribute("kind"), \.kind, type: "recipientKindType"),
      .flag("posthumous", .attribute("posthumous"), \.posthumous),
      .text("detail", .element("detail"), \.detail),
      .texts("positions", .element("position"), \.positions),
    ])
}

/// The first field of every record of a CSV text after its header line (RFC 4180 quoting).
func firstColumn(ofCSV text: String) -> [String] {
  var result: [String] = []
  var field = ""
  var inQuotes = false
  var fieldIndex = 0
  var isHeader = true
  var previousWasQuote = false
  for character in text {
    if inQuotes {
      if character == "\"" {
        inQuotes = false
        previousWasQuote = true
      } else if fieldIndex == 0 {
        field.append(character)
      }
      continue
    }
    switch character {
    case "\"":
      if previousWasQuote, fieldIndex == 0 { field.append("\"") }
      inQuotes = true
    case ",":
      fieldIndex += 1
    case "\n", "\r\n":
      if !isHeader, !field.isEmpty { result.append(field) }
      isHeader = false
      field = ""
      fieldIndex = 0
    default:
      if fieldIndex == 0 { field.append(character) }
    }
    previousWasQuote = false
  }
  if !isHeader, !field.isEmpty { result.append(field) }
  return result
}
