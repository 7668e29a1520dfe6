// The record model of the tdkt exchange format, version 1.
//
// Every type here maps one to one onto an element of `Schemas/tdkt-exchange.xsd`
// (namespace `urn:tdkt:exchange:1`) and onto an object of `Schemas/tdkt-exchange.schema.json`.
// JSON keys are the property names below, in declaration order; XML element names are given in
// each doc comment; `Source` and `Article` are in SourceArticle.swift. Optional values that
// are `nil` and arrays that are empty are omitted from both forms. The codecs of `Interchange`
// read and write these types through the field tables of Tables.swift (one line per stored
// property). Values are typed (Values.swift): a `Day` for every date, an `AwardForm.Code` for
// the form of an award, `ConferenceID` and `AwardID` for the ids and the award's reference to
// its conference; text is parsed and formatted only at the codecs' boundary, through
// `LexicalValue`, after it has been checked against the field's simple type.

/// One exchange file: where a page came from, what it says, and the records it reports.
///
/// XML: `<exchange xmlns="urn:tdkt:exchange:1" version="1.0">` with `source`, `article`, then
/// `conference`* and `award`* children.
public struct Exchange: Sendable, Hashable {
  /// The format version; `"1.0"` for this model. XML: attribute `version`.
  public var version: String
  /// XML: `<source>`.
  public var source: Source
  /// XML: `<article>`.
  public var article: Article
  /// XML: one `<conference>` each.
  public var conferences: [Conference]
  /// XML: one `<award>` each.
  public var awards: [Award]

  public static let currentVersion = "1.0"

  public init(
    version: String = Exchange.currentVersion, source: Source, article: Article,
    conferences: [Conference] = [], awards: [Award] = []
  ) {
    self.version = version
    self.source = source
    self.article = article
    self.conferences = conferences
    self.awards = awards
  }
}

/// A conference or ceremony the page reports.
///
/// XML: `<conference id="…">` with children `title`, `kind`, `period?`, `date?`, `venue?`,
/// `organizer?`, `province`*, `participant`*, `movement`*, `exemplar`*.
public struct Conference: Sendable, Hashable {
  /// Deterministic id (`xs:ID`), e.g. `c-ae809483ed04-1`. XML: attribute `id`.
  public var id: ConferenceID
  public var title: String
  public var kind: Kind
  public var period: Period?
  /// The event date; XML attribute `yearInferred="true"` when the year came from the page date.
  public var date: EventDate?
  public var venue: Venue?
  public var organizer: Organizer?
  /// Member, host or participating provinces. XML: `<province>`.
  public var provinces: [ProvinceRef]
  /// XML: `<participant>`.
  public var participants: [Person]
  /// Names of emulation movements, as quoted. XML: `<movement>`.
  public var movements: [String]
  /// XML: `<exemplar>`.
  public var exemplars: [Exemplar]

  public init(
    id: ConferenceID, title: String, kind: Kind, period: Period? = nil, date: EventDate? = nil,
    venue: Venue? = nil, organizer: Organizer? = nil, provinces: [ProvinceRef] = [],
    participants: [Person] = [], movements: [String] = [], exemplars: [Exemplar] = []
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.period = period
    self.date = date
    self.venue = venue
    self.organizer = organizer
    self.provinces = provinces
    self.participants = participants
    self.movements = movements
    self.exemplars = exemplars
  }

  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case midyearReview = "midyear-review"
    case annualReview = "annual-review"
    case launch
    case covenant
    case congress
    case ceremony
    case other
  }
}

/// A date with a flag telling whether its year was inferred from the page's date.
///
/// XML: `<date yearInferred="true">2022-07-27</date>`; JSON: `"date": "2022-07-27"` plus
/// `"dateYearInferred": true` in the enclosing object.
public struct EventDate: Sendable, Hashable {
  /// The day.
  public var value: Day
  public var yearInferred: Bool
  public init(_ value: Day, yearInferred: Bool = false) {
    self.value = value
    self.yearInferred = yearInferred
  }
}

