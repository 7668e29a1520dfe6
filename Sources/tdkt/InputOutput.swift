// Reading inputs (files or standard input) and writing outputs (files, atomically, or
// standard output).

import ArgumentParser
import Batch
import Foundation
import Interchange
import LibXML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The name of standard input in diagnostics.
let standardInputName = "<stdin>"

/// An input or output that failed, already described for the user.
struct ReportedFailure: Error {
  /// `path`.
  var path: String
  /// What went wrong.
  var message: String
}

/// The most a command reads from one file or from standard input (`batch` sets its own with
/// `--max-size`).
let inputSizeLimit = 50 << 20

/// Reads a file, or standard input for `-`, with the same size limit for both.
func readInput(_ path: String, limit: Int = inputSizeLimit) -> Result<[UInt8], ReportedFailure> {
  if path == "-" {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress!, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(
          ReportedFailure(path: path, message: "cannot read: \(errnoMessage(errno))"))
      }
      if n == 0 { break }
      if bytes.count + n > limit {
        return .failure(
          ReportedFailure(
            path: path,
            message: sizeLimitMessage(size: "more than \(limit)", limit: limit, option: nil)))
      }
      bytes.append(contentsOf: chunk[..<n])
    }
    return .success(bytes)
  }
  switch readFile(path, limit: limit, option: nil) {
  case .success(let bytes): return .success(bytes)
  case .failure(let failure):
    return .failure(
      ReportedFailure(path: path, message: failure.problems.first?.message ?? "cannot read"))
  }
}

/// The name of an input in diagnostics.
func displayName(_ path: String) -> String { path == "-" ? standardInputName : path }

/// Writes `bytes` to `path` atomically (a temporary file in the same folder, then a rename),
/// or to standard output for `-` or `nil`.
func writeOutput(_ bytes: [UInt8], to path: String?) -> Result<Void, ReportedFailure> {
  guard let path, path != "-" else {
    FileHandle.standardOutput.write(Data(bytes))
    return .success(())
  }
  let url = URL(fileURLWithPath: path)
  let folder = url.deletingLastPathComponent().path
  var info = stat()
  if stat(folder, &info) != 0 || info.st_mode & S_IFMT != S_IFDIR {
    return .failure(ReportedFailure(path: path, message: "no such directory: \(folder)"))
  }
  do throws(FileSystemError) {
    let tree = try OutputTree(root: folder, tag: "out")
    try tree.write(bytes, to: url.lastPathComponent)
    return .success(())
  } catch {
    return .failure(ReportedFailure(path: path, message: error.message))
  }
}

/// Whether `path` names an existing directory.
func isDirectory(_ path: String) -> Bool {
  var info = stat()
  return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
}

/// Refuses a directory as the output of a command that writes one file.
func requireFileOutput(_ output: String?) throws {
  if let output, output != "-", isDirectory(output) || output.hasSuffix("/") {
    throw ValidationError("-o must name a file, not a directory: '\(output)'")
  }
}

/// Whether `-o OUT` names a folder to write into: an existing directory, or a path ending in
/// `/` (a folder to create).
func namesFolder(_ output: String) -> Bool {
  output != "-" && (output.hasSuffix("/") || isDirectory(output))
}

/// Checks `-o FILE` before anything is read: its folder must exist (a usage error otherwise,
/// with the way to a new folder), and a name ending in `.xml` or `.json` must match the form
/// written (`written`; `nil` when the command takes the form from the name); `remedy` says
/// how else to get the other form.
func checkFileOutput(_ output: String, writes written: String?, remedy: String = "") throws {
  let parent = (output as NSString).deletingLastPathComponent
  let folder = parent.isEmpty ? "." : parent
  if !isDirectory(folder) {
    throw ValidationError(
      "-o '\(output)': the folder '\(folder)' does not exist; create it first, or end -o with "
        + "'/' to write into a new folder")
  }
  guard let written, let ext = fileExtension(of: output)?.lowercased(),
    ["xml", "json"].contains(ext), ext != written
  else { return }
  throw ValidationError(
    "-o '\(output)' ends in .\(ext) but the output is \(written.uppercased()); name the file "
      + ".\(written)" + remedy)
}

/// The names the outputs of `paths` mirror: the file names when no two of them have the same
/// stem (`a/x.html`, `b/y.html` → `x.html`, `y.html`); otherwise the paths below the deepest
/// folder that holds them all (`p/a/x.html`, `p/b/x.html` → `a/x.html`, `b/x.html`), so that
/// only the same file given twice, or two names of one stem in one folder, still collide.
func mirroredNames(_ paths: [String]) -> [String] {
  let names = paths.map { ($0 as NSString).lastPathComponent }
  if Set(names.map(outputStem)).count == names.count { return names }
  let components = paths.map {
    URL(fileURLWithPath: $0).standardizedFileURL.pathComponents
  }
  guard var common = components.first.map({ Array($0.dropLast()) }) else { return [] }
  for parts in components.dropFirst() {
    let folder = parts.dropLast()
    var length = 0
    while length < min(common.count, folder.count), common[length] == folder[length] {
      length += 1
    }
    common.removeLast(common.count - length)
  }
  return components.map { $0.dropFirst(common.count).joined(separator: "/") }
}

