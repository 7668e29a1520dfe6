// Shell-style glob patterns for `--include` and `--exclude`.

/// A compiled shell-style pattern.
///
/// `*` matches any run of characters except `/`, `?` one character except `/`, `[abc]`,
/// `[a-z]` and `[!abc]` one character of (or not of) a set, and `**` any run of characters
/// including `/` (`**/` also matches no folder at all). A pattern without `/` is matched
/// against the file name alone; a pattern with `/` against the whole path relative to the
/// input folder. Matching is case-sensitive.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
  private enum Token: Sendable, Hashable {
    case literal(Unicode.Scalar)
    case one
    case star
    case anyPath
    case anyFolders
    case set([ClosedRange<UInt32>], negated: Bool)
  }

  /// The pattern as written.
  public let pattern: String
  /// Whether the pattern contains `/` and so is matched against the relative path.
  public let matchesPath: Bool
  private let tokens: [Token]

  /// Compiles `pattern`.
  /// - Parameter pattern: the glob, e.g. `*.html`, `news/**/*.aspx`.
  /// - Throws: `GlobError` when a `[` set is not closed or the pattern is empty.
  public init(_ pattern: String) throws(GlobError) {
    if pattern.isEmpty { throw GlobError(pattern: pattern, message: "empty pattern") }
    self.pattern = pattern
    let scalars = Array(pattern.unicodeScalars)
    matchesPath = scalars.contains("/")
    var tokens: [Token] = []
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case "*":
        if index + 1 < scalars.count, scalars[index + 1] == "*" {
          let atStart = index == 0 || scalars[index - 1] == "/"
          if atStart, index + 2 < scalars.count, scalars[index + 2] == "/" {
            tokens.append(.anyFolders)
            index += 3
          } else {
            tokens.append(.anyPath)
            index += 2
          }
          continue
        }
        tokens.append(.star)
      case "?":
        tokens.append(.one)
      case "[":
        var cursor = index + 1
        var negated = false
        if cursor < scalars.count, scalars[cursor] == "!" || scalars[cursor] == "^" {
          negated = true
          cursor += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        var first = true
        var closed = false
        while cursor < scalars.count {
          let c = scalars[cursor]
          if c == "]", !first {
            closed = true
            break
          }
          first = false
          if cursor + 2 < scalars.count, scalars[cursor + 1] == "-", scalars[cursor + 2] != "]" {
            let low = c.value
            let high = scalars[cursor + 2].value
            ranges.append(min(low, high)...max(low, high))
            cursor += 3
          } else {
            ranges.append(c.value...c.value)
            cursor += 1
          }
        }
        if !closed {
          throw GlobError(pattern: pattern, message: "'[' at offset \(index) is never closed")
        }
        tokens.append(.set(ranges, negated: negated))
        index = cursor
      case "\\" where index + 1 < scalars.count:
        tokens.append(.literal(scalars[index + 1]))
        index += 1
      default:
        tokens.append(.literal(scalar))
      }
      index += 1
    }
    self.tokens = tokens
  }

  /// The pattern as written.
  public var description: String { pattern }

  /// Whether the file at `relativePath` (with `/` separators) matches.
  public func matches(relativePath: String) -> Bool {
    if matchesPath { return matches(Array(relativePath.unicodeScalars)) }
    let name = relativePath.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
    return matches(Array(name.unicodeScalars))
  }

  private func matches(_ text: [Unicode.Scalar]) -> Bool {
    // memo[t][s]: whether tokens[t...] match text[s...]; filled lazily.
    var memo = [Int8](repeating: -1, count: (tokens.count + 1) * (text.count + 1))
    func match(_ t: Int, _ s: Int) -> Bool {
      let key = t * (text.count + 1) + s
      if memo[key] >= 0 { return memo[key] == 1 }
      let result: Bool
      if t == tokens.count {
        result = s == text.count
      } else {
        switch tokens[t] {
        case .literal(let scalar):
          result = s < text.count && text[s] == scalar && match(t + 1, s + 1)
        case .one:
          result = s < text.count && text[s] != "/" && match(t + 1, s + 1)
        case .set(let ranges, let negated):
          if s < text.count, text[s] != "/" {
            let inside = ranges.contains { $0.contains(text[s].value) }
            result = inside != negated && match(t + 1, s + 1)
          } else {
            result = false
          }
        case .star:
          var end = s
          var found = match(t + 1, s)
          while !found, end < text.count, text[end] != "/" {
            end += 1
            found = match(t + 1, end)
          }
          result = found
        case .anyPath:
          var found = false
          for end in s...text.count where match(t + 1, end) {
            found = true
            break
          }
          result = found
        case .anyFolders:
          // Nothing, or any run of characters ending with "/".
          var found = match(t + 1, s)
          var end = s
          while !found, end < text.count {
            if text[end] == "/", match(t + 1, end + 1) { found = true }
            end += 1
          }
          result = found
        }
      }
      memo[key] = result ? 1 : 0
      return result
    }
    return match(0, 0)
  }
}

/// A pattern that cannot be compiled.
public struct GlobError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The pattern as written.
  public var pattern: String
  /// What is wrong with it.
  public var message: String
  /// `invalid glob '<pattern>': <message>`.
  public var description: String { "invalid glob '\(pattern)': \(message)" }
}
