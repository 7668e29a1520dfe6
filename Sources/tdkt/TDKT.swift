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
        1   some input is invalid or could not be converted (or a batch was interrupted)
        64  usage error (unknown option, missing argument, conflicting options)
      """,
    version: tdktVersion,
    subcommands: [
      Convert.self, Validate.self, ToJSON.self, ToXML.self, BatchCommand.self, Schema.self,
      Inspect.self, Report.self, Export.self, Render.self,
    ]
  )
}
