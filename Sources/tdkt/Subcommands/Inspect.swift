// `tdkt inspect PAGE.html`

import ArgumentParser
import Batch
import Foundation
import PortalPage
import Records

extension TDKT {
  /// Explains how a page is read.
  struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "inspect",
      abstract: "Explain how a page is read: encoding, profile, article fields, records.",
      discussion: """
        Prints, on standard output, how the encoding was found, why the layout profile was \
        chosen (with its evidence), where the title, date and author came from, the problems \
        of the recovering HTML parse (those HTML5 allows are marked and do not count for \
        --strict), and the records found. With --strict the status is 1 when a problem \
        counts.

        EXAMPLES
          tdkt inspect page.html
          tdkt inspect old.htm --encoding TCVN3
          tdkt inspect page.html --strict > /dev/null && echo "no markup problems"
        """)

    @Argument(help: "The page ('-' for standard input).")
    var page: String

    @OptionGroup var options: PageOptions

    @OptionGroup var messages: MessageOptions

    func run() throws {
      messages.apply()
      let printer = Printer.shared
      let name = displayName(page)
      var bytes: [UInt8]
      switch readInput(page) {
      case .failure(let failure):
        printer.error(name, failure.message)
        throw ExitCode(1)
      case .success(let read): bytes = read
      }
      let compressed = isGzip(bytes)
      if compressed {
        switch gunzip(bytes, limit: inputSizeLimit) {
        case .success(let decompressed): bytes = decompressed
        case .failure(let problem):
          printer.error(name, problem.message)
          throw ExitCode(1)
        }
      }
      let reading: PageReading
      do throws(PageError) {
        reading = try PageReader().read(
          bytes, file: name, url: options.url, encoding: options.encoding)
      } catch {
        for diagnostic in PageConversionError.page(error).diagnostics {
          printer.diagnostic(diagnostic)
        }
        throw ExitCode(1)
      }
      let exchange = RecordExtractor().exchange(for: reading)
      var text = "page: \(name)" + (compressed ? " (gzip-compressed)" : "") + "\n"
      text += "sha256: \(reading.source.sha256)\n"
      text += reading.explanation.description
      if !text.hasSuffix("\n") { text += "\n" }
      let problems = reading.diagnostics.filter(isStrictProblem)
      text += "parse problems: \(reading.diagnostics.count)"
      if problems.count < reading.diagnostics.count {
        text += " (\(reading.diagnostics.count - problems.count) allowed by HTML5)"
      }
      text += "\n"
      for diagnostic in reading.diagnostics.prefix(20) {
        text += "  \(diagnostic)" + (isStrictProblem(diagnostic) ? "" : " (allowed by HTML5)")
        text += "\n"
      }
      if reading.diagnostics.count > 20 {
        text += "  … and \(reading.diagnostics.count - 20) more\n"
      }
      text += "records: \(counted(exchange.conferences.count, "conference")), "
      text += "\(counted(exchange.awards.count, "award"))\n"
      let rules = RecordExtractor().conferenceRules(article: reading.article)
      for (index, conference) in exchange.conferences.enumerated() {
        text += "  \(conference.id) \(conference.kind.rawValue): \(conference.title)\n"
        if index < rules.count { text += "    because \(rules[index])\n" }
      }
      let awardRules = RecordExtractor().awardRules(article: reading.article)
      for (index, award) in exchange.awards.enumerated() {
        text += "  \(award.id) \(award.form.code): \(award.form.name)\n"
        if index < awardRules.count { text += "    because \(awardRules[index])\n" }
      }
      FileHandle.standardOutput.write(Data(text.utf8))
      if options.strict, !problems.isEmpty { throw ExitCode(1) }
    }
  }
}
