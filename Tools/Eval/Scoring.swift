// Field-by-field scoring of an actual exchange against the expected one.
//
// Each field is a multiset of normalised items. Article fields are compared page to page;
// record fields are compared between matched records (conferences by title, date and kind;
// awards by decision number and form code), and the items of a record without a partner count
// as missing (an expected record the tool did not find) or extra (a record the tool invented).

import Foundation

/// A scored field.
enum Field: String, CaseIterable, Codable, Sendable {
  case title
  case published
  case author
  case captions
  case kind
  case eventDate
  case provinces
  case people
  case positions
  case movements
  case decisions
  case forms
  case counts
  case recipients

  /// The label in the table.
  var label: String {
    switch self {
    case .eventDate: "event date"
    default: rawValue
    }
  }

  /// What the field counts, for the README and `--help`.
  var summary: String {
    switch self {
    case .title: "article title"
    case .published: "article published date"
    case .author: "article author (case-insensitive)"
    case .captions: "image captions"
    case .kind: "conference kinds"
    case .eventDate: "conference dates"
    case .provinces: "conference provinces (name and code)"
    case .people: "participant and individual-recipient names (case-insensitive)"
    case .positions: "name and position pairs of those people"
    case .movements: "conference movements"
    case .decisions: "award decision numbers"
    case .forms: "award form code and name"
    case .counts: "collectives, individuals and households counted per award"
    case .recipients: "named recipients with their kind (names case-insensitive)"
    }
  }
}

// MARK: - Normalisation

/// NFC, every run of white space (including no-break spaces) as one space, trimmed.
func normalizedText(_ text: String) -> String {
  let composed = text.precomposedStringWithCanonicalMapping
  var result = ""
  var pendingSpace = false
  for scalar in composed.unicodeScalars {
    if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
      pendingSpace = !result.isEmpty
      continue
    }
    if pendingSpace {
      result.unicodeScalars.append(" ")
      pendingSpace = false
    }
    result.unicodeScalars.append(scalar)
  }
  return result
}

/// A name as compared: normalised text, lowercased (names are compared without case).
func normalizedName(_ name: String) -> String {
  normalizedText(name).lowercased()
}

// MARK: - Counting

/// True positives, false positives and false negatives of a field.
struct Tally: Equatable, Codable, Sendable {
  var truePositives = 0
  var falsePositives = 0
  var falseNegatives = 0

  /// Matched over produced; 1 when nothing was produced.
  var precision: Double {
    let produced = truePositives + falsePositives
    return produced == 0 ? 1 : Double(truePositives) / Double(produced)
  }

  /// Matched over expected; 1 when nothing was expected.
  var recall: Double {
    let expected = truePositives + falseNegatives
    return expected == 0 ? 1 : Double(truePositives) / Double(expected)
  }

  /// The harmonic mean of precision and recall; 0 when both are 0.
  var f1: Double {
    let p = precision
    let r = recall
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }

  static func += (left: inout Tally, right: Tally) {
    left.truePositives += right.truePositives
    left.falsePositives += right.falsePositives
    left.falseNegatives += right.falseNegatives
  }
}

/// The comparison of two multisets of items.
struct MultisetComparison: Equatable {
  /// Items in both, as often as they occur in both.
  var matched: [String]
  /// Expected items not produced (each surplus occurrence once).
  var missing: [String]
  /// Produced items not expected (each surplus occurrence once).
  var extra: [String]

  var tally: Tally {
    Tally(truePositives: matched.count, falsePositives: extra.count, falseNegatives: missing.count)
  }
}

/// Compares `expected` and `actual` as multisets: an item expected twice and produced once is
/// one match and one missing item. Orders of the results follow the inputs.
func compareMultisets(expected: [String], actual: [String]) -> MultisetComparison {
  var available: [String: Int] = [:]
  for item in actual { available[item, default: 0] += 1 }
  var matched: [String] = []
  var missing: [String] = []
  for item in expected {
    if let count = available[item], count > 0 {
      available[item] = count - 1
      matched.append(item)
    } else {
      missing.append(item)
    }
  }
  var extra: [String] = []
  var used: [String: Int] = [:]
  for item in expected { used[item, default: 0] += 1 }
  for item in actual {
    if let count = used[item], count > 0 {
      used[item] = count - 1
    } else {
      extra.append(item)
    }
  }
  return MultisetComparison(matched: matched, missing: missing, extra: extra)
}

// MARK: - Items

/// The items of each field, for one side of a comparison.
typealias FieldItems = [Field: [String]]

