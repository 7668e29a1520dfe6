// `tdkt validate FILE.xml|FILE.json|DIR… [--format text|json]`

import ArgumentParser
import Batch
import Foundation
import Interchange
import LibXML

extension TDKT {
  /// Checks exchange files against the schema.
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "validate",
      abstract: "Check exchange files (XML or JSON) against the exchange schema.",
      discussion: """
        Directories are searched recursively for *.xml and *.json files, in sorted order. \
        Like a compiler, it prints only the problems (path:line:column or path:/json/pointer) \
        and a one-line summary on standard error; --format json prints a report on standard \
        output instead: [{"file", "valid", "errors": [{"line", "column", "pointer", \
        "message"}]}].

        EXAMPLES
          tdkt validate received/
          tdkt validate a.xml b.json --format json > report.json
          tdkt convert page.html | tdkt validate -
        """)

    @Argument(help: "Exchange files or directories ('-' for standard input).")
    var paths: [String]

    @Option(help: "text (diagnostics on standard error) or json (a report on standard output).")
    var format: ReportFormat = .text

    @OptionGroup var jobs: JobOptions

    @OptionGroup var messages: MessageOptions

    /// One file to check, or a problem found while collecting the files.
    private struct Item: Sendable {
      var path: String
      var problem: String?
    }

    /// The result for one file.
    private struct Checked: Sendable {
      var file: String
      var diagnostics: [Diagnostic]
      var valid: Bool
    }

    func run() throws {
      messages.apply()
      let printer = Printer.shared
      var items: [Item] = []
      for path in paths {
        if path != "-", isDirectory(path) {
          do throws(WalkIssue) {
            let (files, issues) = try Walker(root: path, selection: .exchangeFiles).walk()
            var found = files.map { Item(path: $0.path, problem: nil) }
            found += issues.map { Item(path: $0.path, problem: $0.message) }
            found.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
            items += found
          } catch {
            items.append(Item(path: path, problem: error.message))
          }
        } else {
          items.append(Item(path: path, problem: nil))
        }
      }
      // Standard input is read here, once, on the main thread.
      let standardInput = paths.contains("-") ? readInput("-") : nil
      let results = WorkerPool.map(items, jobs: jobs.jobs) { item -> Checked in
        Validate.check(item, standardInput: standardInput)
      }
      let invalid = results.filter { !$0.valid }.count
      switch format {
      case .text:
        for result in results {
          for diagnostic in result.diagnostics { printer.diagnostic(diagnostic) }
        }
      case .json:
        FileHandle.standardOutput.write(Data(Validate.report(results).utf8))
      }
      let noun = results.count == 1 ? "file" : "files"
      printer.summary("\(results.count) \(noun), \(invalid) invalid")
      if invalid > 0 { throw ExitCode(1) }
    }

    private static func check(
      _ item: Item, standardInput: Result<[UInt8], ReportedFailure>?
    ) -> Checked {
      let name = displayName(item.path)
      func failure(_ message: String) -> Checked {
        let diagnostic = Diagnostic(
          severity: .error, domain: "io", code: 0, message: message,
          location: SourceLocation(file: name, line: 0, column: 0))
        return Checked(file: name, diagnostics: [diagnostic], valid: false)
      }
      if let problem = item.problem { return failure(problem) }
      let read = item.path == "-" ? standardInput ?? readInput("-") : readInput(item.path)
      let bytes: [UInt8]
      switch read {
      case .failure(let error): return failure(error.message)
      case .success(let value): bytes = value
      }
      if bytes.isEmpty {
        return failure("the file is empty; expected an exchange XML or JSON file")
      }
      // The extension decides (.json or .xml); any other name goes by the first bytes.
      let kind = InputKind(of: bytes)
      let asJSON: Bool
      switch fileExtension(of: item.path)?.lowercased() {
      case "json": asJSON = true
      case "xml": asJSON = false
      default: asJSON = kind == .json
      }
      let report =
        asJSON
        ? ExchangeValidator.shared.validate(json: bytes, file: name)
        : ExchangeValidator.shared.validate(xml: bytes, file: name)
      var diagnostics = report.diagnostics
      if !report.isValid,
        let hint = wrongKindHint(kind, command: "validate", file: name)
      {
        diagnostics.append(hint)
      }
      return Checked(file: name, diagnostics: diagnostics, valid: report.isValid)
    }

    private static func report(_ results: [Checked]) -> String {
      var lines: [String] = []
      for result in results {
        let errors = result.diagnostics.map { diagnostic -> String in
          let location = diagnostic.location
          var fields: [String] = []
          if location.line > 0 { fields.append("\"line\": \(location.line)") }
          if location.column > 0 { fields.append("\"column\": \(location.column)") }
          if let pointer = location.pointer { fields.append("\"pointer\": \(jsonString(pointer))") }
          if diagnostic.severity == .warning { fields.append("\"severity\": \"warning\"") }
          fields.append("\"message\": \(jsonString(diagnostic.message))")
          return "{" + fields.joined(separator: ", ") + "}"
        }
        lines.append(
          "  {\"file\": \(jsonString(result.file)), \"valid\": \(result.valid), \"errors\": ["
            + errors.joined(separator: ", ") + "]}")
      }
      return lines.isEmpty ? "[]\n" : "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }
  }
}
