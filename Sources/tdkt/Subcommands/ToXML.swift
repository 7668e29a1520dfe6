// `tdkt to-xml FILE.json [-o OUT]`

import ArgumentParser
import Interchange

extension TDKT {
  /// Converts exchange JSON (or the generic JsonML-style form) to XML.
  struct ToXML: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "to-xml",
      abstract: "Convert an exchange JSON file (or a generic JSON form) to XML.",
      discussion: """
        The form is recognised from the content: an object is the exchange form, an array \
        the generic form written by to-json --generic.
        """)

    @Argument(help: "The JSON file ('-' for standard input).")
    var file: String

    @OptionGroup var output: OutputOptions

    func validate() throws { try requireFileOutput(output.output) }

    func run() throws {
      try convertFile(file, to: output.output) { bytes, name throws(InterchangeError) in
        if GenericXMLJSON.isGenericForm(bytes) {
          return try GenericXMLJSON.xml(fromJSON: bytes, file: name)
        }
        return ExchangeXML.encode(try ExchangeJSON.decode(bytes, file: name))
      }
    }
  }
}
