// `tdkt stream`: requests read line by line, converted on a bounded pool, one result line per
// request written in input order.

import Foundation
import Interchange

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One request of a stream: a page given by its path or its bytes, with what is known of it.
public struct StreamRequest: Sendable, Hashable {
  /// The request's id as a JSON value (a string or an integer), echoed in its result.
  public var id: String
  /// The page's path, when it is read from a file.
  public var path: String?
  /// The page's bytes, when the request carries them.
  public var content: [UInt8]?
  /// The page's address.
  public var url: String?
  /// A weak encoding (e.g. the HTTP charset), used only where the page gives no evidence.
  public var charsetHint: String?
  /// The day the page was retrieved.
  public var retrieved: Day?

  /// Creates a request.
  public init(
    id: String, path: String? = nil, content: [UInt8]? = nil, url: String? = nil,
    charsetHint: String? = nil, retrieved: Day? = nil
  ) {
    self.id = id
    self.path = path
    self.content = content
    self.url = url
    self.charsetHint = charsetHint
    self.retrieved = retrieved
  }

  /// The JSON text of an integer id (the line number of requests without one).
  public static func id(line: Int) -> String { String(line) }

  /// Reads one line of the stream: a bare path, or a JSON object with `id`, `path` or
  /// `content` (base64), `url`, `charsetHint` and `retrieved` (`YYYY-MM-DD`, or an ISO date and
  /// time of which the date is kept). Without an `id`, the id is the path, else the line number.
  ///
  /// - Parameters:
  ///   - line: the line without its end (a final carriage return is dropped).
  ///   - number: its 1-based number, the id of last resort.
  ///   - maxSize: the largest page accepted, in bytes (for `content`).
  /// - Returns: the request, or what is wrong with the line together with the id it gets.
  public static func parse(_ line: [UInt8], number: Int, maxSize: Int) -> Result<
    StreamRequest, StreamLineError
  > {
    var bytes = line[...]
    if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
    let first = bytes.first { !($0 == 0x20 || $0 == 0x09) }
    guard first == UInt8(ascii: "{") else {
      guard let path = String(validating: bytes, as: UTF8.self) else {
        return .failure(StreamLineError(id: id(line: number), message: "the path is not UTF-8"))
      }
      return .success(StreamRequest(id: jsonString(path), path: path))
    }
    let fallbackID = id(line: number)
    func failure(_ message: String, id: String = fallbackID) -> Result<
      StreamRequest, StreamLineError
    > {
      .failure(StreamLineError(id: id, message: message))
    }
    let wire: WireRequest
    do {
      wire = try JSONDecoder().decode(WireRequest.self, from: Data(bytes))
    } catch let error as WireRequest.Problem {
      return failure(error.message, id: error.id ?? fallbackID)
    } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context)
    {
      let key = context.codingPath.first?.stringValue ?? ""
      return failure(
        key.isEmpty ? "a request must be a path or a JSON object" : "\"\(key)\" must be a string")
    } catch {
      return failure("the request is not valid JSON")
    }
    let hasID = wire.id != nil
    let id = wire.id ?? fallbackID
    var strings: [String: String] = [:]
    strings["path"] = wire.path
    strings["content"] = wire.content
    strings["url"] = wire.url
    strings["charsetHint"] = wire.charsetHint
    strings["retrieved"] = wire.retrieved
    var request = StreamRequest(
      id: id, path: strings["path"], url: strings["url"], charsetHint: strings["charsetHint"])
    switch (strings["path"], strings["content"]) {
    case (nil, nil): return failure("a request needs \"path\" or \"content\"", id: id)
    case (.some, .some): return failure("give \"path\" or \"content\", not both", id: id)
    case (.some(let path), nil):
      if path.isEmpty { return failure("\"path\" is empty", id: id) }
      if !hasID { request.id = jsonString(path) }
    case (nil, .some(let base64)):
      // Base64 grows the bytes by a third: a longer text cannot be within the limit.
      if base64.utf8.count / 4 * 3 > maxSize + 3 {
        return failure(
          "\"content\" is too large: more than \(maxSize) bytes (--max-size)", id: id)
      }
      guard let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else {
        return failure("\"content\" is not base64", id: id)
      }
      if data.count > maxSize {
        return failure(
          "\"content\" is too large: \(data.count) bytes, the limit is \(maxSize) (--max-size)",
          id: id)
      }
      request.content = [UInt8](data)
    }
    if let retrieved = strings["retrieved"] {
      guard let date = isoDate(retrieved) else {
        return failure(
          "\"retrieved\" must be a date YYYY-MM-DD or an ISO date and time, not "
            + jsonString(retrieved), id: id)
      }
      request.retrieved = date
    }
    return .success(request)
  }
}

