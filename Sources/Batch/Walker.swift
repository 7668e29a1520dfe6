// The recursive walk of an input folder: deterministic, loop-safe, selecting inputs by pattern.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One input found by a walk.
public struct InputFile: Sendable, Hashable {
  /// The path relative to the walked folder, with `/` separators, e.g. `a/b/page.html`.
  public var relativePath: String
  /// The path to open: the walked folder as given, joined with `relativePath`.
  public var path: String
  /// The size in bytes when the walk saw it.
  public var size: Int

  /// Creates an input.
  public init(relativePath: String, path: String, size: Int) {
    self.relativePath = relativePath
    self.path = path
    self.size = size
  }
}

/// An entry the walk could not use (a symbolic link loop, an unreadable folder, a broken
/// link, a special file), reported and skipped.
public struct WalkIssue: Error, Sendable, Hashable, CustomStringConvertible {
  /// The path relative to the walked folder.
  public var relativePath: String
  /// The path as given, for messages.
  public var path: String
  /// What is wrong, e.g. `symbolic link loop`.
  public var message: String

  /// Creates an issue.
  public init(relativePath: String, path: String, message: String) {
    self.relativePath = relativePath
    self.path = path
    self.message = message
  }

  /// `path: error: message`.
  public var description: String { "\(path): error: \(message)" }
}

/// Which files of a walk are inputs.
public struct FileSelection: Sendable {
  /// The extensions of the default page selection (compared case-insensitively).
  public static let pageExtensions: Set<String> = ["html", "htm", "aspx", "shtml", "php"]

  /// Patterns a file must match one of; empty means the default rule of the selection.
  public var include: [Glob]
  /// Patterns that exclude a file even when it is included, and folders from the walk.
  public var exclude: [Glob]
  /// Extensions (lowercase, without dot) selected when `include` is empty.
  public var defaultExtensions: Set<String>
  /// Whether, when `include` is empty, files without an extension are selected when their
  /// first kilobyte looks like HTML.
  public var sniffsExtensionlessHTML: Bool
  /// Whether, when `include` is empty, a name with one of `defaultExtensions` followed by
  /// `.gz` (`page.html.gz`) is selected too.
  public var includesCompressed: Bool

  /// Creates a selection.
  public init(
    include: [Glob] = [], exclude: [Glob] = [],
    defaultExtensions: Set<String> = FileSelection.pageExtensions,
    sniffsExtensionlessHTML: Bool = true, includesCompressed: Bool = false
  ) {
    self.include = include
    self.exclude = exclude
    self.defaultExtensions = defaultExtensions
    self.sniffsExtensionlessHTML = sniffsExtensionlessHTML
    self.includesCompressed = includesCompressed
  }

  /// Portal pages: `*.html`, `*.htm`, `*.aspx`, `*.shtml`, `*.php`, the same names compressed
  /// with gzip (`*.html.gz`…), and files without an extension that look like HTML.
  public static let pages = FileSelection(includesCompressed: true)

  /// Exchange files: `*.xml` and `*.json`.
  public static let exchangeFiles = FileSelection(
    defaultExtensions: ["xml", "json"], sniffsExtensionlessHTML: false)

  /// Whether the folder at `relativePath` is excluded (matches an exclude pattern), so that
  /// the walk does not enter it.
  public func excludes(folder relativePath: String) -> Bool {
    exclude.contains { $0.matches(relativePath: relativePath) }
  }

  /// Whether an entry at `relativePath` that cannot be examined (a broken link, a special file)
  /// would be selected if it were a readable file: its name decides, without sniffing.
  public func mightSelect(relativePath: String) -> Bool {
    if exclude.contains(where: { $0.matches(relativePath: relativePath) }) { return false }
    if !include.isEmpty { return include.contains { $0.matches(relativePath: relativePath) } }
    let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
    if let ext = fileExtension(of: name) { return hasDefaultExtension(name, ext) }
    return sniffsExtensionlessHTML
  }

  /// Whether `name`, whose extension is `ext`, has one of the default extensions (or one
  /// followed by `.gz`, when compressed pages are included).
  private func hasDefaultExtension(_ name: String, _ ext: String) -> Bool {
    if defaultExtensions.contains(ext.lowercased()) { return true }
    guard includesCompressed, ext.lowercased() == "gz",
      let inner = fileExtension(of: String(name.dropLast(3)))
    else { return false }
    return defaultExtensions.contains(inner.lowercased())
  }

