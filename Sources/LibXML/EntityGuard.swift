// A look at the document type declaration before libxml2 parses a document: the entity
// declarations of the internal subset, the references between them and the references that
// use them, so that entity loops (libxml2 2.9.14 crashes on some that go through attribute
// defaults) and expansions far larger than the input are refused with a located error before
// libxml2 sees them, and external entities, which are never loaded, are named in warnings.
//
// The scan reads ASCII-compatible encodings (UTF-8, the ISO 8859 and Windows code pages); a
// document in UTF-16 or EBCDIC is left to libxml2's own limits.

/// The limits of entity expansion, after libxml2's: an expansion may be at most ten times the
/// input (plus a fixed allowance), and references nest at most 40 deep.
enum EntityLimits {
  static let amplification = 10
  static let allowance = 1 << 20
  static let nesting = 40
}

/// What the internal subset declares.
struct DocumentTypeScan {
  struct Entity {
    var name: String
    /// The replacement text (character references replaced) of an internal entity.
    var value: [UInt8]?
    /// The system identifier of an external entity.
    var systemID: String?
    /// The offset of the declaration.
    var offset: Int
  }

  var general: [String: Entity] = [:]
  var parameter: [String: Entity] = [:]
  /// Default values of attributes (character references replaced), with their offsets.
  var defaults: [(value: [UInt8], offset: Int)] = []
  /// The external subset's system identifier, when the declaration has one.
  var externalSubset: String?
  /// The offset of `<!DOCTYPE`.
  var declarationOffset = 0
  /// Where the content after the document type declaration starts.
  var bodyStart = 0
  /// Problems found while scanning (a parameter entity loop).
  var problems: [(offset: Int, message: String)] = []
}

/// Scans the prolog of `bytes` for a document type declaration; `nil` when there is none (or
/// the encoding is not ASCII-compatible).
func scanDocumentType(_ bytes: [UInt8]) -> DocumentTypeScan? {
  if bytes.count >= 2 {
    let first = bytes[0]
    let second = bytes[1]
    if (first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE) || first == 0
      || second == 0 || first == 0x4C
    {
      return nil
    }
  }
  var scanner = ByteScanner(bytes: bytes)
  if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.position = 3 }
  // The prolog: XML declaration, comments, processing instructions, white space.
  while true {
    scanner.skipSpace()
    if scanner.starts("<?") {
      scanner.skip(past: "?>")
    } else if scanner.starts("<!--") {
      scanner.skip(past: "-->")
    } else {
      break
    }
  }
  guard scanner.starts("<!DOCTYPE") else { return nil }
  var scan = DocumentTypeScan()
  scan.declarationOffset = scanner.position
  scanner.position += 9
  scanner.skipSpace()
  _ = scanner.name()
  scanner.skipSpace()
  if scanner.starts("SYSTEM") || scanner.starts("PUBLIC") {
    scan.externalSubset = scanner.externalID()
  }
  scanner.skipSpace()
  if scanner.peek == UInt8(ascii: "[") {
    scanner.position += 1
    scanSubset(&scanner, &scan, depth: 0)
  }
  scanner.skip(past: ">")
  scan.bodyStart = scanner.position
  return scan
}

