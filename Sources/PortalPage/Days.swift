// The days of the exchange model made from the dates the readers find: a stamp's date and a
// date of the text become a `Day` here, with no string in between.

import VietText

extension Day {
  /// The day of a stamp (always a real calendar day, 1900–2199).
  ///
  /// - Parameter date: The date of a stamp.
  public init(_ date: StampDate) {
    guard let day = Day(year: date.year, month: date.month, day: date.day) else {
      preconditionFailure("a stamp date is a day of the calendar: \(date)")
    }
    self = day
  }

  /// The day of a date found in a text; `nil` when it is not a day of the calendar of years
  /// 1–9999.
  ///
  /// - Parameter date: The date.
  public init?(_ date: DayDate) {
    self.init(year: date.year, month: date.month, day: date.day)
  }
}

extension DayDate {
  /// The date of a day of the model (its year not inferred).
  ///
  /// - Parameter day: The day.
  public init(_ day: Day) {
    self.init(year: day.year, month: day.month, day: day.day)
  }
}
