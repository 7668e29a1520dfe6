// Options shared by several subcommands.

import ArgumentParser
import Batch

/// How a page is read: `--url`, `--encoding`, `--strict`.
struct PageOptions: ParsableArguments {
  @Option(help: "The page's address, recorded as source/url (one page only).")
  var url: String?

  @Option(
    help: ArgumentHelp(
      "The page's character encoding, overriding what the page declares.",
      discussion: "E.g. UTF-8, windows-1258, windows-1252, TCVN3, VNI.", valueName: "name"))
  var encoding: String?

  @Flag(help: "Treat problems of the recovering HTML parse as errors.")
  var strict = false
}

/// Where output goes: `-o`.
struct OutputOptions: ParsableArguments {
  @Option(
    name: [.customShort("o"), .long],
    help: ArgumentHelp(
      "Write the output to this file ('-': standard output, the default), or into this "
        + "directory.", valueName: "out"))
  var output: String?
}

/// The output form of `convert`.
enum PageFormat: String, ExpressibleByArgument, CaseIterable {
  case xml, json

  var outputFormat: OutputFormat { self == .xml ? .xml : .json }
}

/// The output forms of `batch`.
enum BatchFormat: String, ExpressibleByArgument, CaseIterable {
  case xml, json, both, jsonl

  /// What the converter produces (JSON lines carry the exchange JSON).
  var outputFormats: [OutputFormat] {
    switch self {
    case .xml: return [.xml]
    case .json, .jsonl: return [.json]
    case .both: return [.xml, .json]
    }
  }
}

/// The report form of `validate`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

/// `--jobs`.
struct JobOptions: ParsableArguments {
  @Option(
    name: [.customShort("j"), .long],
    help: "Worker threads (default: the number of processors, here \(WorkerPool.defaultJobs)).")
  var jobs: Int = WorkerPool.defaultJobs

  func validate() throws {
    if jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
  }
}
