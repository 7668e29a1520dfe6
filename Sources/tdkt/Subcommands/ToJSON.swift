// `tdkt to-json FILE.xml [--generic] [-o OUT]`

import ArgumentParser
import Batch
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
      let json: [UInt8]
      do throws(InterchangeError) {
        if generic {
          json = try GenericXMLJSON.json(fromXML: bytes, file: name)
        } else {
          json = ExchangeJSON.encode(try ExchangeXML.decode(bytes, file: name))
        }
      } catch {
        for diagnostic in error.diagnostics { printer.diagnostic(diagnostic) }
        throw ExitCode(1)
      }
      if case .failure(let failure) = writeOutput(json, to: output.output) {
        printer.error(failure.path, failure.message)
        throw ExitCode(1)
      }
    }
  }
}