/// Reads declarations until `]` (or the end of a parameter entity's text).
///
/// Declarations read from a parameter entity's text are located at `reference`, the offset of
/// the reference in the document.
private func scanSubset(
  _ scanner: inout ByteScanner, _ scan: inout DocumentTypeScan, depth: Int, reference: Int? = nil
) {
  while !scanner.atEnd {
    scanner.skipSpace()
    if scanner.atEnd || scanner.peek == UInt8(ascii: "]") {
      if !scanner.atEnd { scanner.position += 1 }
      return
    }
    let start = reference ?? scanner.position
    if scanner.starts("<!--") {
      scanner.skip(past: "-->")
    } else if scanner.starts("<?") {
      scanner.skip(past: "?>")
    } else if scanner.starts("<!ENTITY") {
      scanner.position += 8
      scanner.skipSpace()
      var isParameter = false
      if scanner.peek == UInt8(ascii: "%") {
        isParameter = true
        scanner.position += 1
        scanner.skipSpace()
      }
      let name = scanner.name()
      scanner.skipSpace()
      var entity = DocumentTypeScan.Entity(name: name, offset: start)
      if let quote = scanner.peek, quote == 0x22 || quote == 0x27 {
        entity.value = replacingCharacterReferences(scanner.quoted())
      } else {
        entity.systemID = scanner.externalID()
      }
      scanner.skipDeclaration()
      // The first declaration of a name binds it.
      if isParameter {
        if scan.parameter[name] == nil { scan.parameter[name] = entity }
      } else if scan.general[name] == nil {
        scan.general[name] = entity
      }
    } else if scanner.starts("<!ATTLIST") {
      scanner.position += 9
      // Every quoted literal of an attribute-list declaration is a default value.
      while !scanner.atEnd, scanner.peek != UInt8(ascii: ">") {
        if let quote = scanner.peek, quote == 0x22 || quote == 0x27 {
          let offset = reference ?? scanner.position
          scan.defaults.append((replacingCharacterReferences(scanner.quoted()), offset))
        } else {
          scanner.position += 1
        }
      }
      if !scanner.atEnd { scanner.position += 1 }
    } else if scanner.starts("<!") {
      scanner.skipDeclaration()
    } else if scanner.peek == UInt8(ascii: "%") {
      // A parameter-entity reference between declarations: its text is read as declarations.
      scanner.position += 1
      let name = scanner.name()
      if scanner.peek == UInt8(ascii: ";") { scanner.position += 1 }
      guard let value = scan.parameter[name]?.value else { continue }
      if depth >= EntityLimits.nesting {
        scan.problems.append(
          (start, "parameter entity %\(name); is nested more than \(EntityLimits.nesting) deep"))
        return
      }
      var inner = ByteScanner(bytes: value)
      scanSubset(&inner, &scan, depth: depth + 1, reference: start)
    } else {
      scanner.position += 1
    }
  }
}

/// The problems of the entities of `bytes` that libxml2 must not see, and the external
/// entities it will not load.
///
/// - Returns: Errors (loops, expansions beyond ``EntityLimits``), each at the offset of the
///   declaration or reference, and warnings for external entities that are referenced.
func entityProblems(_ bytes: [UInt8], _ scan: DocumentTypeScan)
  -> (errors: [(offset: Int, message: String)], warnings: [(offset: Int, message: String)])
{
  var errors = scan.problems
  var warnings: [(Int, String)] = []
  // Expanded sizes, depth first; a name met again on the path is a loop.
  var sizes: [String: Int] = [:]
  var onPath: [String] = []
  var reported = false
  func size(of name: String, depth: Int) -> Int {
    if let known = sizes[name] { return known }
    guard let entity = scan.general[name] else { return predefinedEntities.contains(name) ? 1 : 0 }
    guard let value = entity.value else { return 0 }
    if let index = onPath.firstIndex(of: name) {
      if !reported {
        let loop = (onPath[index...] + [name]).map { "&\($0);" }.joined(separator: " → ")
        errors.append((entity.offset, "entity reference loop: \(loop)"))
        reported = true
      }
      return 0
    }
    if depth > EntityLimits.nesting {
      if !reported {
        errors.append(
          (entity.offset, "entity references nest more than \(EntityLimits.nesting) deep"))
        reported = true
      }
      return 0
    }
    onPath.append(name)
    var total = value.count
    for reference in references(in: value, from: 0) {
      let (product, overflow) = size(of: reference.name, depth: depth + 1)
        .addingReportingOverflow(total)
      total = overflow ? Int.max / 2 : min(product, Int.max / 2)
    }
    onPath.removeLast()
    sizes[name] = total
    return total
  }
  let limit =
    bytes.count.multipliedReportingOverflow(by: EntityLimits.amplification).partialValue
    + EntityLimits.allowance
  var expansion = 0
  var firstLarge: (Int, String)? = nil
  func add(_ amount: Int, at offset: Int, _ name: String) {
    expansion = min(expansion + amount, Int.max / 2)
    if expansion > limit, firstLarge == nil { firstLarge = (offset, name) }
  }
  // References from the content.
  var elements = 0
  for index in scan.bodyStart..<bytes.count where bytes[index] == UInt8(ascii: "<") {
    elements += 1
  }
  for reference in references(in: bytes, from: scan.bodyStart) {
    add(size(of: reference.name, depth: 1), at: reference.offset, reference.name)
    if reported { break }
    if let entity = scan.general[reference.name], let system = entity.systemID {
      warnings.append(
        (
          reference.offset,
          "external entity &\(reference.name); (\"\(system)\") is not loaded: its content is left out"
        ))
    }
  }
  // References from attribute defaults, which apply to every element that lacks the attribute.
  for (value, offset) in scan.defaults where !reported {
    for reference in references(in: value, from: 0) {
      let (each, overflow) = size(of: reference.name, depth: 1).multipliedReportingOverflow(
        by: max(1, elements))
      add(overflow ? Int.max / 2 : each, at: offset, reference.name)
      if reported { break }
    }
  }
  if let (offset, name) = firstLarge, !reported {
    errors.append(
      (
        offset,
        "entity expansion of &\(name); and the others would exceed \(EntityLimits.amplification) times the input (libxml2's limit)"
      ))
  }
  if let system = scan.externalSubset {
    warnings.insert(
      (
        scan.declarationOffset,
        "the external DTD \"\(system)\" is not loaded: its declarations are not applied"
      ), at: 0)
  }
  return (errors, warnings)
}

