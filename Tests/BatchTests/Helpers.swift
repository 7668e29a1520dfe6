// Helpers of the Batch tests: small file trees and a stand-in conversion.

import Batch
import Foundation

/// Writes `files` (relative path → text) under a fresh temporary folder.
func makeTree(_ files: [String: String], label: String = "batch") throws -> URL {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent(
    "tdkt-\(label)-\(UUID().uuidString)")
  for (path, text) in files {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }
  try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  return root
}

/// A stand-in for the page conversion, used only by these tests: an input whose text starts
/// with `BAD` fails at line 1, column 1; `SLOW` never finishes; any other input gives
/// one record and outputs that depend on its bytes.
let fakeConverter: Converter = { input in
  let text = String(decoding: input.bytes, as: UTF8.self)
  if text.hasPrefix("BAD") {
    return .failure(ConversionFailure([FileProblem(message: "bad page", line: 1, column: 1)]))
  }
  if text.hasPrefix("SLOW") { DispatchSemaphore(value: 0).wait() }
  return .success(
    ConversionOutput(
      outputs: [
        "xml": Array("<page bytes=\"\(input.bytes.count)\">\(text)</page>\n".utf8),
        "json": Array("{\"bytes\": \(input.bytes.count)}\n".utf8),
      ], records: 1))
}

/// A content hash good enough for the tests (the tool uses SHA-256).
let fakeHasher: @Sendable ([UInt8]) -> String = { bytes in
  String(Shard.hash(String(decoding: bytes, as: UTF8.self)), radix: 16)
}

/// Every regular file under `root` (relative path → bytes), following no links.
func snapshot(_ root: URL) -> [String: [UInt8]] {
  var result: [String: [UInt8]] = [:]
  let enumerator = FileManager.default.enumerator(atPath: root.path)
  while let path = enumerator?.nextObject() as? String {
    var isDirectory: ObjCBool = false
    let full = root.appendingPathComponent(path).path
    if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
      !isDirectory.boolValue, let data = FileManager.default.contents(atPath: full)
    {
      result[path] = [UInt8](data)
    }
  }
  return result
}

/// Runs a batch of `input` into `output` with the stand-in conversion.
func runBatch(
  _ input: URL, _ output: URL, configure: (inout BatchOptions) -> Void = { _ in }
) throws -> BatchRunner.Outcome {
  var options = BatchOptions()
  options.jobs = 2
  configure(&options)
  let runner = BatchRunner(
    input: input.path, output: output.path, options: options, hasher: fakeHasher,
    converter: fakeConverter)
  return try runner.run()
}
