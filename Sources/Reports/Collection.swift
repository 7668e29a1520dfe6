// Reading a set of exchange files (a batch's output folder, other folders, single files) into
// pages, one per source page, and the failures recorded beside them.

import Batch
import Dispatch
import Foundation
import Interchange
import Records

/// One source page of a collection: its exchange and the files it was read from.
public struct CollectedPage: Sendable {
  /// The records.
  public var exchange: Exchange
  /// The exchange file that stands for the page (the XML one when both forms were written),
  /// relative to the folder given, or as given for a single file.
  public var file: String
  /// Every exchange file of the same page (the same `source.sha256`), `file` first.
  public var files: [String]
  /// The page's path relative to the batch's input folder, from the batch manifest.
  public var input: String?
  /// The folder (or file) given on the command line that holds `file`.
  public var root: String
}

/// An input that gave no exchange: a page the batch could not convert, or an exchange file
/// that could not be read.
public struct CollectionFailure: Sendable, Hashable {
  /// What failed.
  public enum Kind: String, Sendable, Hashable {
    /// A page of the batch's input folder (from the manifest).
    case page
    /// An exchange file that does not decode.
    case exchange
  }

  public var kind: Kind
  /// The page's path relative to the batch's input folder, or the exchange file's path.
  public var path: String
  /// Every message, as recorded (`line:column: message`, `pointer: message` or `message`).
  public var messages: [String]

  /// The reason, for grouping: see ``failureReason(_:)``.
  public var reason: String { failureReason(messages.first ?? "unknown") }
}

/// The exchange files of several folders and files, read and grouped by source page.
public struct RecordCollection: Sendable {
  /// One entry per distinct source page (by `source.sha256`), in the order of their files.
  public var pages: [CollectedPage]
  /// Pages the batch could not convert and exchange files that could not be read, in order.
  public var failures: [CollectionFailure]
  /// The exchange files read.
  public var files: Int

  /// Reads `paths`: a folder with a batch manifest (`.tdkt-manifest*.jsonl`) is read through
  /// it (the outputs of converted pages; failed pages become failures); another folder is
  /// searched recursively for `*.xml` and `*.json` (hidden entries and a `summary.json` at its
  /// top skipped); a file is read as given. The form of each file is decided from its content.
  ///
  /// - Parameter paths: Folders and files.
  /// - Returns: The collection; a page in several files (XML and JSON, or copies) counts once.
  public static func read(_ paths: [String]) -> RecordCollection {
    var jobs: [ReadJob] = []
    var failures: [CollectionFailure] = []
    for path in paths {
      var isFolder: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      if exists, isFolder.boolValue {
        let listed = listFolder(path)
        jobs += listed.jobs
        failures += listed.failures
      } else {
        jobs.append(ReadJob(root: path, relative: nil, others: [], input: nil))
      }
    }
    let results = decodeAll(jobs)
    var pages: [CollectedPage] = []
    var bySHA: [String: Int] = [:]
    var files = 0
    for (job, result) in zip(jobs, results) {
      switch result {
      case .failure(let messages):
        failures.append(
          CollectionFailure(kind: .exchange, path: job.path, messages: messages.messages))
      case .success(let exchange):
        files += 1 + job.others.count
        let name = job.relative ?? job.root
        let all = [name] + job.others
        if let index = bySHA[exchange.source.sha256] {
          pages[index].files += all
          continue
        }
        bySHA[exchange.source.sha256] = pages.count
        pages.append(
          CollectedPage(
            exchange: exchange, file: name, files: all, input: job.input, root: job.root))
      }
    }
    return RecordCollection(pages: pages, failures: failures, files: files)
  }
}

/// One exchange file to decode.
private struct ReadJob: Sendable {
  /// The folder given, or the file given.
  var root: String
  /// The file that stands for the page, relative to `root`; `nil` for a file given directly.
  var relative: String?
  /// The file to decode, relative to `root`, when it is not `relative` (the JSON of a page the
  /// batch wrote in both forms: it decodes faster and holds the same records).
  var decoded: String? = nil
  /// Other files of the same page written by the batch.
  var others: [String]
  /// The input page, from the manifest.
  var input: String?

  /// The path of the file to decode.
  var path: String {
    guard let name = decoded ?? relative else { return root }
    return root.hasSuffix("/") ? root + name : root + "/" + name
  }
}

