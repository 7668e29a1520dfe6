// Diagnostics on standard error, through one serialised printer.

import Batch
import Foundation
import LibXML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes diagnostics and messages to standard error, one line at a time from any thread,
/// coloured only when standard error is a terminal, `NO_COLOR` is unset or empty (no-color.org)
/// and `TERM` is not `dumb` (unless `--color` says otherwise). A progress line
/// may be shown; messages clear it first.
final class Printer: @unchecked Sendable {
  /// The printer of the process.
  static let shared = Printer()

  /// Whether standard error is a terminal.
  let isTerminal: Bool
  private var colours: Bool
  private var quiet = false
  private let lock = NSLock()
  private var showingProgress = false

  private init() {
    isTerminal = isatty(2) == 1
    colours = isTerminal && coloursWanted(ProcessInfo.processInfo.environment)
  }

  /// Applies `--color` and `-q` (before anything is printed).
  func configure(colour: ColourChoice, quiet: Bool) {
    lock.lock()
    defer { lock.unlock() }
    switch colour {
    case .always: colours = true
    case .never: colours = false
    case .auto: break
    }
    self.quiet = quiet
  }

  /// Whether `-q` asked for errors and warnings only.
  var isQuiet: Bool {
    lock.lock()
    defer { lock.unlock() }
    return quiet
  }

  /// The width of the terminal, 80 when unknown.
  var terminalWidth: Int {
    var size = winsize()
    if ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
  }

  /// `location: severity: message`.
  func diagnostic(_ location: String, _ severity: String, _ message: String) {
    var line = ""
    if !location.isEmpty { line += paint(location + ":", "1") + " " }
    let code = severity == "warning" ? "1;35" : severity == "note" ? "1;36" : "1;31"
    line += paint(severity + ":", code) + " " + message
    emit(line)
  }

  /// A located diagnostic of the libraries (a fatal one prints as `error`).
  func diagnostic(_ diagnostic: Diagnostic) {
    let severity = diagnostic.severity == .warning ? "warning" : "error"
    self.diagnostic(diagnostic.location.description, severity, diagnostic.message)
  }

  /// `path: error: message`.
  func error(_ path: String, _ message: String) { diagnostic(path, "error", message) }

  /// A plain line.
  func line(_ text: String) { emit(text) }

  /// A summary or other informative line: left out under `-q`.
  func summary(_ text: String) {
    if !isQuiet { emit(text) }
  }

  /// Replaces the progress line (terminals only, not under `-q`).
  func progress(_ text: String) {
    guard isTerminal else { return }
    lock.lock()
    defer { lock.unlock() }
    if quiet { return }
    write("\r\u{1B}[K" + text)
    showingProgress = true
  }

  /// Removes the progress line.
  func clearProgress() {
    lock.lock()
    defer { lock.unlock() }
    if showingProgress {
      write("\r\u{1B}[K")
      showingProgress = false
    }
  }

  private func emit(_ text: String) {
    lock.lock()
    defer { lock.unlock() }
    if showingProgress {
      write("\r\u{1B}[K")
      showingProgress = false
    }
    write(text + "\n")
  }

  private func paint(_ text: String, _ code: String) -> String {
    colours ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  private func write(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeMutableBytes {
        systemWrite(2, $0.baseAddress! + offset, $0.count - offset)
      }
      if n <= 0 { break }
      offset += n
    }
  }
}

/// `write(2)`, under a name that methods do not hide.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  Glibc.write(fd, bytes, count)
}

/// Whether the environment allows colours: `NO_COLOR` set to a non-empty value turns them off
/// (no-color.org: an empty one does not), and so does `TERM=dumb`.
func coloursWanted(_ environment: [String: String]) -> Bool {
  if let value = environment["NO_COLOR"], !value.isEmpty { return false }
  return environment["TERM"] != "dumb"
}
