// `tdkt batch IN_DIR OUT_DIR [--jobs N] [--format xml|json|both|jsonl] [--include GLOB]
//            [--exclude GLOB] [--files-from FILE|-] [--shard K/N] [--resume] [--report FILE]
//            [--max-size BYTES] [--timeout SECONDS] [--summary] [--fail-fast] [-v]`

import ArgumentParser
import Batch
import Dispatch
import Foundation
import PortalPage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension TDKT {
  /// Converts a whole directory tree of pages.
  struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "batch",
      abstract: "Convert every page of a directory tree, mirroring the tree in OUT_DIR.",
      discussion: """
        Pages are *.html, *.htm, *.aspx, *.shtml, *.php and files without an extension that \
        look like HTML (--include replaces this choice), and any of them compressed with \
        gzip (page.html.gz). a/b/page.html becomes OUT_DIR/a/b/page.xml (and/or .json). Every output is validated and written whole \
        (temporary file, then rename); one bad page never stops the others. OUT_DIR keeps a \
        manifest (.tdkt-manifest.jsonl) with each input's SHA-256, tdkt's version and the \
        outcome; --resume skips the inputs already converted (also by the shards of an \
        earlier run into the same folder), and an output an earlier run wrote for an input \
        that this run does not write (another --format) is removed. Ctrl-C (or SIGTERM) stops \
        cleanly: files in progress are finished, the manifest completed and the summary \
        printed, and the exit status is 75; a second Ctrl-C quits at once. See docs/CLI.md \
        for sharding a corpus.

        --format jsonl writes one JSON line per input, the lines of `tdkt stream` with the \
        relative path as id, in input order, into one gzip part per run or shard \
        (OUT_DIR/part-K-of-N.jsonl.gz, replaced whole), or uncompressed to standard output \
        when OUT_DIR is '-'. A failed page is a line with its errors. --files-from takes the \
        inputs from a list (one path per line, relative to IN_DIR or absolute under it; '-' \
        for standard input) instead of walking IN_DIR.

        Quote patterns, or the shell expands them first: --include '*.html'.

        EXIT STATUS
          0   every input converted (jsonl: every input got its line)
          1   some input failed (not jsonl), or OUT_DIR or the list unusable
          64  usage error
          75  interrupted by SIGINT or SIGTERM

        EXAMPLES
          tdkt batch scraped/ out/ --jobs 8 --summary
          tdkt batch scraped/ out/ --resume --report run.jsonl
          tdkt batch scraped/ out/ --include '*.html' --exclude 'print/**'
          tdkt batch scraped/ out/ --shard 2/8 --format jsonl
          find scraped -name '*.aspx' |
            tdkt batch scraped/ - --files-from - --format jsonl
        """)

    @Argument(help: "The directory of pages.")
    var input: String

    @Argument(
      help: ArgumentHelp(
        "The directory for the outputs (created if needed); '-' for standard output "
          + "with --format jsonl."))
    var output: String

    /// Words after OUT_DIR: a usage error, often an unquoted pattern the shell expanded.
    @Argument(help: .hidden)
    var extra: [String] = []

    @OptionGroup var jobs: JobOptions

    @Option(
      help: ArgumentHelp(
        "The outputs of each page; jsonl: one JSON line per page in one gzip part.",
        valueName: "form"))
    var format: BatchFormat = .xml

    @Option(
      help: ArgumentHelp(
        "Take the inputs from this list, one path per line ('-': standard input), not a walk.",
        valueName: "file"))
    var filesFrom: String?

    @Option(
      help: ArgumentHelp(
        "Convert only files matching this glob (repeatable; replaces the default choice).",
        discussion: "*, ? and [a-z] stay within a name, ** crosses directories; a pattern "
          + "without '/' matches the file name, one with '/' the path relative to IN_DIR.",
        valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Skip files matching this glob (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Option(
      help: ArgumentHelp(
        "Process only shard K of N (1 ≤ K ≤ N), a stable split by a hash of the relative path.",
        valueName: "K/N"))
    var shard: String?

    @Flag(help: "Skip inputs whose hash, tdkt version and outputs are already in OUT_DIR.")
    var resume = false

    @Option(
      help: ArgumentHelp("Also write one JSON line per input to this file.", valueName: "file"))
    var report: String?

    @Option(
      help: ArgumentHelp(
        "Fail inputs larger than this: bytes, or with a unit (512k, 10MB, 1GiB).",
        valueName: "size"))
    var maxSize = ByteCount(bytes: 50 << 20)

    @Option(
      help: ArgumentHelp(
        "Fail inputs that take longer than this.", valueName: "seconds"))
    var timeout = Seconds(60)

    @Flag(
      help: "Also write summary.json and report.html into OUT_DIR at the end (see 'tdkt report').")
    var summary = false

    @Flag(help: "Stop at the first input that fails.")
    var failFast = false

    @Flag(
      name: [.customShort("v"), .long], help: "Print a line for every input, not only failures.")
    var verbose = false

    @OptionGroup var messages: MessageOptions

    func validate() throws {
      if !extra.isEmpty {
        let patterns = include + exclude
        if let expanded = patterns.first(where: { !hasGlobCharacters($0) }),
          patterns.contains(where: { FileManager.default.fileExists(atPath: $0) })
            || FileManager.default.fileExists(atPath: extra[0])
        {
          throw ValidationError(
            "'\(expanded)' and the words after it look like the names the shell made of an "
              + "unquoted pattern; quote the pattern: "
              + quotedPatternHint(
                expanded, option: include.contains(expanded) ? "--include" : "--exclude"))
        }
        throw ValidationError(
          "unexpected argument '\(extra[0])': batch takes IN_DIR and OUT_DIR")
      }
      if verbose, messages.quiet { throw ValidationError("-q and -v contradict each other") }
      if let shard, Shard(parsing: shard) == nil {
        throw ValidationError(
          "--shard must be K/N with 1 ≤ K ≤ N (e.g. 2/8), not '\(shard)'")
      }
      for pattern in include + exclude {
        do throws(GlobError) { _ = try Glob(pattern) } catch {
          throw ValidationError(error.description)
        }
      }
      if input == "-" {
        throw ValidationError(
          "IN_DIR must be a directory; give --files-from - to read the list of inputs from "
            + "standard input")
      }
      if output == "-", format != .jsonl {
        throw ValidationError(
          "OUT_DIR '-' (standard output) needs --format jsonl; the other forms write a tree")
      }
      if format == .jsonl, summary {
        throw ValidationError(
          "--summary reads per-page outputs (xml, json, both); with jsonl, run 'tdkt report' on a tree"
        )
      }
      if format == .jsonl, resume {
        throw ValidationError("--resume needs per-page outputs (xml, json, both), not jsonl")
      }
      if filesFrom != nil, !(include.isEmpty && exclude.isEmpty) {
        throw ValidationError("--include and --exclude select from a walk; not with --files-from")
      }
      if maxSize.bytes < 1 { throw ValidationError("--max-size must be a positive size") }
      if !(timeout.value > 0) {
        throw ValidationError("--timeout must be a positive number of seconds")
      }
      let inputPath = URL(fileURLWithPath: input).standardizedFileURL.path
      let outputPath = URL(fileURLWithPath: output).standardizedFileURL.path
      if output != "-", inputPath == outputPath || resolvedPath(input) == resolvedPath(output) {
        throw ValidationError("OUT_DIR must differ from IN_DIR (here they are the same folder)")
      }
      if let report {
        if URL(fileURLWithPath: report).standardizedFileURL.path.hasPrefix(outputPath + "/") {
          throw ValidationError("--report must be outside OUT_DIR")
        }
        let parent = (report as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        if !isDirectory(folder) {
          throw ValidationError("--report: the folder '\(folder)' does not exist")
        }
      }
    }

    func run() throws {
      messages.apply()
      let printer = Printer.shared
      if !isDirectory(input) {
        let exists = FileManager.default.fileExists(atPath: input)
        printer.error(input, exists ? "not a directory" : "no such directory")
        throw ExitCode(1)
      }
      var options = BatchOptions()
      options.jobs = jobs.jobs
      options.formats = format.outputFormats.map(\.fileExtension)
      options.selection = FileSelection(
        include: try include.map { try Glob($0) }, exclude: try exclude.map { try Glob($0) },
        includesCompressed: true)
      options.shard = shard.flatMap { Shard(parsing: $0) }
      options.resume = resume
      options.maxSize = maxSize.bytes
      options.timeout = timeout.value
      options.failFast = failFast
      if format == .jsonl { options.jsonLines = output == "-" ? .standardOutput : .part }
      if let filesFrom {
        switch readInput(filesFrom, limit: 1 << 30) {
        case .failure(let failure):
          printer.error(displayName(filesFrom), failure.message)
          throw ExitCode(1)
        case .success(let bytes):
          options.fileList = String(decoding: bytes, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: true
          ).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        }
      }
      let converter = PageConverter(decompressedLimit: maxSize.bytes).batchConverter(
        formats: Set(format.outputFormats))
      let runner = BatchRunner(
        input: input, output: output, options: options, hasher: { sha256Hex($0) },
        converter: converter)

      let interrupted = StopFlag()
      let interrupts = InterruptHandler { first in
        interrupted.raise()
        if first {
          printer.line("stopping: finishing the files in progress (Ctrl-C again to quit now)")
          runner.stop()
        } else {
          _exit(130)
        }
      }
      defer { interrupts.cancel() }

      let started = DispatchTime.now()
      let throttle = Throttle()
      let verbose = self.verbose
      let width = printer.terminalWidth
      let outcome: BatchRunner.Outcome
      do throws(FileSystemError) {
        outcome = try runner.run { result, done, total in
          switch result.status {
          case .failed:
            for problem in result.problems {
              printer.diagnostic(location(result.displayPath, problem), "error", problem.message)
            }
          case .converted where verbose:
            printer.line("\(result.displayPath): converted, \(counted(result.records, "record"))")
          case .skipped where verbose:
            printer.line("\(result.displayPath): up to date")
          default: break
          }
          if printer.isTerminal, throttle.shouldUpdate() || done == total {
            let elapsed =
              Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            printer.progress(
              ProgressLine(total: total, width: width).render(
                done: done, elapsed: elapsed, current: result.relativePath))
          }
        }
      } catch {
        printer.clearProgress()
        printer.error(error.path, error.message)
        throw ExitCode(1)
      }
      printer.clearProgress()
      var reportFailed = false
      if let report {
        let lines = outcome.results.map(\.reportLine).joined(separator: "\n") + "\n"
        if case .failure(let failure) = writeOutput(Array(lines.utf8), to: report) {
          printer.error(failure.path, failure.message)
          reportFailed = true
        }
      }
      if outcome.wasStopped { printer.line("stopped before the end") }
      printer.summary(outcome.summary.description)
      if outcome.summary.files == 0, !include.isEmpty {
        printer.diagnostic(
          input, "warning",
          "no file matches --include " + include.map { "'\($0)'" }.joined(separator: ", ")
            + (include.contains { !hasGlobCharacters($0) }
              ? "; if the shell expanded an unquoted pattern, quote it: "
                + quotedPatternHint(include.first { !hasGlobCharacters($0) }!)
              : ""))
      }
      if summary {
        _ = try writeReport(of: output, into: output, input: input)
      }
      if let problem = outcome.manifestProblem {
        printer.error(
          problem.path, problem.message + " (the outputs are written; --resume will redo them)")
        throw ExitCode(1)
      }
      if interrupted.isRaised { throw ExitCode(75) }
      if reportFailed { throw ExitCode(1) }
      if outcome.summary.failed > 0, format != .jsonl || failFast { throw ExitCode(1) }
      if outcome.summary.cancelled > 0 { throw ExitCode(1) }
    }
  }
}

/// `path:line:column` of a problem in a file.
private func location(_ path: String, _ problem: FileProblem) -> String {
  var text = path
  if let line = problem.line, line > 0 {
    text += ":\(line)"
    if let column = problem.column, column > 0 { text += ":\(column)" }
  } else if let pointer = problem.pointer {
    text += ":" + pointer
  }
  return text
}

/// Lets the progress line change at most ten times a second.
private final class Throttle: @unchecked Sendable {
  private let lock = NSLock()
  private var last: UInt64 = 0

  func shouldUpdate() -> Bool {
    let now = DispatchTime.now().uptimeNanoseconds
    lock.lock()
    defer { lock.unlock() }
    if now - last < 100_000_000 { return false }
    last = now
    return true
  }
}

/// Turns SIGINT and SIGTERM into calls of a handler (`true` the first time).
final class InterruptHandler: @unchecked Sendable {
  private var sources: [DispatchSourceSignal] = []
  private let lock = NSLock()
  private var count = 0

  init(_ handler: @escaping @Sendable (Bool) -> Void) {
    for number in [SIGINT, SIGTERM] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [self] in
        lock.lock()
        count += 1
        let first = count == 1
        lock.unlock()
        handler(first)
      }
      source.resume()
      sources.append(source)
    }
  }

  func cancel() {
    for source in sources { source.cancel() }
    signal(SIGINT, SIG_DFL)
    signal(SIGTERM, SIG_DFL)
  }
}

/// The path with every symbolic link resolved; a path that does not exist yet resolves through
/// its nearest existing parent.
private func resolvedPath(_ path: String) -> String {
  URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
}

/// Whether a glob pattern has a wildcard (`*`, `?`, `[`).
private func hasGlobCharacters(_ pattern: String) -> Bool {
  pattern.contains { $0 == "*" || $0 == "?" || $0 == "[" }
}

/// The quoted pattern a name the shell expanded probably came from: `a.html` → `--include
/// '*.html'`.
private func quotedPatternHint(_ name: String, option: String = "--include") -> String {
  let base = (name as NSString).lastPathComponent
  if let ext = fileExtension(of: base) { return "\(option) '*.\(ext)'" }
  return "\(option) '<pattern>'"
}
