// The scorer's outputs: the table, the per-case details and the JSON form.

import Foundation

/// The table of scores: one row per field, then a line about the cases.
func scoreTable(_ totals: [Field: Tally], baseline: Baseline?, results: [CaseResult]) -> String {
  let width = Field.allCases.map(\.label.count).max() ?? 0
  func pad(_ text: String, _ count: Int) -> String {
    text.count >= count ? text : text + String(repeating: " ", count: count - text.count)
  }
  func padLeft(_ text: String, _ count: Int) -> String {
    text.count >= count ? text : String(repeating: " ", count: count - text.count) + text
  }
  var lines = [
    pad("field", width) + "     P     R    F1     tp     fp     fn"
      + (baseline == nil ? "" : "  floor")
  ]
  for field in Field.allCases {
    let tally = totals[field] ?? Tally()
    var line = pad(field.label, width)
    for value in [tally.precision, tally.recall, tally.f1] {
      line += "  " + formatScore(value)
    }
    for count in [tally.truePositives, tally.falsePositives, tally.falseNegatives] {
      line += " " + padLeft(String(count), 6)
    }
    if let baseline {
      line += "  " + (baseline.floors[field].map(formatScore) ?? "   -")
    }
    lines.append(line)
  }
  let noRecord = results.filter(\.noRecord)
  let invented = noRecord.filter(\.inventedRecords)
  lines.append(
    "\(results.count) cases; \(noRecord.count) must yield no record, "
      + "\(invented.count) of them yielded one")
  return lines.joined(separator: "\n") + "\n"
}

/// What went wrong in each case: unmatched records and missing or extra items per field.
func caseDetails(_ results: [CaseResult]) -> String {
  var lines: [String] = []
  for result in results {
    var header = "\(result.sample.folder): \(result.expectedRecords) records expected, "
    header += "\(result.actualRecords) produced"
    if result.noRecord { header += " (must yield none)" }
    lines.append(header)
    for error in result.errors { lines.append("  error: \(error)") }
    for record in result.score.missingRecords { lines.append("  missing record: \(record)") }
    for record in result.score.extraRecords { lines.append("  extra record: \(record)") }
    for field in Field.allCases {
      let outcome = result.score[field]
      for item in outcome.missing { lines.append("  \(field.label): missing “\(item)”") }
      for item in outcome.extra { lines.append("  \(field.label): extra “\(item)”") }
    }
  }
  return lines.joined(separator: "\n") + "\n"
}

/// The JSON form of a run.
struct EvalReport: Encodable {
  struct FieldScore: Encodable {
    var field: String
    var precision: Double
    var recall: Double
    var f1: Double
    var truePositives: Int
    var falsePositives: Int
    var falseNegatives: Int
    var floor: Double?
  }
  struct CaseFields: Encodable {
    var field: String
    var truePositives: Int
    var falsePositives: Int
    var falseNegatives: Int
    var missing: [String]
    var extra: [String]
  }
  struct CaseReport: Encodable {
    var folder: String
    var expectedRecords: Int
    var actualRecords: Int
    var mustYieldNoRecord: Bool
    var errors: [String]
    var missingRecords: [String]
    var extraRecords: [String]
    var fields: [CaseFields]
  }
  struct Check: Encodable {
    var belowFloor: [String]
    var inventedRecords: [String]
    var knownInventedRecords: [String]
    var caseErrors: [String]
  }

  var fields: [FieldScore]
  var cases: [CaseReport]
  var check: Check

  init(
    totals: [Field: Tally], baseline: Baseline?, results: [CaseResult], failures: CheckFailures
  ) {
    fields = Field.allCases.map { field in
      let tally = totals[field] ?? Tally()
      return FieldScore(
        field: field.rawValue, precision: tally.precision, recall: tally.recall, f1: tally.f1,
        truePositives: tally.truePositives, falsePositives: tally.falsePositives,
        falseNegatives: tally.falseNegatives, floor: baseline?.floors[field])
    }
    cases = results.map { result in
      CaseReport(
        folder: result.sample.folder, expectedRecords: result.expectedRecords,
        actualRecords: result.actualRecords, mustYieldNoRecord: result.noRecord,
        errors: result.errors, missingRecords: result.score.missingRecords,
        extraRecords: result.score.extraRecords,
        fields: Field.allCases.map { field in
          let outcome = result.score[field]
          return CaseFields(
            field: field.rawValue, truePositives: outcome.tally.truePositives,
            falsePositives: outcome.tally.falsePositives,
            falseNegatives: outcome.tally.falseNegatives, missing: outcome.missing,
            extra: outcome.extra)
        })
    }
    check = Check(
      belowFloor: failures.belowFloor.map(\.field.rawValue),
      inventedRecords: failures.inventedRecords.map(\.sample.folder),
      knownInventedRecords: failures.knownInventedRecords.map(\.sample.folder),
      caseErrors: failures.caseErrors)
  }

  /// Pretty-printed, keys sorted, final newline.
  func encoded() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(self)) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}

/// What fails a `--check`, and what it reports without failing.
struct CheckFailures {
  var belowFloor: [(field: Field, score: Double, floor: Double)] = []
  /// No-record cases yielding a record that the baseline does not list: failures.
  var inventedRecords: [CaseResult] = []
  /// No-record cases yielding a record that the baseline lists as known: notes.
  var knownInventedRecords: [CaseResult] = []
  /// Cases the baseline lists as known that now yield nothing (or no longer exist): notes.
  var settledExceptions: [String] = []
  var caseErrors: [String] = []

  /// Sorts the no-record cases that yield a record into failures and known exceptions.
  init(results: [CaseResult] = [], baseline: Baseline? = nil) {
    let exceptions = baseline?.noRecordExceptions ?? []
    for result in results where result.inventedRecords {
      if exceptions.contains(result.sample.key) {
        knownInventedRecords.append(result)
      } else {
        inventedRecords.append(result)
      }
    }
    let stillYielding = Set(knownInventedRecords.map(\.sample.key))
    settledExceptions = exceptions.subtracting(stillYielding).sorted()
  }

  var isEmpty: Bool { belowFloor.isEmpty && inventedRecords.isEmpty && caseErrors.isEmpty }

  /// One note per known exception, still yielding or settled.
  var notes: [String] {
    knownInventedRecords.map {
      "\($0.sample.folder): must yield no record but yields \($0.actualRecords) "
        + "(a known exception of the baseline): " + $0.score.extraRecords.joined(separator: "; ")
    }
      + settledExceptions.map {
        "\($0): listed as a no-record exception but yields no record now; "
          + "--update-baseline drops it"
      }
  }

  /// One message per failure.
  var messages: [String] {
    belowFloor.map {
      "\($0.field.label): F1 \(String(format: "%.4f", $0.score)) is below its floor "
        + formatScore($0.floor)
    }
      + inventedRecords.map {
        "\($0.sample.folder): must yield no record but yields \($0.actualRecords): "
          + $0.score.extraRecords.joined(separator: "; ")
      } + caseErrors
  }
}
