// The `tdkt` command-line tool.

import ArgumentParser
import Batch

/// The root command: `tdkt <subcommand>`.
@main
struct TDKT: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tdkt",
    abstract:
      "Convert Vietnamese emulation-and-commendation portal pages into validated exchange "
      + "records (XML or JSON), and check and convert exchange files.",
    discussion: """
      Data goes to standard output; diagnostics go to standard error as \
      'path:line:column: error: message'. '-' means standard input or output.

      EXIT STATUS
        0   every input was converted or is valid
        1   some input is invalid or could not be converted
        64  usage error (unknown option, missing argument, conflicting options)
        75  batch or stream interrupted (SIGINT/SIGTERM); the work in progress was
            finished: run it again (batch --resume)

      EXAMPLES
        tdkt convert page.html > page.xml
        tdkt batch scraped/ out/ --jobs 8 --summary
        tdkt validate out/
        tdkt help batch
      """,
    version: tdktVersion,
    subcommands: [
      Convert.self, Validate.self, ToJSON.self, ToXML.self, BatchCommand.self, Schema.self,
      Inspect.self, StreamCommand.self, Report.self, Export.self, Render.self,
    ]
  )

  /// Runs the command; a first word that is no subcommand but close to one gets a suggestion.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let first = arguments.first, !first.hasPrefix("-") {
      let names = configuration.subcommands.map { $0._commandName } + ["help"]
      if !names.contains(first), let near = nearestName(to: first, in: names) {
        Printer.shared.line(
          "Error: unknown subcommand '\(first)'; did you mean '\(near)'?\n"
            + "Usage: tdkt <subcommand>\n  See 'tdkt --help' for more information.")
        exit(withError: ExitCode(64))
      }
    }
    main(arguments)
  }
}

/// The name in `names` within two edits of `word` (one for short words), the closest first;
/// `nil` when none is that close.
func nearestName(to word: String, in names: [String]) -> String? {
  let limit = word.count <= 4 ? 1 : 2
  var best: (name: String, distance: Int)?
  for name in names {
    let distance = editDistance(Array(word.lowercased()), Array(name))
    if distance <= limit, distance < (best?.distance ?? Int.max) { best = (name, distance) }
  }
  return best?.name
}

/// Levenshtein distance between two character sequences.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      current[j] = min(
        previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    swap(&previous, &current)
  }
  return previous[b.count]
}
