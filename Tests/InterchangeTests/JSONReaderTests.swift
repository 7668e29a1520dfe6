// The strict JSON reader and the exchange JSON decoder: what they refuse, and where they say
// the problem is.

import Foundation
import Interchange
import LibXML
import TestSupport
import Testing

/// The diagnostics of decoding `json` as an exchange (empty when it decodes).
private func decodeErrors(_ json: String) -> [Diagnostic] {
  do {
    _ = try ExchangeJSON.decode(Array(json.utf8), file: "t.json")
    return []
  } catch {
    return error.diagnostics
  }
}

/// A minimal valid exchange with `article` replaced by `article`.
private func exchange(article: String) -> String {
  """
  {
    "version": "1.0",
    "source": {
      "sha256": "\(String(repeating: "a", count: 64))",
      "encoding": "UTF-8",
      "encodingSource": "meta",
      "profile": "news"
    },
    "article": \(article)
  }
  """
}

@Suite struct JSONReaderTests {
  @Test func minimalExchangeDecodes() {
    #expect(decodeErrors(exchange(article: #"{"title": "Tin"}"#)).isEmpty)
  }

  @Test func syntaxErrorsHaveLineAndColumn() throws {
    let errors = decodeErrors("{\n  \"version\": tru\n}")
    let error = try #require(errors.first)
    #expect(errors.count == 1)
    #expect(error.location.line == 2)
    #expect(error.location.column == 14)
    #expect(error.description.hasPrefix("t.json:2:14: error: "))
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let errors = decodeErrors("{\"tiêu đề\": x}")
    #expect(try #require(errors.first).location.column == 13)
  }

