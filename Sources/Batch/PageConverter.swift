// The conversion of one page, shared by `tdkt convert` and `tdkt batch`.

public import Interchange
public import LibXML
public import PortalPage
public import Records

/// The output forms of a page conversion.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
  /// The exchange XML (`urn:tdkt:exchange:1`).
  case xml
  /// The canonical exchange JSON.
  case json

  /// The file extension of the form.
  public var fileExtension: String { rawValue }
}

/// Why a page could not be converted.
public enum PageConversionError: Error, Sendable, CustomStringConvertible {
  /// The page could not be read (empty, not HTML, too large, unparsable).
  case page(PageError)
  /// `strict` was set and the recovering parse reported problems.
  case strict([Diagnostic])
  /// The produced XML does not validate against the schema: a bug of tdkt.
  case invalidOutput([Diagnostic])

  /// The located diagnostics of the failure.
  public var diagnostics: [Diagnostic] {
    switch self {
    case .page(.parse(let diagnostic)): return [diagnostic]
    case .page(let error):
      let file: String?
      switch error {
      case .empty(let name), .notHTML(let name, _), .tooLarge(let name, _, _): file = name
      case .parse(let diagnostic): file = diagnostic.location.file
      }
      let prefix = "\(file ?? "<stdin>"): error: "
      var message = error.description
      if message.hasPrefix(prefix) { message.removeFirst(prefix.count) }
      return [
        Diagnostic(
          severity: .error, domain: "page", code: 0, message: message,
          location: SourceLocation(file: file, line: 0, column: 0))
      ]
    case .strict(let diagnostics), .invalidOutput(let diagnostics): return diagnostics
    }
  }

  /// The diagnostics, one per line.
  public var description: String {
    var lines = diagnostics.map(\.description)
    if case .invalidOutput = self {
      lines.append("error: the records produced do not match the exchange schema (a bug of tdkt)")
    }
    return lines.joined(separator: "\n")
  }
}

/// A converted page.
public struct ConvertedPage: Sendable {
  /// The records and article.
  public var exchange: Exchange
  /// The outputs asked for, by form.
  public var outputs: [OutputFormat: [UInt8]]
  /// The recovered-parse diagnostics (warnings unless `strict`).
  public var readingDiagnostics: [Diagnostic]

  /// The number of conferences and awards.
  public var records: Int { exchange.conferences.count + exchange.awards.count }
}

/// Page bytes → article → records → exchange XML (validated against the schema) and/or JSON.
///
/// Immutable and `Sendable`: one converter serves every worker of a batch. Converting the same
/// bytes twice gives byte-identical outputs.
public struct PageConverter: Sendable {
  /// The page reader.
  public var reader: PageReader
  /// The record extractor.
  public var extractor: RecordExtractor
  /// Whether problems of the recovering HTML parse fail the page (those of
  /// `isStrictProblem`: not what HTML5 allows).
  public var strict: Bool
  /// The most a gzip-compressed page may decompress to.
  public var decompressedLimit: Int

  /// Creates a converter.
  public init(
    reader: PageReader = PageReader(), extractor: RecordExtractor = RecordExtractor(),
    strict: Bool = false, decompressedLimit: Int = 50 << 20
  ) {
    self.reader = reader
    self.extractor = extractor
    self.strict = strict
    self.decompressedLimit = decompressedLimit
  }

