// The manifest of a batch: what was done to each input, for `--resume`.

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a batch recorded about one input.
public struct ManifestEntry: Codable, Sendable, Hashable {
  /// The input's path relative to the input folder.
  public var path: String
  /// SHA-256 of the input's bytes (lowercase hex); empty when the input could not be read.
  public var sha256: String
  /// The `tdktVersion` that processed it.
  public var version: String
  /// `converted` or `failed`.
  public var status: String
  /// The number of records written.
  public var records: Int
  /// The outputs written, relative to the output folder.
  public var outputs: [String]
  /// The reasons of a failure, as `line:column: message` or `message`.
  public var errors: [String]

  /// Creates an entry.
  public init(
    path: String, sha256: String, version: String = tdktVersion, status: String, records: Int,
    outputs: [String], errors: [String] = []
  ) {
    self.path = path
    self.sha256 = sha256
    self.version = version
    self.status = status
    self.records = records
    self.outputs = outputs
    self.errors = errors
  }
}

/// The manifest file of an output folder: JSON Lines, one `ManifestEntry` per line.
///
/// During a run every finished input is appended as one line with a single `write(2)` on a file
/// opened with `O_APPEND`, so a crash or `kill -9` at any moment leaves every complete line
/// readable and at most one torn last line, which `load` ignores; a later line for the same path
/// wins. A line that cannot be written whole (a full disk) is cut off again, so the next line
/// never continues a torn one, and the first such failure is kept in `appendFailure`. At the end of a run (also after Ctrl-C) `finish` rewrites the file atomically with one
/// line per input, sorted by path, with no times or other run-specific data: two runs over the
/// same inputs leave the same bytes. The name is `.tdkt-manifest.jsonl`, or
/// `.tdkt-manifest-K-of-N.jsonl` for `--shard K/N`, so that shards may share a folder.
public final class Manifest: @unchecked Sendable {
  /// The manifest's path.
  public let path: String
  private let lock = NSLock()
  private var descriptor: Int32 = -1
  private var firstAppendFailure: FileSystemError?
  private let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  /// The file name of the manifest for a run with `shard` (or none).
  public static func fileName(shard: Shard?) -> String {
    guard let shard, shard.count > 1 else { return ".tdkt-manifest.jsonl" }
    return ".tdkt-manifest-\(shard.index)-of-\(shard.count).jsonl"
  }

  /// The manifest in `folder` for a run with `shard`.
  public init(folder: String, shard: Shard? = nil) {
    path = folder + "/" + Manifest.fileName(shard: shard)
  }

  deinit { if descriptor >= 0 { close(descriptor) } }

  /// Reads the entries recorded so far, by path (the last line for a path wins); lines that do
  /// not parse (a torn last line) are ignored. An absent manifest is empty.
  public func load() -> [String: ManifestEntry] {
    guard let data = FileManager.default.contents(atPath: path) else { return [:] }
    let decoder = JSONDecoder()
    var entries: [String: ManifestEntry] = [:]
    for line in data.split(separator: UInt8(ascii: "\n")) {
      if let entry = try? decoder.decode(ManifestEntry.self, from: Data(line)) {
        entries[entry.path] = entry
      }
    }
    return entries
  }

  /// The entries of every manifest in `folder` — the run's without shards and every shard's
  /// (`.tdkt-manifest-K-of-N.jsonl`, any N) — by path, those of `preferred` (the manifest of
  /// the run that asks) winning over the others: what `--resume` knows of a folder that shards
  /// or another split wrote.
  public static func loadAll(folder: String, preferring preferred: Manifest) -> [String:
    ManifestEntry]
  {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    var entries: [String: ManifestEntry] = [:]
    for name in names.sorted() where isManifestName(name) {
      let manifest = Manifest(path: folder + "/" + name)
      if manifest.path == preferred.path { continue }
      entries.merge(manifest.load()) { _, later in later }
    }
    entries.merge(preferred.load()) { _, own in own }
    return entries
  }

  /// Whether `name` is the file name of a manifest (of a run without shards, or of a shard).
  static func isManifestName(_ name: String) -> Bool {
    if name == fileName(shard: nil) { return true }
    guard name.hasPrefix(".tdkt-manifest-"), name.hasSuffix(".jsonl") else { return false }
    let middle = name.dropFirst(".tdkt-manifest-".count).dropLast(".jsonl".count)
    let parts = middle.split(separator: "-", omittingEmptySubsequences: false)
    return parts.count == 3 && parts[1] == "of" && parts[0].allSatisfy(\.isNumber)
      && parts[2].allSatisfy(\.isNumber) && !parts[0].isEmpty && !parts[2].isEmpty
  }

  private init(path: String) { self.path = path }

  /// Starts a run: writes `entries` (the ones carried over), then keeps the file open for
  /// `append`.
  /// - Throws: `FileSystemError` when the file cannot be written.
  public func start(with entries: [ManifestEntry]) throws(FileSystemError) {
    try rewrite(entries)
    lock.lock()
    defer { lock.unlock() }
    descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
    if descriptor < 0 {
      throw FileSystemError(path: path, message: "cannot open: \(errnoMessage(errno))")
    }
  }

  /// The first line that could not be appended, if any: the manifest then lacks that input
  /// until `finish` rewrites it.
  public var appendFailure: FileSystemError? {
    lock.lock()
    defer { lock.unlock() }
    return firstAppendFailure
  }

  /// Appends one entry as one line, in one write; a line written in part is cut off again.
  public func append(_ entry: ManifestEntry) {
    let line = self.line(entry)
    lock.lock()
    defer { lock.unlock() }
    guard descriptor >= 0 else { return }
    let start = lseek(descriptor, 0, SEEK_END)
    var failure: Int32 = 0
    line.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += n
      }
    }
    guard failure != 0 else { return }
    if start >= 0 { _ = ftruncate(descriptor, start) }
    if firstAppendFailure == nil {
      firstAppendFailure = FileSystemError(
        path: path, message: "cannot write: \(errnoMessage(failure))")
    }
  }

  /// Ends a run: rewrites the manifest atomically with `entries`, sorted by path.
  /// - Throws: `FileSystemError` when the file cannot be written.
  public func finish(with entries: [ManifestEntry]) throws(FileSystemError) {
    lock.lock()
    if descriptor >= 0 {
      close(descriptor)
      descriptor = -1
    }
    lock.unlock()
    try rewrite(entries)
  }

  private func line(_ entry: ManifestEntry) -> [UInt8] {
    var bytes = (try? [UInt8](encoder.encode(entry))) ?? []
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }

  private func rewrite(_ entries: [ManifestEntry]) throws(FileSystemError) {
    var bytes: [UInt8] = []
    for entry in entries.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
      bytes += line(entry)
    }
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let tree = try OutputTree(root: folder, tag: "manifest")
    try tree.write(bytes, to: name)
  }
}
