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
      abstract: "Explain how a page is read: encoding, profile, article fields, records.",
      discussion: """
        Prints, on standard output, how the encoding was found, why the layout profile was \
        chosen (with its evidence), where the title, date and author came from, the problems \
        of the recovering HTML parse, and the records found.
        """)

    @Argument(help: "The page ('-' for standard input).")
    var page: String

    @OptionGroup var options: PageOptions

    func run() throws {
      let printer = Printer.shared
      let name = displayName(page)
      let bytes: [UInt8]
      switch readInput(page) {
      case .failure(let failure):
        printer.error(name, failure.message)
        throw ExitCode(1)
      case .success(let read): bytes = read
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
      var text = "page: \(name)\n"
      text += "sha256: \(reading.source.sha256)\n"
      text += reading.explanation.description
      if !text.hasSuffix("\n") { text += "\n" }
      text += "article: \(reading.article.title)\n"
      text += "  paragraphs: \(reading.article.paragraphs.count), "
      text += "images: \(reading.article.images.count)\n"
      text += "parse problems: \(reading.diagnostics.count)\n"
      for diagnostic in reading.diagnostics.prefix(20) { text += "  \(diagnostic)\n" }
      if reading.diagnostics.count > 20 {
        text += "  … and \(reading.diagnostics.count - 20) more\n"
      }
      text += "records: \(exchange.conferences.count) conferences, "
      text += "\(exchange.awards.count) awards\n"
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
      if options.strict, !reading.diagnostics.isEmpty { throw ExitCode(1) }
    }
  }
}
