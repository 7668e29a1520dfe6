// `tdkt convert PAGE.html… [-o OUT] [--format xml|json] [--url URL] [--encoding NAME] [--strict]`

import ArgumentParser
import Batch
import Foundation

extension TDKT {
  /// Converts portal pages into exchange records.
  struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Convert portal pages into exchange records (XML or JSON).",
      discussion: """
        One page is written to standard output (or to -o FILE). Several pages need -o DIR: \
        each page's output is DIR/<name>.xml (or .json). The output is validated against the \
        exchange schema before it is written; files are written whole or not at all.
        """)

    @Argument(help: "The pages to convert ('-' for standard input).")
    var pages: [String]

    @OptionGroup var output: OutputOptions

    @Option(help: "The output form: xml or json.")
    var format: PageFormat = .xml

    @OptionGroup var page: PageOptions

    func validate() throws {
      guard pages.count > 1 else { return }
      guard let out = output.output else {
        throw ValidationError(
          "converting several pages needs -o DIR, a directory for the outputs")
      }
      if out == "-" {
        throw ValidationError("-o - (standard output) takes one page; give -o DIR for several")
      }
      if FileManager.default.fileExists(atPath: out), !isDirectory(out) {
        throw ValidationError("-o with several inputs must be a directory; '\(out)' is a file")
      }
      if pages.contains("-") {
        throw ValidationError("'-' (standard input) can only be converted alone")
      }
      if page.url != nil {
        throw ValidationError("--url names one page; give it with one page only")
      }
    }

    func run() throws {
      let printer = Printer.shared
      let converter = PageConverter(strict: page.strict)
      let format = self.format.outputFormat
      let intoDirectory =
        pages.count > 1 || output.output.map { $0 != "-" && isDirectory($0) } == true
      if intoDirectory, let folder = output.output, !isDirectory(folder) {
        do {
          try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true)
        } catch {
          printer.error(folder, "cannot create directory")
          throw ExitCode(1)
        }
      }
      var failed = false
      var written: [String: String] = [:]
      for path in pages {
        let name = displayName(path)
        let bytes: [UInt8]
        switch readInput(path) {
        case .failure(let failure):
          printer.error(name, failure.message)
          failed = true
          continue
        case .success(let read): bytes = read
        }
        if let hint = wrongKindHint(InputKind(of: bytes), command: "convert", file: name) {
          printer.diagnostic(hint)
          failed = true
          continue
        }
        let converted: ConvertedPage
        do throws(PageConversionError) {
          converted = try converter.convert(
            bytes, file: name, url: page.url, encoding: page.encoding, formats: [format])
        } catch {
          for diagnostic in error.diagnostics { printer.diagnostic(diagnostic) }
          if case .invalidOutput = error {
            printer.error(name, "the produced XML does not match the exchange schema (a bug)")
          }
          failed = true
          continue
        }
        var target = output.output
        if intoDirectory, let folder = output.output {
          let base = path == "-" ? "stdin" : URL(fileURLWithPath: path).lastPathComponent
          let file = outputStem(of: base) + "." + format.fileExtension
          if let owner = written[file] {
            printer.error(name, "its output \(file) is already the output of \(owner)")
            failed = true
            continue
          }
          written[file] = name
          target = folder.hasSuffix("/") ? folder + file : folder + "/" + file
        }
        if case .failure(let failure) = writeOutput(converted.outputs[format] ?? [], to: target) {
          printer.error(failure.path, failure.message)
          failed = true
        }
      }
      if failed { throw ExitCode(1) }
    }
  }
}