/// The article's items: title, published, author, captions.
func items(of article: ScoredArticle) -> FieldItems {
  [
    .title: article.title.map { [normalizedText($0)] } ?? [],
    .published: article.published.map { [normalizedText($0)] } ?? [],
    .author: article.author.map { [normalizedName($0)] } ?? [],
    .captions: article.captions.map(normalizedText),
  ]
}

/// The items of a person: the name, and one name–position pair per position.
private func personItems(_ name: String, _ positions: [String]) -> (String, [String]) {
  let name = normalizedName(name)
  return (name, positions.map { name + " — " + normalizedText($0) })
}

/// A conference's items.
func items(of conference: ScoredConference) -> FieldItems {
  var people: [String] = []
  var positions: [String] = []
  for participant in conference.participants {
    let (name, pairs) = personItems(participant.name, participant.positions)
    people.append(name)
    positions += pairs
  }
  return [
    .kind: [conference.kind],
    .eventDate: conference.date.map { [$0] } ?? [],
    .provinces: conference.provinces.map(normalizedText),
    .people: people,
    .positions: positions,
    .movements: conference.movements.map(normalizedText),
  ]
}

/// An award's items. Individual recipients are people as well as recipients.
func items(of award: ScoredAward) -> FieldItems {
  var people: [String] = []
  var positions: [String] = []
  var recipients: [String] = []
  for recipient in award.recipients {
    recipients.append(recipient.kind + ": " + normalizedName(recipient.name))
    guard recipient.kind == "individual" else { continue }
    let (name, pairs) = personItems(recipient.name, recipient.positions)
    people.append(name)
    positions += pairs
  }
  var counts: [String] = []
  if let value = award.collectives { counts.append("collectives: \(value)") }
  if let value = award.individuals { counts.append("individuals: \(value)") }
  if let value = award.households { counts.append("households: \(value)") }
  return [
    .decisions: award.decisionNumber.map { [normalizedText($0)] } ?? [],
    .forms: [award.formCode + ": " + normalizedText(award.formName)],
    .counts: counts,
    .recipients: recipients,
    .people: people,
    .positions: positions,
  ]
}

// MARK: - Matching records

/// A pairing of expected and actual records by index; `nil` on one side for a record without
/// a partner. Pairs come first in expected order, then unmatched actual records.
struct RecordPairing: Equatable {
  var pairs: [(expected: Int?, actual: Int?)]

  static func == (left: RecordPairing, right: RecordPairing) -> Bool {
    left.pairs.count == right.pairs.count
      && zip(left.pairs, right.pairs).allSatisfy {
        $0.expected == $1.expected && $0.actual == $1.actual
      }
  }
}

/// Pairs records greedily by descending `score`, ties by expected then actual order; a pair
/// with no score (`nil`) is never made.
func pairRecords(expected: Int, actual: Int, score: (Int, Int) -> Double?) -> RecordPairing {
  var candidates: [(score: Double, expected: Int, actual: Int)] = []
  for e in 0..<expected {
    for a in 0..<actual {
      if let value = score(e, a) { candidates.append((value, e, a)) }
    }
  }
  candidates.sort {
    if $0.score != $1.score { return $0.score > $1.score }
    if $0.expected != $1.expected { return $0.expected < $1.expected }
    return $0.actual < $1.actual
  }
  var partnerOfExpected: [Int: Int] = [:]
  var takenActual = Set<Int>()
  for candidate in candidates
  where partnerOfExpected[candidate.expected] == nil && !takenActual.contains(candidate.actual) {
    partnerOfExpected[candidate.expected] = candidate.actual
    takenActual.insert(candidate.actual)
  }
  var pairs: [(expected: Int?, actual: Int?)] = (0..<expected).map { ($0, partnerOfExpected[$0]) }
  for a in 0..<actual where !takenActual.contains(a) { pairs.append((nil, a)) }
  return RecordPairing(pairs: pairs)
}

/// The share of `left`'s items found in `right`, over the larger count (0 when both are empty).
private func overlap(_ left: [String], _ right: [String]) -> Double {
  let larger = max(left.count, right.count)
  guard larger > 0 else { return 0 }
  return Double(compareMultisets(expected: left, actual: right).matched.count) / Double(larger)
}

