// The tables of an export: one definition shared by SQLite and CSV, and the rows of a page.

import Interchange
import PortalPage
import Records
import VietText

/// One table of an export.
public struct ExportTable: Sendable {
  /// The table's name (and the CSV file's, with `.csv`).
  public var name: String
  /// The columns, in order.
  public var columns: [String]
  /// The columns of the primary key.
  public var key: [String]
  /// The SQL definition of each column, in order (type, constraints).
  var definitions: [String]
  /// Table constraints after the columns (foreign keys).
  var constraints: [String]
  /// Indexes: their columns.
  var indexes: [[String]]

  init(
    _ name: String, key: [String], columns: [(String, String)], constraints: [String] = [],
    indexes: [[String]] = []
  ) {
    self.name = name
    self.key = key
    self.columns = columns.map(\.0)
    self.definitions = columns.map(\.1)
    self.constraints = constraints
    self.indexes = indexes
  }

  /// `CREATE TABLE IF NOT EXISTS …` and its indexes.
  var createStatements: [String] {
    var parts = zip(columns, definitions).map { "  \($0) \($1)" }
    parts.append("  PRIMARY KEY (\(key.joined(separator: ", ")))")
    parts += constraints.map { "  " + $0 }
    var statements = [
      "CREATE TABLE IF NOT EXISTS \(name) (\n" + parts.joined(separator: ",\n")
        + "\n) WITHOUT ROWID"
    ]
    for columns in indexes {
      statements.append(
        "CREATE INDEX IF NOT EXISTS \(name)_\(columns.joined(separator: "_")) ON \(name) ("
          + columns.joined(separator: ", ") + ")")
    }
    return statements
  }

  /// `INSERT INTO … VALUES (?, …)`.
  var insertStatement: String {
    "INSERT INTO \(name) (\(columns.joined(separator: ", "))) VALUES ("
      + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
  }
}

private let pageReference = "FOREIGN KEY (page_sha256) REFERENCES pages (sha256) ON DELETE CASCADE"
private let conferenceReference =
  "FOREIGN KEY (conference_id) REFERENCES conferences (id) ON DELETE CASCADE"
private let awardReference = "FOREIGN KEY (award_id) REFERENCES awards (id) ON DELETE CASCADE"