/// A request as JSON: strict about keys and types.
private struct WireRequest: Decodable {
  struct Problem: Error {
    var id: String?
    var message: String
  }

  struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  static let keys = ["id", "path", "content", "url", "charsetHint", "retrieved"]

  var id: String?
  var path, content, url, charsetHint, retrieved: String?

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Key.self)
    let idKey = Key(stringValue: "id")
    if container.contains(idKey), try !container.decodeNil(forKey: idKey) {
      if let text = try? container.decode(String.self, forKey: idKey) {
        id = jsonString(text)
      } else if let number = try? container.decode(Int.self, forKey: idKey) {
        id = String(number)
      } else {
        throw Problem(message: "\"id\" must be a string or an integer")
      }
    }
    if let unknown = container.allKeys.map(\.stringValue).sorted().first(where: {
      !Self.keys.contains($0)
    }) {
      throw Problem(
        id: id,
        message: "unknown key \(jsonString(unknown)); a request has id, path or content, url, "
          + "charsetHint, retrieved")
    }
    func string(_ name: String) throws -> String? {
      let key = Key(stringValue: name)
      guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
      guard let text = try? container.decode(String.self, forKey: key) else {
        throw Problem(id: id, message: "\"\(name)\" must be a string")
      }
      return text
    }
    path = try string("path")
    content = try string("content")
    url = try string("url")
    charsetHint = try string("charsetHint")
    retrieved = try string("retrieved")
  }
}

/// What is wrong with a request line, and the id its result line carries.
public struct StreamLineError: Error, Sendable, Hashable {
  /// The id (JSON text).
  public var id: String
  /// What is wrong.
  public var message: String

  /// Creates an error.
  public init(id: String, message: String) {
    self.id = id
    self.message = message
  }
}

/// The date of `YYYY-MM-DD` or `YYYY-MM-DDThh:mm…` (WARC-Date, HTTP archives), or `nil`.
func isoDate(_ text: String) -> Day? {
  let scalars = Array(text.utf8)
  guard scalars.count == 10 || (scalars.count > 10 && scalars[10] == UInt8(ascii: "T")) else {
    return nil
  }
  let digits = [0, 1, 2, 3, 5, 6, 8, 9]
  guard scalars[4] == UInt8(ascii: "-"), scalars[7] == UInt8(ascii: "-"),
    digits.allSatisfy({ scalars[$0] >= 0x30 && scalars[$0] <= 0x39 })
  else { return nil }
  func number(_ range: Range<Int>) -> Int {
    range.reduce(0) { $0 * 10 + Int(scalars[$1] - 0x30) }
  }
  let year = number(0..<4)
  let month = number(5..<7)
  let day = number(8..<10)
  let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  guard year >= 1, (1...12).contains(month), day >= 1, day <= days[month - 1] else { return nil }
  return Day(year: year, month: month, day: day)
}

/// One result line: `{"id", "path", "url", "status", "records", "errors", "exchange"}`, compact,
/// with a final newline. Absent values are `null`; `errors` is an array of `{"line", "column",
/// "pointer", "message"}` (absent parts omitted); `exchange` is the canonical exchange JSON.
public struct ResultLine: Sendable {
  /// The id (JSON text).
  public var id: String
  /// The page's path, when it was read from one.
  public var path: String?
  /// The page's address: the request's, else the one the page gives.
  public var url: String?
  /// `converted` or `failed`.
  public var status: FileStatus
  /// The number of conferences and awards.
  public var records: Int
  /// Why it failed.
  public var problems: [FileProblem]
  /// The exchange JSON (any formatting; written compact).
  public var exchangeJSON: [UInt8]?

