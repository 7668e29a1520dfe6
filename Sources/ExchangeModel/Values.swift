// The typed values of the model: a day of the calendar, an award-form code, the record ids.
// Each has one lexical form, the one the XSD's type gives it; the codecs parse and format
// values only through `LexicalValue`, after they have checked the text against the field's
// simple type (so a bad value is reported by the readers in the type's words, never here).

/// A value with one lexical form in the exchange format.
public protocol LexicalValue: Sendable, Hashable {
  /// The value of its lexical form, as the readers hand it over: checked against the field's
  /// simple type and, in XML, with white space collapsed where the type collapses it.
  ///
  /// - Parameter lexeme: The text.
  /// - Returns: The value, or `nil` when `lexeme` is not a lexical form of the type.
  init?(lexeme: String)
  /// The lexical form the writers write.
  var lexeme: String { get }
}

/// A day of the proleptic Gregorian calendar, years 1 to 9999: an `xs:date` of the format's
/// `dateType` (four-digit years, no time zone). Its lexical form is `YYYY-MM-DD`.
public struct Day: Sendable, Hashable, Comparable, LosslessStringConvertible, LexicalValue {
  /// The year, 1–9999.
  public let year: Int
  /// The month, 1–12.
  public let month: Int
  /// The day of the month, 1 to the length of the month.
  public let day: Int

  /// The day; `nil` unless it exists in the calendar (year 0000 is not an `xs:date`, 29
  /// February only in leap years).
  ///
  /// - Parameters:
  ///   - year: 1–9999.
  ///   - month: 1–12.
  ///   - day: 1 to the length of the month.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// The day of `YYYY-MM-DD`; `nil` for any other text (white space included: the XML reader
  /// collapses it before a date is parsed, JSON has none).
  ///
  /// - Parameter description: The text.
  public init?(_ description: String) {
    guard isDateShape(description), isCalendarDay(description) else { return nil }
    let bytes = Array(description.utf8)
    func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) } }
    self.year = number(0..<4)
    self.month = number(5..<7)
    self.day = number(8..<10)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
  }

  public init?(lexeme: String) { self.init(lexeme) }
  public var lexeme: String { description }

  /// Orders by year, month, day.
  public static func < (left: Day, right: Day) -> Bool {
    (left.year, left.month, left.day) < (right.year, right.month, right.day)
  }

  /// The number of days of `month` (1–12) in `year` (Gregorian: 29 February in years divisible
  /// by 4, except centuries not divisible by 400).
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// 0001-01-01: the value of a record's required day before it is read.
  static let first = Day(year: 1, month: 1, day: 1)!
}

extension AwardForm {
  /// The code of an award form: a code of `Data/award-forms.csv`, or `other` for a form outside
  /// it. No other code can be made: `init?(rawValue:)` is `nil` for it.
  public struct Code: Sendable, Hashable, RawRepresentable, CaseIterable, LexicalValue,
    CustomStringConvertible
  {
    /// The code, e.g. `bang_khen_thu_tuong`.
    public let rawValue: String

    /// The code of `rawValue`; `nil` unless it is a code of the data file or `other`.
    ///
    /// - Parameter rawValue: The code.
    public init?(rawValue: String) {
      guard AwardForm.codeSet.contains(rawValue) else { return nil }
      self.rawValue = rawValue
    }

    private init(known: String) { rawValue = known }

    /// A form outside the vocabulary of the data file.
    public static let other = Code(known: "other")

    /// Every code: those of the data file in its order, then `other`.
    public static let allCases: [Code] = AwardForm.codes.map(Code.init(known:))

    public init?(lexeme: String) { self.init(rawValue: lexeme) }
    public var lexeme: String { rawValue }
    public var description: String { rawValue }
  }

  /// The codes, for lookup.
  static let codeSet = Set(codes)
}

/// A record id (the XSD's `idType`, an `xs:ID`): ASCII letters, digits, `.`, `_` and `-`, not
/// starting with a digit, `.` or `-`. What `ConferenceID` and `AwardID` share.
public protocol RecordID: Sendable, Hashable, Comparable, RawRepresentable, LexicalValue,
  CustomStringConvertible
where RawValue == String {
  /// The letter of the ids tdkt gives: `c` for conferences, `a` for awards.
  static var letter: String { get }
}

extension RecordID {
  /// `<letter>-<stem>-<number>`: the id tdkt gives the `number`-th record of its kind on a page
  /// whose SHA-256 begins with `stem` (characters an id cannot hold are left out; hexadecimal
  /// has none, and the letter makes the id start as one must).
  ///
  /// - Parameters:
  ///   - stem: The first hexadecimal digits of the page's SHA-256.
  ///   - number: 1 for the first record of its kind on the page.
  public init(page stem: String, number: Int) {
    self.init(rawValue: recordID(Self.letter, stem, number))!
  }

  public init?(lexeme: String) { self.init(rawValue: lexeme) }
  public var lexeme: String { rawValue }
  public var description: String { rawValue }
  public static func < (left: Self, right: Self) -> Bool { left.rawValue < right.rawValue }
}

/// The id of a conference record, e.g. `c-ae809483ed04-1`.
public struct ConferenceID: RecordID {
  public static let letter = "c"
  /// The id.
  public let rawValue: String

  /// The id of `rawValue`; `nil` unless it has the form of an id.
  public init?(rawValue: String) {
    guard isRecordID(rawValue) else { return nil }
    self.rawValue = rawValue
  }
}

/// The id of an award record, e.g. `a-ae809483ed04-1`.
public struct AwardID: RecordID {
  public static let letter = "a"
  /// The id.
  public let rawValue: String

  /// The id of `rawValue`; `nil` unless it has the form of an id.
  public init?(rawValue: String) {
    guard isRecordID(rawValue) else { return nil }
    self.rawValue = rawValue
  }
}

/// `<letter>-<stem>-<number>` with the characters of `stem` an id cannot hold left out.
private func recordID(_ letter: String, _ stem: String, _ number: Int) -> String {
  let kept = stem.unicodeScalars.filter { scalar in
    scalar.isASCII
      && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
  }
  return letter + "-" + String(String.UnicodeScalarView(kept)) + "-" + String(number)
}
