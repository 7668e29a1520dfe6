// `tdkt report OUT_DIR [--input IN_DIR] [-o DIR]`

import ArgumentParser
import Batch
import Foundation
import Reports

extension TDKT {
  /// Summarises a folder of exchange files: summary.json and report.html.
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "report",
      abstract: "Summarise a batch's output folder: summary.json and report.html.",
      discussion: """
        Reads the exchange files of OUT_DIR (through the batch manifest when there is one, so \
        the pages the batch could not convert are listed with their reasons) and writes \
        summary.json (counts by province with its official code and 2025 successor, by year, \
        by award form and issuer level, by conference kind; the pages without records; the \
        failures by reason) and report.html (one self-contained page: charts, sortable tables \
        of every conference and award linking to its exchange file and source page, the \
        failures). A page written in both forms, or copied, counts once. Exit status 1 when an \
        exchange file cannot be read (it is listed among the failures).

        EXAMPLES
          tdkt report out/
          tdkt report out/ --input scraped/ -o site/
        """)

    @Argument(help: "The folder of exchange files (a batch's OUT_DIR).")
    var folder: String

    @Option(
      help: ArgumentHelp(
        "The batch's input folder: each page then also links to its saved copy.",
        valueName: "in-dir"))
    var input: String?

    @Option(
      name: [.customShort("o"), .long],
      help: ArgumentHelp(
        "Write summary.json and report.html into this folder (default: the folder read).",
        valueName: "dir"))
    var output: String?

    @OptionGroup var messages: MessageOptions

    func run() throws {
      messages.apply()
      let printer = Printer.shared
      guard isDirectory(folder) else {
        let exists = FileManager.default.fileExists(atPath: folder)
        printer.error(folder, exists ? "not a directory" : "no such directory")
        throw ExitCode(1)
      }
      if let input, !isDirectory(input) {
        printer.error(input, "no such directory (--input)")
        throw ExitCode(1)
      }
      let status = try writeReport(of: folder, into: output ?? folder, input: input)
      if status != 0 { throw ExitCode(status) }
    }
  }
}

/// Reads `folder`, writes its summary.json and report.html into `destination` and prints one
/// line about it on standard error.
///
/// - Returns: 0, or 1 when an exchange file could not be read (each one printed).
/// - Throws: `ExitCode(1)` when the report cannot be written.
func writeReport(of folder: String, into destination: String, input: String?) throws -> Int32 {
  let printer = Printer.shared
  let collection = RecordCollection.read([folder])
  let sameFolder =
    URL(fileURLWithPath: destination).standardizedFileURL
    == URL(fileURLWithPath: folder).standardizedFileURL
  if sameFolder {
    for page in collection.pages {
      for file in page.files where file == summaryFileName || file == reportFileName {
        printer.error(
          folder + "/" + file,
          "is the output of a page, not a report; write the report elsewhere with -o")
        throw ExitCode(1)
      }
    }
  }
  let unreadable = collection.failures.filter { $0.kind == .exchange }
  for failure in unreadable {
    for message in failure.messages { printer.error(failure.path, message) }
  }
  let summary = Summary(collection)
  let page = reportPage(
    collection, summary: summary,
    links: ReportLinks(reportFolder: destination, inputFolder: input))
  do throws(FileSystemError) {
    let tree = try OutputTree(root: destination, tag: "report")
    try tree.write(summary.json, to: summaryFileName)
    try tree.write(Array(page.utf8), to: reportFileName)
  } catch {
    printer.error(error.path, error.message)
    throw ExitCode(1)
  }
  let prefix = destination.hasSuffix("/") ? destination : destination + "/"
  printer.summary(
    "\(summary.pages) pages (\(summary.pages - summary.pagesWithRecords) without records), "
      + "\(summary.conferences) conferences, \(summary.awards) awards, "
      + "\(summary.failed) failed; wrote \(prefix)\(summaryFileName) and "
      + "\(prefix)\(reportFileName)")
  return unreadable.isEmpty ? 0 : 1
}
