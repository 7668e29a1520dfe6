// Helpers of the Reports tests: folders of sample exchange files.

import Foundation
import TestSupport

/// The sample cases whose expected exchange is known (`Samples/portal`, `Samples/records`).
let exchangeCases: [URL] = (sampleCases("portal") + sampleCases("records")).filter {
  FileManager.default.fileExists(atPath: $0.appendingPathComponent("expected.json").path)
}

/// A fresh folder with the samples' expected exchanges as `<feature>/<case>.json`, and, when
/// `withXML`, their XML beside them (the same pages again).
func makeSampleFolder(
  _ cases: [URL] = exchangeCases, withXML: Bool = true, label: String = "reports"
) throws -> URL {
  let root = try makeTemporaryDirectory("tdkt-\(label)")
  for folder in cases {
    let feature = folder.deletingLastPathComponent().lastPathComponent
    let target = root.appendingPathComponent(feature)
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    let name = folder.lastPathComponent
    try FileManager.default.copyItem(
      at: folder.appendingPathComponent("expected.json"),
      to: target.appendingPathComponent(name + ".json"))
    if withXML {
      try FileManager.default.copyItem(
        at: folder.appendingPathComponent("expected.xml"),
        to: target.appendingPathComponent(name + ".xml"))
    }
  }
  return root
}

/// Writes `text` to `path` under `root`, creating folders.
func write(_ text: String, to path: String, under root: URL) throws {
  let url = root.appendingPathComponent(path)
  try FileManager.default.createDirectory(
    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
  try Data(text.utf8).write(to: url)
}

/// The problems a check printed, for the failure message.
func problems(_ result: ProcessResult) -> String {
  result.stdout + result.stderr
}
