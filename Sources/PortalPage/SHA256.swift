// SHA-256 (FIPS 180-4) of the page bytes, for `Source.sha256` and the record ids derived from it.

/// The SHA-256 digest of `bytes` as 64 lowercase hexadecimal digits.
///
/// - Parameter bytes: The input, e.g. the bytes of a page exactly as read from disk.
/// - Returns: The digest, e.g. `e3b0c442…b855` for no bytes.
public func sha256Hex(_ bytes: [UInt8]) -> String {
  var hasher = SHA256()
  hasher.update(bytes)
  let digest = hasher.finalize()
  let hexDigits = Array("0123456789abcdef".utf8)
  var out = [UInt8]()
  out.reserveCapacity(64)
  for byte in digest {
    out.append(hexDigits[Int(byte >> 4)])
    out.append(hexDigits[Int(byte & 0x0f)])
  }
  return String(decoding: out, as: UTF8.self)
}

/// An incremental SHA-256 computation.
struct SHA256 {
  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  private var h0: UInt32 = 0x6a09_e667
  private var h1: UInt32 = 0xbb67_ae85
  private var h2: UInt32 = 0x3c6e_f372
  private var h3: UInt32 = 0xa54f_f53a
  private var h4: UInt32 = 0x510e_527f
  private var h5: UInt32 = 0x9b05_688c
  private var h6: UInt32 = 0x1f83_d9ab
  private var h7: UInt32 = 0x5be0_cd19
  private var buffer = [UInt8]()
  private var length: UInt64 = 0

  /// Adds `bytes` to the message.
  mutating func update(_ bytes: [UInt8]) {
    length &+= UInt64(bytes.count)
    var index = 0
    if !buffer.isEmpty {
      let take = min(64 - buffer.count, bytes.count)
      buffer.append(contentsOf: bytes[0..<take])
      index = take
      if buffer.count == 64 {
        let block = buffer
        block.withUnsafeBufferPointer { compress($0, from: 0, blocks: 1) }
        buffer.removeAll(keepingCapacity: true)
      }
    }
    let blocks = (bytes.count - index) / 64
    if blocks > 0 {
      let start = index
      bytes.withUnsafeBufferPointer { pointer in compress(pointer, from: start, blocks: blocks) }
      index += blocks * 64
    }
    if index < bytes.count { buffer.append(contentsOf: bytes[index...]) }
  }

  /// Pads the message and returns the 32-byte digest.
  mutating func finalize() -> [UInt8] {
    let bitLength = length &* 8
    var tail = buffer
    tail.append(0x80)
    while tail.count % 64 != 56 { tail.append(0) }
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    tail.withUnsafeBufferPointer { pointer in
      compress(pointer, from: 0, blocks: pointer.count / 64)
    }
    buffer.removeAll()
    var digest = [UInt8]()
    digest.reserveCapacity(32)
    for word in [h0, h1, h2, h3, h4, h5, h6, h7] {
      digest.append(UInt8(truncatingIfNeeded: word >> 24))
      digest.append(UInt8(truncatingIfNeeded: word >> 16))
      digest.append(UInt8(truncatingIfNeeded: word >> 8))
      digest.append(UInt8(truncatingIfNeeded: word))
    }
    return digest
  }

  /// Compresses `blocks` consecutive 64-byte blocks starting at `from`, with the chaining
  /// state and the message schedule in local variables.
  private mutating func compress(_ data: UnsafeBufferPointer<UInt8>, from: Int, blocks: Int) {
    guard blocks > 0, let base = data.baseAddress else { return }
    var s0 = h0
    var s1 = h1
    var s2 = h2
    var s3 = h3
    var s4 = h4
    var s5 = h5
    var s6 = h6
    var s7 = h7
    SHA256.roundConstants.withUnsafeBufferPointer { constants in
      let k = constants.baseAddress!
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
        let w = schedule.baseAddress!
        var block = base + from
        for _ in 0..<blocks {
          for t in 0..<16 {
            let p = block + t &* 4
            w[t] =
              UInt32(p[0]) << 24 | UInt32(p[1]) << 16 | UInt32(p[2]) << 8 | UInt32(p[3])
          }
          var t = 16
          while t < 64 {
            let x = w[t &- 15]
            let y = w[t &- 2]
            let sigma0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3)
            let sigma1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >> 10)
            w[t] = w[t &- 16] &+ sigma0 &+ w[t &- 7] &+ sigma1
            t &+= 1
          }
          var a = s0
          var b = s1
          var c = s2
          var d = s3
          var e = s4
          var f = s5
          var g = s6
          var h = s7
          t = 0
          // Eight rounds per pass with the working variables renamed instead of moved.
          while t < 64 {
            round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
            round(h, a, b, &c, d, e, f, &g, k[t &+ 1] &+ w[t &+ 1])
            round(g, h, a, &b, c, d, e, &f, k[t &+ 2] &+ w[t &+ 2])
            round(f, g, h, &a, b, c, d, &e, k[t &+ 3] &+ w[t &+ 3])
            round(e, f, g, &h, a, b, c, &d, k[t &+ 4] &+ w[t &+ 4])
            round(d, e, f, &g, h, a, b, &c, k[t &+ 5] &+ w[t &+ 5])
            round(c, d, e, &f, g, h, a, &b, k[t &+ 6] &+ w[t &+ 6])
            round(b, c, d, &e, f, g, h, &a, k[t &+ 7] &+ w[t &+ 7])
            t &+= 8
          }
          s0 &+= a
          s1 &+= b
          s2 &+= c
          s3 &+= d
          s4 &+= e
          s5 &+= f
          s6 &+= g
          s7 &+= h
          block += 64
        }
      }
    }
    h0 = s0
    h1 = s1
    h2 = s2
    h3 = s3
    h4 = s4
    h5 = s5
    h6 = s6
    h7 = s7
  }
}

/// Rotates `x` right by `n` bits.
@inline(__always) private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
  (x >> n) | (x << (32 - n))
}

/// One SHA-256 round on the working variables `a`…`h`: adds the round's sum into `d` and makes
/// `h` the new `a` (the caller renames the variables for the next round).
@inline(__always) private func round(
  _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32,
  _ g: UInt32, _ h: inout UInt32, _ constantAndWord: UInt32
) {
  let sum1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
  let choice = (e & f) ^ (~e & g)
  let temp1 = h &+ sum1 &+ choice &+ constantAndWord
  let sum0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
  let majority = (a & b) ^ (a & c) ^ (b & c)
  d &+= temp1
  h = temp1 &+ sum0 &+ majority
}