  /// Whether problems of folders (loops, unreadable folders, names that are not UTF-8) are
  /// reported: only for the default selection, since with `include` patterns they may hold
  /// nothing wanted.
  public var reportsFolderProblems: Bool { include.isEmpty }

  /// Whether the file at `relativePath` is selected; `path` is read (first kilobyte) only for
  /// the extensionless-HTML rule.
  public func selects(relativePath: String, path: String) -> Bool {
    if exclude.contains(where: { $0.matches(relativePath: relativePath) }) { return false }
    if !include.isEmpty { return include.contains { $0.matches(relativePath: relativePath) } }
    let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
    if let ext = fileExtension(of: name) { return hasDefaultExtension(name, ext) }
    return sniffsExtensionlessHTML && looksLikeHTML(path: path)
  }
}

/// The extension of a file name (after the last dot), or `nil` when there is none; a leading
/// dot (hidden file) does not start an extension.
public func fileExtension(of name: String) -> String? {
  guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
  let ext = name[name.index(after: dot)...]
  return ext.isEmpty ? nil : String(ext)
}

/// Whether the first kilobyte of the file looks like HTML: after an optional byte-order mark
/// and white space it contains `<!doctype html`, `<html`, `<head` or `<body`
/// (case-insensitively).
public func looksLikeHTML(path: String) -> Bool {
  let fd = open(path, O_RDONLY | O_NONBLOCK)
  if fd < 0 { return false }
  defer { close(fd) }
  var buffer = [UInt8](repeating: 0, count: 1024)
  let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 1024) }
  if count <= 0 { return false }
  return looksLikeHTML(Array(buffer[0..<count]))
}

/// Whether `prefix` (the first bytes of a file) looks like HTML; see `looksLikeHTML(path:)`.
public func looksLikeHTML(_ prefix: [UInt8]) -> Bool {
  let lowered = prefix.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
  for marker in ["<!doctype html", "<html", "<head", "<body"] {
    let needle = Array(marker.utf8)
    if lowered.count >= needle.count {
      for start in 0...(lowered.count - needle.count)
      where lowered[start] == needle[0] && Array(lowered[start..<start + needle.count]) == needle {
        return true
      }
    }
  }
  return false
}

/// A recursive walk of a folder.
///
/// Entries of each folder are visited in the byte order of their names, so the result is the
/// same on every machine. Symbolic links are followed (to files and to folders); a link back to
/// a folder being walked is a loop, reported and skipped, as are broken links, unreadable
/// folders, names that are not UTF-8, and special files (FIFOs, sockets, devices). Folders
/// given in `skipping` (e.g. the output folder inside the input folder) and folders matching an
/// exclude pattern are not entered. Entries that cannot be examined are reported when their
/// name would be selected (`FileSelection.mightSelect`); folder problems only for the default
/// selection (`FileSelection.reportsFolderProblems`).
public struct Walker: Sendable {
  /// The folder to walk, as given.
  public var root: String
  /// Which files are inputs.
  public var selection: FileSelection
  /// Folders not to enter, compared by identity (device and inode), not by name.
  public var skipping: [String]

  /// Creates a walk of `root`.
  public init(root: String, selection: FileSelection = .pages, skipping: [String] = []) {
    self.root = root
    self.selection = selection
    self.skipping = skipping
  }