  /// Creates a line.
  public init(
    id: String, path: String?, url: String?, status: FileStatus, records: Int,
    problems: [FileProblem], exchangeJSON: [UInt8]?
  ) {
    self.id = id
    self.path = path
    self.url = url
    self.status = status
    self.records = records
    self.problems = problems
    self.exchangeJSON = exchangeJSON
  }

  /// The line's bytes, ending in a newline.
  public var bytes: [UInt8] {
    var text = "{\"id\":\(id),\"path\":\(path.map(jsonString) ?? "null")"
    text += ",\"url\":\(url.map(jsonString) ?? "null"),\"status\":\"\(status.rawValue)\""
    text += ",\"records\":\(records),\"errors\":["
    text += problems.map { problem -> String in
      var fields: [String] = []
      if let value = problem.line { fields.append("\"line\":\(value)") }
      if let value = problem.column { fields.append("\"column\":\(value)") }
      if let value = problem.pointer { fields.append("\"pointer\":\(jsonString(value))") }
      fields.append("\"message\":\(jsonString(problem.message))")
      return "{" + fields.joined(separator: ",") + "}"
    }.joined(separator: ",")
    text += "],\"exchange\":"
    var out = Array(text.utf8)
    if let exchangeJSON {
      out.reserveCapacity(out.count + exchangeJSON.count + 8)
      appendCompactJSON(exchangeJSON, to: &out)
    } else {
      out += Array("null".utf8)
    }
    out += Array("}\n".utf8)
    return out
  }
}

