// The only file that touches the SQLite C API: a database connection, prepared statements with
// typed bindings, and errors that carry SQLite's message.

internal import SQLite3

/// A value of a table cell: SQL NULL, an integer or a text.
public enum CellValue: Sendable, Hashable {
  case null
  case integer(Int)
  case text(String)

  /// `value` as text, or NULL.
  static func optional(_ value: String?) -> CellValue { value.map(CellValue.text) ?? .null }

  /// `value` as an integer, or NULL.
  static func optional(_ value: Int?) -> CellValue { value.map(CellValue.integer) ?? .null }
}

/// An error of SQLite, with the message of the connection.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
  /// What SQLite said.
  public var message: String
  /// The database file.
  public var path: String

  /// `path: message`.
  public var description: String { "\(path): \(message)" }
}

/// `SQLITE_TRANSIENT`: SQLite copies bound text before the call returns.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// One connection to a database file. Not thread-safe: one owner.
final class SQLiteDatabase {
  private var handle: OpaquePointer?
  /// The file.
  let path: String

  /// Opens (creating if needed) the database at `path`, with foreign keys enforced.
  /// - Throws: `SQLiteError` when the file cannot be opened or is not a database.
  init(path: String) throws(SQLiteError) {
    self.path = path
    var connection: OpaquePointer?
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
    let status = sqlite3_open_v2(path, &connection, flags, nil)
    handle = connection
    if status != SQLITE_OK {
      let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
      sqlite3_close(connection)
      handle = nil
      throw SQLiteError(message: message, path: path)
    }
    try execute("PRAGMA foreign_keys = ON")
  }

  deinit { sqlite3_close(handle) }

  /// Runs one or more statements without results.
  /// - Throws: `SQLiteError`.
  func execute(_ sql: String) throws(SQLiteError) {
    var error: UnsafeMutablePointer<CChar>?
    if sqlite3_exec(handle, sql, nil, nil, &error) != SQLITE_OK {
      let message = error.map { String(cString: $0) } ?? lastMessage
      sqlite3_free(error)
      throw SQLiteError(message: message, path: path)
    }
  }

  /// Compiles one statement.
  /// - Throws: `SQLiteError` for a syntax error.
  func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
    var statement: OpaquePointer?
    if sqlite3_prepare_v2(handle, sql, -1, &statement, nil) != SQLITE_OK {
      throw SQLiteError(message: lastMessage, path: path)
    }
    return SQLiteStatement(statement: statement, database: self)
  }

  /// The message of the last failed call.
  var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }
}

/// A compiled statement of one connection; finalised when released.
final class SQLiteStatement {
  private let statement: OpaquePointer?
  private let database: SQLiteDatabase

  fileprivate init(statement: OpaquePointer?, database: SQLiteDatabase) {
    self.statement = statement
    self.database = database
  }

  deinit { sqlite3_finalize(statement) }

  /// Binds `values` to the parameters 1…n, runs the statement to its end and resets it.
  /// - Throws: `SQLiteError` (a constraint broken, the disk full…).
  func run(_ values: [CellValue]) throws(SQLiteError) {
    try bind(values)
    defer { reset() }
    let status = sqlite3_step(statement)
    if status != SQLITE_DONE && status != SQLITE_ROW {
      throw SQLiteError(message: database.lastMessage, path: database.path)
    }
  }

  /// Binds `values`, runs the query and returns its rows (integers, texts; NULL as `.null`).
  /// - Throws: `SQLiteError`.
  func rows(_ values: [CellValue] = []) throws(SQLiteError) -> [[CellValue]] {
    try bind(values)
    defer { reset() }
    var result: [[CellValue]] = []
    while true {
      let status = sqlite3_step(statement)
      if status == SQLITE_DONE { break }
      if status != SQLITE_ROW {
        throw SQLiteError(message: database.lastMessage, path: database.path)
      }
      var row: [CellValue] = []
      for column in 0..<sqlite3_column_count(statement) {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_NULL: row.append(.null)
        case SQLITE_INTEGER: row.append(.integer(Int(sqlite3_column_int64(statement, column))))
        default:
          if let text = sqlite3_column_text(statement, column) {
            row.append(.text(String(cString: text)))
          } else {
            row.append(.null)
          }
        }
      }
      result.append(row)
    }
    return result
  }

  private func bind(_ values: [CellValue]) throws(SQLiteError) {
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      let status: Int32
      switch value {
      case .null: status = sqlite3_bind_null(statement, index)
      case .integer(let number): status = sqlite3_bind_int64(statement, index, Int64(number))
      case .text(let text): status = sqlite3_bind_text(statement, index, text, -1, transient)
      }
      if status != SQLITE_OK {
        throw SQLiteError(message: database.lastMessage, path: database.path)
      }
    }
  }

  private func reset() {
    sqlite3_reset(statement)
    sqlite3_clear_bindings(statement)
  }
}