/// How well two conferences correspond: the same title (4), date (2) and kind (1), plus the
/// overlap of participants and provinces as a tie-breaker (under 1). `nil` when they share none
/// of title, date or kind.
func conferenceMatchScore(_ expected: ScoredConference, _ actual: ScoredConference) -> Double? {
  let sameTitle = normalizedName(expected.title) == normalizedName(actual.title)
  let sameDate = expected.date != nil && expected.date == actual.date
  let sameKind = expected.kind == actual.kind
  guard sameTitle || sameDate || sameKind else { return nil }
  let people = overlap(
    expected.participants.map { normalizedName($0.name) },
    actual.participants.map { normalizedName($0.name) })
  let provinces = overlap(expected.provinces, actual.provinces)
  return (sameTitle ? 4 : 0) + (sameDate ? 2 : 0) + (sameKind ? 1 : 0)
    + 0.5 * people + 0.25 * provinces
}

/// How well two awards correspond: the same decision number (4), form code (2) and form name
/// (1), plus the overlap of named recipients as a tie-breaker (under 1). `nil` unless they
/// share the decision number or the form code.
func awardMatchScore(_ expected: ScoredAward, _ actual: ScoredAward) -> Double? {
  let sameNumber =
    expected.decisionNumber != nil
    && expected.decisionNumber.map(normalizedText) == actual.decisionNumber.map(normalizedText)
  let sameCode = expected.formCode == actual.formCode
  guard sameNumber || sameCode else { return nil }
  let sameName = normalizedText(expected.formName) == normalizedText(actual.formName)
  let recipients = overlap(
    expected.recipients.map { normalizedName($0.name) },
    actual.recipients.map { normalizedName($0.name) })
  return (sameNumber ? 4 : 0) + (sameCode ? 2 : 0) + (sameName ? 1 : 0) + 0.5 * recipients
}

// MARK: - Scoring a case

/// The comparison of one field over a case.
struct FieldResult: Equatable, Sendable {
  var tally = Tally()
  var missing: [String] = []
  var extra: [String] = []
}

/// The score of one case.
struct CaseScore: Equatable, Sendable {
  var fields: [Field: FieldResult] = [:]
  /// Expected records without a partner, described.
  var missingRecords: [String] = []
  /// Produced records without a partner, described.
  var extraRecords: [String] = []

  subscript(field: Field) -> FieldResult { fields[field] ?? FieldResult() }
}

private func describe(_ conference: ScoredConference) -> String {
  "conference \(conference.kind) “\(normalizedText(conference.title))”"
    + (conference.date.map { " on \($0)" } ?? "")
}

private func describe(_ award: ScoredAward) -> String {
  "award \(award.formCode)" + (award.decisionNumber.map { " (\($0))" } ?? "")
}

/// Adds the comparison of two sides' items to `score`; a side that is `nil` has no items.
private func add(_ expected: FieldItems?, _ actual: FieldItems?, to score: inout CaseScore) {
  let fields = Set((expected ?? [:]).keys).union((actual ?? [:]).keys)
  for field in Field.allCases where fields.contains(field) {
    let comparison = compareMultisets(
      expected: expected?[field] ?? [], actual: actual?[field] ?? [])
    var result = score[field]
    result.tally += comparison.tally
    result.missing += comparison.missing
    result.extra += comparison.extra
    score.fields[field] = result
  }
}

/// Scores `actual` against `expected`, field by field.
func scoreCase(expected: ScoredPage, actual: ScoredPage) -> CaseScore {
  var score = CaseScore()
  add(items(of: expected.article), items(of: actual.article), to: &score)

  let conferences = pairRecords(
    expected: expected.conferences.count, actual: actual.conferences.count
  ) { conferenceMatchScore(expected.conferences[$0], actual.conferences[$1]) }
  for pair in conferences.pairs {
    let left = pair.expected.map { expected.conferences[$0] }
    let right = pair.actual.map { actual.conferences[$0] }
    add(left.map(items(of:)), right.map(items(of:)), to: &score)
    if let left, right == nil { score.missingRecords.append(describe(left)) }
    if let right, left == nil { score.extraRecords.append(describe(right)) }
  }

  let awards = pairRecords(expected: expected.awards.count, actual: actual.awards.count) {
    awardMatchScore(expected.awards[$0], actual.awards[$1])
  }
  for pair in awards.pairs {
    let left = pair.expected.map { expected.awards[$0] }
    let right = pair.actual.map { actual.awards[$0] }
    add(left.map(items(of:)), right.map(items(of:)), to: &score)
    if let left, right == nil { score.missingRecords.append(describe(left)) }
    if let right, left == nil { score.extraRecords.append(describe(right)) }
  }
  return score
}