/// Appends `json` without the white space between its tokens (strings are copied as they are).
func appendCompactJSON(_ json: [UInt8], to out: inout [UInt8]) {
  var inString = false
  var escaped = false
  for byte in json {
    if inString {
      out.append(byte)
      if escaped {
        escaped = false
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else if byte == UInt8(ascii: "\"") {
        inString = false
      }
      continue
    }
    switch byte {
    case 0x20, 0x09, 0x0A, 0x0D: continue
    case UInt8(ascii: "\""):
      inString = true
      out.append(byte)
    default: out.append(byte)
    }
  }
}

/// The options of a stream.
public struct StreamOptions: Sendable {
  /// Worker threads.
  public var jobs: Int = WorkerPool.defaultJobs
  /// Requests in flight at most (read, converting, or converted and waiting for their turn to be
  /// written); `nil` for four per job.
  public var window: Int?
  /// Pages larger than this many bytes fail.
  public var maxSize = 50 << 20
  /// Seconds allowed per page; `nil` for no limit.
  public var timeout: Double? = 60

  /// The default options.
  public init() {}

  /// The window in effect.
  public var effectiveWindow: Int { max(window ?? jobs * 4, jobs, 1) }
}

/// A stream: reads requests from a file descriptor, converts them on `jobs` threads and writes
/// one result line per request, in input order, to another.
///
/// Memory is bounded: at most `window` requests are in flight, whatever the length of the
/// stream. `stop()` (SIGINT, SIGTERM) ends it early: no more requests are read, the requests
/// being converted are finished and written, those read but not started are dropped, so the
/// output is the result lines of a prefix of the input.
public final class StreamRunner: @unchecked Sendable {
  /// The options.
  public let options: StreamOptions
  private let convert: @Sendable (StreamRequest) -> ResultLine
  private let lock = NSCondition()
  // State under `lock`.
  private var queue: [(sequence: Int, line: Result<StreamRequest, StreamLineError>)] = []
  private var queueHead = 0
  private var dispatched = 0
  private var written = 0
  private var pending: [Int: [UInt8]] = [:]
  private var inputDone = false
  private var stopped = false
  private var failure: String?
  private var counts = (converted: 0, failed: 0)

  /// Creates a stream.
  /// - Parameter convert: converts one request into its result line; called on worker threads.
  public init(
    options: StreamOptions, convert: @escaping @Sendable (StreamRequest) -> ResultLine
  ) {
    self.options = options
    self.convert = convert
  }

  /// A stream converting pages with `converter`: a path is read (at most `maxSize` bytes),
  /// each page converted within `timeout`.
  public convenience init(options: StreamOptions, converter: PageConverter) {
    self.init(options: options) { request in
      StreamRunner.convert(request, with: converter, options: options)
    }
  }

  /// Converts one request into its result line.
  public static func convert(
    _ request: StreamRequest, with converter: PageConverter, options: StreamOptions
  ) -> ResultLine {
    var line = ResultLine(
      id: request.id, path: request.path, url: request.url, status: .failed, records: 0,
      problems: [], exchangeJSON: nil)
    let bytes: [UInt8]
    if let content = request.content {
      bytes = content
    } else if let path = request.path {
      switch readFile(path, limit: options.maxSize) {
      case .failure(let failure):
        line.problems = failure.problems
        return line
      case .success(let read): bytes = read
      }
    } else {
      line.problems = [FileProblem(message: "a request needs \"path\" or \"content\"")]
      return line
    }
    let file = request.path ?? request.url ?? "<content>"
    let outcome = WorkerPool.run(limit: options.timeout) {
      () -> Result<ConvertedPage, PageConversionError> in
      do throws(PageConversionError) {
        return .success(
          try converter.convert(
            bytes, file: file, url: request.url, charsetHint: request.charsetHint,
            retrieved: request.retrieved, formats: [.json]))
      } catch {
        return .failure(error)
      }
    }
    switch outcome {
    case .finished(.success(let page)):
      line.status = .converted
      line.records = page.records
      line.url = request.url ?? page.exchange.source.url
      line.exchangeJSON = page.outputs[.json]
    case .finished(.failure(let error)):
      line.problems = error.diagnostics.map(FileProblem.init)
      if case .invalidOutput = error {
        line.problems.append(
          FileProblem(message: "the records produced do not match the exchange schema (a bug)"))
      }
    case .timedOut, .cancelled:
      let limit = options.timeout ?? 0
      let seconds = limit == limit.rounded() ? String(Int(limit)) : String(limit)
      line.problems = [FileProblem(message: "timed out after \(seconds) s (--timeout)")]
    }
    return line
  }

  /// The outcome of `run`.
  public struct Outcome: Sendable, Hashable {
    /// Result lines written.
    public var lines: Int
    /// Of which converted.
    public var converted: Int
    /// Of which failed.
    public var failed: Int
    /// Whether `stop()` ended the stream before the end of its input.
    public var wasStopped: Bool
    /// Why the stream could not go on (reading or writing failed), when it could not.
    public var ioError: String?
  }

  /// Asks the stream to stop (see the type's description). Safe from any thread.
  public func stop() {
    lock.lock()
    if !stopped {
      stopped = true
      // Requests read but not started are dropped; the output stays a prefix of the input.
      if queueHead < queue.count {
        dispatched = queue[queueHead].sequence
        queue.removeAll()
        queueHead = 0
      }
    }
    lock.broadcast()
    lock.unlock()
  }

  /// Runs the stream until its input ends (or `stop()`), then returns when every request read
  /// and started has its line written. The reading thread may still be blocked on the input
  /// when a stopped stream returns.
  public func run(input: Int32 = 0, output: Int32 = 1) -> Outcome {
    let jobs = max(1, options.jobs)
    let window = options.effectiveWindow
    let maxSize = options.maxSize
    let reader = Thread { [self] in
      let lines = LineReader(fd: input, limit: maxSize / 3 * 4 + (1 << 20))
      var number = 0
      while true {
        let next = lines.next()
        let parsed: Result<StreamRequest, StreamLineError>
        switch next {
        case .end:
          finishInput(nil)
          return
        case .error(let message):
          finishInput("cannot read the requests: \(message)")
          return
        case .tooLong(let limit):
          number += 1
          parsed = .failure(
            StreamLineError(
              id: StreamRequest.id(line: number),
              message: "the request line is longer than \(limit) bytes (--max-size)"))
        case .line(let bytes):
          number += 1
          if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
          parsed = StreamRequest.parse(bytes, number: number, maxSize: maxSize)
        }
        if !enqueue(parsed, window: window) { return }
      }
    }
    reader.stackSize = 1 << 20
    reader.start()
    for _ in 0..<jobs {
      let worker = Thread { [self] in
        while let (sequence, request) = take() {
          let line: ResultLine
          switch request {
          case .success(let request): line = convert(request)
          case .failure(let error):
            line = ResultLine(
              id: error.id, path: nil, url: nil, status: .failed, records: 0,
              problems: [FileProblem(message: error.message)], exchangeJSON: nil)
          }
          deliver(sequence, line, to: output)
        }
      }
      worker.stackSize = WorkerPool.stackSize
      worker.start()
    }
    lock.lock()
    while !((inputDone || stopped) && written == dispatched) { lock.wait() }
    let outcome = Outcome(
      lines: written, converted: counts.converted, failed: counts.failed,
      wasStopped: stopped && failure == nil, ioError: failure)
    // Wakes the workers, which find nothing more to take.
    stopped = true
    lock.broadcast()
    lock.unlock()
    return outcome
  }

  /// Adds a request once the window has room; `false` when the stream was stopped.
  private func enqueue(_ request: Result<StreamRequest, StreamLineError>, window: Int) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    while !stopped && dispatched - written >= window { lock.wait() }
    if stopped { return false }
    queue.append((dispatched, request))
    dispatched += 1
    lock.broadcast()
    return true
  }

  private func finishInput(_ error: String?) {
    lock.lock()
    inputDone = true
    if let error, failure == nil { failure = error }
    lock.broadcast()
    lock.unlock()
  }

  /// The next request to convert, or `nil` when there will be none.
  private func take() -> (Int, Result<StreamRequest, StreamLineError>)? {
    lock.lock()
    defer { lock.unlock() }
    while queueHead == queue.count {
      if stopped || inputDone { return nil }
      lock.wait()
    }
    let item = queue[queueHead]
    queueHead += 1
    if queueHead > 1024, queueHead * 2 > queue.count {
      queue.removeFirst(queueHead)
      queueHead = 0
    }
    return item
  }

  /// Records a finished line and writes every line whose turn has come.
  private func deliver(_ sequence: Int, _ line: ResultLine, to output: Int32) {
    let bytes = line.bytes
    lock.lock()
    defer { lock.unlock() }
    if line.status == .converted { counts.converted += 1 } else { counts.failed += 1 }
    pending[sequence] = bytes
    while let next = pending.removeValue(forKey: written) {
      if failure == nil, let error = writeAll(next, to: output) {
        failure = "cannot write the results: \(error)"
        stopped = true
      }
      written += 1
    }
    lock.broadcast()
  }
}

