// The counts of a collection, as `summary.json` holds them.

import Foundation
import Records
import VietText

/// The name of the summary file `tdkt report` writes.
public let summaryFileName = "summary.json"

/// The name of the report page `tdkt report` writes.
public let reportFileName = "report.html"

/// The counts of a collection: pages, records, and records by province, year, award form,
/// issuer level and conference kind; pages without records; failures by reason.
///
/// Every list is sorted (provinces by code, years ascending, forms and levels by count then
/// code), so the same collection always gives the same bytes.
public struct Summary: Codable, Sendable, Hashable {
  /// Exchange files read (a page written as XML and JSON counts twice here).
  public var files: Int
  /// Distinct source pages (by `source.sha256`).
  public var pages: Int
  /// Pages with at least one conference or award.
  public var pagesWithRecords: Int
  public var conferences: Int
  public var awards: Int
  /// Inputs that failed (pages the batch could not convert, unreadable exchange files).
  public var failed: Int

  /// Records by province: a conference under each province it names and its venue's; an award
  /// under the province of its issuer, else of the venue, else of the conference (see
  /// `Award.countedProvinces(in:)`).
  public var byProvince: [ProvinceCount]
  /// Records by the province their provinces belong to since the 2025 merger: each record once
  /// under each distinct successor of the provinces it counts under.
  public var bySuccessor: [SuccessorCount]
  /// Records that count under no province.
  public var withoutProvince: RecordCount
  /// Records by year (see `Conference.countedYear(article:)`, `Award.countedYear(in:)`).
  public var byYear: [YearCount]
  /// Records without a year.
  public var withoutYear: RecordCount
  /// Awards by form code.
  public var byAwardForm: [FormCount]
  /// Awards by issuer level (see `Award.issuerLevel`).
  public var byIssuerLevel: [LevelCount]
  /// Conferences by kind, every kind listed.
  public var byConferenceKind: [KindCount]
  /// The pages that report neither a conference nor an award.
  public var pagesWithoutRecords: [PageEntry]
  /// Failures grouped by reason (most frequent first).
  public var failuresByReason: [ReasonCount]

  /// Conferences and awards.
  public struct RecordCount: Codable, Sendable, Hashable {
    public var conferences = 0
    public var awards = 0
  }

  public struct ProvinceCount: Codable, Sendable, Hashable {
    public var code: String
    public var name: String
    /// The province it belongs to since the 2025 merger (itself when not merged).
    public var successor: String
    public var successorCode: String
    public var conferences: Int
    public var awards: Int
  }

  public struct SuccessorCount: Codable, Sendable, Hashable {
    public var code: String
    public var name: String
    public var conferences: Int
    public var awards: Int
  }

  public struct YearCount: Codable, Sendable, Hashable {
    public var year: Int
    public var conferences: Int
    public var awards: Int
  }

  public struct FormCount: Codable, Sendable, Hashable {
    /// The vocabulary code, or `other`.
    public var code: String
    /// The vocabulary's name; for `other`, the most frequent name as written.
    public var name: String
    /// The vocabulary's category (`order`, `medal`, …), `other` outside it.
    public var category: String
    /// The vocabulary's issuer level(s), `unknown` outside it.
    public var issuerLevel: String
    public var awards: Int
    /// Sums of the counts the pages state.
    public var collectives: Int
    public var individuals: Int
    public var households: Int
    /// Named recipients.
    public var namedRecipients: Int
  }

  public struct LevelCount: Codable, Sendable, Hashable {
    public var level: String
    public var awards: Int
  }

  public struct KindCount: Codable, Sendable, Hashable {
    public var kind: String
    public var conferences: Int
  }

  public struct PageEntry: Codable, Sendable, Hashable {
    public var file: String
    public var title: String
    public var url: String?
    public var input: String?
  }

  public struct ReasonCount: Codable, Sendable, Hashable {
    public var reason: String
    public var count: Int
    /// The failed inputs, in order.
    public var paths: [String]
  }