  @Test func duplicateKeyIsAnErrorAtItsPointer() throws {
    let errors = decodeErrors(exchange(article: #"{"title": "a", "title": "b"}"#))
    let error = try #require(errors.first)
    #expect(error.location.pointer == "/article/title")
    #expect(error.message == #"duplicate key "title""#)
    #expect(error.location.line == 9)
  }

  @Test(arguments: ["2022.0", "2.022e3", "-0", "99999999999999999999"])
  func nonCanonicalIntegersAreRefused(lexeme: String) throws {
    let json = exchange(article: #"{"title": "x"}"#).replacingOccurrences(
      of: "\n}",
      with: """
        ,
          "conferences": [{"id": "c-1", "title": "t", "kind": "other", "period": {"year": \(lexeme), "part": "year"}}]
        }
        """)
    let errors = decodeErrors(json)
    let error = try #require(errors.first)
    #expect(errors.count == 1)
    #expect(error.location.pointer == "/conferences/0/period/year")
    #expect(error.message == "expected an integer, found the number \(lexeme)")
  }

  @Test func malformedNumbersAreSyntaxErrors() {
    for bad in ["01", "1.", "-", "1e", ".5", "+1"] {
      let errors = decodeErrors(#"{"version": \#(bad)}"#)
      #expect(errors.count == 1 && errors[0].location.pointer == nil, "\(bad): \(errors)")
    }
  }

  @Test func nullIsRefusedWithItsPointer() throws {
    let errors = decodeErrors(exchange(article: #"{"title": "x", "author": null}"#))
    #expect(errors.map(\.location.pointer) == ["/article/author"])
  }

  @Test func missingRequiredKeyIsReportedAtTheObject() throws {
    let errors = decodeErrors(exchange(article: #"{"author": "A"}"#))
    let error = try #require(errors.first)
    #expect(error.location.pointer == "/article")
    #expect(error.message == #"missing required key "title""#)
  }

  @Test func allContentErrorsAreCollected() {
    let errors = decodeErrors(
      exchange(article: #"{"title": 1, "paragraphs": ["a", 2, "c", true], "extra": "x"}"#))
    #expect(
      Set(errors.compactMap(\.location.pointer)) == [
        "/article/title", "/article/paragraphs/1", "/article/paragraphs/3", "/article/extra",
      ])
  }

  @Test func pointerTokensAreEscaped() throws {
    let errors = decodeErrors(exchange(article: #"{"title": "x", "a/b~c": 1}"#))
    #expect(try #require(errors.first).location.pointer == "/article/a~1b~0c")
  }

  @Test func charactersXMLCannotCarryAreRefused() throws {
    for escape in [#"\u0001"#, #"\u0000"#, #"\uFFFE"#, "\u{FFFF}"] {
      let errors = decodeErrors(exchange(article: #"{"title": "a\#(escape)b"}"#))
      let error = try #require(errors.first, "\(escape)")
      #expect(error.location.pointer == "/article/title")
      #expect(error.message.hasSuffix("is not allowed in XML 1.0"))
    }
  }

  @Test func escapesAndSurrogatePairsDecode() throws {
    let json = exchange(article: #"{"title": "\u0110\u1ed3ng \ud83d\ude00 \" \\ \/ \t\n\r"}"#)
    let decoded = try ExchangeJSON.decode(Array(json.utf8))
    #expect(decoded.article.title == "Đồng 😀 \" \\ / \t\n\r")
    // \b and \f are JSON escapes of characters XML 1.0 does not allow.
    for escape in [#"\b"#, #"\f"#] {
      let errors = decodeErrors(exchange(article: #"{"title": "a\#(escape)b"}"#))
      #expect(errors.first?.message.hasSuffix("is not allowed in XML 1.0") == true, "\(escape)")
    }
  }

  @Test func badStringsAreSyntaxErrors() {
    let cases = [
      #"{"version": "\ud83d"}"#, #"{"version": "\x"}"#, #"{"version": "\u12"}"#,
      "{\"version\": \"a\tb\"}", "{\"version\": \"unterminated}",
    ]
    for json in cases {
      let errors = decodeErrors(json)
      #expect(errors.count == 1 && errors[0].location.line == 1, "\(json): \(errors)")
    }
  }

  @Test func invalidUTF8IsRefused() {
    var bytes = Array(#"{"version": "a"#.utf8)
    bytes += [0xC3, 0x28]
    bytes += Array(#""}"#.utf8)
    #expect(throws: InterchangeError.self) { try ExchangeJSON.decode(bytes) }
  }

  @Test func byteOrderMarkAndTrailingTextAreRefused() {
    #expect(throws: InterchangeError.self) {
      try ExchangeJSON.decode([0xEF, 0xBB, 0xBF] + Array("{}".utf8))
    }
    let errors = decodeErrors(exchange(article: #"{"title": "x"}"#) + " {}")
    #expect(errors.first?.message == "unexpected '{' after the JSON value")
  }

  @Test func deepNestingIsRefusedWithoutCrashing() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let errors = decodeErrors(deep)
    #expect(errors.first?.message.hasPrefix("nesting deeper than") == true)
  }

  @Test func emptyInputIsAnError() {
    #expect(decodeErrors("").first?.message == "empty input: expected a JSON value")
    #expect(decodeErrors("  \n").first?.location.line == 2)
  }

  @Test func yearInferredMustBeTrueAndBesideADate() {
    let base = exchange(article: #"{"title": "x"}"#)
    func conference(_ members: String) -> String {
      base.replacingOccurrences(
        of: "\n}",
        with:
          ",\n\"conferences\": [{\"id\": \"c-1\", \"title\": \"t\", \"kind\": \"other\"\(members)}]\n}"
      )
    }
    #expect(decodeErrors(conference(#", "date": "2022-01-02", "dateYearInferred": true"#)).isEmpty)
    #expect(
      decodeErrors(conference(#", "date": "2022-01-02", "dateYearInferred": false"#)).map(
        \.location.pointer) == ["/conferences/0/dateYearInferred"])
    #expect(
      decodeErrors(conference(#", "dateYearInferred": true"#)).map(\.location.pointer) == [
        "/conferences/0/dateYearInferred"
      ])
  }
}
