// The award-form codes of the model for the forms the vocabulary finds: the vocabulary and the
// model read the same data file, `Data/award-forms.csv`, so every code of an entry is a code of
// the model (a test holds them equal).

import VietText

extension AwardForm.Code {
  /// The code of a form of the vocabulary.
  ///
  /// - Parameter entry: The vocabulary's entry.
  public init(_ entry: AwardFormEntry) {
    self = AwardForm.Code(rawValue: entry.code) ?? .other
  }

  /// The code of a form named in a text: its entry's, or `other`.
  ///
  /// - Parameter mention: The form found.
  public init(_ mention: AwardFormMention) {
    self = mention.entry.map(AwardForm.Code.init) ?? .other
  }
}
