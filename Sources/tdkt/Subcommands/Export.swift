// `tdkt export DIR|FILE… (--sqlite DB | --csv DIR)`

import ArgumentParser
import Batch
import Foundation
import Reports

extension TDKT {
  /// Exports records to SQLite or CSV.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Export the records of exchange files to a SQLite database or to CSV files.",
      discussion: """
        Folders are read as 'report' reads them (a batch folder through its manifest); a page \
        in several files counts once. Tables: pages, conferences, participants, provinces, \
        movements, exemplars, awards, decisions, recipients (see the README for the columns \
        and example queries). --sqlite adds to the database: a page already there with the \
        same records is left alone, a changed one replaced, new pages added, so exporting the \
        same folder twice leaves the database as it was. --csv writes one file per table \
        (UTF-8 with a byte order mark, RFC 4180, CRLF) from the inputs given. Exit status 1 \
        when an input could not be read or written (the others are exported).

        EXAMPLES
          tdkt export out/ --sqlite tdkt.db
          tdkt export out/ --csv tables/
          sqlite3 tdkt.db 'SELECT form_code, count(*) FROM awards GROUP BY form_code'
        """)

    @Argument(help: "Exchange files or folders (e.g. a batch's OUT_DIR).")
    var paths: [String]

    @Option(
      help: ArgumentHelp("Write to this SQLite database (created if needed).", valueName: "db"))
    var sqlite: String?

    @Option(help: ArgumentHelp("Write one CSV file per table into this folder.", valueName: "dir"))
    var csv: String?

    @OptionGroup var messages: MessageOptions

    func validate() throws {
      if sqlite == nil && csv == nil {
        throw ValidationError("give --sqlite DB or --csv DIR (or both)")
      }
      if let sqlite, isDirectory(sqlite) {
        throw ValidationError("--sqlite must name a file, not a directory: '\(sqlite)'")
      }
    }

    func run() throws {
      messages.apply()
      let printer = Printer.shared
      var failed = false
      for path in paths where !FileManager.default.fileExists(atPath: path) {
        printer.error(path, "no such file or directory")
        failed = true
      }
      let collection = RecordCollection.read(
        paths.filter { FileManager.default.fileExists(atPath: $0) })
      for failure in collection.failures where failure.kind == .exchange {
        for message in failure.messages { printer.error(failure.path, message) }
        failed = true
      }
      if let sqlite {
        do throws(SQLiteError) {
          let outcome = try exportSQLite(collection, to: sqlite)
          for failure in outcome.failed {
            printer.error(failure.file, failure.message)
            failed = true
          }
          printer.summary("\(sqlite): \(outcome)")
        } catch {
          printer.error(error.path, error.message)
          throw ExitCode(1)
        }
      }
      if let csv {
        do throws(FileSystemError) {
          let outcome = try exportCSV(collection, to: csv)
          printer.summary(
            "\(csv): \(counted(outcome.added, "page")), \(counted(exportTables.count, "table"))")
        } catch {
          printer.error(error.path, error.message)
          throw ExitCode(1)
        }
      }
      if failed { throw ExitCode(1) }
    }
  }
}
