// The field tables: one per record type, one line per stored property, in the order of the
// format. A line says where the property goes in XML (a child element, an attribute or the
// element's text), its JSON key, its simple type and whether it is required, optional or a
// list (repeated elements in XML, a non-empty array in JSON). The XML and JSON readers and
// writers of `Interchange` walk these tables and nothing else; a test holds them against the
// XSD and the JSON Schema. The codecs see every value as text, a number or a flag
// (`FieldValue`); a typed property (`Day`, `AwardForm.Code`, the ids) has a `.value` line that
// writes its lexical form and makes the value from text the reader has already checked.

/// Where a field goes in the XML form.
public enum Placement: Sendable, Hashable {
  /// A child element of this name (for a list, one element per item).
  case element(String)
  /// An attribute (unqualified) of this name.
  case attribute(String)
  /// The text content of the record's own element (a simple-content type).
  case text
}

/// How often a field occurs.
public enum Occurrence: Sendable, Hashable {
  /// Exactly once.
  case required
  /// At most once; absent when `nil` (or `false` for a flag).
  case optional
  /// Any number of times in XML; in JSON a non-empty array, omitted when empty.
  case list
}

/// The simple types of the format (the XSD's simple types), or a record type.
public enum ValueType: Sendable, Hashable {
  /// `nonEmptyString`: text as written, at least one character.
  case text
  /// `versionType`: `1.0`.
  case version
  /// `dateType`: a day, `YYYY-MM-DD` (a `Day` in the model).
  case date
  /// `yearType`: four digits, 1000–9999; a JSON integer.
  case year
  /// `countType`: 0–4294967295; a JSON integer.
  case count
  /// `trueType`: `true`, omitted when false; a JSON `true`.
  case flag
  /// `idType`: a record id.
  case id
  /// `idRefType`: the id of another record.
  case idRef
  /// `sha256Type`: 64 lowercase hexadecimal digits.
  case sha256
  /// `provinceCodeType`: two digits.
  case provinceCode
  /// A closed vocabulary: the XSD type's name and its values in order.
  case enumeration(String, [String])
  /// A record described by its own table.
  case record(RecordSpec)

  /// The name of the XSD type (without prefix).
  public var schemaName: String {
    switch self {
    case .text: return "nonEmptyString"
    case .version: return "versionType"
    case .date: return "dateType"
    case .year: return "yearType"
    case .count: return "countType"
    case .flag: return "trueType"
    case .id: return "idType"
    case .idRef: return "idRefType"
    case .sha256: return "sha256Type"
    case .provinceCode: return "provinceCodeType"
    case .enumeration(let name, _): return name
    case .record(let spec): return spec.name
    }
  }
}

/// The untyped description of one field: what the readers, writers and checks need.
public struct FieldSpec: Sendable, Hashable {
  /// The JSON key. For a field of an inlined record, the suffix added to the record's key
  /// (`""` for its text).
  public var key: String
  /// Where it goes in XML.
  public var placement: Placement
  /// How often it occurs.
  public var occurrence: Occurrence
  /// Its type.
  public var type: ValueType
  /// For a record field: its members are written into the enclosing JSON object, each under
  /// this field's key followed by the member's key (`date` and `dateYearInferred`).
  public var inline: Bool

  /// Creates a field description.
  public init(
    key: String, placement: Placement, occurrence: Occurrence, type: ValueType,
    inline: Bool = false
  ) {
    self.key = key
    self.placement = placement
    self.occurrence = occurrence
    self.type = type
    self.inline = inline
  }

  /// The XML element or attribute name, or `nil` for text.
  public var xmlName: String? {
    switch placement {
    case .element(let name), .attribute(let name): return name
    case .text: return nil
    }
  }
}

/// A record type's table without its Swift accessors: the XSD complex type's name and the
/// fields in order.
public final class RecordSpec: Sendable, Hashable {
  /// The XSD complex type, e.g. `sourceType`.
  public let name: String
  /// The fields, in the order of the format.
  public let fields: [FieldSpec]
  /// For the document's record: the uniqueness and reference rules between its lists.
  public let identity: [IdentityRule]
  /// The JSON keys of the record's object, in order: an inlined record's members each under
  /// the field's key followed by the member's key.
  public let jsonKeys: [String]
  /// Per field, the JSON keys of an inlined record's members (the field's key followed by each
  /// member's key, in the member table's order); empty for the other fields.
  public let inlineKeys: [[String]]

  init(name: String, fields: [FieldSpec], identity: [IdentityRule]) {
    self.name = name
    self.fields = fields
    self.identity = identity
    self.inlineKeys = fields.map { field -> [String] in
      guard field.inline, case .record(let inner) = field.type else { return [] }
      return inner.fields.map { field.key + $0.key }
    }
    self.jsonKeys = zip(fields, inlineKeys).flatMap { field, keys in
      field.inline ? keys : [field.key]
    }
  }

  public static func == (left: RecordSpec, right: RecordSpec) -> Bool { left === right }
  public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

