// What a reader of a portal page writes down: where the page came from and its article.
// These are the `source` and `article` parts of the exchange format (see `Exchange`).

/// Where the page came from and how it was read.
///
/// XML: `<source>` with children `url?`, `sha256`, `encoding`, `encodingSource`, `profile`,
/// `retrieved?`.
public struct Source: Sendable, Hashable {
  /// The page's address, when known (`--url`, or the page's own canonical link).
  public var url: String?
  /// SHA-256 of the input bytes, 64 lowercase hex digits.
  public var sha256: String
  /// The character encoding the page was decoded from, e.g. `UTF-8`, `windows-1258`, `TCVN3`.
  public var encoding: String
  /// How the encoding was found.
  public var encodingSource: EncodingSource
  /// The reading profile that extracted the article.
  public var profile: Profile
  /// The day the page was retrieved, when known.
  public var retrieved: Day?

  public init(
    url: String? = nil, sha256: String, encoding: String, encodingSource: EncodingSource,
    profile: Profile, retrieved: Day? = nil
  ) {
    self.url = url
    self.sha256 = sha256
    self.encoding = encoding
    self.encodingSource = encodingSource
    self.profile = profile
    self.retrieved = retrieved
  }

  /// How the encoding of a page was determined.
  public enum EncodingSource: String, Sendable, Hashable, CaseIterable {
    /// A byte-order mark.
    case bom
    /// `<meta charset>` or `http-equiv="Content-Type"`.
    case meta
    /// Given by the user (`--encoding`).
    case declared
    /// The bytes are valid UTF-8.
    case utf8Validity = "utf8-validity"
    /// Recognised from its marker characters (TCVN3, VNI, double-encoded UTF-8).
    case detected
    /// Nothing else applied; the fallback was used.
    case fallback
  }

  /// The family of page layout the article was read with.
  public enum Profile: String, Sendable, Hashable, CaseIterable {
    case sharepoint, liferay, news, print
    case legacyTable = "legacy-table"
    case generic
  }
}

/// The article as a reader of the page would write it down.
///
/// XML: `<article>` with children `title`, `published?`, `publishedText?`, `updated?`,
/// `author?`, `lead?`, `paragraph`*, `image`*.
public struct Article: Sendable, Hashable {
  public var title: String
  /// The date printed on the page.
  public var published: Day?
  /// The stamp as printed, e.g. `Cập nhật lúc: 02/08/2022`.
  public var publishedText: String?
  /// A second, later date printed on the page ("cập nhật").
  public var updated: Day?
  public var author: String?
  public var lead: String?
  /// Body paragraphs in reading order, without captions, lead or byline. XML: `<paragraph>`.
  public var paragraphs: [String]
  /// XML: `<image>`.
  public var images: [Image]

  public init(
    title: String, published: Day? = nil, publishedText: String? = nil,
    updated: Day? = nil, author: String? = nil, lead: String? = nil,
    paragraphs: [String] = [], images: [Image] = []
  ) {
    self.title = title
    self.published = published
    self.publishedText = publishedText
    self.updated = updated
    self.author = author
    self.lead = lead
    self.paragraphs = paragraphs
    self.images = images
  }

  /// A picture of the article and its caption. XML: `<image>` with `src?`, `caption?`.
  public struct Image: Sendable, Hashable {
    public var src: String?
    public var caption: String?
    public init(src: String? = nil, caption: String? = nil) {
      self.src = src
      self.caption = caption
    }
  }
}
