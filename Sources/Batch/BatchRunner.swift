// A whole batch: walk, select, shard, convert on a bounded pool, write atomically, record.

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A reason why one input failed, located when possible.
public struct FileProblem: Sendable, Hashable, Codable, CustomStringConvertible {
  /// 1-based line, when known.
  public var line: Int?
  /// 1-based column, when known.
  public var column: Int?
  /// A JSON Pointer, for locations in JSON documents.
  public var pointer: String?
  /// What went wrong or what was expected.
  public var message: String

  /// Creates a problem.
  public init(message: String, line: Int? = nil, column: Int? = nil, pointer: String? = nil) {
    self.message = message
    self.line = line
    self.column = column
    self.pointer = pointer
  }

  /// `line:column: message`, `pointer: message` or `message`.
  public var description: String {
    var prefix = ""
    if let line, line > 0 {
      prefix = "\(line)"
      if let column, column > 0 { prefix += ":\(column)" }
      prefix += ": "
    } else if let pointer {
      prefix = "\(pointer): "
    }
    return prefix + message
  }
}

/// Why a conversion failed.
public struct ConversionFailure: Error, Sendable, Hashable {
  /// The reasons, at least one.
  public var problems: [FileProblem]

  /// Creates a failure.
  public init(_ problems: [FileProblem]) { self.problems = problems }
}

/// What a conversion closure receives.
public struct ConversionInput: Sendable {
  /// The input's bytes.
  public var bytes: [UInt8]
  /// The path relative to the input folder.
  public var relativePath: String
  /// The path as the user would write it, for diagnostics.
  public var displayPath: String

  /// Creates an input.
  public init(bytes: [UInt8], relativePath: String, displayPath: String) {
    self.bytes = bytes
    self.relativePath = relativePath
    self.displayPath = displayPath
  }
}

/// What a conversion closure produces.
public struct ConversionOutput: Sendable {
  /// The output bytes by extension (`xml`, `json`); every extension the batch asked for.
  public var outputs: [String: [UInt8]]
  /// The number of records (conferences and awards).
  public var records: Int
  /// The content hash of the input (as the batch's hasher computes it) when the conversion
  /// computed it anyway, so that the batch does not hash the same bytes a second time; `nil`
  /// when the batch must hash them itself.
  public var inputHash: String?

  /// The page's address, when the conversion found one (for JSON lines).
  public var url: String?

  /// Creates an output.
  public init(
    outputs: [String: [UInt8]], records: Int, inputHash: String? = nil, url: String? = nil
  ) {
    self.outputs = outputs
    self.records = records
    self.inputHash = inputHash
    self.url = url
  }
}

/// Converts one input; called on worker threads.
public typealias Converter =
  @Sendable (ConversionInput) -> Result<ConversionOutput, ConversionFailure>

/// What happened to one input.
public enum FileStatus: String, Sendable, Hashable, Codable {
  /// Converted and written.
  case converted
  /// Not converted; see the problems.
  case failed
  /// Already converted by an earlier run with the same input, version and outputs (`--resume`).
  case skipped
  /// Not processed because the batch was stopped (Ctrl-C or `--fail-fast`).
  case cancelled
}

/// The result of one input.
public struct FileResult: Sendable, Hashable {
  /// The path relative to the input folder.
  public var relativePath: String
  /// The path as the user would write it.
  public var displayPath: String
  /// What happened.
  public var status: FileStatus
  /// The number of records written.
  public var records: Int
  /// The outputs written, relative to the output folder.
  public var outputs: [String]
  /// The input's size in bytes (0 when it could not be read).
  public var bytes: Int
  /// Seconds spent on it.
  public var duration: Double
  /// Why it failed.
  public var problems: [FileProblem]

