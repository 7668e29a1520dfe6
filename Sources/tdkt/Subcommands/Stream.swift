// `tdkt stream [--jobs N] [--window N] [--max-size BYTES] [--timeout SECONDS] [-v]
//             < requests.jsonl > results.jsonl`

import ArgumentParser
import Batch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension TDKT {
  /// Converts a stream of requests into a stream of result lines.
  struct StreamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stream",
      abstract: "Convert the pages named on standard input, one JSON result line each.",
      discussion: """
        Each line of standard input is one request: a path, or a JSON object \
        {"id", "path" | "content" (the page's bytes in base64), "url", "charsetHint", \
        "retrieved"}. Each request gets one compact JSON line on standard output, in input \
        order: {"id", "path", "url", "status" (converted or failed), "records", "errors", \
        "exchange"}, where exchange is the exchange JSON of `convert --format json` (null \
        when the page failed). Without an id, a request's id is its path, else its line \
        number. charsetHint is weak: it is used only when the page has no byte-order mark, \
        no usable charset declaration and is not UTF-8, and TCVN3 or VNI text is still \
        recognised. At most --window requests are in flight, so memory stays flat however \
        long the stream is.

        SIGINT or SIGTERM stops the stream: no more requests are read, the pages being \
        converted are finished and their lines written, requests read but not started are \
        dropped (the output is the lines of the first requests, in order), and the exit \
        status is 75. A second signal quits at once (status 130).

        EXIT STATUS
          0   every request got its line (failed pages included)
          1   standard input could not be read or standard output written
          64  usage error
          75  interrupted by SIGINT or SIGTERM

        EXAMPLES
          find pages -name '*.html' | tdkt stream > results.jsonl
          echo '{"id": 1, "path": "a.html", "url": "https://x.gov.vn/a"}' | tdkt stream
          tdkt stream --jobs 4 --window 64 < requests.jsonl > results.jsonl
        """)

    @OptionGroup var jobs: JobOptions

    @Option(
      help: ArgumentHelp(
        "Requests in flight at most (default: four per job).", valueName: "requests"))
    var window: Int?

    @Option(
      help: ArgumentHelp(
        "Fail pages larger than this: bytes, or with a unit (512k, 10MB, 1GiB).",
        valueName: "size"))
    var maxSize = ByteCount(bytes: 50 << 20)

    @Option(
      help: ArgumentHelp(
        "Fail pages that take longer than this.", valueName: "seconds"))
    var timeout = Seconds(60)

    @Flag(
      name: [.customShort("v"), .long], help: "Print a summary on standard error at the end.")
    var verbose = false

    @OptionGroup var messages: MessageOptions

    func validate() throws {
      if verbose, messages.quiet { throw ValidationError("-q and -v contradict each other") }
      if let window, window < jobs.jobs {
        throw ValidationError("--window must be at least --jobs (\(jobs.jobs)), not \(window)")
      }
      if maxSize.bytes < 1 { throw ValidationError("--max-size must be a positive size") }
      if !(timeout.value > 0) {
        throw ValidationError("--timeout must be a positive number of seconds")
      }
    }

    func run() throws {
      messages.apply()
      let printer = Printer.shared
      var options = StreamOptions()
      options.jobs = jobs.jobs
      options.window = window
      options.maxSize = maxSize.bytes
      options.timeout = timeout.value
      let runner = StreamRunner(
        options: options, converter: PageConverter(decompressedLimit: maxSize.bytes))
      let interrupts = InterruptHandler { first in
        if first { runner.stop() } else { _exit(130) }
      }
      defer { interrupts.cancel() }
      let outcome = runner.run(input: 0, output: 1)
      if let error = outcome.ioError {
        printer.error(standardInputName, error)
        throw ExitCode(1)
      }
      if outcome.wasStopped || verbose {
        printer.summary(
          "\(outcome.lines) requests: \(outcome.converted) converted, \(outcome.failed) failed"
            + (outcome.wasStopped ? "; stopped by a signal before the end" : ""))
      }
      if outcome.wasStopped { throw ExitCode(75) }
    }
  }
}