/// `convertFile` (below) for a conversion that has no warnings to report.
func convertFile(
  _ file: String, to output: String?,
  _ convert: (_ bytes: [UInt8], _ name: String) throws(InterchangeError) -> [UInt8]
) throws {
  try convertFile(file, to: output) { bytes, name throws(InterchangeError) -> ConversionOutput in
    ConversionOutput(bytes: try convert(bytes, name))
  }
}

/// Reads `file`, converts its bytes with `convert`, and writes the result to `output`; every
/// failure is printed (the input's diagnostics, or the file that could not be read or
/// written) and ends the command with exit status 1.
func convertFile(
  _ file: String, to output: String?,
  _ convert: (_ bytes: [UInt8], _ name: String) throws(InterchangeError) -> ConversionOutput
) throws {
  let printer = Printer.shared
  let name = displayName(file)
  let bytes: [UInt8]
  switch readInput(file) {
  case .failure(let failure):
    printer.error(name, failure.message)
    throw ExitCode(1)
  case .success(let read): bytes = read
  }
  let converted: ConversionOutput
  do throws(InterchangeError) {
    converted = try convert(bytes, name)
  } catch {
    for diagnostic in error.diagnostics { printer.diagnostic(diagnostic) }
    throw ExitCode(1)
  }
  for warning in converted.warnings { printer.diagnostic(warning) }
  if case .failure(let failure) = writeOutput(converted.bytes, to: output) {
    printer.error(failure.path, failure.message)
    throw ExitCode(1)
  }
}

/// What a conversion gives: the output and the warnings about the input.
struct ConversionOutput: Sendable {
  var bytes: [UInt8]
  var warnings: [Diagnostic] = []
}

/// One conversion to do: the input and where its output goes under the output folder.
private struct Conversion: Sendable {
  var input: String
  /// The output's path relative to the output folder; `nil` for standard output or a file.
  var relativeOutput: String?
  /// A problem found while collecting the inputs.
  var problem: String?
}

/// The result of one conversion.
private struct Converted: Sendable {
  var diagnostics: [Diagnostic]
  var failed: Bool
}

/// Converts every file named by `paths` (files as given, directories searched recursively for
/// `*.<inputExtension>`), `jobs` at a time. With one file and no folder, the output goes to
/// `output` (a file, `-` or standard output, or into a folder when `output` is one). Otherwise
/// `output` is a folder (created when missing) that mirrors the inputs: a file argument's
/// output is its name with `outputExtension`, a directory argument's are its files' paths
/// relative to it. Every failure is printed in input order; the command then exits 1.
func convertFiles(
  _ paths: [String], to output: String?, jobs: Int, inputExtension: String,
  outputExtension: String,
  _ convert:
    @escaping @Sendable (_ bytes: [UInt8], _ name: String) throws(InterchangeError) ->
    ConversionOutput
) throws {
  let printer = Printer.shared
  let hasFolder = paths.contains { $0 != "-" && isDirectory($0) }
  if paths.count == 1, !hasFolder, !(output.map(namesFolder) ?? false) {
    try convertFile(
      paths[0], to: output,
      { bytes, name throws(InterchangeError) in
        try convert(bytes, name)
      })
    return
  }
  guard let output, output != "-" else {
    printer.error(
      "tdkt",
      "-o DIR is needed to convert several files or a directory (outputs mirror the inputs' names)")
    throw ExitCode(64)
  }
  if paths.filter({ $0 == "-" }).count > 0 {
    printer.error("tdkt", "standard input ('-') can only be converted alone")
    throw ExitCode(64)
  }
  func renamed(_ relative: String) -> String {
    var name = relative
    if let dot = name.lastIndex(of: "."), !name[dot...].contains("/") {
      name = String(name[..<dot])
    }
    return name + "." + outputExtension
  }
  var conversions: [Conversion] = []
  let fileArguments = paths.filter { !isDirectory($0) }
  var mirrored = Dictionary(
    zip(fileArguments, mirroredNames(fileArguments)), uniquingKeysWith: { first, _ in first })
  for path in paths {
    if isDirectory(path) {
      let selection = FileSelection(
        defaultExtensions: [inputExtension], sniffsExtensionlessHTML: false)
      do throws(WalkIssue) {
        let (files, issues) = try Walker(root: path, selection: selection, skipping: [output])
          .walk()
        var found = files.map {
          Conversion(input: $0.path, relativeOutput: renamed($0.relativePath))
        }
        found += issues.map { Conversion(input: $0.path, problem: $0.message) }
        found.sort { $0.input.utf8.lexicographicallyPrecedes($1.input.utf8) }
        conversions += found
      } catch {
        conversions.append(Conversion(input: path, problem: error.message))
      }
    } else {
      let name = mirrored.removeValue(forKey: path) ?? (path as NSString).lastPathComponent
      conversions.append(Conversion(input: path, relativeOutput: renamed(name)))
    }
  }
  var seen: [String: String] = [:]
  for (index, conversion) in conversions.enumerated() {
    guard let relative = conversion.relativeOutput else { continue }
    if let other = seen[relative] {
      conversions[index].problem =
        other == conversion.input
        ? "given twice" : "its output \(output)/\(relative) is also the output of \(other)"
      conversions[index].relativeOutput = nil
    } else {
      seen[relative] = conversion.input
    }
  }
  let tree: OutputTree
  do throws(FileSystemError) {
    tree = try OutputTree(root: output, tag: "out")
  } catch {
    printer.error(error.path, error.message)
    throw ExitCode(1)
  }
  let results = WorkerPool.map(conversions, jobs: jobs) { conversion -> Converted in
    func failure(_ path: String, _ message: String) -> Converted {
      Converted(
        diagnostics: [
          Diagnostic(
            severity: .error, domain: "io", code: 0, message: message,
            location: SourceLocation(file: path, line: 0, column: 0))
        ], failed: true)
    }
    if let problem = conversion.problem { return failure(conversion.input, problem) }
    let bytes: [UInt8]
    switch readInput(conversion.input) {
    case .failure(let error): return failure(conversion.input, error.message)
    case .success(let read): bytes = read
    }
    let converted: ConversionOutput
    do throws(InterchangeError) {
      converted = try convert(bytes, conversion.input)
    } catch {
      return Converted(diagnostics: error.diagnostics, failed: true)
    }
    do throws(FileSystemError) {
      try tree.write(converted.bytes, to: conversion.relativeOutput!)
    } catch {
      return failure(error.path, error.message)
    }
    return Converted(diagnostics: converted.warnings, failed: false)
  }
  for result in results {
    for diagnostic in result.diagnostics { printer.diagnostic(diagnostic) }
  }
  let failed = results.filter { $0.failed }.count
  printer.summary("\(counted(results.count, "file")), \(failed) failed")
  if failed > 0 { throw ExitCode(1) }
}