  /// One line of `--report`: `{"path", "status", "records", "duration", "errors"}`, where
  /// `errors` is an array of `{"line", "column", "pointer", "message"}` (absent parts omitted).
  public var reportLine: String {
    var line = "{\"path\": \(jsonString(relativePath)), \"status\": \"\(status.rawValue)\""
    line += ", \"records\": \(records), \"duration\": \(String(format: "%.4f", duration))"
    let errors = problems.map { problem -> String in
      var fields: [String] = []
      if let value = problem.line { fields.append("\"line\": \(value)") }
      if let value = problem.column { fields.append("\"column\": \(value)") }
      if let value = problem.pointer { fields.append("\"pointer\": \(jsonString(value))") }
      fields.append("\"message\": \(jsonString(problem.message))")
      return "{" + fields.joined(separator: ", ") + "}"
    }
    return line + ", \"errors\": [" + errors.joined(separator: ", ") + "]}"
  }
}

/// The totals of a batch.
public struct BatchSummary: Sendable, Hashable, CustomStringConvertible {
  /// Inputs seen (including unusable entries).
  public var files = 0
  /// Inputs converted in this run.
  public var converted = 0
  /// Inputs that failed.
  public var failed = 0
  /// Inputs skipped as already done (`--resume`).
  public var skipped = 0
  /// Inputs not processed because the batch was stopped.
  public var cancelled = 0
  /// Records written (converted and skipped inputs).
  public var records = 0
  /// Bytes of input read.
  public var bytes = 0
  /// Wall-clock seconds.
  public var elapsed = 0.0

  /// Creates an empty summary.
  public init() {}

  /// E.g. `400 files: 398 converted, 2 failed, 0 skipped; 512 records; 69.0 MB in 3.20 s
  /// (21.6 MB/s, 125.0 files/s)`.
  public var description: String {
    var text =
      "\(counted(files, "file")): \(converted) converted, \(failed) failed, \(skipped) skipped"
    if cancelled > 0 { text += ", \(cancelled) not processed" }
    let megabytes = Double(bytes) / 1_000_000
    let seconds = max(elapsed, 1e-6)
    text += "; \(counted(records, "record")); "
    text += String(
      format: "%.1f MB in %.2f s (%.1f MB/s, %.1f files/s)", megabytes, elapsed,
      megabytes / seconds, Double(converted + failed) / seconds)
    return text
  }
}

/// `1 file`, `2 files`, `0 files`: a count with its noun, plural unless the count is one.
public func counted(_ count: Int, _ noun: String) -> String {
  "\(count) \(noun)\(count == 1 ? "" : "s")"
}

/// The options of a batch.
public struct BatchOptions: Sendable {
  /// Worker threads.
  public var jobs: Int = WorkerPool.defaultJobs
  /// The output extensions, e.g. `["xml"]`, `["json"]`, `["xml", "json"]`.
  public var formats: [String] = ["xml"]
  /// Which files are inputs.
  public var selection: FileSelection = .pages
  /// Only this shard of the inputs.
  public var shard: Shard?
  /// Skip inputs already converted (same hash, version and outputs).
  public var resume = false
  /// Inputs larger than this many bytes fail.
  public var maxSize = 50 << 20
  /// Seconds allowed per input; `nil` for no limit.
  public var timeout: Double? = 60
  /// Stop at the first failure.
  public var failFast = false
  /// One JSON line per input (`ResultLine`, the lines of `tdkt stream`, with the relative path
  /// as id) into one output instead of files mirroring the tree; `formats` is then ignored and
  /// the converter must produce `json`.
  public var jsonLines: JSONLinesDestination?
  /// The inputs, relative to the input folder (or absolute), instead of a walk of the folder:
  /// taken as listed, in their order, without the selection.
  public var fileList: [String]?

  /// The default options.
  public init() {}
}

/// Where the JSON lines of a batch go.
public enum JSONLinesDestination: Sendable, Hashable {
  /// One gzip part per run or shard in the output folder (`JSONLinesOutput.partName`).
  case part
  /// Standard output, uncompressed (no output folder, no manifest).
  case standardOutput
}

