// `tdkt to-xml FILE.json [-o OUT]`

import ArgumentParser
import Batch
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

    func validate() throws {
      if let out = output.output, out != "-", isDirectory(out) {
        throw ValidationError("-o must name a file, not a directory: '\(out)'")
      }
    }

    func run() throws {
      let printer = Printer.shared
      let name = displayName(file)
      let bytes: [UInt8]
      switch readInput(file) {
      case .failure(let failure):
        printer.error(name, failure.message)
        throw ExitCode(1)
      case .success(let read): bytes = read
      }
      let xml: [UInt8]
      do throws(InterchangeError) {
        if GenericXMLJSON.isGenericForm(bytes) {
          xml = try GenericXMLJSON.xml(fromJSON: bytes, file: name)
        } else {
          xml = ExchangeXML.encode(try ExchangeJSON.decode(bytes, file: name))
        }
      } catch {
        for diagnostic in error.diagnostics { printer.diagnostic(diagnostic) }
        throw ExitCode(1)
      }
      if case .failure(let failure) = writeOutput(xml, to: output.output) {
        printer.error(failure.path, failure.message)
        throw ExitCode(1)
      }
    }
  }
}
