// Finding the sample cases, converting their pages and scoring them.

import Batch
import Foundation

/// The sample folders scored by default, relative to the package root.
let defaultSampleRoots = ["Samples/portal", "Samples/records", "Samples/eval"]

/// One sample case: a folder holding `input.html` and `expected.json`.
struct SampleCase: Sendable {
  /// The folder, as given (relative paths stay relative).
  var folder: String
  /// The folder's name.
  var name: String { (folder as NSString).lastPathComponent }
  /// The case as the baseline names it: its root folder's name and its own, e.g.
  /// `eval/norecord-weather-warning-news`.
  var key: String {
    let root = ((folder as NSString).deletingLastPathComponent as NSString).lastPathComponent
    return root.isEmpty ? name : root + "/" + name
  }
  var inputPath: String { folder + "/input.html" }
  var expectedPath: String { folder + "/expected.json" }
  var metaPath: String { folder + "/meta.json" }
}

/// The case folders directly under each root, sorted by name within a root. A folder without
/// both `input.html` and `expected.json` is not a case.
func findCases(in roots: [String]) -> [SampleCase] {
  let files = FileManager.default
  var cases: [SampleCase] = []
  for root in roots {
    let trimmed = root.hasSuffix("/") ? String(root.dropLast()) : root
    let names = (try? files.contentsOfDirectory(atPath: trimmed)) ?? []
    for name in names.sorted() {
      let sample = SampleCase(folder: trimmed + "/" + name)
      if files.fileExists(atPath: sample.inputPath), files.fileExists(atPath: sample.expectedPath) {
        cases.append(sample)
      }
    }
  }
  return cases
}

/// What a sample's `meta.json` says about the scorer; other keys are ignored.
struct SampleMeta: Decodable {
  /// `"none"` for a page that must yield no record.
  var expect: String?
}

/// Whether a case is a page that must yield no record: its `meta.json` says `expect: "none"`,
/// or its folder name starts with `norecord-` and its expected exchange has no record.
func isNoRecordCase(name: String, meta: SampleMeta?, expected: ScoredPage) -> Bool {
  if meta?.expect == "none" { return true }
  return name.hasPrefix("norecord-") && expected.records == 0
}

/// A scored case.
struct CaseResult: Sendable {
  var sample: SampleCase
  var score: CaseScore
  var expectedRecords: Int
  var actualRecords: Int
  var noRecord: Bool
  /// Why the case could not be scored fully (unreadable sample, failed conversion).
  var errors: [String]

  /// A no-record page that yielded a record.
  var inventedRecords: Bool { noRecord && actualRecords > 0 }
}

/// Reads, converts and scores one case.
///
/// The page is converted by the same `PageConverter` call as `tdkt convert --format json`
/// without options, and its JSON is read back. A page that fails to convert is scored as an
/// empty exchange (everything expected is missing) and the failure is listed.
func evaluate(_ sample: SampleCase, converter: PageConverter) -> CaseResult {
  var errors: [String] = []
  let files = FileManager.default
  var expected = ScoredPage()
  if let bytes = files.contents(atPath: sample.expectedPath) {
    do {
      expected = try ScoredPage.decode([UInt8](bytes))
    } catch {
      errors.append("\(sample.expectedPath): cannot read the expected exchange: \(error)")
    }
  } else {
    errors.append("\(sample.expectedPath): cannot read the file")
  }
  var meta: SampleMeta?
  if let bytes = files.contents(atPath: sample.metaPath) {
    do {
      meta = try JSONDecoder().decode(SampleMeta.self, from: bytes)
    } catch {
      errors.append("\(sample.metaPath): cannot read the sample's description: \(error)")
    }
  }
  if meta?.expect == "none", expected.records > 0 {
    errors.append(
      "\(sample.expectedPath): meta.json expects no record but \(expected.records) are written")
  }
  var actual = ScoredPage()
  if let bytes = files.contents(atPath: sample.inputPath) {
    do throws(PageConversionError) {
      let page = try converter.convert(
        [UInt8](bytes), file: sample.inputPath, formats: [.json])
      do {
        actual = try ScoredPage.decode(page.outputs[.json] ?? [])
      } catch {
        errors.append("\(sample.inputPath): cannot read the converted exchange: \(error)")
      }
    } catch {
      errors.append("\(sample.inputPath): conversion failed: \(error.description)")
    }
  } else {
    errors.append("\(sample.inputPath): cannot read the file")
  }
  return CaseResult(
    sample: sample, score: scoreCase(expected: expected, actual: actual),
    expectedRecords: expected.records, actualRecords: actual.records,
    noRecord: isNoRecordCase(name: sample.name, meta: meta, expected: expected), errors: errors)
}

/// The micro-averaged tally of every field over `results`.
func totals(_ results: [CaseResult]) -> [Field: Tally] {
  var totals: [Field: Tally] = [:]
  for field in Field.allCases {
    var tally = Tally()
    for result in results { tally += result.score[field].tally }
    totals[field] = tally
  }
  return totals
}
