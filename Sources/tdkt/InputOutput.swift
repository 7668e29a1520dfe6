// Reading inputs (files or standard input) and writing outputs (files, atomically, or
// standard output).

import ArgumentParser
import Batch
import Foundation
import Interchange

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

/// Reads a file, or standard input for `-`, with a size limit.
func readInput(_ path: String, limit: Int = 50 << 20) -> Result<[UInt8], ReportedFailure> {
  if path == "-" {
    let data = FileHandle.standardInput.readDataToEndOfFile()
    return .success([UInt8](data))
  }
  switch readFile(path, limit: limit) {
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
  if let output, output != "-", isDirectory(output) {
    throw ValidationError("-o must name a file, not a directory: '\(output)'")
  }
}

/// Reads `file`, converts its bytes with `convert`, and writes the result to `output`; every
/// failure is printed (the input's diagnostics, or the file that could not be read or
/// written) and ends the command with exit status 1.
func convertFile(
  _ file: String, to output: String?,
  _ convert: (_ bytes: [UInt8], _ name: String) throws(InterchangeError) -> [UInt8]
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
  let converted: [UInt8]
  do throws(InterchangeError) {
    converted = try convert(bytes, name)
  } catch {
    for diagnostic in error.diagnostics { printer.diagnostic(diagnostic) }
    throw ExitCode(1)
  }
  if case .failure(let failure) = writeOutput(converted, to: output) {
    printer.error(failure.path, failure.message)
    throw ExitCode(1)
  }
}