private let predefinedEntities: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

/// The general entity references `&name;` of `bytes` from `start` (not character references).
private func references(in bytes: [UInt8], from start: Int) -> [(name: String, offset: Int)] {
  var result: [(String, Int)] = []
  var index = start
  while index < bytes.count {
    guard bytes[index] == UInt8(ascii: "&") else {
      index += 1
      continue
    }
    let offset = index
    index += 1
    guard index < bytes.count, bytes[index] != UInt8(ascii: "#") else { continue }
    let nameStart = index
    while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
    if index < bytes.count, bytes[index] == UInt8(ascii: ";"), index > nameStart {
      result.append((String(decoding: bytes[nameStart..<index], as: UTF8.self), offset))
      index += 1
    }
  }
  return result
}

private func isNameByte(_ byte: UInt8) -> Bool {
  byte >= 0x80 || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
}

/// `bytes` with its character references (`&#38;`, `&#x26;`) replaced by their UTF-8.
private func replacingCharacterReferences(_ bytes: [UInt8]) -> [UInt8] {
  guard bytes.contains(UInt8(ascii: "&")) else { return bytes }
  var result: [UInt8] = []
  result.reserveCapacity(bytes.count)
  var index = 0
  while index < bytes.count {
    if bytes[index] == UInt8(ascii: "&"), index + 2 < bytes.count,
      bytes[index + 1] == UInt8(ascii: "#"),
      let end = bytes[index...].firstIndex(of: UInt8(ascii: ";")), end - index < 12
    {
      let digits = bytes[(index + 2)..<end]
      let value: UInt32?
      if digits.first == UInt8(ascii: "x") {
        value = UInt32(String(decoding: digits.dropFirst(), as: UTF8.self), radix: 16)
      } else {
        value = UInt32(String(decoding: digits, as: UTF8.self), radix: 10)
      }
      if let value, let scalar = Unicode.Scalar(value) {
        result.append(contentsOf: Array(String(scalar).utf8))
        index = end + 1
        continue
      }
    }
    result.append(bytes[index])
    index += 1
  }
  return result
}

/// A cursor over bytes with the few readers the declarations need.
private struct ByteScanner {
  let bytes: [UInt8]
  var position = 0

  var atEnd: Bool { position >= bytes.count }
  var peek: UInt8? { atEnd ? nil : bytes[position] }

