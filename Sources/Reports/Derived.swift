// What the summary and the exports count by, derived from the records by fixed rules: the year
// of a record, the provinces it counts under, the issuer level of an award.

public import PortalPage
import Records
import VietText

/// A province a record counts under.
public struct CountedProvince: Sendable, Hashable {
  /// The official two-digit code.
  public var code: String
  /// The official name.
  public var name: String
  /// The province it belongs to since the 2025 merger (itself when it was not merged).
  public var successor: String
  /// The code of `successor`.
  public var successorCode: String
  /// Whether it is the province of the conference's venue.
  public var isVenue: Bool

  init(_ reference: ProvinceRef, isVenue: Bool) {
    code = reference.code
    name = reference.name
    let known = Gazetteer.province(code: reference.code)
    successor = reference.mergedInto ?? known?.mergedInto ?? reference.name
    successorCode = reference.mergedIntoCode ?? known?.mergedIntoCode ?? reference.code
    self.isVenue = isVenue
  }
}

/// The year of a day.
func year(of date: Day?) -> Int? { date?.year }

extension Conference {
  /// The year the conference counts under: of its date, else of the period it reviews, else of
  /// the page's publication.
  public func countedYear(article: Article) -> Int? {
    year(of: date?.value) ?? period?.year ?? year(of: article.published)
  }

  /// The provinces the conference names (members, hosts, participants), then the province of
  /// its venue when that is not among them; each once.
  public var countedProvinces: [CountedProvince] {
    var result: [CountedProvince] = []
    let venueCode = venue?.province?.code
    for province in provinces where !result.contains(where: { $0.code == province.code }) {
      result.append(CountedProvince(province, isVenue: province.code == venueCode))
    }
    if let venueProvince = venue?.province,
      !result.contains(where: { $0.code == venueProvince.code })
    {
      result.append(CountedProvince(venueProvince, isVenue: true))
    }
    return result
  }
}

extension Award {
  /// The year the award counts under: of its decision's date, else of the conference where it
  /// was presented, else of the page's publication.
  public func countedYear(in exchange: Exchange) -> Int? {
    if let decided = year(of: decision?.date) { return decided }
    if let conference = presentedAt(in: exchange),
      let held = conference.countedYear(article: exchange.article)
    {
      return held
    }
    return year(of: exchange.article.published)
  }

  /// The conference of the same page where the award was presented.
  public func presentedAt(in exchange: Exchange) -> Conference? {
    guard let conference else { return nil }
    return exchange.conferences.first { $0.id == conference }
  }

  /// The provinces the award counts under: the province named in its decision's issuer ("Chủ
  /// tịch UBND tỉnh Thái Nguyên"); else the venue's province of the conference where it was
  /// presented; else that conference's provinces; else none.
  public func countedProvinces(in exchange: Exchange) -> [CountedProvince] {
    if let issuer = decision?.issuer, let named = Gazetteer.mentions(in: issuer).first {
      let province = named.province
      let merged = province.mergedIntoCode == province.code
      return [
        CountedProvince(
          ProvinceRef(
            name: province.name, code: province.code,
            mergedInto: merged ? nil : province.mergedInto,
            mergedIntoCode: merged ? nil : province.mergedIntoCode), isVenue: false)
      ]
    }
    guard let conference = presentedAt(in: exchange) else { return [] }
    let provinces = conference.countedProvinces
    if let venue = provinces.first(where: \.isVenue) { return [venue] }
    return provinces
  }

  /// The issuer level of the award: the level the vocabulary gives its form; when the
  /// vocabulary allows several ("agency_head|district|commune"), the one the decision's issuer
  /// names ("Chủ tịch UBND huyện" → `district`), else the list as the vocabulary writes it;
  /// `unknown` for a form outside the vocabulary.
  public var issuerLevel: String {
    guard let entry = AwardVocabulary.form(code: form.code.rawValue) else { return "unknown" }
    let levels = entry.issuerLevel.split(separator: "|").map(String.init)
    guard levels.count > 1, let issuer = decision?.issuer else { return entry.issuerLevel }
    let words = " " + normalizedWords(issuer) + " "
    for (level, phrases) in issuerLevelPhrases where levels.contains(level) {
      if phrases.contains(where: { words.contains(" " + $0 + " ") }) { return level }
    }
    return entry.issuerLevel
  }
}

/// Words of an issuer that name its level, by level, most specific first; matched on whole
/// words of the lowercased NFC text (old and new tone placement alike).
let issuerLevelPhrases: [(level: String, phrases: [String])] = [
  (
    "commune",
    [
      "ubnd xã", "ubnd phường", "ubnd thị trấn", "ủy ban nhân dân xã", "ủy ban nhân dân phường",
      "ủy ban nhân dân thị trấn", "chủ tịch xã", "chủ tịch phường",
    ]
  ),
  (
    "district",
    [
      "ubnd huyện", "ubnd quận", "ubnd thị xã", "ủy ban nhân dân huyện", "ủy ban nhân dân quận",
      "ủy ban nhân dân thị xã", "chủ tịch huyện", "chủ tịch quận",
    ]
  ),
  (
    "agency_head",
    [
      "giám đốc", "thủ trưởng", "hiệu trưởng", "tổng giám đốc", "viện trưởng", "cục trưởng",
      "chánh văn phòng",
    ]
  ),
]

/// Lowercased NFC text in new-style tone placement with single spaces.
private func normalizedWords(_ text: String) -> String {
  canonicalToneplacement(normalizeText(text)).lowercased().split(whereSeparator: \.isWhitespace)
    .joined(separator: " ")
}