  private struct Identity: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  /// Walks the folder.
  /// - Returns: the selected files, sorted by relative path, and the entries that could not be
  ///   used.
  /// - Throws: `WalkIssue` when `root` itself is not a readable folder.
  public func walk() throws(WalkIssue) -> (files: [InputFile], issues: [WalkIssue]) {
    var info = stat()
    if stat(root, &info) != 0 {
      throw WalkIssue(relativePath: "", path: root, message: errnoMessage(errno))
    }
    if info.st_mode & S_IFMT != S_IFDIR {
      throw WalkIssue(relativePath: "", path: root, message: "not a directory")
    }
    var skipped = Set<Identity>()
    for path in skipping {
      var other = stat()
      if stat(path, &other) == 0 {
        skipped.insert(Identity(device: UInt64(other.st_dev), inode: UInt64(other.st_ino)))
      }
    }
    var files: [InputFile] = []
    var issues: [WalkIssue] = []
    let rootIdentity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    var ancestors: [Identity] = [rootIdentity]
    let base = root.hasSuffix("/") ? String(root.dropLast()) : root

    func visit(relative: String) {
      let folderPath = relative.isEmpty ? root : base + "/" + relative
      guard let names = listFolder(folderPath) else {
        if relative.isEmpty || selection.reportsFolderProblems {
          issues.append(
            WalkIssue(
              relativePath: relative, path: folderPath,
              message: "cannot read directory: \(errnoMessage(errno))"))
        }
        return
      }
      for name in names {
        let childRelative = relative.isEmpty ? name.text : relative + "/" + name.text
        let childPath = base + "/" + childRelative
        if !name.isUTF8 {
          if selection.reportsFolderProblems {
            issues.append(
              WalkIssue(
                relativePath: childRelative, path: childPath,
                message: "file name is not valid UTF-8"))
          }
          continue
        }
        var linkInfo = stat()
        if lstat(childPath, &linkInfo) != 0 {
          if selection.mightSelect(relativePath: childRelative) {
            issues.append(
              WalkIssue(
                relativePath: childRelative, path: childPath, message: errnoMessage(errno)))
          }
          continue
        }
        var target = linkInfo
        let isLink = linkInfo.st_mode & S_IFMT == S_IFLNK
        if isLink, stat(childPath, &target) != 0 {
          let code = errno
          let message =
            code == ELOOP
            ? "symbolic link loop" : "broken symbolic link (\(errnoMessage(code)))"
          if selection.mightSelect(relativePath: childRelative) {
            issues.append(
              WalkIssue(relativePath: childRelative, path: childPath, message: message))
          }
          continue
        }
        switch target.st_mode & S_IFMT {
        case S_IFDIR:
          let identity = Identity(device: UInt64(target.st_dev), inode: UInt64(target.st_ino))
          if skipped.contains(identity) || selection.excludes(folder: childRelative) { continue }
          if ancestors.contains(identity) {
            if selection.reportsFolderProblems {
              issues.append(
                WalkIssue(
                  relativePath: childRelative, path: childPath,
                  message: "symbolic link loop (points back to a folder being walked)"))
            }
            continue
          }
          ancestors.append(identity)
          visit(relative: childRelative)
          ancestors.removeLast()
        case S_IFREG:
          if selection.selects(relativePath: childRelative, path: childPath) {
            files.append(
              InputFile(relativePath: childRelative, path: childPath, size: Int(target.st_size)))
          }
        default:
          if selection.mightSelect(relativePath: childRelative) {
            issues.append(
              WalkIssue(
                relativePath: childRelative, path: childPath,
                message: "not a regular file (\(fileKind(target.st_mode)))"))
          }
        }
      }
    }
    visit(relative: "")
    return (files, issues)
  }
}

private struct EntryName {
  var text: String
  var isUTF8: Bool
  var bytes: [UInt8]
}

/// The names in a folder, without `.` and `..`, sorted by bytes; `nil` when it cannot be read.
private func listFolder(_ path: String) -> [EntryName]? {
  guard let directory = opendir(path) else { return nil }
  defer { closedir(directory) }
  var names: [EntryName] = []
  while let entry = readdir(directory) {
    let bytes: [UInt8] = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
      let raw = UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self)
      var length = 0
      while raw[length] != 0 { length += 1 }
      return Array(UnsafeBufferPointer(start: raw, count: length))
    }
    if bytes == [46] || bytes == [46, 46] { continue }
    let decoded = String(validating: bytes, as: UTF8.self)
    names.append(
      EntryName(
        text: decoded ?? String(decoding: bytes, as: UTF8.self), isUTF8: decoded != nil,
        bytes: bytes))
  }
  names.sort { $0.bytes.lexicographicallyPrecedes($1.bytes) }
  return names
}

private func fileKind(_ mode: mode_t) -> String {
  switch mode & S_IFMT {
  case S_IFIFO: return "FIFO"
  case S_IFSOCK: return "socket"
  case S_IFCHR: return "character device"
  case S_IFBLK: return "block device"
  default: return "special file"
  }
}

/// The text of an `errno` value, lowercased at the start as diagnostics are
/// (`No such file or directory` → `no such file or directory`).
public func errnoMessage(_ code: Int32) -> String {
  let text = String(cString: strerror(code))
  guard let first = text.first else { return "error \(code)" }
  return first.lowercased() + text.dropFirst()
}