/// A batch: converts every selected input of a folder into an output folder.
///
/// Outputs mirror the input tree (`a/b/page.html` → `a/b/page.xml`); two inputs that would
/// write the same output (`page.html` and `page.htm`) are resolved in path order: the first
/// wins, the others fail with a message naming it (decided over the whole tree, so shards
/// agree). One bad input never stops the others, unless `failFast`.
public final class BatchRunner: @unchecked Sendable {
  /// The input folder, as given.
  public let inputFolder: String
  /// The output folder, as given.
  public let outputFolder: String
  /// The options.
  public let options: BatchOptions
  private let converter: Converter
  private let hasher: @Sendable ([UInt8]) -> String
  private let stopFlag = StopFlag()

  /// Creates a batch.
  /// - Parameters:
  ///   - hasher: the content hash recorded in the manifest (SHA-256 hex).
  ///   - converter: converts one input; called on worker threads.
  public init(
    input: String, output: String, options: BatchOptions,
    hasher: @escaping @Sendable ([UInt8]) -> String, converter: @escaping Converter
  ) {
    inputFolder = input
    outputFolder = output
    self.options = options
    self.hasher = hasher
    self.converter = converter
  }

  /// Asks the batch to stop: inputs not yet started are not processed; inputs in progress are
  /// finished (or abandoned, when they run on a time limit); the manifest is then completed.
  /// Safe to call from a signal handler's queue.
  public func stop() { stopFlag.raise() }

  /// Whether `stop()` was called (or `failFast` stopped the batch).
  public var isStopped: Bool { stopFlag.isRaised }

  /// The outcome of `run`.
  public struct Outcome: Sendable {
    /// Every input and unusable entry, sorted by relative path.
    public var results: [FileResult]
    /// The totals.
    public var summary: BatchSummary
    /// Whether the batch was stopped before the end.
    public var wasStopped: Bool
    /// Why the manifest could not be completed at the end (a full disk, say), if it could not:
    /// the outputs were written, but `--resume` will redo the inputs it lacks.
    public var manifestProblem: FileSystemError?
  }

