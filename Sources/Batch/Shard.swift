// Stable shards of a corpus, for splitting one batch over several machines or jobs.

/// Shard `index` of `count` (`--shard K/N`, 1 ≤ K ≤ N).
///
/// A file belongs to shard K of N when `fnv1a64(utf8(relativePath)) % N == K - 1`, where
/// `fnv1a64` is the 64-bit FNV-1a hash (offset basis 0xcbf29ce484222325, prime 0x100000001b3)
/// and `relativePath` uses `/` separators. The split depends only on the relative path, so the
/// N shards of the same tree never overlap and together cover it, on any machine.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
  /// K, from 1.
  public var index: Int
  /// N, at least 1.
  public var count: Int

  /// Creates shard `index` of `count`; `nil` unless 1 ≤ index ≤ count.
  public init?(index: Int, count: Int) {
    guard count >= 1, index >= 1, index <= count else { return nil }
    self.index = index
    self.count = count
  }

  /// Parses `K/N`; `nil` when the text is not two positive integers with K ≤ N.
  public init?(parsing text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
    self.init(index: k, count: n)
  }

  /// `K/N`.
  public var description: String { "\(index)/\(count)" }

  /// Whether the file at `relativePath` belongs to this shard.
  public func contains(relativePath: String) -> Bool {
    Int(Shard.hash(relativePath) % UInt64(count)) == index - 1
  }

  /// The 64-bit FNV-1a hash of the UTF-8 bytes of `text`.
  public static func hash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }
}
