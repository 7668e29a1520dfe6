// Literals for the typed values of the model, in tests only: `"2024-01-31"` where a `Day` is
// expected, `"giay_khen"` where an award-form code is, `"c-1"` where an id is. The library has none, so
// `Day("2023-02-29")` there is `nil`, never a trap; here a literal that is not a valid value
// stops the test run, and a test of parsing calls `init?(lexeme:)`.

import ExchangeModel

extension Day: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) {
    guard let day = Day(lexeme: value) else { preconditionFailure("not a day: \(value)") }
    self = day
  }
}

extension AwardForm.Code: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) {
    guard let code = AwardForm.Code(lexeme: value) else {
      preconditionFailure("not an award-form code: \(value)")
    }
    self = code
  }
}

extension ConferenceID: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) {
    guard let id = ConferenceID(rawValue: value) else { preconditionFailure("not an id: \(value)") }
    self = id
  }
}

extension AwardID: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) {
    guard let id = AwardID(rawValue: value) else { preconditionFailure("not an id: \(value)") }
    self = id
  }
}