  /// The index of the field with JSON key `key`.
  public func index(ofKey key: String) -> Int? { fields.firstIndex { $0.key == key } }
}

/// A rule between the records of two lists of the document (the XSD's identity constraints).
public enum IdentityRule: Sendable, Hashable {
  /// The values of `field` in the records of list `list` are unique (`xs:key`, `xs:unique`).
  case unique(name: String, list: String, field: String)
  /// Each value of `field` in list `list` is a value of `targetField` in list `target`
  /// (`xs:keyref`).
  case reference(name: String, list: String, field: String, target: String, targetField: String)
}

/// A record's content as the codecs see it: one value per field of its table, `nil` when
/// absent (and for an empty list).
public indirect enum FieldValue: Sendable, Hashable {
  case text(String)
  case integer(Int)
  case flag(Bool)
  case record([FieldValue?])
  case list([FieldValue])
}

/// One line of a table: the description and the accessors of the stored property.
public struct Field<Root>: Sendable {
  public let spec: FieldSpec
  let get: @Sendable (Root) -> FieldValue?
  let set: @Sendable (inout Root, FieldValue) -> Void
}

/// A record type of the format.
public protocol TableRecord: Sendable {
  /// The record's field table.
  static var table: RecordTable<Self> { get }
}

/// A record type's table: its description and, per field, how to read and set the property.
public final class RecordTable<Root: Sendable>: Sendable {
  /// The description the codecs walk.
  public let spec: RecordSpec
  let fields: [Field<Root>]
  /// A value whose required fields are all overwritten when a record is made.
  let blank: Root

  /// A table.
  ///
  /// - Parameters:
  ///   - name: The XSD complex type.
  ///   - blank: Any value of the type; `make` overwrites every field.
  ///   - identity: Rules between the lists of the document's record.
  ///   - fields: The lines, in the order of the format.
  public init(
    _ name: String, blank: Root, identity: [IdentityRule] = [], _ fields: [Field<Root>]
  ) {
    self.spec = RecordSpec(name: name, fields: fields.map(\.spec), identity: identity)
    self.fields = fields
    self.blank = blank
  }

  /// The record's content, one value per field.
  public func values(of record: Root) -> [FieldValue?] {
    fields.map { $0.get(record) }
  }

  /// The record with this content. Values must have the shape of the table (as the readers
  /// produce them); a missing required value keeps the blank's.
  public func make(_ values: [FieldValue?]) -> Root {
    var record = blank
    for (field, value) in zip(fields, values) {
      if let value {
        field.set(&record, value)
      } else if field.spec.occurrence != .required {
        field.set(&record, .list([]))
      }
    }
    return record
  }
}

extension TableRecord {
  /// The record's content as a value.
  public var fieldValue: FieldValue { .record(Self.table.values(of: self)) }

  /// The record of a value of this table's shape.
  public init(fieldValue: FieldValue) {
    guard case .record(let values) = fieldValue else {
      self = Self.table.blank
      return
    }
    self = Self.table.make(values)
  }
}

// MARK: - Lines of a table

// `.list([])` stands for "absent" when a value is cleared (optional fields and lists).

extension Field {
  private init(
    _ key: String, _ placement: Placement, _ occurrence: Occurrence, _ type: ValueType,
    inline: Bool = false,
    get: @escaping @Sendable (Root) -> FieldValue?,
    set: @escaping @Sendable (inout Root, FieldValue) -> Void
  ) {
    self.spec = FieldSpec(
      key: key, placement: placement, occurrence: occurrence, type: type, inline: inline)
    self.get = get
    self.set = set
  }

  /// A required text value.
  public static func text(
    _ key: String, _ placement: Placement, _ path: WritableKeyPath<Root, String> & Sendable,
    as type: ValueType = .text
  ) -> Field {
    Field(
      key, placement, .required, type, get: { .text($0[keyPath: path]) },
      set: { record, value in
        if case .text(let text) = value { record[keyPath: path] = text }
      })
  }

  /// An optional text value.
  public static func text(
    _ key: String, _ placement: Placement, _ path: WritableKeyPath<Root, String?> & Sendable,
    as type: ValueType = .text
  ) -> Field {
    Field(
      key, placement, .optional, type, get: { $0[keyPath: path].map(FieldValue.text) },
      set: { record, value in
        if case .text(let text) = value {
          record[keyPath: path] = text
        } else {
          record[keyPath: path] = nil
        }
      })
  }

  /// A list of text values.
  public static func texts(
    _ key: String, _ placement: Placement, _ path: WritableKeyPath<Root, [String]> & Sendable,
    as type: ValueType = .text
  ) -> Field {
    Field(
      key, placement, .list, type,
      get: { record in
        let items = record[keyPath: path]
        return items.isEmpty ? nil : .list(items.map(FieldValue.text))
      },
      set: { record, value in
        guard case .list(let items) = value else { return }
        record[keyPath: path] = items.compactMap {
          if case .text(let text) = $0 { return text } else { return nil }
        }
      })
  }

