// The JSON-lines output of `batch --format jsonl`: one gzip part per run or shard (zlib from the
// system), or plain lines on standard output; lines in input order, a bounded number waiting.

internal import CZlib
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A gzip stream (RFC 1952) written through zlib's deflate to a file descriptor.
final class GzipWriter {
  private var stream = z_stream()
  private var buffer = [UInt8](repeating: 0, count: 1 << 16)
  private let fd: Int32
  private var open = false

  /// Starts a gzip member on `fd` (compression level 6).
  /// - Throws: `FileSystemError` when zlib cannot start.
  init(fd: Int32, path: String) throws(FileSystemError) {
    self.fd = fd
    // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
    let status = deflateInit2_(
      &stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
      Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else {
      throw FileSystemError(path: path, message: "cannot start gzip (zlib status \(status))")
    }
    open = true
  }

  deinit { if open { deflateEnd(&stream) } }

  /// Compresses `bytes`; the error message when writing fails.
  func write(_ bytes: [UInt8]) -> String? { deflate(bytes, flush: Z_NO_FLUSH) }

  /// Ends the gzip member; the error message when writing fails.
  func finish() -> String? {
    let error = deflate([], flush: Z_FINISH)
    deflateEnd(&stream)
    open = false
    return error
  }

  private func deflate(_ bytes: [UInt8], flush: Int32) -> String? {
    var input = bytes
    return input.withUnsafeMutableBufferPointer { source -> String? in
      stream.next_in = source.baseAddress
      stream.avail_in = UInt32(source.count)
      while true {
        let (status, produced) = buffer.withUnsafeMutableBufferPointer { out -> (Int32, Int) in
          stream.next_out = out.baseAddress
          stream.avail_out = UInt32(out.count)
          let status = CZlib.deflate(&stream, flush)
          return (status, out.count - Int(stream.avail_out))
        }
        if status == Z_STREAM_ERROR { return "gzip failed (zlib status \(status))" }
        if produced > 0, let error = writeAll(Array(buffer[0..<produced]), to: fd) {
          return error
        }
        if flush == Z_FINISH {
          if status == Z_STREAM_END { return nil }
        } else if stream.avail_in == 0 && produced < buffer.count {
          return nil
        }
      }
    }
  }
}

/// Where the lines of a JSON-lines batch go: a gzip part written atomically (a temporary file
/// in the output folder, renamed when complete), or standard output.
public final class JSONLinesOutput: @unchecked Sendable {
  /// The part's name for a shard: `part-K-of-N.jsonl.gz` (K and N on five digits; `1-of-1`
  /// without a shard).
  public static func partName(shard: Shard?) -> String {
    func five(_ value: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, 5 - text.count)) + text
    }
    return "part-\(five(shard?.index ?? 1))-of-\(five(shard?.count ?? 1)).jsonl.gz"
  }

  private let lock = NSCondition()
  private let window: Int
  private let fd: Int32
  private let gzip: GzipWriter?
  private let temporary: String?
  private let target: String?
  private var next = 0
  private var waiting: [Int: [UInt8]?] = [:]
  private var failure: String?

  /// Plain lines to `fd` (standard output), at most `window` lines waiting for their turn.
  public init(fd: Int32, window: Int) {
    self.fd = fd
    self.window = max(1, window)
    gzip = nil
    temporary = nil
    target = nil
  }

  /// A gzip part named `name` in `tree`'s folder, at most `window` lines waiting.
  /// - Throws: `FileSystemError` when the part cannot be created.
  public init(tree: OutputTree, name: String, window: Int) throws(FileSystemError) {
    self.window = max(1, window)
    let target = tree.path(of: name)
    let temporary = tree.root + "/.\(name).tdkt-tmp-\(tree.tag)-\(getpid())-part"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
    if fd < 0 {
      throw FileSystemError(path: target, message: "cannot create: \(errnoMessage(errno))")
    }
    self.fd = fd
    self.target = target
    self.temporary = temporary
    do throws(FileSystemError) {
      gzip = try GzipWriter(fd: fd, path: target)
    } catch {
      close(fd)
      unlink(temporary)
      throw error
    }
  }

  /// Blocks until line `index` may be produced: fewer than `window` lines before it are still
  /// waiting to be written. Lines are handed out in order, so this never dead-locks.
  public func waitForTurn(_ index: Int) {
    lock.lock()
    while index >= next + window { lock.wait() }
    lock.unlock()
  }

  /// Gives line `index` (`nil`: input `index` has no line, e.g. it was not processed) and writes
  /// every line whose turn has come.
  public func deliver(_ index: Int, _ line: [UInt8]?) {
    lock.lock()
    defer { lock.unlock() }
    waiting[index] = .some(line)
    while let entry = waiting.removeValue(forKey: next) {
      if let bytes = entry, failure == nil {
        let error = gzip.map { $0.write(bytes) } ?? writeAll(bytes, to: fd)
        if let error { failure = error }
      }
      next += 1
    }
    lock.broadcast()
  }

  /// Writes lines after the numbered ones (in the order given).
  public func append(_ lines: [[UInt8]]) {
    lock.lock()
    defer { lock.unlock() }
    for bytes in lines where failure == nil {
      let error = gzip.map { $0.write(bytes) } ?? writeAll(bytes, to: fd)
      if let error { failure = error }
    }
  }

  /// Completes the output (the gzip trailer, then the rename into place).
  /// - Throws: `FileSystemError` when a write failed.
  public func finish() throws(FileSystemError) {
    lock.lock()
    defer { lock.unlock() }
    let name = target ?? "<stdout>"
    if let gzip, let temporary, let target {
      if failure == nil, let error = gzip.finish() { failure = error }
      if failure == nil, fsync(fd) != 0 { failure = errnoMessage(errno) }
      close(fd)
      if failure == nil, rename(temporary, target) != 0 { failure = errnoMessage(errno) }
      if failure != nil { unlink(temporary) }
    }
    if let failure { throw FileSystemError(path: name, message: "cannot write: \(failure)") }
  }
}
