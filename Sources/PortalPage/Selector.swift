// A small subset of CSS selectors, enough to name the parts of portal layouts as data.

/// A simple selector matched against one element: a tag name, `#id`, `.class` tokens and
/// attribute conditions, e.g. `div.ms-rtestate-field`, `meta[property=og:title]`,
/// `[class*=journal-content-article]`, `td[id^=ctl00_]`. Matching is case-insensitive.
/// Combinators are not supported: profiles name single elements.
public struct Selector: Sendable, Hashable, CustomStringConvertible {
  /// An attribute test inside `[...]`.
  public struct Condition: Sendable, Hashable {
    /// How the attribute value is compared.
    public enum Operation: String, Sendable, Hashable {
      /// `[name]`: the attribute is present.
      case exists = ""
      /// `[name=value]`.
      case equals = "="
      /// `[name~=value]`: one of the whitespace-separated tokens equals the value.
      case containsToken = "~="
      /// `[name*=value]`.
      case contains = "*="
      /// `[name^=value]`.
      case hasPrefix = "^="
      /// `[name$=value]`.
      case hasSuffix = "$="
    }
    /// The lowercased attribute name.
    public var name: String
    /// The comparison.
    public var operation: Operation
    /// The lowercased value compared with.
    public var value: String {
      didSet { bytes = Array(value.utf8) }
    }
    /// The value's UTF-8 bytes, for fast substring tests.
    var bytes: [UInt8]

    /// Creates a condition.
    public init(name: String, operation: Operation, value: String) {
      self.name = name
      self.operation = operation
      self.value = value
      self.bytes = Array(value.utf8)
    }
  }

  /// The lowercased tag name, or `nil` for any element.
  public var tag: String?
  /// Conditions that all hold; `#x` is `[id=x]` and `.x` is `[class~=x]`.
  public var conditions: [Condition]
  /// The selector as written.
  public let description: String

  /// Parses a selector such as `div#content.main[role=main]`.
  ///
  /// Unknown syntax is read as literally as possible; selectors are written by developers
  /// next to their sample pages, and the profile tests check each one.
  public init(_ text: String) {
    description = text
    var tag: String?
    var conditions: [Condition] = []
    let scalars = Array(text.lowercased().unicodeScalars)
    var i = 0
    func readName() -> String {
      var name = ""
      while i < scalars.count, !"#.[".unicodeScalars.contains(scalars[i]) {
        name.unicodeScalars.append(scalars[i])
        i += 1
      }
      return name
    }
    let head = readName()
    if !head.isEmpty && head != "*" { tag = head }
    while i < scalars.count {
      let marker = scalars[i]
      i += 1
      switch marker {
      case "#":
        conditions.append(Condition(name: "id", operation: .equals, value: readName()))
      case ".":
        conditions.append(Condition(name: "class", operation: .containsToken, value: readName()))
      default:
        var inside = ""
        while i < scalars.count, scalars[i] != "]" {
          inside.unicodeScalars.append(scalars[i])
          i += 1
        }
        i += 1
        conditions.append(Selector.condition(inside))
      }
    }
    self.tag = tag
    self.conditions = conditions
  }

  private static func condition(_ inside: String) -> Condition {
    for operation: Condition.Operation in [.containsToken, .contains, .hasPrefix, .hasSuffix] {
      if let range = inside.range(of: operation.rawValue) {
        return Condition(
          name: String(inside[..<range.lowerBound]), operation: operation,
          value: unquote(String(inside[range.upperBound...])))
      }
    }
    if let equals = inside.firstIndex(of: "=") {
      return Condition(
        name: String(inside[..<equals]), operation: .equals,
        value: unquote(String(inside[inside.index(after: equals)...])))
    }
    return Condition(name: inside, operation: .exists, value: "")
  }

  private static func unquote(_ value: String) -> String {
    var text = value
    if text.hasPrefix("\"") || text.hasPrefix("'") { text.removeFirst() }
    if text.hasSuffix("\"") || text.hasSuffix("'") { text.removeLast() }
    return text
  }

  /// Whether `needle` occurs in the UTF-8 bytes of `haystack` (no Foundation, no allocation).
  static func contains(_ haystack: String, _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    var text = haystack
    return text.withUTF8 { bytes in search(bytes, needle) }
  }

  /// Whether `needle` occurs in `haystack`.
  static func contains(bytes haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    return haystack.withUnsafeBufferPointer { search($0, needle) }
  }

  private static func search(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    needle.withUnsafeBufferPointer { pattern in
      let count = pattern.count
      guard bytes.count >= count else { return false }
      let first = pattern[0]
      var i = 0
      let last = bytes.count - count
      while i <= last {
        if bytes[i] == first {
          var j = 1
          while j < count && bytes[i + j] == pattern[j] { j += 1 }
          if j == count { return true }
        }
        i += 1
      }
      return false
    }
  }

  /// Whether one of the tokens of `value` separated by spaces, tabs and newlines is `token`,
  /// tested over bytes; `nil` when `value` is not ASCII (then tokens are compared as
  /// characters).
  static func asciiContainsToken(_ value: String, _ token: [UInt8]) -> Bool? {
    // Splitting never gives an empty token.
    guard !token.isEmpty else { return false }
    var text = value
    return text.withUTF8 { bytes -> Bool? in
      var start = 0
      var found = false
      for index in 0...bytes.count {
        let byte: UInt8 = index == bytes.count ? 0x20 : bytes[index]
        if byte >= 0x80 { return nil }
        // "\r\n" is one character, never a separator.
        let isSeparator =
          byte == 0x20 || byte == 0x09 || (byte == 0x0A && (index == 0 || bytes[index - 1] != 0x0D))
        guard isSeparator else { continue }
        if !found, index - start == token.count {
          var same = true
          for offset in 0..<token.count where bytes[start + offset] != token[offset] {
            same = false
            break
          }
          found = same
        }
        start = index + 1
      }
      return found
    }
  }

  /// Whether an element with this lowercased tag and attributes matches.
  /// - Parameters:
  ///   - tag: The lowercased tag name.
  ///   - attribute: Looks up a lowercased attribute's value, lowercased.
  func matches(tag elementTag: String, attribute: (String) -> String?) -> Bool {
    if let tag, tag != elementTag { return false }
    for condition in conditions {
      guard let value = attribute(condition.name) else { return false }
      switch condition.operation {
      case .exists: continue
      case .equals: if value != condition.value { return false }
      case .contains: if !Selector.contains(value, condition.bytes) { return false }
      case .hasPrefix: if !value.hasPrefix(condition.value) { return false }
      case .hasSuffix: if !value.hasSuffix(condition.value) { return false }
      case .containsToken:
        if let found = Selector.asciiContainsToken(value, condition.bytes) {
          if !found { return false }
          continue
        }
        var found = false
        for token in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        where token == condition.value {
          found = true
          break
        }
        if !found { return false }
      }
    }
    return true
  }
}