/// What a file looks like from its first bytes: for a hint when a command is given the wrong
/// kind of file.
enum InputKind: Equatable {
  /// A JSON document (the first significant byte is `{` or `[`).
  case json
  /// An HTML page (a doctype or `<html` near the start).
  case html
  /// tdkt's exchange XML (its namespace near the start).
  case exchangeXML
  /// Other XML.
  case xml
  /// Anything else.
  case other

  init(of bytes: [UInt8]) {
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
    guard start < bytes.count else {
      self = .other
      return
    }
    switch bytes[start] {
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      self = .json
    case UInt8(ascii: "<"):
      let head = bytes[start..<min(bytes.count, start + 4096)]
      if containsASCIIIgnoringCase(head, "<!doctype html")
        || containsASCIIIgnoringCase(head, "<html")
      {
        self = .html
      } else if containsASCIIIgnoringCase(head, "urn:tdkt:exchange:1") {
        self = .exchangeXML
      } else {
        self = .xml
      }
    default:
      self = .other
    }
  }
}

/// Whether `bytes` contain the ASCII text `needle` (given in lower case), ASCII letters
/// compared without case; other bytes as they are.
func containsASCIIIgnoringCase(_ bytes: ArraySlice<UInt8>, _ needle: StaticString) -> Bool {
  let pattern = needle.withUTF8Buffer { Array($0) }
  guard let first = pattern.first, bytes.count >= pattern.count else { return false }
  func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
  var index = bytes.startIndex
  let last = bytes.endIndex - pattern.count
  while index <= last {
    if lower(bytes[index]) == first {
      var offset = 1
      while offset < pattern.count, lower(bytes[index + offset]) == pattern[offset] { offset += 1 }
      if offset == pattern.count { return true }
    }
    index += 1
  }
  return false
}

/// The hint for `file` of kind `kind` given to the command `command`, when another command
/// fits it; `nil` when the file may well be what the command takes.
func wrongKindHint(_ kind: InputKind, command: String, file: String) -> Diagnostic? {
  let message: String
  switch (command, kind) {
  case ("to-json", .json):
    message = "the file is JSON already: 'tdkt to-xml' converts JSON to XML"
  case ("to-xml", .xml), ("to-xml", .exchangeXML):
    message = "the file is XML: 'tdkt to-json' converts XML to JSON"
  case ("to-json", .html), ("to-xml", .html), ("validate", .html):
    message = "the file is an HTML page, not an exchange file: 'tdkt convert' turns a page into one"
  case ("convert", .exchangeXML), ("convert", .json):
    message =
      "the file is an exchange file, not a portal page: 'tdkt validate' checks it, "
      + (kind == .json ? "'tdkt to-xml' converts it" : "'tdkt to-json' converts it")
  default:
    return nil
  }
  return Diagnostic(
    severity: .error, domain: "io", code: 0, message: message,
    location: SourceLocation(file: file, line: 0, column: 0))
}

/// `error` with the hint of `wrongKindHint` added when the input is of the wrong kind.
func withWrongKindHint(_ error: InterchangeError, bytes: [UInt8], command: String, file: String)
  -> InterchangeError
{
  guard let hint = wrongKindHint(InputKind(of: bytes), command: command, file: file) else {
    return error
  }
  return .invalid(error.diagnostics + [hint])
}
