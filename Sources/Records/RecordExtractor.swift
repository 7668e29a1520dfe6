// Article → records: the conference and the awards a page reports.

public import PortalPage
import VietText

/// Turns an article into the conference and award records it reports.
///
/// The extractor is an immutable value: its vocabularies are compiled once, and it can be used
/// from any number of tasks at the same time.
public struct RecordExtractor: Sendable {
  /// An extractor with the built-in vocabularies.
  public init() {}

  /// The records the article reports; never invents a record.
  ///
  /// Ids are deterministic: conferences `c-<first 12 hex of source.sha256>-<n>`, awards
  /// `a-<12 hex>-<n>`, `n` from 1 in reading order. Awards presented at the page's conference
  /// carry its id.
  ///
  /// - Parameters:
  ///   - article: the article read from the page.
  ///   - source: where the page came from (its hash names the records).
  /// - Returns: the conferences (at most one) and the awards.
  public func extract(article: Article, source: Source) -> (
    conferences: [Conference], awards: [Award]
  ) {
    // Most pages of a batch report nothing: decide that before reading them closely.
    var all = article.title.lowercased()
    for paragraph in article.paragraphs { all += "\n" + paragraph.lowercased() }
    if let lead = article.lead { all += "\n" + lead.lowercased() }
    guard triggerWords.contains(where: { all.contains($0) }) else { return ([], []) }
    let page = PageText(article)
    let reference = (article.published ?? article.updated).flatMap { DayDate(iso: $0) }
    let stem = String(source.sha256.prefix(12))
    var conferences: [Conference] = []
    if let conference = ConferenceFinder(page: page, reference: reference).find(id: "c-\(stem)-1") {
      conferences.append(conference)
    }
    let drafts = AwardFinder(page: page, reference: reference).find()
    let awards = drafts.enumerated().map { index, draft in
      Award(
        id: "a-\(stem)-\(index + 1)", decision: draft.decision, form: draft.form,
        recipients: draft.recipients, reason: draft.reason, conference: conferences.first?.id)
    }
    // People given an award are recipients, not participants.
    let recipients = Set(
      awards.flatMap(\.recipients.named).filter { $0.kind == .individual }.map {
        MatchingKey($0.name).exact
      })
    if !recipients.isEmpty {
      for index in conferences.indices {
        conferences[index].participants.removeAll {
          recipients.contains(MatchingKey($0.name).exact)
        }
      }
    }
    return (conferences, awards)
  }

  /// The exchange of one page read: its source, article and records.
  ///
  /// - Parameter reading: what reading the page gave.
  /// - Returns: `Exchange(source:article:conferences:awards:)`.
  public func exchange(for reading: PageReading) -> Exchange {
    let (conferences, awards) = extract(article: reading.article, source: reading.source)
    return Exchange(
      source: reading.source, article: reading.article, conferences: conferences, awards: awards)
  }
}
