// Reading one page: bytes → decoded text → one recovering parse → the article a person would
// write down, with the evidence for each choice.

import LibXML
import VietText

/// What reading one page gives.
public struct PageReading {
  /// Where the page came from and how it was read.
  public var source: Source
  /// The article as a person reading the page would write it down.
  public var article: Article
  /// The recovered-parse diagnostics of libxml2 (for `--strict` and `inspect`).
  public var diagnostics: [Diagnostic]
  /// How the encoding, the profile and each article field were found.
  public var explanation: PageExplanation

  /// Creates a reading.
  public init(
    source: Source, article: Article, diagnostics: [Diagnostic], explanation: PageExplanation
  ) {
    self.source = source
    self.article = article
    self.diagnostics = diagnostics
    self.explanation = explanation
  }
}

/// Why a page could not be read.
public enum PageError: Error, Sendable, CustomStringConvertible {
  /// The input has no bytes (or only whitespace).
  case empty(file: String?)
  /// The input is not an HTML page (binary data, a PDF, an image, plain text).
  case notHTML(file: String?, reason: String)
  /// The input is larger than the reader accepts.
  case tooLarge(file: String?, bytes: Int, limit: Int)
  /// libxml2 could not build any tree.
  case parse(Diagnostic)

  /// `file: error: message`.
  public var description: String {
    func place(_ file: String?) -> String { file ?? "<stdin>" }
    switch self {
    case .empty(let file):
      return "\(place(file)): error: the page is empty; expected an HTML page"
    case .notHTML(let file, let reason):
      return "\(place(file)): error: not an HTML page (\(reason)); expected an HTML page"
    case .tooLarge(let file, let bytes, let limit):
      return
        "\(place(file)): error: the page has \(bytes) bytes, more than the limit of \(limit) bytes"
    case .parse(let diagnostic):
      return diagnostic.description
    }
  }
}

/// Reads portal pages into articles. An immutable configuration: profiles are compiled once,
/// and one reader can be shared by many tasks.
public struct PageReader: Sendable {
  /// The profiles tried, in order of precedence on equal scores.
  public let profiles: [Profile]
  /// The largest page accepted, in bytes.
  public let sizeLimit: Int

  /// Creates a reader.
  /// - Parameters:
  ///   - profiles: The layout profiles to recognise; anything else is read generically.
  ///   - sizeLimit: The largest page accepted, in bytes (default 64 MiB).
  public init(profiles: [Profile] = Profile.builtIn, sizeLimit: Int = 64 << 20) {
    self.profiles = profiles
    self.sizeLimit = sizeLimit
  }

  /// Reads one page.
  ///
  /// - Parameters:
  ///   - bytes: The page exactly as saved, in its own encoding.
  ///   - file: The file name, for messages and as the last-resort title.
  ///   - url: The page's address, when known; otherwise the page's canonical link is used.
  ///   - encoding: An encoding given by the user, which wins over anything the page says.
  ///   - charsetHint: A weak encoding (e.g. an HTTP charset), used only where the page gives no
  ///     reliable evidence of its own (see `decodeText(_:declared:hint:)`).
  /// - Returns: The source description, the article, the parse diagnostics and the explanation.
  /// - Throws: `PageError` when the input is empty, too large, not HTML, or cannot be parsed.
  public func read(
    _ bytes: [UInt8], file: String? = nil, url: String? = nil, encoding: String? = nil,
    charsetHint: String? = nil
  ) throws(PageError) -> PageReading {
    guard bytes.count <= sizeLimit else {
      throw .tooLarge(file: file, bytes: bytes.count, limit: sizeLimit)
    }
    guard bytes.contains(where: { !($0 == 32 || $0 == 9 || $0 == 10 || $0 == 13) }) else {
      throw .empty(file: file)
    }
    if let reason = InputCheck.binaryReason(bytes) { throw .notHTML(file: file, reason: reason) }
    // The decoded text, its bytes for the parser and libxml2's tree are released once the page
    // tree is built, before the article is extracted: a large page does not hold three copies
    // of itself while the later stages run.
    let (tree, diagnostics, decodedEncoding, evidence) = try Self.tree(
      of: bytes, file: file, encoding: encoding, charsetHint: charsetHint)
    var extraction = Extraction(tree: tree, profiles: profiles, file: file)
    let article = extraction.run()
    var explanation = extraction.explanation
    explanation.encoding = decodedEncoding
    explanation.encodingSource =
      Source.EncodingSource(rawValue: evidence.rawValue)
      ?? .fallback
    explanation.diagnosticCount = diagnostics.count
    let source = Source(
      url: url ?? pageAddress(tree.metadata),
      sha256: sha256Hex(bytes), encoding: decodedEncoding,
      encodingSource: explanation.encodingSource, profile: extraction.profileKind)
    return PageReading(
      source: source, article: article, diagnostics: diagnostics,
      explanation: explanation)
  }