/// The tables, parents first. Every record table refers to its page, so that a page's rows go
/// with it.
public let exportTables: [ExportTable] = [
  ExportTable(
    "pages", key: ["sha256"],
    columns: [
      ("sha256", "TEXT NOT NULL"), ("file", "TEXT NOT NULL"), ("input", "TEXT"), ("url", "TEXT"),
      ("encoding", "TEXT NOT NULL"), ("profile", "TEXT NOT NULL"), ("retrieved", "TEXT"),
      ("title", "TEXT NOT NULL"), ("published", "TEXT"), ("author", "TEXT"), ("lead", "TEXT"),
      ("text", "TEXT NOT NULL"), ("conferences", "INTEGER NOT NULL"),
      ("awards", "INTEGER NOT NULL"), ("content_sha256", "TEXT NOT NULL"),
    ], indexes: [["published"]]),
  ExportTable(
    "conferences", key: ["id"],
    columns: [
      ("id", "TEXT NOT NULL"), ("page_sha256", "TEXT NOT NULL"), ("seq", "INTEGER NOT NULL"),
      ("title", "TEXT NOT NULL"), ("kind", "TEXT NOT NULL"), ("year", "INTEGER"),
      ("period_year", "INTEGER"), ("period_part", "TEXT"), ("period_from", "TEXT"),
      ("period_to", "TEXT"), ("date", "TEXT"), ("date_year_inferred", "INTEGER"),
      ("venue_place", "TEXT"), ("venue_province_code", "TEXT"), ("venue_province", "TEXT"),
      ("organizer", "TEXT"), ("organizer_system", "TEXT"),
    ], constraints: [pageReference],
    indexes: [["page_sha256"], ["kind", "year"], ["year"]]),
  ExportTable(
    "participants", key: ["conference_id", "seq"],
    columns: [
      ("conference_id", "TEXT NOT NULL"), ("seq", "INTEGER NOT NULL"), ("name", "TEXT NOT NULL"),
      ("positions", "TEXT NOT NULL"), ("role", "TEXT"),
    ], constraints: [conferenceReference], indexes: [["name"]]),
  ExportTable(
    "provinces", key: ["record_id", "code"],
    columns: [
      ("record_id", "TEXT NOT NULL"), ("record", "TEXT NOT NULL"),
      ("page_sha256", "TEXT NOT NULL"), ("seq", "INTEGER NOT NULL"), ("code", "TEXT NOT NULL"),
      ("name", "TEXT NOT NULL"), ("successor_code", "TEXT NOT NULL"),
      ("successor", "TEXT NOT NULL"), ("venue", "INTEGER NOT NULL"),
    ], constraints: [pageReference],
    indexes: [["code"], ["successor_code"], ["page_sha256"]]),
  ExportTable(
    "movements", key: ["conference_id", "seq"],
    columns: [
      ("conference_id", "TEXT NOT NULL"), ("seq", "INTEGER NOT NULL"), ("name", "TEXT NOT NULL"),
    ], constraints: [conferenceReference]),
  ExportTable(
    "exemplars", key: ["conference_id", "seq"],
    columns: [
      ("conference_id", "TEXT NOT NULL"), ("seq", "INTEGER NOT NULL"), ("name", "TEXT NOT NULL"),
      ("topic", "TEXT"), ("place", "TEXT"),
    ], constraints: [conferenceReference]),
  ExportTable(
    "awards", key: ["id"],
    columns: [
      ("id", "TEXT NOT NULL"), ("page_sha256", "TEXT NOT NULL"), ("seq", "INTEGER NOT NULL"),
      ("conference_id", "TEXT"), ("form_code", "TEXT NOT NULL"), ("form_name", "TEXT NOT NULL"),
      ("category", "TEXT NOT NULL"), ("issuer_level", "TEXT NOT NULL"), ("year", "INTEGER"),
      ("collectives", "INTEGER"), ("individuals", "INTEGER"), ("households", "INTEGER"),
      ("named", "INTEGER NOT NULL"), ("reason", "TEXT"),
    ],
    constraints: [
      pageReference,
      "FOREIGN KEY (conference_id) REFERENCES conferences (id) ON DELETE SET NULL",
    ], indexes: [["page_sha256"], ["form_code", "year"], ["year"], ["conference_id"]]),
  ExportTable(
    "decisions", key: ["award_id"],
    columns: [
      ("award_id", "TEXT NOT NULL"), ("number", "TEXT NOT NULL"), ("date", "TEXT"),
      ("issuer", "TEXT"), ("signer_name", "TEXT"), ("signer_position", "TEXT"),
      ("signer_competence", "TEXT"),
    ], constraints: [awardReference], indexes: [["number"]]),
  ExportTable(
    "recipients", key: ["award_id", "seq"],
    columns: [
      ("award_id", "TEXT NOT NULL"), ("seq", "INTEGER NOT NULL"), ("name", "TEXT NOT NULL"),
      ("kind", "TEXT NOT NULL"), ("positions", "TEXT NOT NULL"), ("detail", "TEXT"),
      ("posthumous", "INTEGER NOT NULL"),
    ], constraints: [awardReference], indexes: [["name"], ["kind"]]),
]

/// The separator of the positions of a person in one cell.
let positionSeparator = "; "

/// The rows of one page, by table name (every table present, maybe empty).
struct PageRows {
  var rows: [String: [[CellValue]]]
  /// The SHA-256 of the page's canonical JSON: a re-export skips a page whose records did not
  /// change.
  var contentHash: String

