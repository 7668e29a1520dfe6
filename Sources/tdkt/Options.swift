// Options shared by several subcommands.

import ArgumentParser
import Batch
import VietText

/// How a page is read: `--url`, `--encoding`, `--strict`.
struct PageOptions: ParsableArguments {
  @Option(help: "The page's address, recorded as source/url (one page only).")
  var url: String?

  @Option(
    help: ArgumentHelp(
      "The page's character encoding, overriding what the page declares.",
      discussion: "\(encodingNames.joined(separator: ", ")), or another name iconv knows "
        + "(iconv -l), e.g. VISCII.", valueName: "name"))
  var encoding: String?

  @Flag(
    help: "Fail a page when its HTML parse reports a problem that HTML5 does not allow.")
  var strict = false

  func validate() throws {
    if let encoding, !isDecodableEncoding(encoding) {
      throw ValidationError(
        "--encoding: unknown encoding '\(encoding)'; give one of "
          + encodingNames.joined(separator: ", ") + ", or another name iconv knows (iconv -l)")
    }
  }
}

/// The encodings tdkt reads itself, as `--encoding` names them.
let encodingNames = [
  "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1258", "windows-1252", "TCVN3", "VNI",
]

/// Where output goes: `-o` (a file, standard output, or a folder).
struct OutputOptions: ParsableArguments {
  @Option(
    name: [.customShort("o"), .long],
    help: ArgumentHelp(
      "Write to this file ('-': standard output, the default), or into this folder (an "
        + "existing one, or DIR/ to create it).", valueName: "out"))
  var output: String?
}

/// When diagnostics are coloured.
enum ColourChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never
}

/// How much goes to standard error: `--color`, `-q`.
struct MessageOptions: ParsableArguments {
  @Option(
    name: .customLong("color"),
    help: ArgumentHelp(
      "When to colour diagnostics; auto: on a terminal, unless NO_COLOR is set or TERM is "
        + "dumb.", valueName: "when"))
  var colour: ColourChoice = .auto

  @Flag(
    name: [.customShort("q"), .long],
    help: "Print only errors and warnings: no summary line, no progress.")
  var quiet = false

  /// Sets up the printer of the process.
  func apply() { Printer.shared.configure(colour: colour, quiet: quiet) }
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
    name: [.customShort("j"), .customLong("jobs")],
    help: ArgumentHelp(
      "Worker threads (default: the number of processors).", valueName: "jobs"))
  var requested: Int?

  /// The threads to use.
  var jobs: Int { requested ?? WorkerPool.defaultJobs }

  func validate() throws {
    if let requested, requested < 1 {
      throw ValidationError("--jobs must be at least 1, not \(requested)")
    }
  }
}

/// A number of seconds, shown without a fraction when it has none (`60`, `2.5`).
struct Seconds: ExpressibleByArgument, CustomStringConvertible {
  var value: Double

  init(_ value: Double) { self.value = value }

  init?(argument: String) {
    guard let value = Double(argument) else { return nil }
    self.value = value
  }

  var description: String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}

/// A size in bytes as a user writes it: `52428800`, `512k`, `10MB`, `10MiB`, `1.5G`. The
/// suffixes K, M and G (with or without `B`, `iB`, any case) are powers of 1024, as in
/// `--max-size`'s default of 50 MiB.
struct ByteCount: ExpressibleByArgument, Equatable, CustomStringConvertible {
  var bytes: Int

  init(bytes: Int) { self.bytes = bytes }

  init?(argument: String) {
    let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
    let digits = text.prefix { $0.isNumber || $0 == "." }
    var unit = text.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
    for ending in ["ib", "b"] where unit.hasSuffix(ending) && unit.count > ending.count - 1 {
      unit.removeLast(ending.count)
      break
    }
    let scale: Double
    switch unit {
    case "": scale = 1
    case "k": scale = 1024
    case "m": scale = 1024 * 1024
    case "g": scale = 1024 * 1024 * 1024
    default: return nil
    }
    guard let number = Double(digits), number.isFinite, number >= 0 else { return nil }
    let value = (number * scale).rounded(.down)
    guard value < Double(Int.max) else { return nil }
    bytes = Int(value)
  }

  /// The size as the help shows a default: `50MiB`, `512KiB`, else bytes.
  var description: String {
    for (size, unit) in [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
    where bytes >= size && bytes % size == 0 {
      return "\(bytes / size)\(unit)"
    }
    return String(bytes)
  }
}
