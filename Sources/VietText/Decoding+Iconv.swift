// Encodings that tdkt does not read itself (VISCII, KOI8-R, Shift_JIS…), when the user names
// one: decoded by the C library's iconv.

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether `decodeText` reads bytes declared as `label`: an encoding of its own (UTF-8,
/// UTF-16, windows-1258, windows-1252 and their aliases, TCVN3, VNI) or one the C library's
/// iconv converts to UTF-8.
public func isDecodableEncoding(_ label: String) -> Bool {
  if TextEncoding(label: label) != nil { return true }
  guard let converter = IconvConverter(from: label) else { return false }
  converter.close()
  return true
}

/// A conversion to UTF-8 from an encoding named by a label iconv knows.
struct IconvConverter {
  private let descriptor: iconv_t

  /// `nil` when iconv does not know `label` (or the label is empty or has a `/`, which would
  /// name iconv options rather than an encoding).
  init?(from label: String) {
    let name = label.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty, !name.contains("/"), name.utf8.allSatisfy({ $0 < 0x80 }) else {
      return nil
    }
    let descriptor = iconv_open("UTF-8", name)
    guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
    self.descriptor = descriptor
  }

  /// Frees the converter.
  func close() { _ = iconv_close(descriptor) }

  /// The bytes as text (NFC); a byte iconv cannot convert becomes U+FFFD.
  func decode(_ bytes: ArraySlice<UInt8>) -> String {
    var input = Array(bytes)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count * 2)
    var chunk = [UInt8](repeating: 0, count: 1 << 14)
    input.withUnsafeMutableBufferPointer { source in
      var inPointer = source.baseAddress.map { UnsafeMutableRawPointer($0) }?
        .assumingMemoryBound(to: CChar.self)
      var inLeft = source.count
      while inLeft > 0 {
        let (result, code, produced) = chunk.withUnsafeMutableBufferPointer {
          out -> (Int, Int32, Int) in
          var outPointer = out.baseAddress.map { UnsafeMutableRawPointer($0) }?
            .assumingMemoryBound(to: CChar.self)
          var outLeft = out.count
          let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
          return (result, errno, out.count - outLeft)
        }
        output.append(contentsOf: chunk[0..<produced])
        if result != -1 || code == E2BIG { continue }
        // An invalid or incomplete sequence: one replacement character, then go on.
        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
        inPointer = inPointer.map { $0 + 1 }
        inLeft -= 1
      }
    }
    return nfc(String(decoding: output, as: UTF8.self))
  }
}
