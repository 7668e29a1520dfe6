// Reading gzip-compressed pages (a crawler's `page.html.gz`): zlib's inflate, with a limit on
// what the decompressed page may grow to.

internal import CZlib

/// Whether `bytes` start like a gzip stream (RFC 1952: 1F 8B).
public func isGzip(_ bytes: [UInt8]) -> Bool {
  bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
}

/// The bytes of a gzip stream, decompressed (every member, as `gzip -d` reads them).
///
/// - Parameters:
///   - bytes: the compressed bytes.
///   - limit: the most the decompressed bytes may be; more is a failure.
/// - Returns: the decompressed bytes, or the problem (damaged or truncated data, too large).
public func gunzip(_ bytes: [UInt8], limit: Int) -> Result<[UInt8], GzipError> {
  var stream = z_stream()
  // windowBits 15 + 16: a gzip header and trailer.
  let started = inflateInit2_(
    &stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
  guard started == Z_OK else {
    return .failure(GzipError(message: "cannot start gzip (zlib status \(started))"))
  }
  defer { inflateEnd(&stream) }
  var output: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 1 << 16)
  var input = bytes
  return input.withUnsafeMutableBufferPointer { source -> Result<[UInt8], GzipError> in
    stream.next_in = source.baseAddress
    stream.avail_in = UInt32(source.count)
    while true {
      let (status, produced) = chunk.withUnsafeMutableBufferPointer { out -> (Int32, Int) in
        stream.next_out = out.baseAddress
        stream.avail_out = UInt32(out.count)
        let status = inflate(&stream, Z_NO_FLUSH)
        return (status, out.count - Int(stream.avail_out))
      }
      if output.count + produced > limit {
        return .failure(
          GzipError(
            message: "too large once decompressed: more than \(limit) bytes, the limit"))
      }
      output.append(contentsOf: chunk[0..<produced])
      switch status {
      case Z_STREAM_END:
        // Another member may follow (concatenated gzip files).
        if stream.avail_in == 0 { return .success(output) }
        let remaining = Int(stream.avail_in)
        let offset = source.count - remaining
        if remaining < 2 || source[offset] != 0x1F || source[offset + 1] != 0x8B {
          return .success(output)
        }
        if inflateReset(&stream) != Z_OK {
          return .failure(GzipError(message: "damaged gzip data"))
        }
      case Z_OK:
        continue
      case Z_BUF_ERROR:
        // No progress: the input ended inside the stream.
        if produced == 0 {
          return .failure(GzipError(message: "truncated gzip data (the file ends too early)"))
        }
      default:
        let detail = stream.msg.map { String(cString: $0) } ?? "zlib status \(status)"
        return .failure(GzipError(message: "damaged gzip data (\(detail))"))
      }
    }
  }
}

/// Why gzip-compressed bytes could not be read.
public struct GzipError: Error, Sendable {
  /// What went wrong, for the user.
  public var message: String
}
