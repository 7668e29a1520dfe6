// Conversions between the two forms of an exchange file that check what they write: the
// output is validated as `tdkt validate` would, so a conversion never succeeds with output that
// tdkt or the XSD would refuse.

import ExchangeModel
import LibXML

/// Exchange XML ⇄ exchange JSON, output checked.
public enum ExchangeConversion {
  /// The JSON form of an exchange XML file.
  ///
  /// - Parameters:
  ///   - bytes: The XML text.
  ///   - file: The name used in diagnostics.
  /// - Returns: The canonical JSON.
  /// - Throws: `InterchangeError.invalid` with the input's errors, or with the output's when
  ///   it would not validate.
  public static func json(fromXML bytes: [UInt8], file: String? = nil) throws(InterchangeError)
    -> [UInt8]
  {
    // The values go straight to the writer: making the records and taking their values again
    // gives the same values, so the same bytes.
    let json = ExchangeJSON.encode(
      values: try ExchangeXML.decodeValues(bytes, file: file), capacity: bytes.count + 1024)
    try checkOutput(ExchangeValidator.shared.validate(json: json), file: file, form: "JSON")
    return json
  }

  /// The XML form of an exchange JSON file.
  ///
  /// - Parameters:
  ///   - bytes: The JSON text.
  ///   - file: The name used in diagnostics.
  /// - Returns: The XML.
  /// - Throws: `InterchangeError.invalid` with the input's errors, or with the output's when
  ///   it would not validate against the XSD.
  public static func xml(fromJSON bytes: [UInt8], file: String? = nil) throws(InterchangeError)
    -> [UInt8]
  {
    let xml = ExchangeXML.encode(
      values: try ExchangeJSON.decodeValues(bytes, file: file), capacity: bytes.count + 1024)
    try checkOutput(ExchangeValidator.shared.validate(xml: xml), file: file, form: "XML")
    return xml
  }

  private static func checkOutput(
    _ report: ValidationReport, file: String?, form: String
  ) throws(InterchangeError) {
    guard !report.isValid else { return }
    throw .invalid(
      report.diagnostics.map { diagnostic in
        var located = diagnostic
        located.message =
          "the \(form) written from this file would not validate: "
          + diagnostic.message
        // The place is in the written text, not in the input.
        located.location = SourceLocation(
          file: file, pointer: diagnostic.location.pointer ?? "")
        return located
      })
  }
}