  /// Runs the batch.
  /// - Parameter progress: called after each input with its result, the number done and the
  ///   total, from worker threads (one at a time).
  /// - Throws: `FileSystemError` when the input folder cannot be walked or the output folder
  ///   or manifest cannot be written.
  public func run(
    progress: @escaping @Sendable (FileResult, _ done: Int, _ total: Int) -> Void = { _, _, _ in }
  ) throws(FileSystemError) -> Outcome {
    let start = DispatchTime.now()
    let toStandardOutput = options.jsonLines == .standardOutput
    let tree: OutputTree? =
      toStandardOutput ? nil : try OutputTree(root: outputFolder, tag: temporaryTag)
    var lock: RunLock?
    if let tree {
      lock = try RunLock(folder: tree.root, name: Manifest.fileName(shard: options.shard))
    }
    defer { lock?.release() }
    tree?.removeTemporaryFiles()
    let walked: (files: [InputFile], issues: [WalkIssue])
    if let list = options.fileList {
      walked = listedInputs(list, in: inputFolder)
    } else {
      do {
        walked = try Walker(
          root: inputFolder, selection: options.selection, skipping: [outputFolder]
        ).walk()
      } catch {
        throw FileSystemError(path: error.path, message: error.message)
      }
    }
    let plan = planOutputs(walked.files)
    let options = self.options
    let inShard = { (path: String) in options.shard?.contains(relativePath: path) ?? true }
    let files = walked.files.filter { inShard($0.relativePath) }
    let issues = walked.issues.filter { inShard($0.relativePath) }

    let manifest = tree.map { Manifest(folder: $0.root, shard: options.shard) }
    // What earlier runs recorded: with --resume, also what the shards (or the run without
    // shards) of an earlier split recorded in the same folder.
    let recorded: [String: ManifestEntry]
    if let manifest, let tree, options.jsonLines == nil {
      recorded =
        options.resume
        ? Manifest.loadAll(folder: tree.root, preferring: manifest) : manifest.load()
    } else {
      recorded = [:]
    }
    let previous = options.resume ? recorded : [:]
    let planned = Set(plan.values.flatMap { (try? $0.get()) ?? [] })
    let carried = files.compactMap { previous[$0.relativePath] }
    try manifest?.start(with: carried)
    let lines: JSONLinesOutput?
    switch options.jsonLines {
    case nil: lines = nil
    case .standardOutput: lines = JSONLinesOutput(fd: 1, window: options.jobs * 4)
    case .part:
      lines = try JSONLinesOutput(
        tree: tree!, name: JSONLinesOutput.partName(shard: options.shard),
        window: options.jobs * 4)
    }

    let results = Slots<FileResult>(count: files.count)
    let entries = Slots<ManifestEntry>(count: files.count)
    let doneCounter = DoneCounter()
    let total = files.count + issues.count
    let issueResults = issues.map { issue in
      FileResult(
        relativePath: issue.relativePath, displayPath: issue.path, status: .failed,
        records: 0, outputs: [], bytes: 0, duration: 0,
        problems: [FileProblem(message: issue.message)])
    }
    for result in issueResults { doneCounter.report(result, total: total, progress) }
    let stopFlag = self.stopFlag
    WorkerPool.forEach(
      count: files.count, jobs: options.jobs, shouldStop: { stopFlag.isRaised },
      skipped: { index in
        let file = files[index]
        let result = FileResult(
          relativePath: file.relativePath, displayPath: file.path, status: .cancelled,
          records: 0, outputs: [], bytes: 0, duration: 0, problems: [])
        results.set(index, result)
        lines?.deliver(index, nil)
        doneCounter.report(result, total: total, progress)
      },
      body: { [self] index in
        let file = files[index]
        lines?.waitForTurn(index)
        // Outputs an earlier run wrote for this input that this run does not write (another
        // --format) go, unless another input of this run writes them.
        let stale = (recorded[file.relativePath]?.outputs ?? []).filter { !planned.contains($0) }
        let (result, entry, converted) = process(
          file, outputs: plan[file.relativePath] ?? .failure(ConversionFailure([])),
          previous: previous[file.relativePath], stale: stale, tree: tree)
        results.set(index, result)
        if let lines {
          lines.deliver(
            index, result.status == .cancelled ? nil : line(for: result, converted).bytes)
        }
        if let entry {
          entries.set(index, entry)
          if result.status != .skipped { manifest?.append(entry) }
        }
        if result.status == .failed, options.failFast { stopFlag.raise() }
        doneCounter.report(result, total: total, progress)
      })

    var finalEntries: [ManifestEntry] = []
    for (index, file) in files.enumerated() {
      if let entry = entries.values[index] {
        finalEntries.append(entry)
      } else if let entry = previous[file.relativePath] {
        finalEntries.append(entry)
      }
    }
    if let lines {
      lines.append(issueResults.map { line(for: $0, nil).bytes })
      try lines.finish()
    }
    // The outputs are written: a manifest that cannot be completed is reported with the
    // outcome, so that the summary and report are still written.
    var manifestProblem: FileSystemError?
    do throws(FileSystemError) {
      try manifest?.finish(with: finalEntries)
    } catch {
      manifestProblem = error
    }

    var all = results.values.map { $0! } + issueResults
    all.sort { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
    var summary = BatchSummary()
    for result in all {
      summary.files += 1
      summary.bytes += result.bytes
      switch result.status {
      case .converted:
        summary.converted += 1
        summary.records += result.records
      case .skipped:
        summary.skipped += 1
        summary.records += result.records
      case .failed: summary.failed += 1
      case .cancelled: summary.cancelled += 1
      }
    }
    summary.elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    return Outcome(
      results: all, summary: summary, wasStopped: stopFlag.isRaised,
      manifestProblem: manifestProblem)
  }

  /// The JSON line of an input.
  private func line(for result: FileResult, _ converted: ConversionOutput?) -> ResultLine {
    ResultLine(
      id: jsonString(result.relativePath), path: result.displayPath, url: converted?.url,
      status: result.status, records: result.records, problems: result.problems,
      exchangeJSON: converted?.outputs["json"])
  }

  private var temporaryTag: String {
    guard let shard = options.shard, shard.count > 1 else { return "run" }
    return "s\(shard.index)of\(shard.count)"
  }

  /// The outputs of each input, or why it has none (a collision with an earlier input).
  private func planOutputs(_ files: [InputFile]) -> [String: Result<[String], ConversionFailure>] {
    var owners: [String: String] = [:]
    var plan: [String: Result<[String], ConversionFailure>] = [:]
    for file in files {
      let stem = outputStem(of: file.relativePath)
      let outputs = options.jsonLines == nil ? options.formats.map { stem + "." + $0 } : []
      if let owner = outputs.lazy.compactMap({ owners[$0] }).first {
        plan[file.relativePath] = .failure(
          ConversionFailure([
            FileProblem(
              message: "its output \(outputs[0]) is already the output of \(owner); rename one")
          ]))
        continue
      }
      for output in outputs { owners[output] = file.relativePath }
      plan[file.relativePath] = .success(outputs)
    }
    return plan
  }

  private func process(
    _ file: InputFile, outputs plannedOutputs: Result<[String], ConversionFailure>,
    previous: ManifestEntry?, stale: [String], tree: OutputTree?
  ) -> (FileResult, ManifestEntry?, ConversionOutput?) {
    let started = DispatchTime.now()
    var result = FileResult(
      relativePath: file.relativePath, displayPath: file.path, status: .failed, records: 0,
      outputs: [], bytes: 0, duration: 0, problems: [])
    var converted: ConversionOutput? = nil
    func finish(_ entry: ManifestEntry?) -> (FileResult, ManifestEntry?, ConversionOutput?) {
      result.duration =
        Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
      return (result, entry, converted)
    }
    func fail(_ problems: [FileProblem], sha256: String, outputs: [String]) -> (
      FileResult, ManifestEntry?, ConversionOutput?
    ) {
      result.status = .failed
      result.problems = problems
      // A stale output of an earlier run must not outlive a failure.
      if let tree {
        for output in outputs + stale where tree.isFile(output) { unlink(tree.path(of: output)) }
      }
      return finish(
        ManifestEntry(
          path: file.relativePath, sha256: sha256, status: "failed", records: 0, outputs: [],
          errors: problems.map(\.description)))
    }

    let outputs: [String]
    switch plannedOutputs {
    case .failure(let failure): return fail(failure.problems, sha256: "", outputs: [])
    case .success(let planned): outputs = planned
    }
    let bytes: [UInt8]
    switch readFile(file.path, limit: options.maxSize) {
    case .failure(let failure): return fail(failure.problems, sha256: "", outputs: outputs)
    case .success(let read): bytes = read
    }
    result.bytes = bytes.count
    // Hashed before converting only when resuming an input the manifest knows; otherwise after,
    // taking the hash the conversion computed when it gives one.
    var knownHash: String? = nil
    if let previous, options.resume {
      let sha256 = hasher(bytes)
      knownHash = sha256
      if previous.sha256 == sha256, previous.version == tdktVersion,
        previous.status == "converted", previous.outputs == outputs,
        let tree, outputs.allSatisfy({ tree.isFile($0) })
      {
        result.status = .skipped
        result.records = previous.records
        result.outputs = outputs
        return finish(previous)
      }
    }
    let hasher = self.hasher
    func hashOfInput() -> String { knownHash ?? hasher(bytes) }
    let input = ConversionInput(
      bytes: bytes, relativePath: file.relativePath, displayPath: file.path)
    let converter = self.converter
    let stopFlag = self.stopFlag
    let outcome: Result<ConversionOutput, ConversionFailure>
    switch WorkerPool.run(
      limit: options.timeout, isCancelled: { stopFlag.isRaised }, { converter(input) })
    {
    case .finished(let value): outcome = value
    case .timedOut:
      let limit = options.timeout ?? 0
      return fail(
        [FileProblem(message: "timed out after \(formatSeconds(limit)) s (--timeout)")],
        sha256: hashOfInput(), outputs: outputs)
    case .cancelled:
      // Abandoned when the batch was stopped: not a failure of the input; the manifest keeps
      // what it knew, and an earlier output stays.
      result.status = .cancelled
      return finish(nil)
    }
    let conversion: ConversionOutput
    switch outcome {
    case .failure(let failure):
      return fail(failure.problems, sha256: hashOfInput(), outputs: outputs)
    case .success(let value): conversion = value
    }
    let sha256 = knownHash ?? conversion.inputHash ?? hasher(bytes)
    for output in outputs {
      let ext = fileExtension(of: output) ?? ""
      guard let data = conversion.outputs[ext] else {
        return fail(
          [FileProblem(message: "the conversion produced no \(ext) output")], sha256: sha256,
          outputs: outputs)
      }
      do throws(FileSystemError) {
        guard let tree else { throw FileSystemError(path: output, message: "no output folder") }
        try tree.write(data, to: output)
      } catch {
        return fail([FileProblem(message: error.description)], sha256: sha256, outputs: outputs)
      }
    }
    if let tree {
      for output in stale where tree.isFile(output) { unlink(tree.path(of: output)) }
    }
    result.status = .converted
    result.records = conversion.records
    result.outputs = outputs
    converted = conversion
    return finish(
      ManifestEntry(
        path: file.relativePath, sha256: sha256, status: "converted",
        records: conversion.records, outputs: outputs))
  }
}

/// The inputs of a list (`--files-from`): each path relative to `folder` (or absolute), in the
/// list's order; a path that leaves the folder or is listed twice is an issue.
func listedInputs(_ list: [String], in folder: String) -> (files: [InputFile], issues: [WalkIssue])
{
  let base = URL(fileURLWithPath: folder).standardizedFileURL.path
  let prefix = base == "/" ? "/" : base + "/"
  var seen: Set<String> = []
  var files: [InputFile] = []
  var issues: [WalkIssue] = []
  for entry in list where !entry.isEmpty {
    var relative: String
    let path: String
    if entry.hasPrefix("/") {
      path = entry
      relative = entry
      if relative.hasPrefix(prefix) { relative.removeFirst(prefix.count) }
    } else {
      path = folder == "." ? entry : (folder.hasSuffix("/") ? folder : folder + "/") + entry
      relative = entry
    }
    var parts: [Substring] = []
    var escapes = false
    for part in relative.split(separator: "/") {
      if part == "." { continue }
      if part == ".." {
        if parts.isEmpty { escapes = true } else { parts.removeLast() }
      } else {
        parts.append(part)
      }
    }
    relative = parts.joined(separator: "/")
    if escapes || relative.isEmpty || (entry.hasPrefix("/") && !entry.hasPrefix(prefix)) {
      issues.append(
        WalkIssue(
          relativePath: entry, path: entry,
          message: "listed outside IN_DIR (\(folder)); give an IN_DIR that holds it"))
      continue
    }
    if !seen.insert(relative).inserted {
      issues.append(WalkIssue(relativePath: entry, path: path, message: "listed twice"))
      continue
    }
    files.append(InputFile(relativePath: relative, path: path, size: 0))
  }
  return (files, issues)
}

/// The output path of an input without its extension: `a/b/page.html` → `a/b/page`; a
/// compressed page loses both: `a/page.html.gz` → `a/page` (other `.gz` names keep the inner
/// extension: `x.tar.gz` → `x.tar`).
public func outputStem(of relativePath: String) -> String {
  let slash = relativePath.lastIndex(of: "/")
  let nameStart = slash.map { relativePath.index(after: $0) } ?? relativePath.startIndex
  let name = relativePath[nameStart...]
  guard let ext = fileExtension(of: String(name)) else { return relativePath }
  if ext.lowercased() == "gz", let inner = fileExtension(of: String(name.dropLast(3))),
    FileSelection.pageExtensions.contains(inner.lowercased())
  {
    return String(relativePath.dropLast(ext.count + inner.count + 2))
  }
  return String(relativePath.dropLast(ext.count + 1))
}

/// Reads a whole regular file of at most `limit` bytes.
///
/// Fails (with a message for the user) when the file cannot be opened, is a directory or
/// another non-regular file, is larger than `limit`, or cannot be read. Never blocks on a FIFO.
public func readFile(_ path: String, limit: Int, option: String? = "--max-size")
  -> Result<[UInt8], ConversionFailure>
{
  func failure(_ message: String) -> Result<[UInt8], ConversionFailure> {
    .failure(ConversionFailure([FileProblem(message: message)]))
  }
  let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
  if fd < 0 {
    let code = errno
    return failure(code == ENOENT ? "no such file" : "cannot open: \(errnoMessage(code))")
  }
  defer { close(fd) }
  var info = stat()
  guard fstat(fd, &info) == 0 else { return failure("cannot read: \(errnoMessage(errno))") }
  switch info.st_mode & S_IFMT {
  case S_IFREG: break
  case S_IFDIR: return failure("is a directory")
  default: return failure("not a regular file")
  }
  let size = Int(info.st_size)
  if size > limit {
    return failure(sizeLimitMessage(size: String(size), limit: limit, option: option))
  }
  var bytes = [UInt8](repeating: 0, count: size)
  var total = 0
  while total < size {
    let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + total, size - total) }
    if n < 0 {
      if errno == EINTR { continue }
      return failure("cannot read: \(errnoMessage(errno))")
    }
    if n == 0 { break }
    total += n
  }
  if total < size { bytes.removeLast(size - total) }
  return .success(bytes)
}