  /// The page tree of the bytes, the parse's diagnostics and the encoding read; nothing else
  /// of the decoding and the parse outlives the call.
  private static func tree(
    of bytes: [UInt8], file: String?, encoding: String?, charsetHint: String?
  ) throws(PageError) -> (PageTree, [Diagnostic], String, EncodingEvidence) {
    let decoded = decodeText(bytes, declared: encoding, hint: charsetHint)
    guard InputCheck.hasMarkup(decoded.text) else {
      throw .notHTML(file: file, reason: "no HTML markup found")
    }
    let parsed: ParsedDocument
    do {
      parsed = try Document.parseHTML(Array(decoded.text.utf8), file: file, encoding: "UTF-8")
    } catch {
      throw .parse(
        Diagnostic(
          severity: .fatal, domain: "html", code: 0, message: "\(error)",
          location: SourceLocation(file: file, line: 0, column: 0)))
    }
    return (
      PageTree(document: parsed.document), parsed.diagnostics, decoded.encoding, decoded.evidence
    )
  }
}

/// Checks that tell a page from something else before decoding.
enum InputCheck {
  /// Why `bytes` look like binary data (a PDF, an image, an archive), or `nil`.
  static func binaryReason(_ bytes: [UInt8]) -> String? {
    func starts(_ magic: [UInt8]) -> Bool {
      bytes.count >= magic.count && Array(bytes[0..<magic.count]) == magic
    }
    if starts(Array("%PDF".utf8)) { return "a PDF document" }
    if starts([0x89, 0x50, 0x4E, 0x47]) { return "a PNG image" }
    if starts([0xFF, 0xD8, 0xFF]) { return "a JPEG image" }
    if starts(Array("GIF8".utf8)) { return "a GIF image" }
    if starts([0x50, 0x4B, 0x03, 0x04]) { return "a ZIP archive (or an Office document)" }
    if starts([0x1F, 0x8B]) { return "gzip-compressed data" }
    if starts([0xD0, 0xCF, 0x11, 0xE0]) { return "an old Office document" }
    if starts(Array("RIFF".utf8)) { return "a RIFF media file" }
    // UTF-16 text has NUL bytes by design; its BOM is handled by the decoder.
    if starts([0xFF, 0xFE]) || starts([0xFE, 0xFF]) { return nil }
    let sample = bytes.prefix(4096)
    var controls = 0
    var zeros = 0
    for byte in sample {
      if byte == 0 { zeros += 1 }
      if byte < 32 && byte != 9 && byte != 10 && byte != 13 && byte != 12 { controls += 1 }
    }
    // UTF-16 without a BOM: every other byte is zero for ASCII text.
    if zeros * 3 >= sample.count && zeros * 2 <= sample.count + 2 {
      var evenZeros = 0
      var oddZeros = 0
      for (offset, byte) in sample.enumerated() where byte == 0 {
        if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
      }
      if evenZeros == 0 || oddZeros == 0 { return nil }
    }
    if controls * 10 > sample.count { return "binary data (control bytes)" }
    return nil
  }

  /// Whether the text has at least one HTML tag.
  static func hasMarkup(_ text: String) -> Bool {
    var previousWasOpen = false
    for scalar in text.unicodeScalars {
      if previousWasOpen
        && (scalar.properties.isAlphabetic || scalar == "!" || scalar == "/" || scalar == "?")
      {
        return true
      }
      previousWasOpen = scalar == "<"
    }
    return false
  }
}

/// Text as it leaves the module: NFC, invisible characters handled, whitespace collapsed.
func clean(_ text: String) -> String {
  collapseWhitespace(text)
}

/// The page's own statement of its address: the canonical link, else Open Graph's `og:url`.
private func pageAddress(_ metadata: PageMetadata) -> String? {
  for candidate in [metadata.canonical, metadata.meta["og:url"]] {
    if let text = candidate.map(clean), !text.isEmpty { return text }
  }
  return nil
}
