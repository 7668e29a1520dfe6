// `tdkt schema [--json]`

import ArgumentParser
import Foundation
import Interchange

extension TDKT {
  /// Prints the exchange schema.
  struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "schema",
      abstract: "Print the exchange schema: the XSD, or with --json the JSON Schema.",
      discussion: """
        The schemas are compiled into tdkt; these are the files it validates against.

        EXAMPLES
          tdkt schema > tdkt-exchange.xsd
          tdkt schema --json > tdkt-exchange.schema.json
          tdkt convert page.html | xmllint --noout --schema tdkt-exchange.xsd -
        """)

    @Flag(help: "Print the JSON Schema (draft 2020-12) of the JSON form instead of the XSD.")
    var json = false

    func run() throws {
      FileHandle.standardOutput.write(Data((json ? SchemaFiles.jsonSchema : SchemaFiles.xsd).utf8))
    }
  }
}
