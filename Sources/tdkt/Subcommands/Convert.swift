// `tdkt convert PAGE.html… [-o OUT] [--format xml|json] [--url URL] [--encoding NAME] [--strict]`

import ArgumentParser
import Batch
import Foundation

extension TDKT {
  /// Converts portal pages into exchange records.
  struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "convert",
      abstract: "Convert portal pages into exchange records (XML or JSON).",
      discussion: """
        One page is written to standard output, to -o FILE, or into the folder -o DIR \
        (-o DIR/ with a slash creates it). Several pages need -o DIR: each output is named \
        after its page, DIR/<name>.xml (or .json); when two pages have the same name, the \
        outputs keep the pages' paths below the folder they share (a/x.html and b/x.html \
        become DIR/a/x.xml and DIR/b/x.xml). The output is validated against the exchange schema before it is \
        written; files are written whole or not at all. Pages compressed with gzip \
        (page.html.gz) are read as the page inside.

        --strict fails a page when the recovering HTML parse reports a problem that changes \
        how the page is read (a broken tag, a misplaced element, a bad character); elements \
        of HTML5 that libxml2 2.9 does not know (<nav>, <section>, <main>…) are valid HTML \
        and are not problems. 'tdkt inspect' lists the problems of a page.

        EXAMPLES
          tdkt convert page.html > page.xml
          tdkt convert page.html -o page.json
          tdkt convert saved/*/index.html -o out/ --format json
          tdkt convert old.htm --encoding TCVN3 --url https://example.gov.vn/tin/1
        """)

    @Argument(help: "The pages to convert ('-' for standard input).")
    var pages: [String]

    @OptionGroup var output: OutputOptions

    @Option(
      help: ArgumentHelp(
        "The output form (default: xml, or json for -o FILE.json).", valueName: "form"))
    var format: PageFormat?

    @OptionGroup var page: PageOptions

    @OptionGroup var messages: MessageOptions

    /// The form written: `--format`, else the name of `-o FILE` (`.json`), else XML.
    var outputFormat: OutputFormat {
      if let format { return format.outputFormat }
      if pages.count == 1, let out = output.output, !namesFolder(out),
        fileExtension(of: out)?.lowercased() == "json"
      {
        return .json
      }
      return .xml
    }

    func validate() throws {
      guard pages.count > 1 else {
        if let out = output.output, out != "-", !namesFolder(out) {
          try checkFileOutput(
            out, writes: format?.rawValue,
            remedy: ", or leave out --format (-o FILE.json alone writes JSON)")
        }
        return
      }
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
      messages.apply()
      let printer = Printer.shared
      let converter = PageConverter(strict: page.strict)
      let format = outputFormat
      let intoDirectory = pages.count > 1 || output.output.map(namesFolder) == true
      let names = pages == ["-"] ? ["stdin"] : mirroredNames(pages)
      var tree: OutputTree?
      if intoDirectory, let folder = output.output {
        do throws(FileSystemError) {
          tree = try OutputTree(root: folder, tag: "out")
        } catch {
          printer.error(error.path, error.message)
          throw ExitCode(1)
        }
      }
      var failed = false
      var written: [String: String] = [:]
      for (path, mirrored) in zip(pages, names) {
        let name = displayName(path)
        var bytes: [UInt8]
        switch readInput(path) {
        case .failure(let failure):
          printer.error(name, failure.message)
          failed = true
          continue
        case .success(let read): bytes = read
        }
        if isGzip(bytes) {
          switch gunzip(bytes, limit: inputSizeLimit) {
          case .success(let page): bytes = page
          case .failure(let problem):
            printer.error(name, problem.message)
            failed = true
            continue
          }
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
            printer.error(name, "the records produced do not match the exchange schema (a bug)")
          }
          failed = true
          continue
        }
        let bytesOut = converted.outputs[format] ?? []
        if let tree {
          let file = outputStem(of: mirrored) + "." + format.fileExtension
          if let owner = written[file] {
            let same =
              owner != standardInputName
              && URL(fileURLWithPath: owner).standardizedFileURL
                == URL(fileURLWithPath: path).standardizedFileURL
            printer.error(
              name,
              same
                ? "given twice" : "its output \(file) is already the output of \(owner); rename one"
            )
            failed = true
            continue
          }
          written[file] = name
          do throws(FileSystemError) {
            try tree.write(bytesOut, to: file)
          } catch {
            printer.error(error.path, error.message)
            failed = true
          }
        } else if case .failure(let failure) = writeOutput(bytesOut, to: output.output) {
          printer.error(failure.path, failure.message)
          failed = true
        }
      }
      if failed { throw ExitCode(1) }
    }
  }
}
