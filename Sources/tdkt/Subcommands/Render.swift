// `tdkt render FILE.xml|FILE.json [-o OUT]`

import ArgumentParser
import Interchange
import Reports

extension TDKT {
  /// One exchange file as a readable HTML page.
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "render",
      abstract: "Write one exchange file as a readable HTML page (Vietnamese labels).",
      discussion: """
        For review and printing: the source, the article, then every conference and award \
        with its fields labelled in Vietnamese. The page is self-contained (inline style, no \
        script) and everything taken from the file is HTML-escaped. The form (XML or JSON) is \
        decided from the content.

        EXAMPLES
          tdkt render record.xml > record.html
          tdkt convert page.html | tdkt render - -o page-records.html
        """)

    @Argument(help: "The exchange file ('-' for standard input).")
    var file: String

    @Option(
      name: [.customShort("o"), .long],
      help: ArgumentHelp(
        "Write the page to this file ('-': standard output, the default).", valueName: "file"))
    var output: String?

    @OptionGroup var messages: MessageOptions

    func validate() throws {
      try requireFileOutput(output)
      if let output, output != "-" { try checkFileOutput(output, writes: "html") }
    }

    func run() throws {
      messages.apply()
      try convertFile(file, to: output) { bytes, name throws(InterchangeError) in
        let exchange =
          switch ExchangeFormat.detect(bytes) {
          case .xml: try ExchangeXML.decode(bytes, file: name)
          case .json: try ExchangeJSON.decode(bytes, file: name)
          }
        return Array(exchangePage(exchange, file: name).utf8)
      }
    }
  }
}
