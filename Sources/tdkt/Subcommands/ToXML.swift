// `tdkt to-xml FILE.json|DIR… [-o OUT] [--jobs N]`

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
        the generic form written by to-json --generic. One file goes to standard output, to \
        -o FILE or into the folder -o DIR (DIR/ creates it). Several files or directories \
        need -o DIR: each output is the input's name (kept with its path below the folder \
        they share when two names are the same; a directory's files: their path inside it) \
        with .xml.

        EXAMPLES
          tdkt to-xml record.json > record.xml
          tdkt to-xml json/ -o xml/ --jobs 4
        """)

    @Argument(
      help: "JSON files, or directories searched for *.json ('-' for standard input).")
    var files: [String]

    @OptionGroup var output: OutputOptions

    @OptionGroup var jobs: JobOptions

    @OptionGroup var messages: MessageOptions

    func validate() throws {
      if files.count == 1, let out = output.output, out != "-", !namesFolder(out),
        !isDirectory(files[0])
      {
        try checkFileOutput(out, writes: "xml")
      }
    }

    func run() throws {
      messages.apply()
      try convertFiles(
        files, to: output.output, jobs: jobs.jobs, inputExtension: "json", outputExtension: "xml"
      ) { bytes, name throws(InterchangeError) in
        do throws(InterchangeError) {
          if GenericXMLJSON.isGenericForm(bytes) {
            return ConversionOutput(bytes: try GenericXMLJSON.xml(fromJSON: bytes, file: name))
          }
          return ConversionOutput(bytes: try ExchangeConversion.xml(fromJSON: bytes, file: name))
        } catch {
          throw withWrongKindHint(error, bytes: bytes, command: "to-xml", file: name)
        }
      }
    }
  }
}
