// What `tdkt inspect` prints: how a page was read, so a user can see why it converted as it did.

/// How a page was read: the encoding and its evidence, the profile and why, and where each
/// article field came from.
public struct PageExplanation: Sendable, CustomStringConvertible {
  /// The encoding the page was decoded from.
  public var encoding = ""
  /// How the encoding was found.
  public var encodingSource: Source.EncodingSource = .fallback
  /// Why the profile was chosen (or why none was).
  public var profileReason = ""
  /// The layout family the page was read as (a CMS such as "Joomla article", "AMP page"),
  /// and a mirroring tool that saved it, when recognised. The schema's `profile` holds one of
  /// its fixed values; the family is told here.
  public var family: String?
  /// Each profile's score, threshold and the markers found.
  public var profileScores:
    [(profile: Source.Profile, score: Int, threshold: Int, evidence: [String])] = []
  /// The name of each profile of `profileScores`, in the same order ("Joomla article").
  public var profileNames: [String] = []
  /// Where the main text was found.
  public var contentReason = ""
  /// Where the title came from.
  public var titleReason = ""
  /// Where the publication date came from.
  public var dateReason = ""
  /// Where the author came from.
  public var authorReason = ""
  /// Where the lead came from.
  public var leadReason = ""
  /// The number of diagnostics of the recovering parse.
  public var diagnosticCount = 0
  /// Other remarks (broken markup repaired, the article cut at a heading…).
  public var notes: [String] = []
  /// The article the explanation is about, for printing the fields beside their origin.
  public var article: Article?

  /// Creates an empty explanation.
  public init() {}

  /// How the encoding was found, in words.
  var encodingReason: String {
    switch encodingSource {
    case .bom: return "from the byte-order mark"
    case .meta: return "as the page declares it (<meta charset> or the XML declaration)"
    case .declared: return "as given (--encoding, or the request's charset hint)"
    case .utf8Validity: return "the bytes are valid UTF-8 and the page declares nothing usable"
    case .detected: return "recognised from the text (legacy Vietnamese font or double encoding)"
    case .fallback: return "nothing says, and the bytes are not UTF-8: the Windows-1252 fallback"
    }
  }

  /// A readable multi-line text, one field a line.
  public var description: String {
    var lines: [String] = []
    lines.append("encoding: \(encoding) — \(encodingReason)")
    lines.append("profile: \(profileReason)")
    if let family { lines.append("family: \(family)") }
    for (index, entry) in profileScores.enumerated() {
      let found = entry.evidence.isEmpty ? "nothing found" : entry.evidence.joined(separator: ", ")
      // A CMS family records one of the schema's profiles; its own name says which layout.
      let family =
        index < profileNames.count && entry.profile == .generic ? " (\(profileNames[index]))" : ""
      lines.append(
        "  \(entry.profile.rawValue)\(family): \(entry.score)/\(entry.threshold) — \(found)")
    }
    lines.append("main text: \(contentReason)")
    func value(_ text: String?) -> String {
      guard let text else { return "none" }
      return text.count > 90 ? "\"\(text.prefix(90))…\"" : "\"\(text)\""
    }
    lines.append("title: \(value(article?.title)) — \(titleReason)")
    var published = value(article?.published?.description)
    if let printed = article?.publishedText { published += " (printed \"\(printed)\")" }
    if let updated = article?.updated { published += ", updated \(updated)" }
    lines.append("published: \(published) — \(dateReason)")
    lines.append("author: \(value(article?.author)) — \(authorReason)")
    lines.append("lead: \(value(article?.lead)) — \(leadReason)")
    if let article {
      lines.append("paragraphs: \(article.paragraphs.count)")
      for image in article.images {
        lines.append("image: \(image.src ?? "-") — caption \(value(image.caption))")
      }
    }
    for note in notes { lines.append("note: \(note)") }
    return lines.joined(separator: "\n")
  }
}