  init(_ page: CollectedPage) {
    let exchange = page.exchange
    let sha = exchange.source.sha256
    let page256 = CellValue.text(sha)
    contentHash = sha256Hex(ExchangeJSON.encode(exchange))
    var rows: [String: [[CellValue]]] = [:]
    for table in exportTables { rows[table.name] = [] }
    let article = exchange.article
    rows["pages"]!.append([
      page256, .text(page.file), .optional(page.input), .optional(exchange.source.url),
      .text(exchange.source.encoding), .text(exchange.source.profile.rawValue),
      .optional(exchange.source.retrieved), .text(article.title), .optional(article.published),
      .optional(article.author), .optional(article.lead),
      .text(article.paragraphs.joined(separator: "\n\n")),
      .integer(exchange.conferences.count), .integer(exchange.awards.count), .text(contentHash),
    ])
    func provinceRows(_ id: String, _ record: String, _ provinces: [CountedProvince]) {
      for (index, province) in provinces.enumerated() {
        rows["provinces"]!.append([
          .text(id), .text(record), page256, .integer(index + 1), .text(province.code),
          .text(province.name), .text(province.successorCode), .text(province.successor),
          .integer(province.isVenue ? 1 : 0),
        ])
      }
    }
    for (index, conference) in exchange.conferences.enumerated() {
      let id = CellValue.text(conference.id.rawValue)
      rows["conferences"]!.append([
        id, page256, .integer(index + 1), .text(conference.title), .text(conference.kind.rawValue),
        .optional(conference.countedYear(article: article)), .optional(conference.period?.year),
        .optional(conference.period?.part.rawValue), .optional(conference.period?.from),
        .optional(conference.period?.to), .optional(conference.date?.value),
        .optional(conference.date.map { $0.yearInferred ? 1 : 0 }),
        .optional(conference.venue?.place), .optional(conference.venue?.province?.code),
        .optional(conference.venue?.province?.name), .optional(conference.organizer?.name),
        .optional(conference.organizer?.system?.rawValue),
      ])
      for (seq, participant) in conference.participants.enumerated() {
        rows["participants"]!.append([
          id, .integer(seq + 1), .text(participant.name),
          .text(participant.positions.joined(separator: positionSeparator)),
          .optional(participant.role),
        ])
      }
      provinceRows(conference.id.rawValue, "conference", conference.countedProvinces)
      for (seq, movement) in conference.movements.enumerated() {
        rows["movements"]!.append([id, .integer(seq + 1), .text(movement)])
      }
      for (seq, exemplar) in conference.exemplars.enumerated() {
        rows["exemplars"]!.append([
          id, .integer(seq + 1), .text(exemplar.name), .optional(exemplar.topic),
          .optional(exemplar.place),
        ])
      }
    }
    for (index, award) in exchange.awards.enumerated() {
      let id = CellValue.text(award.id.rawValue)
      let entry = AwardVocabulary.form(code: award.form.code.rawValue)
      rows["awards"]!.append([
        id, page256, .integer(index + 1), .optional(award.conference),
        .text(award.form.code.rawValue),
        .text(award.form.name), .text(entry?.category ?? "other"), .text(award.issuerLevel),
        .optional(award.countedYear(in: exchange)), .optional(award.recipients.collectives),
        .optional(award.recipients.individuals), .optional(award.recipients.households),
        .integer(award.recipients.named.count), .optional(award.reason),
      ])
      if let decision = award.decision {
        rows["decisions"]!.append([
          id, .text(decision.number), .optional(decision.date), .optional(decision.issuer),
          .optional(decision.signer?.name), .optional(decision.signer?.position),
          .optional(decision.signer?.competence),
        ])
      }
      provinceRows(award.id.rawValue, "award", award.countedProvinces(in: exchange))
      for (seq, recipient) in award.recipients.named.enumerated() {
        rows["recipients"]!.append([
          id, .integer(seq + 1), .text(recipient.name), .text(recipient.kind.rawValue),
          .text(recipient.positions.joined(separator: positionSeparator)),
          .optional(recipient.detail), .integer(recipient.posthumous ? 1 : 0),
        ])
      }
    }
    self.rows = rows
  }
}

extension CellValue {
  /// The lexical form of `value` (`YYYY-MM-DD` for a day), or NULL.
  static func optional<T: LexicalValue>(_ value: T?) -> CellValue { .optional(value?.lexeme) }
}