/// The period a review covers. XML: `<period>` with `year`, `part`, `from?`, `to?`.
public struct Period: Sendable, Hashable {
  public var year: Int
  public var part: Part
  /// First day.
  public var from: Day?
  /// Last day.
  public var to: Day?

  public init(year: Int, part: Part, from: Day? = nil, to: Day? = nil) {
    self.year = year
    self.part = part
    self.from = from
    self.to = to
  }

  public enum Part: String, Sendable, Hashable, CaseIterable {
    case h1 = "H1"
    case h2 = "H2"
    case q1 = "Q1"
    case q2 = "Q2"
    case q3 = "Q3"
    case q4 = "Q4"
    case year
    /// Several years: a term ("nhiệm kỳ 2020-2025") or stage ("giai đoạn 2015 - 2020");
    /// `year` is the first year, `from`/`to` give the span.
    case span
  }
}

/// Where an event took place. XML: `<venue>` with `place?`, `province?`.
public struct Venue: Sendable, Hashable {
  public var place: String?
  public var province: ProvinceRef?
  public init(place: String? = nil, province: ProvinceRef? = nil) {
    self.place = place
    self.province = province
  }
}

/// Who held the event. XML: `<organizer system="…">NAME</organizer>`.
public struct Organizer: Sendable, Hashable {
  public var name: String
  /// Whose emulation system the organiser belongs to, when known.
  public var system: System?
  public init(name: String, system: System? = nil) {
    self.name = name
    self.system = system
  }

  public enum System: String, Sendable, Hashable, CaseIterable {
    /// Hội đồng Thi đua - Khen thưởng (the state system).
    case state
    case fatherlandFront = "fatherland-front"
    case tradeUnion = "trade-union"
    case womenUnion = "women-union"
    case youthUnion = "youth-union"
    case farmersUnion = "farmers-union"
    case police
    case army
    case party
    case other
  }
}

/// A province as named on the page. XML: `<province code="17" mergedInto="Phú Thọ"
/// mergedIntoCode="25">Hòa Bình</province>`.
public struct ProvinceRef: Sendable, Hashable {
  /// The official name (NFC), e.g. `Hòa Bình`.
  public var name: String
  /// The official two-digit code, e.g. `17`.
  public var code: String
  /// The province it belongs to since the 2025 merger, when that is another province.
  public var mergedInto: String?
  /// The code of `mergedInto`.
  public var mergedIntoCode: String?

  public init(name: String, code: String, mergedInto: String? = nil, mergedIntoCode: String? = nil)
  {
    self.name = name
    self.code = code
    self.mergedInto = mergedInto
    self.mergedIntoCode = mergedIntoCode
  }
}

/// A person named on the page. XML: `<participant>` (or `<recipient>`) with `name`,
/// `position`*, `role?`.
public struct Person: Sendable, Hashable {
  public var name: String
  /// Positions as written beside the name, in order, abbreviations kept.
  public var positions: [String]
  /// What the person did at the event, when stated (e.g. `chủ trì`, `phát biểu`).
  public var role: String?
  public init(name: String, positions: [String] = [], role: String? = nil) {
    self.name = name
    self.positions = positions
    self.role = role
  }
}

/// An exemplary model presented at an event. XML: `<exemplar>` with `name`, `topic?`, `place?`.
public struct Exemplar: Sendable, Hashable {
  /// Who runs the model (a person, cooperative, school…).
  public var name: String
  /// What the model is, as quoted.
  public var topic: String?
  /// Where it is.
  public var place: String?
  public init(name: String, topic: String? = nil, place: String? = nil) {
    self.name = name
    self.topic = topic
    self.place = place
  }
}

/// An award decision or conferral the page reports.
///
/// XML: `<award id="…" conference="c-…">` with `decision?`, `form`, `recipients`, `reason?`.
public struct Award: Sendable, Hashable {
  /// Deterministic id (`xs:ID`), e.g. `a-ae809483ed04-1`. XML: attribute `id`.
  public var id: AwardID
  public var decision: Decision?
  public var form: AwardForm
  public var recipients: Recipients
  public var reason: String?
  /// The id of the conference where the award was presented (`xs:IDREF`).
  public var conference: ConferenceID?

