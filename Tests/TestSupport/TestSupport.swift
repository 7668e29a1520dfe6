// Helpers shared by the test targets: locating the package and its samples, golden-file
// comparison with a readable diff, and running the built `tdkt` binary.

import Foundation

/// The root of the package (the folder holding `Package.swift`), found from this file's path.
public let packageRoot: URL = {
  var url = URL(fileURLWithPath: #filePath)
  while url.path != "/" {
    url.deleteLastPathComponent()
    if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
      return url
    }
  }
  fatalError("Package.swift not found above \(#filePath)")
}()

/// `Samples/` under the package root.
public let samplesRoot = packageRoot.appendingPathComponent("Samples")

/// The case folders of `Samples/<feature>/`, sorted by name. Each holds one sample.
public func sampleCases(_ feature: String) -> [URL] {
  let folder = samplesRoot.appendingPathComponent(feature)
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
  return names.sorted().map { folder.appendingPathComponent($0) }.filter { url in
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }
}

/// The real-web corpus folder: `TDKT_CORPUS`, else `../shared/corpus/real-web` beside the
/// package.
public let realWebCorpusFolder: URL = {
  if let path = ProcessInfo.processInfo.environment["TDKT_CORPUS"], !path.isEmpty {
    return URL(fileURLWithPath: path)
  }
  return packageRoot.appendingPathComponent("../shared/corpus/real-web").standardizedFileURL
}()

/// The HTML pages of the real-web corpus, sorted by name; empty when there is no corpus. Tests
/// over it are `.enabled(if: !realWebCorpusPages.isEmpty)`.
public let realWebCorpusPages: [String] = {
  let names = (try? FileManager.default.contentsOfDirectory(atPath: realWebCorpusFolder.path)) ?? []
  return names.filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
}()

/// The bytes of a file, or `nil` when it does not exist.
public func contents(of url: URL) -> [UInt8]? {
  FileManager.default.contents(atPath: url.path).map { [UInt8]($0) }
}

/// Whether the run should rewrite golden files instead of comparing (`RECORD_GOLDEN=1`).
public var isRecordingGoldens: Bool {
  ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
}

/// Compares `actual` with the golden file at `url`.
///
/// - Returns: `nil` when they match; otherwise a message with a unified diff. Under
///   `RECORD_GOLDEN=1` the file is rewritten and the message says a new baseline was recorded,
///   so the run still fails and nobody mistakes a recording for a pass.
public func compareGolden(_ actual: String, to url: URL) -> String? {
  let expected = contents(of: url).map { String(decoding: $0, as: UTF8.self) }
  if expected == actual { return nil }
  if isRecordingGoldens {
    try? FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? Data(actual.utf8).write(to: url)
    return "recorded new baseline at \(relativePath(url))"
  }
  guard let expected else {
    return "missing golden file \(relativePath(url)); run with RECORD_GOLDEN=1 to create it"
  }
  return "\(relativePath(url)) differs:\n" + unifiedDiff(expected: expected, actual: actual)
}

/// The path of `url` relative to the package root, for messages.
public func relativePath(_ url: URL) -> String {
  let root = packageRoot.standardizedFileURL.path + "/"
  let path = url.standardizedFileURL.path
  return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
}

/// A line diff of two texts in unified style (`-` expected, `+` actual), with context.
public func unifiedDiff(expected: String, actual: String, context: Int = 2) -> String {
  let a = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  let b = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  // Longest common subsequence table; samples are small enough for the quadratic version.
  var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
  for i in stride(from: a.count - 1, through: 0, by: -1) {
    for j in stride(from: b.count - 1, through: 0, by: -1) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
    }
  }
  var lines: [(Character, String)] = []
  var i = 0
  var j = 0
  while i < a.count || j < b.count {
    if i < a.count, j < b.count, a[i] == b[j] {
      lines.append((" ", a[i]))
      i += 1
      j += 1
    } else if j < b.count, i == a.count || lcs[i][j + 1] >= lcs[i + 1][j] {
      lines.append(("+", b[j]))
      j += 1
    } else {
      lines.append(("-", a[i]))
      i += 1
    }
  }
  var keep = Array(repeating: false, count: lines.count)
  for (index, line) in lines.enumerated() where line.0 != " " {
    for k in max(0, index - context)...min(lines.count - 1, index + context) { keep[k] = true }
  }
  var output = "--- expected\n+++ actual\n"
  var skipped = false
  for (index, line) in lines.enumerated() {
    if keep[index] {
      output += "\(line.0)\(line.1)\n"
      skipped = false
    } else if !skipped {
      output += "@@\n"
      skipped = true
    }
  }
  return output
}

/// What a run of a program gave.
public struct ProcessResult: Sendable {
  public var status: Int32
  public var stdout: String
  public var stderr: String
  public var stdoutBytes: [UInt8]
}

/// The `tdkt` executable built beside the test bundle.
public let tdktExecutable: URL = {
  let candidates = [
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    Bundle.main.bundleURL,
    Bundle.main.bundleURL.deletingLastPathComponent(),
  ]
  for folder in candidates {
    let url = folder.appendingPathComponent("tdkt")
    if FileManager.default.isExecutableFile(atPath: url.path) { return url }
  }
  return candidates[0].appendingPathComponent("tdkt")
}()

/// Runs `tdkt` with `arguments`, feeding `stdin`, in `directory` (default: the package root).
public func runTDKT(
  _ arguments: [String], stdin: [UInt8] = [], in directory: URL = packageRoot,
  environment: [String: String]? = nil
) throws -> ProcessResult {
  try run(tdktExecutable, arguments, stdin: stdin, in: directory, environment: environment)
}

/// Runs an executable and collects its output. Both pipes are drained concurrently, so large
/// outputs never dead-lock.
public func run(
  _ executable: URL, _ arguments: [String], stdin: [UInt8] = [], in directory: URL = packageRoot,
  environment: [String: String]? = nil
) throws -> ProcessResult {
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  process.currentDirectoryURL = directory
  if let environment { process.environment = environment }
  let input = Pipe()
  let output = Pipe()
  let error = Pipe()
  process.standardInput = input
  process.standardOutput = output
  process.standardError = error
  try process.run()
  let group = DispatchGroup()
  nonisolated(unsafe) var outData = Data()
  nonisolated(unsafe) var errData = Data()
  DispatchQueue.global().async(group: group) {
    outData = output.fileHandleForReading.readDataToEndOfFile()
  }
  DispatchQueue.global().async(group: group) {
    errData = error.fileHandleForReading.readDataToEndOfFile()
  }
  if !stdin.isEmpty { input.fileHandleForWriting.write(Data(stdin)) }
  try? input.fileHandleForWriting.close()
  group.wait()
  process.waitUntilExit()
  return ProcessResult(
    status: process.terminationStatus,
    stdout: String(decoding: outData, as: UTF8.self),
    stderr: String(decoding: errData, as: UTF8.self),
    stdoutBytes: [UInt8](outData))
}

/// A fresh temporary folder, removed by the caller when done.
public func makeTemporaryDirectory(_ label: String = "tdkt-test") throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "\(label)-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
