// `tdkt export`: the records of a collection into a SQLite database (incrementally: pages
// keyed on their source SHA-256) or into CSV files (one per table, UTF-8 with a BOM, RFC 4180).

import Batch
import Foundation

/// What an export did.
public struct ExportOutcome: Sendable, Hashable, CustomStringConvertible {
  /// Pages new to the database (or written to CSV).
  public var added = 0
  /// Pages whose records (or file) changed since the last export, rewritten.
  public var replaced = 0
  /// Pages already in the database with the same records, left as they were.
  public var unchanged = 0
  /// Pages that could not be written (e.g. a record id already used by another page), each
  /// with its reason.
  public var failed: [ExportFailure] = []

  /// E.g. `28 pages: 28 added, 0 replaced, 0 unchanged`.
  public var description: String {
    let total = added + replaced + unchanged + failed.count
    var text = "\(total) pages: \(added) added, \(replaced) replaced, \(unchanged) unchanged"
    if !failed.isEmpty { text += ", \(failed.count) failed" }
    return text
  }
}

/// A page an export could not write.
public struct ExportFailure: Sendable, Hashable {
  /// The page's exchange file.
  public var file: String
  /// What SQLite said.
  public var message: String
}

/// Exports `collection` into the SQLite database at `path` (created when missing), in one
/// transaction. A page already there with the same records, file and input is left alone; a
/// page whose records changed is replaced (its old rows go with it, by the foreign keys); new
/// pages are added. Exporting the same files twice therefore leaves the database as it was.
///
/// - Throws: `SQLiteError` when the database cannot be opened or written.
public func exportSQLite(_ collection: RecordCollection, to path: String) throws(SQLiteError)
  -> ExportOutcome
{
  let database = try SQLiteDatabase(path: path)
  try database.execute("PRAGMA journal_mode = DELETE")
  try database.execute("BEGIN IMMEDIATE")
  var committed = false
  defer { if !committed { try? database.execute("ROLLBACK") } }
  for table in exportTables {
    for statement in table.createStatements { try database.execute(statement) }
  }
  var inserts: [String: SQLiteStatement] = [:]
  for table in exportTables { inserts[table.name] = try database.prepare(table.insertStatement) }
  let existing = try database.prepare(
    "SELECT content_sha256, file, input FROM pages WHERE sha256 = ?")
  let delete = try database.prepare("DELETE FROM pages WHERE sha256 = ?")

  var outcome = ExportOutcome()
  for page in collection.pages {
    let rows = PageRows(page)
    let sha = CellValue.text(page.exchange.source.sha256)
    let found = try existing.rows([sha])
    let current: [CellValue] = [
      .text(rows.contentHash), .text(page.file), page.input.map(CellValue.text) ?? .null,
    ]
    if let row = found.first, row == current {
      outcome.unchanged += 1
      continue
    }
    try database.execute("SAVEPOINT page")
    do throws(SQLiteError) {
      if !found.isEmpty { try delete.run([sha]) }
      for table in exportTables {
        for row in rows.rows[table.name] ?? [] { try inserts[table.name]!.run(row) }
      }
      try database.execute("RELEASE page")
      if found.isEmpty { outcome.added += 1 } else { outcome.replaced += 1 }
    } catch {
      try database.execute("ROLLBACK TO page")
      try database.execute("RELEASE page")
      outcome.failed.append(ExportFailure(file: page.file, message: error.message))
    }
  }
  try database.execute("COMMIT")
  committed = true
  return outcome
}

/// Writes one CSV file per table into `folder` (created when missing): UTF-8 with a byte order
/// mark (spreadsheet programs then read Vietnamese correctly), a header line, CRLF line ends,
/// fields quoted as RFC 4180 says (those holding a comma, a quote, CR or LF; quotes doubled),
/// NULL as an empty field. Rows are in key order; the same collection gives the same bytes.
///
/// - Throws: `FileSystemError` when a file cannot be written.
public func exportCSV(_ collection: RecordCollection, to folder: String) throws(FileSystemError)
  -> ExportOutcome
{
  var tables: [String: [[CellValue]]] = [:]
  for page in collection.pages {
    let rows = PageRows(page)
    for (name, list) in rows.rows { tables[name, default: []] += list }
  }
  let tree = try OutputTree(root: folder, tag: "csv")
  for table in exportTables {
    let keyIndexes = table.key.map { table.columns.firstIndex(of: $0)! }
    let rows = (tables[table.name] ?? []).sorted { a, b in
      for index in keyIndexes where a[index] != b[index] {
        return sortsBefore(a[index], b[index])
      }
      return false
    }
    var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    appendCSVLine(table.columns.map(CellValue.text), to: &bytes)
    for row in rows { appendCSVLine(row, to: &bytes) }
    try tree.write(bytes, to: table.name + ".csv")
  }
  return ExportOutcome(added: collection.pages.count)
}

/// SQLite's order of keys: integers before texts, texts by their UTF-8 bytes.
private func sortsBefore(_ a: CellValue, _ b: CellValue) -> Bool {
  switch (a, b) {
  case (.integer(let x), .integer(let y)): return x < y
  case (.text(let x), .text(let y)): return x.utf8.lexicographicallyPrecedes(y.utf8)
  case (.null, _): return true
  case (_, .null): return false
  case (.integer, .text): return true
  case (.text, .integer): return false
  }
}

/// One CSV record with its CRLF.
func appendCSVLine(_ values: [CellValue], to bytes: inout [UInt8]) {
  for (index, value) in values.enumerated() {
    if index > 0 { bytes.append(UInt8(ascii: ",")) }
    switch value {
    case .null: break
    case .integer(let number): bytes += Array(String(number).utf8)
    case .text(let text):
      let utf8 = Array(text.utf8)
      let needsQuotes = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
      if !needsQuotes {
        bytes += utf8
        continue
      }
      bytes.append(0x22)
      for byte in utf8 {
        if byte == 0x22 { bytes.append(0x22) }
        bytes.append(byte)
      }
      bytes.append(0x22)
    }
  }
  bytes += [0x0D, 0x0A]
}