  /// A required typed value, written as its lexical form.
  public static func value<T: LexicalValue>(
    _ key: String, _ placement: Placement, _ path: WritableKeyPath<Root, T> & Sendable,
    as type: ValueType
  ) -> Field {
    Field(
      key, placement, .required, type, get: { .text($0[keyPath: path].lexeme) },
      set: { record, value in
        if case .text(let text) = value, let typed = T(lexeme: text) {
          record[keyPath: path] = typed
        }
      })
  }

  /// An optional typed value, written as its lexical form.
  public static func value<T: LexicalValue>(
    _ key: String, _ placement: Placement, _ path: WritableKeyPath<Root, T?> & Sendable,
    as type: ValueType
  ) -> Field {
    Field(
      key, placement, .optional, type, get: { $0[keyPath: path].map { .text($0.lexeme) } },
      set: { record, value in
        if case .text(let text) = value {
          record[keyPath: path] = T(lexeme: text)
        } else {
          record[keyPath: path] = nil
        }
      })
  }

  /// A required integer.
  public static func integer(
    _ key: String, _ placement: Placement, _ path: WritableKeyPath<Root, Int> & Sendable,
    as type: ValueType
  ) -> Field {
    Field(
      key, placement, .required, type, get: { .integer($0[keyPath: path]) },
      set: { record, value in
        if case .integer(let number) = value { record[keyPath: path] = number }
      })
  }

  /// An optional integer.
  public static func integer(
    _ key: String, _ placement: Placement, _ path: WritableKeyPath<Root, Int?> & Sendable,
    as type: ValueType
  ) -> Field {
    Field(
      key, placement, .optional, type, get: { $0[keyPath: path].map(FieldValue.integer) },
      set: { record, value in
        if case .integer(let number) = value {
          record[keyPath: path] = number
        } else {
          record[keyPath: path] = nil
        }
      })
  }

  /// A flag: present (`true`) or absent.
  public static func flag(
    _ key: String, _ placement: Placement, _ path: WritableKeyPath<Root, Bool> & Sendable
  ) -> Field {
    Field(
      key, placement, .optional, .flag, get: { $0[keyPath: path] ? .flag(true) : nil },
      set: { record, value in
        if case .flag(let flag) = value {
          record[keyPath: path] = flag
        } else {
          record[keyPath: path] = false
        }
      })
  }

  /// A required value of a closed vocabulary.
  public static func choice<E: RawRepresentable & CaseIterable & Sendable>(
    _ key: String, _ placement: Placement, _ path: WritableKeyPath<Root, E> & Sendable,
    type name: String
  ) -> Field where E.RawValue == String {
    Field(
      key, placement, .required, .enumeration(name, E.allCases.map(\.rawValue)),
      get: { .text($0[keyPath: path].rawValue) },
      set: { record, value in
        if case .text(let text) = value, let choice = E(rawValue: text) {
          record[keyPath: path] = choice
        }
      })
  }

  /// An optional value of a closed vocabulary.
  public static func choice<E: RawRepresentable & CaseIterable & Sendable>(
    _ key: String, _ placement: Placement, _ path: WritableKeyPath<Root, E?> & Sendable,
    type name: String
  ) -> Field where E.RawValue == String {
    Field(
      key, placement, .optional, .enumeration(name, E.allCases.map(\.rawValue)),
      get: { $0[keyPath: path].map { .text($0.rawValue) } },
      set: { record, value in
        if case .text(let text) = value {
          record[keyPath: path] = E(rawValue: text)
        } else {
          record[keyPath: path] = nil
        }
      })
  }

  /// A required record.
  public static func record<T: TableRecord>(
    _ key: String, _ placement: Placement, _ path: WritableKeyPath<Root, T> & Sendable
  ) -> Field {
    Field(
      key, placement, .required, .record(T.table.spec), get: { $0[keyPath: path].fieldValue },
      set: { record, value in record[keyPath: path] = T(fieldValue: value) })
  }

  /// An optional record; `inline` writes its members into the enclosing JSON object.
  public static func record<T: TableRecord>(
    _ key: String, _ placement: Placement, _ path: WritableKeyPath<Root, T?> & Sendable,
    inline: Bool = false
  ) -> Field {
    Field(
      key, placement, .optional, .record(T.table.spec), inline: inline,
      get: { $0[keyPath: path]?.fieldValue },
      set: { record, value in
        if case .record = value {
          record[keyPath: path] = T(fieldValue: value)
        } else {
          record[keyPath: path] = nil
        }
      })
  }

  /// A list of records.
  public static func records<T: TableRecord>(
    _ key: String, _ placement: Placement, _ path: WritableKeyPath<Root, [T]> & Sendable
  ) -> Field {
    Field(
      key, placement, .list, .record(T.table.spec),
      get: { record in
        let items = record[keyPath: path]
        return items.isEmpty ? nil : .list(items.map(\.fieldValue))
      },
      set: { record, value in
        guard case .list(let items) = value else { return }
        record[keyPath: path] = items.map(T.init(fieldValue:))
      })
  }
}