/// Writes all of `bytes` to `fd`; the error message when it fails.
func writeAll(_ bytes: [UInt8], to fd: Int32) -> String? {
  var offset = 0
  while offset < bytes.count {
    let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
    if n < 0 {
      if errno == EINTR { continue }
      return errnoMessage(errno)
    }
    offset += n
  }
  return nil
}

/// Lines of a file descriptor, each at most `limit` bytes (a longer one is skipped whole).
final class LineReader {
  enum Next {
    case line([UInt8])
    case tooLong(limit: Int)
    case end
    case error(String)
  }

  private let fd: Int32
  private let limit: Int
  private var buffer = [UInt8](repeating: 0, count: 1 << 16)
  private var start = 0
  private var end = 0
  private var atEnd = false

  init(fd: Int32, limit: Int) {
    self.fd = fd
    self.limit = limit
  }

  func next() -> Next {
    var line: [UInt8] = []
    var skipping = false
    while true {
      if start == end {
        if atEnd {
          if skipping { return .tooLong(limit: limit) }
          return line.isEmpty ? .end : .line(line)
        }
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        if n < 0 {
          if errno == EINTR { continue }
          return .error(errnoMessage(errno))
        }
        if n == 0 {
          atEnd = true
          continue
        }
        start = 0
        end = n
      }
      let newline = buffer[start..<end].firstIndex(of: 0x0A)
      let stop = newline ?? end
      if !skipping {
        if line.count + (stop - start) > limit {
          skipping = true
          line = []
        } else {
          line.append(contentsOf: buffer[start..<stop])
        }
      }
      if let newline {
        start = newline + 1
        return skipping ? .tooLong(limit: limit) : .line(line)
      }
      start = end
    }
  }
}
