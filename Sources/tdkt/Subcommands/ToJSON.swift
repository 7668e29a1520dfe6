// `tdkt to-json FILE.xml [--generic] [-o OUT]`

import ArgumentParser
import Interchange

extension TDKT {
  /// Converts exchange XML (or, with --generic, any XML) to JSON.
  struct ToJSON: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "to-json",
      abstract: "Convert an exchange XML file to its JSON form.",
      discussion: """
        The exchange JSON is canonical: to-xml of it gives back the same records, and to-json \
        of that gives the same bytes. --generic converts any XML instead, to an ordered, \
        lossless JsonML-style form ([name, {attributes}, children…]).
        """)

    @Argument(help: "The XML file ('-' for standard input).")
    var file: String

    @Flag(help: "Convert any XML to the generic JsonML-style form, not the exchange form.")
    var generic = false

    @OptionGroup var output: OutputOptions

    func validate() throws { try requireFileOutput(output.output) }

    func run() throws {
      try convertFile(file, to: output.output) { bytes, name throws(InterchangeError) in
        if generic { return try GenericXMLJSON.json(fromXML: bytes, file: name) }
        return ExchangeJSON.encode(try ExchangeXML.decode(bytes, file: name))
      }
    }
  }
}
