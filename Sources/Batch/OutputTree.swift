// Atomic writes confined to one output folder.

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An error of the file system, located at a path.
public struct FileSystemError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The path concerned.
  public var path: String
  /// What went wrong.
  public var message: String

  /// Creates an error.
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  /// `path: error: message`.
  public var description: String { "\(path): error: \(message)" }
}

/// Writes files under one folder, never outside it and never half-written.
///
/// Each file is written to a temporary file in its destination folder
/// (`.<name>.tdkt-tmp-<tag>-<n>`, the name shortened so that the whole stays within the 255
/// bytes a file name may have), then renamed into place, so a reader (or a crash, or
/// `kill -9`) sees the old file or the new one, never a part. Folders are created one component
/// at a time, and an existing component that is a symbolic link or not a folder is refused,
/// so no name or link can lead a write outside the root. Relative paths with `.`, `..` or empty
/// components are refused. Safe to use from several threads.
public final class OutputTree: @unchecked Sendable {
  /// The root folder, as given.
  public let root: String
  /// The tag in this writer's temporary names (e.g. `s2of3` for a shard), so that
  /// `removeTemporaryFiles()` only removes this kind of run's leftovers.
  public let tag: String
  private let lock = NSLock()
  private var knownFolders: Set<String> = [""]
  private var counter = 0

  /// Opens (and creates, with its parents, if needed) the folder `root`.
  /// - Throws: `FileSystemError` when it cannot be created or is not a folder.
  public init(root: String, tag: String = "run") throws(FileSystemError) {
    self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
    self.tag = tag
    do {
      try FileManager.default.createDirectory(
        atPath: self.root, withIntermediateDirectories: true)
    } catch {
      throw FileSystemError(path: root, message: "cannot create directory")
    }
    var info = stat()
    guard stat(self.root, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
      throw FileSystemError(path: root, message: "not a directory")
    }
  }

  /// The full path of `relativePath` under the root.
  public func path(of relativePath: String) -> String { root + "/" + relativePath }

  /// Writes `bytes` to `relativePath` atomically (temporary file, then rename).
  /// - Throws: `FileSystemError` naming the output path.
  public func write(_ bytes: [UInt8], to relativePath: String) throws(FileSystemError) {
    let components = relativePath.split(separator: "/", omittingEmptySubsequences: false)
    let target = path(of: relativePath)
    guard !components.isEmpty,
      components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." })
    else {
      throw FileSystemError(path: target, message: "refusing an output path outside the folder")
    }
    let folder = components.dropLast().joined(separator: "/")
    try ensureFolder(folder)
    let name = String(components.last!)
    lock.lock()
    counter += 1
    let serial = counter
    lock.unlock()
    let folderPath = folder.isEmpty ? root : root + "/" + folder
    let suffix = ".tdkt-tmp-\(tag)-\(getpid())-\(serial)"
    let stem = utf8Prefix(name, maxBytes: maxFileNameBytes - 1 - suffix.utf8.count)
    let temporary = folderPath + "/." + stem + suffix
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    if fd < 0 {
      throw FileSystemError(path: target, message: "cannot create: \(errnoMessage(errno))")
    }
    var written = 0
    var failure: Int32 = 0
    bytes.withUnsafeBytes { buffer in
      while written < buffer.count {
        let n = systemWrite(fd, buffer.baseAddress! + written, buffer.count - written)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        written += n
      }
    }
    close(fd)
    if failure != 0 {
      unlink(temporary)
      throw FileSystemError(path: target, message: "cannot write: \(errnoMessage(failure))")
    }
    if rename(temporary, target) != 0 {
      let code = errno
      unlink(temporary)
      throw FileSystemError(path: target, message: "cannot write: \(errnoMessage(code))")
    }
  }

  /// Whether `relativePath` is a regular file under the root (not following a final link).
  public func isFile(_ relativePath: String) -> Bool {
    var info = stat()
    return lstat(path(of: relativePath), &info) == 0 && info.st_mode & S_IFMT == S_IFREG
  }

  /// Removes the temporary files a killed run with the same tag left anywhere under the root.
  /// - Returns: the relative paths removed.
  @discardableResult
  public func removeTemporaryFiles() -> [String] {
    var removed: [String] = []
    let marker = ".tdkt-tmp-\(tag)-"
    func sweep(_ relative: String) {
      let folder = relative.isEmpty ? root : root + "/" + relative
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
        return
      }
      for name in names.sorted() {
        let childRelative = relative.isEmpty ? name : relative + "/" + name
        var info = stat()
        guard lstat(folder + "/" + name, &info) == 0 else { continue }
        if info.st_mode & S_IFMT == S_IFDIR {
          sweep(childRelative)
        } else if name.hasPrefix("."), name.contains(marker) {
          if unlink(folder + "/" + name) == 0 { removed.append(childRelative) }
        }
      }
    }
    sweep("")
    return removed
  }

  private func ensureFolder(_ relative: String) throws(FileSystemError) {
    lock.lock()
    let known = knownFolders.contains(relative)
    lock.unlock()
    if known { return }
    var current = ""
    for component in relative.split(separator: "/") {
      current = current.isEmpty ? String(component) : current + "/" + component
      let full = root + "/" + current
      if mkdir(full, 0o755) != 0 {
        let code = errno
        var info = stat()
        guard code == EEXIST, lstat(full, &info) == 0 else {
          throw FileSystemError(
            path: full, message: "cannot create directory: \(errnoMessage(code))")
        }
        if info.st_mode & S_IFMT == S_IFLNK {
          throw FileSystemError(
            path: full, message: "refusing to write through a symbolic link in the output folder")
        }
        if info.st_mode & S_IFMT != S_IFDIR {
          throw FileSystemError(path: full, message: "exists and is not a directory")
        }
      }
    }
    lock.lock()
    knownFolders.insert(relative)
    lock.unlock()
  }
}

/// The longest file name (one path component) the usual file systems take, in bytes.
let maxFileNameBytes = 255

/// The longest prefix of `text` that is at most `maxBytes` bytes of UTF-8 and ends between
/// characters.
func utf8Prefix(_ text: String, maxBytes: Int) -> String {
  guard text.utf8.count > maxBytes else { return text }
  var result = ""
  var count = 0
  for character in text {
    let size = character.utf8.count
    if count + size > maxBytes { break }
    result.append(character)
    count += size
  }
  return result
}

/// `write(2)`, under a name that the methods called `write` do not hide.
func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(fd, bytes, count)
}