  func starts(_ text: StaticString) -> Bool {
    let count = text.utf8CodeUnitCount
    guard position + count <= bytes.count else { return false }
    return text.withUTF8Buffer { buffer in
      for offset in 0..<count where bytes[position + offset] != buffer[offset] { return false }
      return true
    }
  }

  mutating func skipSpace() {
    while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
      position += 1
    }
  }

  /// Moves past the next occurrence of `text` (or to the end).
  mutating func skip(past text: StaticString) {
    while !atEnd {
      if starts(text) {
        position += text.utf8CodeUnitCount
        return
      }
      position += 1
    }
  }

  mutating func name() -> String {
    let start = position
    while let byte = peek, isNameByte(byte) { position += 1 }
    return String(decoding: bytes[start..<position], as: UTF8.self)
  }

  /// A quoted literal, without its quotes.
  mutating func quoted() -> [UInt8] {
    guard let quote = peek else { return [] }
    position += 1
    let start = position
    while let byte = peek, byte != quote { position += 1 }
    let value = Array(bytes[start..<position])
    if !atEnd { position += 1 }
    return value
  }

  /// `SYSTEM "uri"` or `PUBLIC "id" "uri"`: the system identifier.
  mutating func externalID() -> String? {
    let isPublic = starts("PUBLIC")
    guard isPublic || starts("SYSTEM") else { return nil }
    position += 6
    skipSpace()
    if isPublic {
      _ = quoted()
      skipSpace()
    }
    guard let quote = peek, quote == 0x22 || quote == 0x27 else { return nil }
    return String(decoding: quoted(), as: UTF8.self)
  }

  /// Moves past the `>` that ends the current declaration, skipping quoted literals.
  mutating func skipDeclaration() {
    while let byte = peek {
      if byte == 0x22 || byte == 0x27 {
        _ = quoted()
      } else {
        position += 1
        if byte == UInt8(ascii: ">") { return }
      }
    }
  }
}

/// The most attributes one element may have. libxml2 checks attribute names for duplicates
/// pairwise, so its time grows with the square of the count; far past any real document, the
/// element is refused before libxml2 sees it.
let maximumAttributes = 10_000

/// The offset of the first start tag with more than ``maximumAttributes`` attributes (counted
/// as `=` outside quotes), or `nil`.
func tagWithTooManyAttributes(_ bytes: [UInt8]) -> Int? {
  // No tag can have more attributes than the text has `=` signs: most documents are done here.
  let equalSigns = bytes.withUnsafeBufferPointer { buffer in
    buffer.reduce(0) { $0 + ($1 == UInt8(ascii: "=") ? 1 : 0) }
  }
  if equalSigns <= maximumAttributes { return nil }
  var index = 0
  let count = bytes.count
  func skip(past terminator: [UInt8]) {
    while index < count {
      if bytes[index] == terminator[0], index + terminator.count <= count,
        bytes[index..<(index + terminator.count)].elementsEqual(terminator)
      {
        index += terminator.count
        return
      }
      index += 1
    }
  }
  while index < count {
    guard bytes[index] == UInt8(ascii: "<"), index + 1 < count else {
      index += 1
      continue
    }
    let next = bytes[index + 1]
    if next == UInt8(ascii: "!") {
      if bytes[index...].starts(with: Array("<!--".utf8)) {
        skip(past: Array("-->".utf8))
      } else if bytes[index...].starts(with: Array("<![CDATA[".utf8)) {
        skip(past: Array("]]>".utf8))
      } else {
        index += 2
      }
      continue
    }
    if next == UInt8(ascii: "?") {
      skip(past: Array("?>".utf8))
      continue
    }
    if next == UInt8(ascii: "/") {
      index += 2
      continue
    }
    let start = index
    var attributes = 0
    var quote: UInt8? = nil
    index += 1
    while index < count {
      let byte = bytes[index]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == 0x22 || byte == 0x27 {
        quote = byte
      } else if byte == UInt8(ascii: "=") {
        attributes += 1
        if attributes > maximumAttributes { return start }
      } else if byte == UInt8(ascii: ">") {
        break
      }
      index += 1
    }
    index += 1
  }
  return nil
}