  /// Counts `collection`.
  public init(_ collection: RecordCollection) {
    files = collection.files
    pages = collection.pages.count
    failed = collection.failures.count
    var recordPages = 0
    var conferenceCount = 0
    var awardCount = 0
    var provinces: [String: ProvinceCount] = [:]
    var successors: [String: SuccessorCount] = [:]
    var years: [Int: YearCount] = [:]
    var noProvince = RecordCount()
    var noYear = RecordCount()
    var forms: [String: FormCount] = [:]
    var otherNames: [String: Int] = [:]
    var levels: [String: Int] = [:]
    var kinds: [String: Int] = [:]
    var empty: [PageEntry] = []

    func province(_ counted: CountedProvince) -> ProvinceCount {
      provinces[counted.code]
        ?? ProvinceCount(
          code: counted.code, name: counted.name, successor: counted.successor,
          successorCode: counted.successorCode, conferences: 0, awards: 0)
    }

    func successorCounts(_ counted: [CountedProvince]) -> [String] {
      var codes: [String] = []
      for place in counted where !codes.contains(place.successorCode) {
        codes.append(place.successorCode)
        if successors[place.successorCode] == nil {
          successors[place.successorCode] = SuccessorCount(
            code: place.successorCode, name: place.successor, conferences: 0, awards: 0)
        }
      }
      return codes
    }

    for page in collection.pages {
      let exchange = page.exchange
      if exchange.conferences.isEmpty && exchange.awards.isEmpty {
        empty.append(
          PageEntry(
            file: page.file, title: exchange.article.title, url: exchange.source.url,
            input: page.input))
      } else {
        recordPages += 1
      }
      for conference in exchange.conferences {
        conferenceCount += 1
        kinds[conference.kind.rawValue, default: 0] += 1
        let counted = conference.countedProvinces
        if counted.isEmpty { noProvince.conferences += 1 }
        for place in counted {
          var entry = province(place)
          entry.conferences += 1
          provinces[place.code] = entry
        }
        for code in successorCounts(counted) { successors[code]!.conferences += 1 }
        if let year = conference.countedYear(article: exchange.article) {
          years[year, default: YearCount(year: year, conferences: 0, awards: 0)].conferences += 1
        } else {
          noYear.conferences += 1
        }
      }
      for award in exchange.awards {
        awardCount += 1
        let counted = award.countedProvinces(in: exchange)
        if counted.isEmpty { noProvince.awards += 1 }
        for place in counted {
          var entry = province(place)
          entry.awards += 1
          provinces[place.code] = entry
        }
        for code in successorCounts(counted) { successors[code]!.awards += 1 }
        if let year = award.countedYear(in: exchange) {
          years[year, default: YearCount(year: year, conferences: 0, awards: 0)].awards += 1
        } else {
          noYear.awards += 1
        }
        let entry = AwardVocabulary.form(code: award.form.code.rawValue)
        var form =
          forms[award.form.code.rawValue]
          ?? FormCount(
            code: award.form.code.rawValue, name: entry?.name ?? award.form.name,
            category: entry?.category ?? "other", issuerLevel: entry?.issuerLevel ?? "unknown",
            awards: 0, collectives: 0, individuals: 0, households: 0, namedRecipients: 0)
        form.awards += 1
        form.collectives += award.recipients.collectives ?? 0
        form.individuals += award.recipients.individuals ?? 0
        form.households += award.recipients.households ?? 0
        form.namedRecipients += award.recipients.named.count
        forms[award.form.code.rawValue] = form
        if entry == nil { otherNames[award.form.name, default: 0] += 1 }
        levels[award.issuerLevel, default: 0] += 1
      }
    }
    if var other = forms["other"], let name = mostFrequent(otherNames) {
      other.name = name
      forms["other"] = other
    }

    pagesWithRecords = recordPages
    conferences = conferenceCount
    awards = awardCount
    byProvince = provinces.values.sorted { $0.code < $1.code }
    bySuccessor = successors.values.sorted { $0.code < $1.code }
    withoutProvince = noProvince
    byYear = years.values.sorted { $0.year < $1.year }
    withoutYear = noYear
    byAwardForm = forms.values.sorted {
      $0.awards != $1.awards ? $0.awards > $1.awards : $0.code < $1.code
    }
    byIssuerLevel = levels.map { LevelCount(level: $0.key, awards: $0.value) }.sorted {
      $0.awards != $1.awards ? $0.awards > $1.awards : $0.level < $1.level
    }
    byConferenceKind = Conference.Kind.allCases.map {
      KindCount(kind: $0.rawValue, conferences: kinds[$0.rawValue] ?? 0)
    }
    pagesWithoutRecords = empty

    var reasons: [String: ReasonCount] = [:]
    for failure in collection.failures {
      let reason = failure.reason
      reasons[reason, default: ReasonCount(reason: reason, count: 0, paths: [])].count += 1
      reasons[reason]!.paths.append(failure.path)
    }
    failuresByReason = reasons.values.sorted {
      $0.count != $1.count ? $0.count > $1.count : $0.reason < $1.reason
    }
  }

  /// The JSON of the summary: pretty-printed, keys sorted, a final newline.
  public var json: [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
    return [UInt8](data) + [UInt8(ascii: "\n")]
  }
}

/// The most frequent key (the first in order among equals).
private func mostFrequent(_ counts: [String: Int]) -> String? {
  counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key
}
