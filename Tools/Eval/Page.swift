// The part of an exchange the scorer reads, decoded from the canonical JSON form.
//
// Both sides are read from JSON: the expected side from a sample's `expected.json`, the actual
// side from the JSON `tdkt convert --format json` writes for the page. Keys the scorer does not
// score are ignored, so the scorer keeps working when the model gains fields.

import Foundation

/// An exchange as scored: the article fields and the records.
struct ScoredPage: Decodable, Equatable {
  var article: ScoredArticle
  var conferences: [ScoredConference]
  var awards: [ScoredAward]

  init(
    article: ScoredArticle = ScoredArticle(), conferences: [ScoredConference] = [],
    awards: [ScoredAward] = []
  ) {
    self.article = article
    self.conferences = conferences
    self.awards = awards
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    article = try container.decodeIfPresent(ScoredArticle.self, forKey: .article) ?? .init()
    conferences = try container.decodeIfPresent([ScoredConference].self, forKey: .conferences) ?? []
    awards = try container.decodeIfPresent([ScoredAward].self, forKey: .awards) ?? []
  }

  private enum CodingKeys: String, CodingKey { case article, conferences, awards }

  /// The number of conferences and awards.
  var records: Int { conferences.count + awards.count }

  /// Decodes the canonical JSON of an exchange.
  static func decode(_ bytes: [UInt8]) throws -> ScoredPage {
    try JSONDecoder().decode(ScoredPage.self, from: Data(bytes))
  }
}

/// The article fields that are scored.
struct ScoredArticle: Decodable, Equatable {
  var title: String?
  var published: String?
  var author: String?
  var captions: [String]

  init(
    title: String? = nil, published: String? = nil, author: String? = nil,
    captions: [String] = []
  ) {
    self.title = title
    self.published = published
    self.author = author
    self.captions = captions
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    title = try container.decodeIfPresent(String.self, forKey: .title)
    published = try container.decodeIfPresent(String.self, forKey: .published)
    author = try container.decodeIfPresent(String.self, forKey: .author)
    let images = try container.decodeIfPresent([Image].self, forKey: .images) ?? []
    captions = images.compactMap(\.caption)
  }

  private enum CodingKeys: String, CodingKey { case title, published, author, images }

  private struct Image: Decodable { var caption: String? }
}

/// A person as scored: a conference participant or an individual recipient.
struct ScoredPerson: Decodable, Equatable {
  var name: String
  var positions: [String]

  init(name: String, positions: [String] = []) {
    self.name = name
    self.positions = positions
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    name = try container.decode(String.self, forKey: .name)
    positions = try container.decodeIfPresent([String].self, forKey: .positions) ?? []
  }

  private enum CodingKeys: String, CodingKey { case name, positions }
}

/// A conference as scored.
struct ScoredConference: Decodable, Equatable {
  var title: String
  var kind: String
  var date: String?
  /// Official names with their codes: `Hà Tĩnh (42)`.
  var provinces: [String]
  var participants: [ScoredPerson]
  var movements: [String]

  init(
    title: String, kind: String, date: String? = nil, provinces: [String] = [],
    participants: [ScoredPerson] = [], movements: [String] = []
  ) {
    self.title = title
    self.kind = kind
    self.date = date
    self.provinces = provinces
    self.participants = participants
    self.movements = movements
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    title = try container.decode(String.self, forKey: .title)
    kind = try container.decode(String.self, forKey: .kind)
    date = try container.decodeIfPresent(String.self, forKey: .date)
    let provinces = try container.decodeIfPresent([Province].self, forKey: .provinces) ?? []
    self.provinces = provinces.map { "\($0.name) (\($0.code))" }
    participants = try container.decodeIfPresent([ScoredPerson].self, forKey: .participants) ?? []
    movements = try container.decodeIfPresent([String].self, forKey: .movements) ?? []
  }

  private enum CodingKeys: String, CodingKey {
    case title, kind, date, provinces, participants, movements
  }

  private struct Province: Decodable {
    var name: String
    var code: String
  }
}

/// A named recipient as scored.
struct ScoredRecipient: Decodable, Equatable {
  var name: String
  var kind: String
  var positions: [String]

  init(name: String, kind: String, positions: [String] = []) {
    self.name = name
    self.kind = kind
    self.positions = positions
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    name = try container.decode(String.self, forKey: .name)
    kind = try container.decode(String.self, forKey: .kind)
    positions = try container.decodeIfPresent([String].self, forKey: .positions) ?? []
  }

  private enum CodingKeys: String, CodingKey { case name, kind, positions }
}

/// An award as scored.
struct ScoredAward: Decodable, Equatable {
  var decisionNumber: String?
  var formCode: String
  var formName: String
  var collectives: Int?
  var individuals: Int?
  var households: Int?
  var recipients: [ScoredRecipient]

  init(
    decisionNumber: String? = nil, formCode: String, formName: String, collectives: Int? = nil,
    individuals: Int? = nil, households: Int? = nil, recipients: [ScoredRecipient] = []
  ) {
    self.decisionNumber = decisionNumber
    self.formCode = formCode
    self.formName = formName
    self.collectives = collectives
    self.individuals = individuals
    self.households = households
    self.recipients = recipients
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    decisionNumber = try container.decodeIfPresent(Decision.self, forKey: .decision)?.number
    let form = try container.decode(Form.self, forKey: .form)
    formCode = form.code
    formName = form.name
    let recipients = try container.decodeIfPresent(Recipients.self, forKey: .recipients)
    collectives = recipients?.collectives
    individuals = recipients?.individuals
    households = recipients?.households
    self.recipients = recipients?.named ?? []
  }

  private enum CodingKeys: String, CodingKey { case decision, form, recipients }

  private struct Decision: Decodable { var number: String }
  private struct Form: Decodable {
    var code: String
    var name: String
  }
  private struct Recipients: Decodable {
    var collectives: Int?
    var individuals: Int?
    var households: Int?
    var named: [ScoredRecipient]?
  }
}