  /// Converts one page.
  /// - Parameters:
  ///   - bytes: the page as saved; gzip-compressed bytes are decompressed first (the exchange
  ///     then describes the page inside, its SHA-256 included).
  ///   - file: its name, for diagnostics.
  ///   - url: its address, when known.
  ///   - encoding: an encoding that overrides what the page declares.
  ///   - charsetHint: a weak encoding (an HTTP charset), used only where the page gives no
  ///     reliable evidence of its own.
  ///   - retrieved: the day the page was retrieved, recorded as `source/retrieved`.
  ///   - formats: the outputs wanted; the XML is always produced and validated.
  /// - Throws: `PageConversionError`.
  public func convert(
    _ bytes: [UInt8], file: String?, url: String? = nil, encoding: String? = nil,
    charsetHint: String? = nil, retrieved: Day? = nil, formats: Set<OutputFormat> = [.xml]
  ) throws(PageConversionError) -> ConvertedPage {
    var page = bytes
    if isGzip(bytes) {
      switch gunzip(bytes, limit: decompressedLimit) {
      case .success(let decompressed): page = decompressed
      case .failure(let problem):
        throw .page(
          .parse(
            Diagnostic(
              severity: .error, domain: "io", code: 0, message: problem.message,
              location: SourceLocation(file: file, line: 0, column: 0))))
      }
    }
    var reading: PageReading
    do throws(PageError) {
      reading = try reader.read(
        page, file: file, url: url, encoding: encoding, charsetHint: charsetHint)
    } catch {
      throw .page(error)
    }
    if let retrieved { reading.source.retrieved = retrieved }
    let problems = reading.diagnostics.filter(isStrictProblem)
    if strict, !problems.isEmpty {
      throw .strict(
        problems.map {
          var diagnostic = $0
          if diagnostic.severity == .warning { diagnostic.severity = .error }
          return diagnostic
        })
    }
    let exchange = extractor.exchange(for: reading)
    // The records are checked as the schema would check the XML written from them (every value
    // against its type in the field tables, XML's characters, the ids and references; a test
    // holds the tables against the XSD), without writing that XML and parsing it again: the
    // parse cost more than the writing, and on a large page its tree was the peak of memory.
    let report = ExchangeValidator.shared.validate(exchange)
    if !report.isValid {
      throw .invalidOutput(
        report.diagnostics.map {
          var diagnostic = $0
          diagnostic.location.file = file.map { $0 + " (output)" }
          return diagnostic
        })
    }
    let xml = ExchangeXML.encode(exchange)
    var outputs: [OutputFormat: [UInt8]] = [:]
    if formats.contains(.xml) { outputs[.xml] = xml }
    if formats.contains(.json) { outputs[.json] = ExchangeJSON.encode(exchange) }
    return ConvertedPage(
      exchange: exchange, outputs: outputs, readingDiagnostics: reading.diagnostics)
  }

  /// This conversion as a batch `Converter` producing `formats`.
  public func batchConverter(formats: Set<OutputFormat>) -> Converter {
    let converter = self
    return { input in
      do throws(PageConversionError) {
        let page = try converter.convert(input.bytes, file: input.displayPath, formats: formats)
        var outputs: [String: [UInt8]] = [:]
        for (format, bytes) in page.outputs { outputs[format.fileExtension] = bytes }
        // The exchange's hash is of the page inside a gzip file, not of the file.
        return .success(
          ConversionOutput(
            outputs: outputs, records: page.records,
            inputHash: isGzip(input.bytes) ? nil : page.exchange.source.sha256,
            url: page.exchange.source.url))
      } catch {
        return .failure(ConversionFailure(error.diagnostics.map(FileProblem.init)))
      }
    }
  }
}

extension FileProblem {
  /// The problem of a located diagnostic (the file name is dropped: the report names it).
  public init(_ diagnostic: Diagnostic) {
    let location = diagnostic.location
    self.init(
      message: diagnostic.message, line: location.line > 0 ? location.line : nil,
      column: location.column > 0 ? location.column : nil, pointer: location.pointer)
  }
}

/// What libxml2 2.9's HTML parser reports about markup that HTML5 allows, as (libxml2 error
/// code, start of the message): elements it does not know (HTML5's `<nav>`, `<section>`, SVG,
/// custom elements: it builds them all the same), `</` inside a script, an `&` that starts
/// no character reference (kept as written), and an id used twice (which changes nothing of
/// the tree). `--strict` does not count them.
public let html5ParseReports: [(code: Int, message: String)] = [
  (801, "Tag "),  // XML_HTML_UNKNOWN_TAG
  (76, "Element script embeds close tag"),  // XML_ERR_TAG_NAME_MISMATCH
  (76, "Element style embeds close tag"),
  (23, "htmlParseEntityRef: expecting ';'"),  // XML_ERR_ENTITYREF_SEMICOL_MISSING
  (68, "htmlParseEntityRef: no name"),  // XML_ERR_NAME_REQUIRED
  (513, "ID "),  // XML_DTD_ID_REDEFINED
]

/// Whether a problem of the recovering HTML parse fails a page under `--strict`: every one but
/// those of `html5ParseReports`.
public func isStrictProblem(_ diagnostic: Diagnostic) -> Bool {
  !html5ParseReports.contains {
    diagnostic.code == $0.code && diagnostic.message.hasPrefix($0.message)
  }
}
