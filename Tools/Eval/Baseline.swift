// The floors: the lowest F1 each field may score, pinned in a baseline file, and the pages that
// must yield no record but still do.
//
// The file is `{"floors": {"title": 0.93, …}, "noRecordExceptions": ["eval/norecord-…", …]}`,
// fields in table order with two decimals, exceptions sorted. Floors are the scores rounded down
// to 0.01 when they were pinned and only go up; the exceptions only shrink. Both move the other
// way only with `--allow-lower`.

import Foundation

/// The floors of the fields that have one, and the no-record cases allowed to yield records.
struct Baseline: Equatable {
  var floors: [Field: Double]
  /// Keys (`SampleCase.key`) of no-record cases known to yield a record: they are reported but
  /// do not fail the check. The list is pinned like the floors, so it only shrinks.
  var noRecordExceptions: Set<String>

  init(floors: [Field: Double] = [:], noRecordExceptions: Set<String> = []) {
    self.floors = floors
    self.noRecordExceptions = noRecordExceptions
  }

  /// Why a baseline file cannot be read.
  struct ReadError: Error, CustomStringConvertible {
    var description: String
  }

  /// Reads a baseline file's bytes; an unknown field name or a floor outside 0…1 is an error.
  static func decode(_ bytes: [UInt8]) throws(ReadError) -> Baseline {
    struct File: Decodable {
      var floors: [String: Double]
      var noRecordExceptions: [String]?
    }
    let file: File
    do {
      file = try JSONDecoder().decode(File.self, from: Data(bytes))
    } catch {
      throw ReadError(
        description:
          "not a baseline file ({\"floors\": {FIELD: F1, …}, \"noRecordExceptions\": [CASE, …]}): \(error)"
      )
    }
    var floors: [Field: Double] = [:]
    for (name, value) in file.floors {
      guard let field = Field(rawValue: name) else {
        let known = Field.allCases.map(\.rawValue).joined(separator: ", ")
        throw ReadError(description: "unknown field '\(name)' (fields: \(known))")
      }
      guard (0...1).contains(value) else {
        throw ReadError(description: "the floor of '\(name)' is \(value), not between 0 and 1")
      }
      floors[field] = value
    }
    return Baseline(floors: floors, noRecordExceptions: Set(file.noRecordExceptions ?? []))
  }

  /// The file's text: fields in table order, floors with two decimals, exceptions sorted, final
  /// newline.
  func encoded() -> String {
    let lines = Field.allCases.compactMap { field in
      floors[field].map { "    \"\(field.rawValue)\": \(formatScore($0))" }
    }
    let exceptions = noRecordExceptions.sorted().map { "    \"\(escaped($0))\"" }
    return "{\n  \"floors\": {\n" + lines.joined(separator: ",\n") + "\n  },\n"
      + "  \"noRecordExceptions\": ["
      + (exceptions.isEmpty ? "" : "\n" + exceptions.joined(separator: ",\n") + "\n  ")
      + "]\n}\n"
  }

  /// The fields scoring under their floor, in table order.
  func fieldsBelowFloor(_ scores: [Field: Double]) -> [(field: Field, score: Double, floor: Double)]
  {
    Field.allCases.compactMap { field in
      guard let floor = floors[field], let score = scores[field] else { return nil }
      // The tolerance keeps a score equal to its floor from failing on the last binary digit.
      return score + 1e-9 < floor ? (field, score, floor) : nil
    }
  }

  /// The baseline with every floor raised to the current score rounded down to 0.01 and the
  /// exceptions cut to the no-record cases that still yield a record (`yielding`); with
  /// `allowingLower` the floors become those rounded scores, lower or not, and the exceptions
  /// become every case in `yielding`.
  func updated(with scores: [Field: Double], yielding: Set<String>, allowingLower: Bool)
    -> Baseline
  {
    var floors = self.floors
    for (field, score) in scores {
      let pinned = roundedDown(score)
      if allowingLower {
        floors[field] = pinned
      } else {
        floors[field] = max(floors[field] ?? 0, pinned)
      }
    }
    let exceptions = allowingLower ? yielding : noRecordExceptions.intersection(yielding)
    return Baseline(floors: floors, noRecordExceptions: exceptions)
  }
}

/// `value` rounded down to 0.01 (0.869 → 0.86; 0.86 stays 0.86 despite binary fractions).
func roundedDown(_ value: Double) -> Double {
  (value * 100 + 1e-9).rounded(.down) / 100
}

/// A score with two decimals.
func formatScore(_ value: Double) -> String {
  String(format: "%.2f", value)
}

/// `text` with JSON's two mandatory string escapes (case keys are folder names).
private func escaped(_ text: String) -> String {
  text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
}
