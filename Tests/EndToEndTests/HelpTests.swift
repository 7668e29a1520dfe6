// The help of every command, whole, against its snapshot in Samples/help (RECORD_GOLDEN=1
// rewrites them), each with examples; docs/CLI.md checked against the help texts.

import Foundation
import TestSupport
import Testing

/// The subcommands, as `tdkt --help` lists them.
private let subcommands = [
  "convert", "validate", "to-json", "to-xml", "batch", "schema", "inspect", "stream", "report",
  "export", "render",
]

/// `tdkt [command] --help` at 80 columns.
private func help(_ command: String?) throws -> ProcessResult {
  var environment = ProcessInfo.processInfo.environment
  environment["COLUMNS"] = "80"
  return try runTDKT((command.map { [$0] } ?? []) + ["--help"], environment: environment)
}

/// The long options of a help text's OPTIONS section, without --help and --version.
private func options(ofHelp text: String) -> Set<String> {
  var result: Set<String> = []
  var inOptions = false
  for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
    if line.hasSuffix(":"), !line.hasPrefix(" ") { inOptions = line == "OPTIONS:" }
    guard inOptions, line.hasPrefix("  -") else { continue }
    for word in line.split(separator: " ") where word.hasPrefix("--") {
      result.insert(String(word.prefix { $0 != "," }))
    }
  }
  return result.subtracting(["--help", "--version"])
}

/// The example lines of a help text (the indented lines after EXAMPLES).
private func examples(ofHelp text: String) -> [String] {
  var result: [String] = []
  var inExamples = false
  for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
    if line == "EXAMPLES" {
      inExamples = true
    } else if inExamples {
      guard line.hasPrefix("  ") else { break }
      result.append(line.trimmingCharacters(in: .whitespaces))
    }
  }
  return result
}

/// docs/CLI.md.
private let cliDoc: String = {
  String(
    decoding: contents(of: packageRoot.appendingPathComponent("docs/CLI.md")) ?? [], as: UTF8.self)
}()

/// The sections of docs/CLI.md by heading.
private let cliSections: [(heading: String, text: String)] = {
  var sections: [(String, String)] = []
  for part in cliDoc.components(separatedBy: "\n## ").dropFirst() {
    let heading = String(part.prefix { $0 != "\n" })
    sections.append((heading, part))
  }
  return sections
}()

/// The section of docs/CLI.md about `command`.
private func section(_ command: String) -> String? {
  cliSections.first { $0.heading.contains("`tdkt \(command)`") }?.text
}

@Suite struct HelpTests {
  @Test(arguments: [nil] + subcommands.map(Optional.some))
  func helpIsItsSnapshotAndHasExamples(_ command: String?) throws {
    let result = try help(command)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let name = "tdkt" + (command.map { "-" + $0 } ?? "") + ".txt"
    let golden = samplesRoot.appendingPathComponent("help/" + name)
    if let problem = compareGolden(result.stdout, to: golden) { Issue.record("\(problem)") }
    let lines = examples(ofHelp: result.stdout)
    #expect(!lines.isEmpty, "no EXAMPLES in the help of \(command ?? "tdkt")")
    for line in lines where line.hasPrefix("tdkt ") {
      let word = line.split(separator: " ")[1]
      #expect(
        subcommands.contains(String(word)) || word == "help", "an example of no command: \(line)")
    }
  }

  @Test(arguments: subcommands)
  func docsDescribeEveryOption(_ command: String) throws {
    let text = try #require(section(command), "docs/CLI.md has no section for tdkt \(command)")
    let conventions = try #require(cliSections.first { $0.heading == "Conventions" }?.text)
    let helpText = try help(command).stdout
    let known = options(ofHelp: helpText)
    #expect(!known.isEmpty || command == "schema")
    for option in known {
      #expect(
        text.contains(option) || conventions.contains(option),
        "docs/CLI.md does not describe \(option) of tdkt \(command)")
    }
    // Every option in the synopsis of docs/CLI.md is one of the help's.
    let synopsis = cliDoc.components(separatedBy: "```")[1]
    for line in synopsis.split(separator: "\n") where line.hasPrefix("tdkt \(command) ") {
      for word in line.split(whereSeparator: { " []|".contains($0) }) where word.hasPrefix("--") {
        #expect(known.contains(String(word)), "docs/CLI.md: tdkt \(command) has no \(word)")
      }
    }
  }

  @Test(arguments: subcommands)
  func docsShowTheExamplesOfTheHelp(_ command: String) throws {
    let text = try #require(section(command))
    for line in examples(ofHelp: try help(command).stdout) {
      #expect(text.contains(line), "docs/CLI.md lacks the example of tdkt \(command): \(line)")
    }
  }

  @Test func theSynopsisNamesEveryCommand() {
    let synopsis = cliDoc.components(separatedBy: "```")[1]
    for command in subcommands {
      #expect(synopsis.contains("tdkt \(command)"), "\(command) missing from the synopsis")
    }
  }
}
