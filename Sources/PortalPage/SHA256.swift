// SHA-256 (FIPS 180-4) of the page bytes, for `Source.sha256` and the record ids derived from it.
// swift-crypto's: on Linux BoringSSL's, which uses the processor's SHA extensions when present.

import Crypto

/// The SHA-256 digest of `bytes` as 64 lowercase hexadecimal digits.
///
/// - Parameter bytes: The input, e.g. the bytes of a page exactly as read from disk.
/// - Returns: The digest, e.g. `e3b0c442…b855` for no bytes.
@inline(never)
public func sha256Hex(_ bytes: [UInt8]) -> String {
  let digest = SHA256.hash(data: bytes)
  let hexDigits: StaticString = "0123456789abcdef"
  return String(unsafeUninitializedCapacity: 64) { out in
    hexDigits.withUTF8Buffer { digits in
      var index = 0
      for byte in digest {
        out[index] = digits[Int(byte >> 4)]
        out[index + 1] = digits[Int(byte & 0x0f)]
        index += 2
      }
    }
    return 64
  }
}