/// The failure message of an input over the size limit, naming the option that sets the limit
/// when the command has one.
public func sizeLimitMessage(size: String, limit: Int, option: String?) -> String {
  "too large: \(size) bytes, the limit is \(limit)" + (option.map { " (\($0))" } ?? "")
}

/// Counts finished inputs and calls the progress closure one at a time.
private final class DoneCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var done = 0

  func report(
    _ result: FileResult, total: Int, _ progress: (FileResult, Int, Int) -> Void
  ) {
    lock.lock()
    defer { lock.unlock() }
    done += 1
    progress(result, done, total)
  }
}

private func formatSeconds(_ seconds: Double) -> String {
  seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
}

/// `text` as a JSON string literal (quotes, backslashes and control characters escaped).
public func jsonString(_ text: String) -> String {
  var result = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\"": result += "\\\""
    case "\\": result += "\\\\"
    case "\n": result += "\\n"
    case "\r": result += "\\r"
    case "\t": result += "\\t"
    default:
      if scalar.value < 0x20 {
        result += String(format: "\\u%04x", scalar.value)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
  }
  return result + "\""
}

/// An exclusive lock on an output folder for one kind of run (`flock(2)` on a hidden file beside
/// the manifest), so that two batches never write the same outputs and manifest at once. Shards
/// of one batch lock different files and may share a folder. The lock goes with the process, so
/// a crash never leaves a folder locked.
final class RunLock {
  private var descriptor: Int32

  /// Takes the lock for `name` (the manifest's file name) in `folder`.
  /// - Throws: `FileSystemError` when another run holds it or the file cannot be opened.
  init(folder: String, name: String) throws(FileSystemError) {
    let path = folder + "/" + name + ".lock"
    descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
    if descriptor < 0 {
      throw FileSystemError(path: path, message: "cannot open: \(errnoMessage(errno))")
    }
    if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      close(descriptor)
      descriptor = -1
      if code == EWOULDBLOCK {
        throw FileSystemError(
          path: folder, message: "another tdkt batch is writing to this folder (\(name).lock)")
      }
      throw FileSystemError(path: path, message: "cannot lock: \(errnoMessage(code))")
    }
  }

  /// Releases the lock.
  func release() {
    if descriptor >= 0 {
      close(descriptor)
      descriptor = -1
    }
  }

  deinit { release() }
}
