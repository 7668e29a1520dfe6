// `tdkt-eval [SAMPLES…] [--check] [--update-baseline [--allow-lower]] [--verbose] [--json]`

import ArgumentParser
import Batch
import Foundation

/// Scores the conversion of every sample page against its expected exchange, field by field.
@main
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tdkt-eval",
    abstract:
      "Score tdkt's conversion of the sample pages against their expected exchanges: "
      + "precision, recall and F1 per field.",
    discussion: """
      Every folder directly under each SAMPLES folder that holds input.html and expected.json \
      is a case. The page is converted as 'tdkt convert --format json' would and compared with \
      expected.json. Text is compared after NFC and white-space collapsing; names without \
      case. Conferences are paired by title, date and kind, awards by decision number and form \
      code; each field's items are counted as multisets over the paired records, and a record \
      without a partner costs the recall (missing) or precision (invented) of all its items. \
      Scores are micro-averaged over all cases.

      FIELDS
      \(Field.allCases.map { "  \($0.rawValue): \($0.summary)" }.joined(separator: "\n"))

      A case must yield no record when its meta.json says "expect": "none", or when its folder \
      name starts with 'norecord-' and expected.json has no record. The baseline file pins each \
      field's floor and lists the no-record cases known to yield a record still \
      ("noRecordExceptions", reported as notes); --update-baseline raises the floors and \
      shortens that list, --allow-lower also lowers floors and lengthens it.

      EXIT STATUS
        0   scored (and, with --check, every floor met and no record invented)
        1   --check failed, or a case could not be read or converted (each named on stderr)
        64  usage error
      """)

  @Argument(
    help: "Folders of sample cases (default: Samples/portal Samples/records Samples/eval).")
  var samples: [String] = []

  @Option(help: "The baseline file holding each field's floor.")
  var baseline = "Samples/eval/baseline.json"

  @Flag(
    help:
      "Fail (exit 1) naming each field below its floor and each no-record case that yields a record (unless the baseline lists it as a known exception)."
  )
  var check = false

  @Flag(help: "Raise the floors in the baseline file to the current scores (rounded down to 0.01).")
  var updateBaseline = false

  @Flag(help: "With --update-baseline, also lower floors above the current scores.")
  var allowLower = false

  @Flag(name: [.short, .long], help: "Also print, per case, the missing and extra items.")
  var verbose = false

  @Flag(help: "Write the scores, per-case details and check results as JSON.")
  var json = false

  func validate() throws {
    if allowLower, !updateBaseline {
      throw ValidationError("--allow-lower only applies with --update-baseline")
    }
  }

  func run() throws {
    var roots = samples
    if roots.isEmpty {
      roots = defaultSampleRoots.filter { FileManager.default.fileExists(atPath: $0) }
    } else {
      for root in roots where !FileManager.default.fileExists(atPath: root) {
        printError("\(root): no such folder")
        throw ExitCode(1)
      }
    }
    let cases = findCases(in: roots)
    if cases.isEmpty {
      printError(
        "no case (a folder with input.html and expected.json) under \(roots.joined(separator: ", "))"
      )
      throw ExitCode(1)
    }

    let converter = PageConverter()
    let results = cases.map { evaluate($0, converter: converter) }
    let totals = totals(results)
    let scores = totals.mapValues(\.f1)

    var floors: Baseline?
    if check || updateBaseline || FileManager.default.fileExists(atPath: baseline) {
      floors = try readBaseline(required: check && !updateBaseline)
    }
    let yielding = Set(results.filter(\.inventedRecords).map(\.sample.key))
    if updateBaseline {
      let old = floors ?? Baseline()
      let new = old.updated(with: scores, yielding: yielding, allowingLower: allowLower)
      for field in Field.allCases where old.floors[field] != new.floors[field] {
        let before = old.floors[field].map(formatScore) ?? "none"
        printNote("\(field.rawValue): floor \(before) → \(formatScore(new.floors[field] ?? 0))")
      }
      for key in new.noRecordExceptions.subtracting(old.noRecordExceptions).sorted() {
        printNote("\(key): listed as a no-record exception")
      }
      for key in old.noRecordExceptions.subtracting(new.noRecordExceptions).sorted() {
        printNote("\(key): no longer a no-record exception")
      }
      do {
        try Data(new.encoded().utf8).write(to: URL(fileURLWithPath: baseline), options: .atomic)
      } catch {
        printError("\(baseline): cannot write the baseline: \(error.localizedDescription)")
        throw ExitCode(1)
      }
      floors = new
    }

    var failures = CheckFailures()
    if check {
      failures = CheckFailures(results: results, baseline: floors)
      failures.belowFloor = floors?.fieldsBelowFloor(scores) ?? []
    }
    failures.caseErrors = results.flatMap(\.errors)

    if json {
      print(
        EvalReport(totals: totals, baseline: floors, results: results, failures: failures)
          .encoded(), terminator: "")
    } else {
      if verbose { print(caseDetails(results)) }
      print(scoreTable(totals, baseline: floors, results: results), terminator: "")
    }
    for note in failures.notes { printNote(note) }
    for message in failures.messages { printError(message) }
    if !failures.isEmpty { throw ExitCode(1) }
  }

  /// The floors, or `nil` when the file is absent and not `required`.
  private func readBaseline(required: Bool) throws -> Baseline? {
    guard let bytes = FileManager.default.contents(atPath: baseline) else {
      if required {
        printError("\(baseline): no baseline file (create it with --update-baseline)")
        throw ExitCode(1)
      }
      return nil
    }
    do throws(Baseline.ReadError) {
      return try Baseline.decode([UInt8](bytes))
    } catch {
      printError("\(baseline): \(error.description)")
      throw ExitCode(1)
    }
  }
}

/// Writes `tdkt-eval: error: MESSAGE` to standard error.
func printError(_ message: String) {
  FileHandle.standardError.write(Data("tdkt-eval: error: \(message)\n".utf8))
}

/// Writes `tdkt-eval: note: MESSAGE` to standard error.
func printNote(_ message: String) {
  FileHandle.standardError.write(Data("tdkt-eval: note: \(message)\n".utf8))
}
