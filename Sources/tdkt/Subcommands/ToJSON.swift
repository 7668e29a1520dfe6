// `tdkt to-json FILE.xml|DIR… [--generic] [-o OUT] [--jobs N]`

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
        lossless JsonML-style form ([name, {attributes}, children…]). One file goes to \
        standard output, to -o FILE or into the folder -o DIR (DIR/ creates it). Several \
        files or directories need -o DIR: each output is the input's name (kept with its \
        path below the folder they share when two names are the same; a directory's files: \
        their path inside it) with .json.

        EXAMPLES
          tdkt to-json record.xml > record.json
          tdkt to-json received/ -o json/ --jobs 4
          tdkt to-json --generic any.xml -o any.json
        """)

    @Argument(
      help: "XML files, or directories searched for *.xml ('-' for standard input).")
    var files: [String]

    @Flag(help: "Convert any XML to the generic JsonML-style form, not the exchange form.")
    var generic = false

    @OptionGroup var output: OutputOptions

    @OptionGroup var jobs: JobOptions

    @OptionGroup var messages: MessageOptions

    func validate() throws {
      if files.count == 1, let out = output.output, out != "-", !namesFolder(out),
        !isDirectory(files[0])
      {
        try checkFileOutput(out, writes: "json")
      }
    }

    func run() throws {
      messages.apply()
      let generic = generic
      try convertFiles(
        files, to: output.output, jobs: jobs.jobs, inputExtension: "xml", outputExtension: "json"
      ) { bytes, name throws(InterchangeError) in
        do throws(InterchangeError) {
          if generic {
            let (json, warnings) = try GenericXMLJSON.jsonWithWarnings(fromXML: bytes, file: name)
            return ConversionOutput(bytes: json, warnings: warnings)
          }
          return ConversionOutput(bytes: try ExchangeConversion.json(fromXML: bytes, file: name))
        } catch {
          throw withWrongKindHint(error, bytes: bytes, command: "to-json", file: name)
        }
      }
    }
  }
}
