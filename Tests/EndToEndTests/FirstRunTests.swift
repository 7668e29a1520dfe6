// The first run the README shows: each command run as written, its output compared line by
// line (`…` stands for what varies: times and counts).

import Foundation
import TestSupport
import Testing

/// A command of the README's first run and what it prints (standard output and error, in
/// order).
private struct Step {
  var command: String
  var output: [String]
}

/// The steps of the `<!-- first-run -->` block of the README.
private let firstRun: [Step] = {
  let readme = String(
    decoding: contents(of: packageRoot.appendingPathComponent("README.md")) ?? [], as: UTF8.self)
  guard let marker = readme.range(of: "<!-- first-run -->\n```console\n") else { return [] }
  let block = readme[marker.upperBound...]
  guard let end = block.range(of: "\n```") else { return [] }
  var steps: [Step] = []
  for line in block[..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false) {
    if line.hasPrefix("$ ") {
      steps.append(Step(command: String(line.dropFirst(2)), output: []))
    } else if !steps.isEmpty {
      steps[steps.count - 1].output.append(String(line))
    }
  }
  return steps
}()

/// Whether `line` is what `expected` shows, `…` matching any text.
private func matches(_ line: String, _ expected: String) -> Bool {
  let parts = expected.components(separatedBy: "…")
  guard parts.count > 1 else { return line == expected }
  var rest = Substring(line)
  for (index, part) in parts.enumerated() {
    if index == 0 {
      guard rest.hasPrefix(part) else { return false }
      rest = rest.dropFirst(part.count)
    } else if index == parts.count - 1 {
      return part.isEmpty || rest.hasSuffix(part)
    } else {
      guard let found = rest.range(of: part) else { return false }
      rest = rest[found.upperBound...]
    }
  }
  return true
}

private let shell = URL(fileURLWithPath: "/bin/sh")

@Suite struct FirstRunTests {
  @Test func theReadmesFirstRunPrintsWhatItShows() throws {
    #expect(firstRun.count >= 5, "no first run in the README")
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createSymbolicLink(
      at: folder.appendingPathComponent("Samples"), withDestinationURL: samplesRoot)
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] =
      tdktExecutable.deletingLastPathComponent().path + ":"
      + (environment["PATH"] ?? "/usr/bin:/bin")
    environment["NO_COLOR"] = "1"
    for step in firstRun {
      let result = try run(
        shell, ["-c", "exec 2>&1; " + step.command], in: folder, environment: environment)
      let printed = lines(result.stdout)
      #expect(printed.count == step.output.count, "\(step.command):\n\(result.stdout)")
      for (line, expected) in zip(printed, step.output) {
        #expect(matches(line, expected), "\(step.command): \(line) is not \(expected)")
      }
    }
  }
}