/// The exchange files of a folder (through its manifest when it has one) and its failed pages.
private func listFolder(_ folder: String) -> (jobs: [ReadJob], failures: [CollectionFailure]) {
  let entries = manifestEntries(folder)
  if !entries.isEmpty {
    var jobs: [ReadJob] = []
    var failures: [CollectionFailure] = []
    for entry in entries {
      if entry.status == "converted", !entry.outputs.isEmpty {
        let shown = entry.outputs.first { $0.hasSuffix(".xml") } ?? entry.outputs[0]
        let others = entry.outputs.filter { $0 != shown }
        let json = others.first { $0.hasSuffix(".json") }
        jobs.append(
          ReadJob(root: folder, relative: shown, decoded: json, others: others, input: entry.path))
      } else if entry.status == "failed" {
        failures.append(CollectionFailure(kind: .page, path: entry.path, messages: entry.errors))
      }
    }
    return (jobs, failures)
  }
  let jobs = exchangeFiles(under: folder).map {
    ReadJob(root: folder, relative: $0, others: [], input: nil)
  }
  return (jobs, [])
}

/// The entries of every manifest in `folder` (one per shard), sorted by path; the last line
/// for a path wins.
private func manifestEntries(_ folder: String) -> [ManifestEntry] {
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
  let decoder = JSONDecoder()
  var byPath: [String: ManifestEntry] = [:]
  for name in names.sorted()
  where name.hasPrefix(".tdkt-manifest") && name.hasSuffix(".jsonl") {
    guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { continue }
    for line in data.split(separator: UInt8(ascii: "\n")) {
      if let entry = try? decoder.decode(ManifestEntry.self, from: Data(line)) {
        byPath[entry.path] = entry
      }
    }
  }
  return byPath.values.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
}

/// The `*.xml` and `*.json` files under `folder`, relative to it, sorted; hidden entries and the
/// report's own `summary.json` skipped.
private func exchangeFiles(under folder: String) -> [String] {
  var found: [String] = []
  guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
  while let relative = enumerator.nextObject() as? String {
    let name = (relative as NSString).lastPathComponent
    if name.hasPrefix(".") {
      enumerator.skipDescendants()
      continue
    }
    guard name.hasSuffix(".xml") || name.hasSuffix(".json"), relative != summaryFileName
    else { continue }
    if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeRegular {
      found.append(relative)
    }
  }
  return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
}

/// Decodes every job, on all processors; the results are in the order of the jobs.
private func decodeAll(_ jobs: [ReadJob]) -> [Result<Exchange, DecodeFailure>] {
  let results = ResultBox(count: jobs.count)
  DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
    results.set(index, decodeExchange(atPath: jobs[index].path))
  }
  return results.values.map { $0! }
}

/// Why an exchange file gave no records: its diagnostics, one line each.
struct DecodeFailure: Error {
  var messages: [String]
}

/// Reads and decodes one exchange file (XML or JSON, decided from its content).
func decodeExchange(atPath path: String) -> Result<Exchange, DecodeFailure> {
  switch readFile(path, limit: 50 << 20) {
  case .failure(let failure):
    return .failure(DecodeFailure(messages: failure.problems.map(\.description)))
  case .success(let bytes):
    do throws(InterchangeError) {
      switch ExchangeFormat.detect(bytes) {
      case .xml: return .success(try ExchangeXML.decode(bytes, file: path))
      case .json: return .success(try ExchangeJSON.decode(bytes, file: path))
      }
    } catch {
      let messages = error.diagnostics.map { FileProblem($0).description }
      return .failure(
        DecodeFailure(messages: messages.isEmpty ? ["not an exchange file"] : messages))
    }
  }
}

/// Results written by several threads, each to its own slot.
private final class ResultBox: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var values: [Result<Exchange, DecodeFailure>?]

  init(count: Int) { values = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Result<Exchange, DecodeFailure>) {
    lock.lock()
    values[index] = value
    lock.unlock()
  }
}

/// The reason of a failure message, for grouping: the location prefix (`12:3: `, `/pointer: `)
/// dropped, then the message up to its first `; ` or `: ` (the details that differ from file to
/// file), with runs of digits written `N`.
///
/// - Parameter message: A recorded message.
/// - Returns: E.g. `not an HTML page (a PNG image)`, `too large`, `timed out after N s
///   (--timeout)`.
public func failureReason(_ message: String) -> String {
  var text = Substring(message)
  // `line:column: ` or `line: `.
  var index = text.startIndex
  while index < text.endIndex, text[index].isASCII, text[index].isNumber || text[index] == ":" {
    index = text.index(after: index)
  }
  if index > text.startIndex, text[text.index(before: index)] == ":",
    index < text.endIndex, text[index] == " "
  {
    text = text[text.index(after: index)...]
  } else if text.hasPrefix("/"), let colon = text.range(of: ": ") {
    text = text[colon.upperBound...]
  }
  for separator in ["; ", ": "] {
    if let range = text.range(of: separator) { text = text[..<range.lowerBound] }
  }
  var result = ""
  var inDigits = false
  for character in text {
    if character.isASCII, character.isNumber {
      if !inDigits { result.append("N") }
      inDigits = true
    } else {
      result.append(character)
      inDigits = false
    }
  }
  let trimmed = result.trimmingCharacters(in: .whitespaces)
  return trimmed.isEmpty ? "unknown" : trimmed
}