  public init(
    id: AwardID, decision: Decision? = nil, form: AwardForm, recipients: Recipients,
    reason: String? = nil, conference: ConferenceID? = nil
  ) {
    self.id = id
    self.decision = decision
    self.form = form
    self.recipients = recipients
    self.reason = reason
    self.conference = conference
  }
}

/// The decision that grants an award. XML: `<decision>` with `number`, `date?`, `issuer?`,
/// `signer?`.
public struct Decision: Sendable, Hashable {
  /// The document number as written, normalised to NFC, e.g. `163/QĐ-UBND`.
  public var number: String
  /// The day it was issued.
  public var date: Day?
  /// The authority in whose name it was issued, e.g. `Chủ tịch UBND tỉnh`.
  public var issuer: String?
  /// The person who signed it, from the signature block of the decision itself.
  public var signer: Signer?
  public init(number: String, date: Day? = nil, issuer: String? = nil, signer: Signer? = nil) {
    self.number = number
    self.date = date
    self.issuer = issuer
    self.signer = signer
  }
}

/// Who signed a decision, as its signature block gives it (edXML's `SignerInfo`).
///
/// XML: `<signer>` with `name`, `position?`, `competence?`; the block "KT. CHỦ TỊCH / PHÓ CHỦ
/// TỊCH / Nguyễn Văn A" gives name `Nguyễn Văn A`, position `Phó Chủ tịch` and competence
/// `KT. Chủ tịch`.
public struct Signer: Sendable, Hashable {
  /// The signer's name.
  public var name: String
  /// The signer's own position.
  public var position: String?
  /// The capacity in which the document was signed: `KT. Chủ tịch` (on behalf of),
  /// `TM. Ủy ban nhân dân` (in the name of), `TL.`, `TUQ.` …
  public var competence: String?
  public init(name: String, position: String? = nil, competence: String? = nil) {
    self.name = name
    self.position = position
    self.competence = competence
  }
}

/// The form of an award. XML: `<form code="bang_khen_thu_tuong">Bằng khen của Thủ tướng Chính
/// phủ</form>`.
public struct AwardForm: Sendable, Hashable {
  /// A code of `Data/award-forms.csv`, or `other`.
  public var code: Code
  /// The name as written on the page.
  public var name: String
  public init(code: Code, name: String) {
    self.code = code
    self.name = name
  }
}

/// Who received an award. XML: `<recipients>` with `collectives?`, `individuals?`,
/// `households?`, `recipient`*.
public struct Recipients: Sendable, Hashable {
  public var collectives: Int?
  public var individuals: Int?
  public var households: Int?
  /// XML: `<recipient kind="…">` with `name`, `position`*.
  public var named: [Recipient]

  public init(
    collectives: Int? = nil, individuals: Int? = nil, households: Int? = nil,
    named: [Recipient] = []
  ) {
    self.collectives = collectives
    self.individuals = individuals
    self.households = households
    self.named = named
  }
}

/// One named recipient of an award.
///
/// XML: `<recipient kind="…" posthumous="true">` with `name`, `detail?`, `position`*.
public struct Recipient: Sendable, Hashable {
  public var name: String
  public var kind: Kind
  public var positions: [String]
  /// What the page adds in parentheses after the name, without them (e.g. `Hội Nông dân xã`).
  public var detail: String?
  /// Conferred after death ("truy tặng"). XML: attribute `posthumous="true"`, omitted when false.
  public var posthumous: Bool
  public init(
    name: String, kind: Kind, positions: [String] = [], detail: String? = nil,
    posthumous: Bool = false
  ) {
    self.name = name
    self.kind = kind
    self.positions = positions
    self.detail = detail
    self.posthumous = posthumous
  }

  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case individual, collective, household
  }
}
