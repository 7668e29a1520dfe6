// The generic form of documents with a DTD: read as canonical XML reads them (internal entities
// expanded, markup included; internal-subset defaults applied), nothing loaded from outside
// (each external reference named in a warning), and entity loops or expansions far beyond the
// input refused with a located error before libxml2 sees them.

import Foundation
import Interchange
import LibXML
import TestSupport
import Testing

private func generic(_ xml: String) throws -> (json: String, warnings: [Diagnostic]) {
  let (json, warnings) = try GenericXMLJSON.jsonWithWarnings(
    fromXML: Array(xml.utf8), file: "d.xml")
  return (text(json), warnings)
}

/// The located errors of a conversion that must fail.
private func failure(_ xml: String) -> [Diagnostic] {
  do {
    _ = try GenericXMLJSON.jsonWithWarnings(fromXML: Array(xml.utf8), file: "d.xml")
    return []
  } catch {
    return error.diagnostics
  }
}

@Suite struct GenericEntityTests {
  @Test func markupInsideAnInternalEntityBecomesElements() throws {
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE a [<!ENTITY m "<b x='1'>bold</b> &amp; text">]>
      <a>&m; and more</a>
      """
    let (json, warnings) = try generic(xml)
    #expect(json.contains("[\"b\", {\"x\": \"1\"}, \"bold\"]"), "\(json)")
    #expect(json.contains("\" & text and more\""), "\(json)")
    #expect(warnings.isEmpty)
  }

  @Test func defaultsOfTheInternalSubsetAreApplied() throws {
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE a [<!ATTLIST a lang CDATA "vi" xmlns:p CDATA #FIXED "urn:p"><!ATTLIST b k CDATA "d">]>
      <a><b/><b k="own"/><p:c/></a>
      """
    let (json, _) = try generic(xml)
    #expect(json.contains("[\"a\", {\"xmlns:p\": \"urn:p\", \"lang\": \"vi\"}"), "\(json)")
    #expect(json.contains("[\"b\", {\"k\": \"d\"}]"), "\(json)")
    #expect(json.contains("[\"b\", {\"k\": \"own\"}]"), "\(json)")
    // Back to XML and again: the same JSON (the defaults are now attributes).
    let back = try GenericXMLJSON.xml(fromJSON: Array(json.utf8))
    #expect(text(try GenericXMLJSON.json(fromXML: back)) == json)
  }

  @Test func externalEntitiesAreNeverLoadedAndAreNamed() throws {
    // A file that exists: its content must not appear.
    let folder = try makeTemporaryDirectory("tdkt-external")
    defer { try? FileManager.default.removeItem(at: folder) }
    let secret = folder.appendingPathComponent("secret.txt")
    try Data("SECRET-CONTENT".utf8).write(to: secret)
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE a SYSTEM "\(folder.appendingPathComponent("a.dtd").path)" [
      <!ENTITY s SYSTEM "\(secret.path)">
      ]>
      <a>before &s; after</a>
      """
    let (json, warnings) = try generic(xml)
    #expect(!json.contains("SECRET"))
    #expect(json.contains("before "), "\(json)")
    let messages = warnings.map(\.description)
    #expect(
      messages.contains {
        $0.hasPrefix("d.xml:5:11: warning: external entity &s; (\"\(secret.path)\") is not loaded")
      },
      "\(messages)")
    #expect(
      messages.contains { $0.contains("external DTD") && $0.contains("a.dtd") }, "\(messages)")
  }

  @Test func entityLoopsThroughAttributeDefaultsAreLocatedErrors() {
    let shapes = [
      "<!ENTITY e1 \"&e2;\"><!ENTITY e2 \"&e1;\"><!ATTLIST a x CDATA \"&e1;\">",
      "<!ATTLIST a x CDATA \"&e1;\"><!ENTITY e1 \"v&e2;\"><!ENTITY e2 \"&e1;\">",
      "<!ENTITY e1 \"&#38;e1;\"><!ATTLIST a x CDATA \"&e1;\">",
      "<!ENTITY % p \"<!ENTITY e1 '&#38;e2;'><!ENTITY e2 '&#38;e1;'>\">%p;<!ATTLIST b y CDATA '&e1;'>",
    ]
    for shape in shapes {
      let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [\(shape)]>\n<a><b/></a>\n"
      let errors = failure(xml)
      #expect(errors.count == 1, "\(shape): \(errors)")
      #expect(errors.first?.message.hasPrefix("entity reference loop: &") == true, "\(errors)")
      #expect(errors.first?.location.line == 2, "\(errors)")
      #expect((errors.first?.location.column ?? 0) > 1, "\(errors)")
      // The validator gives the same located error instead of crashing.
      let report = ExchangeValidator.shared.validate(xml: Array(xml.utf8), file: "d.xml")
      #expect(!report.isValid)
      #expect(report.diagnostics.first?.message.hasPrefix("entity reference loop") == true)
    }
  }

  @Test func expansionFarBeyondTheInputIsRefusedAtTheReference() {
    // 400 KB of references to a 1 KB entity: 400 MB if expanded.
    let references = String(repeating: "&e;", count: 140_000)
    let xml =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e \"\(String(repeating: "x", count: 1000))\">]>\n<a>"
      + references + "</a>\n"
    #expect(xml.utf8.count > 400_000)
    let errors = failure(xml)
    #expect(errors.count == 1, "\(errors.prefix(3))")
    #expect(
      errors.first?.message.contains("exceed 10 times the input") == true, "\(errors.prefix(3))")
    #expect(errors.first?.location.line == 3)
    // The same references in an attribute value.
    let attribute =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e \"\(String(repeating: "y", count: 1000))\">]>\n<a x=\""
      + references + "\"/>\n"
    #expect(failure(attribute).first?.message.contains("exceed 10 times the input") == true)
    let report = ExchangeValidator.shared.validate(xml: Array(attribute.utf8), file: "d.xml")
    #expect(report.diagnostics.count == 1)
  }

  @Test func nestedEntitiesWithinTheLimitExpand() throws {
    // Three levels, each twice the one below (libxml2 2.9.14 takes deeper doubling for a
    // loop): eight copies of "ab".
    var subset = "<!ENTITY l0 \"ab\">"
    for level in 1...3 { subset += "<!ENTITY l\(level) \"&l\(level - 1);&l\(level - 1);\">" }
    let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [\(subset)]>\n<a>&l3;</a>\n"
    let (json, _) = try generic(xml)
    #expect(json.contains("\"" + String(repeating: "ab", count: 8) + "\""), "\(json)")
  }

  @Test func namespaceURIsWithReferencesAreDecoded() throws {
    let (json, _) = try generic("<a xmlns:p=\"urn:a&amp;b&#x2F;c\" p:x=\"1\"/>")
    #expect(json.contains("\"xmlns:p\": \"urn:a&b/c\""), "\(json)")
  }
}

@Suite(.enabled(if: xmllint != nil, "xmllint is not installed"))
struct GenericEntityCanonicalTests {
  @Test func roundTripEqualsXmllintsCanonicalFormOfTheExpandedDocument() throws {
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE doc [
      <!ENTITY title "<t lang='vi'>Hội nghị</t>">
      <!ENTITY amp2 "&#38;#38;">
      <!ATTLIST doc version CDATA "1.0">
      <!ATTLIST t kind (a|b) "a">
      ]>
      <doc>&title;<!-- note --><p>x &amp2; y</p><t kind="b">z</t></doc>
      """
    let folder = try makeTemporaryDirectory("tdkt-entities")
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("doc.xml")
    try Data(xml.utf8).write(to: url)
    let expected = try run(
      try #require(xmllint), ["--nonet", "--noent", "--dtdattr", "--c14n", url.path])
    #expect(expected.status == 0, "\(expected.stderr)")
    let back = try GenericXMLJSON.xml(fromJSON: try GenericXMLJSON.json(fromXML: Array(xml.utf8)))
    let backURL = folder.appendingPathComponent("back.xml")
    try Data(back).write(to: backURL)
    let actual = try run(try #require(xmllint), ["--nonet", "--c14n", backURL.path])
    #expect(actual.stdout == expected.stdout)
  }
}

/// The files of `Samples/xml-corpus`: real XML written elsewhere (see its README).
let xmlCorpus: [String] = {
  let folder = samplesRoot.appendingPathComponent("xml-corpus")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
  return names.filter { !$0.hasSuffix(".md") }.sorted().map { "Samples/xml-corpus/" + $0 }
}()

@Suite struct RealXMLCorpusTests {
  @Test func thereIsACorpus() {
    #expect(xmlCorpus.count >= 6)
  }

  @Test(arguments: xmlCorpus)
  func realDocumentRoundTripsExactly(path: String) throws {
    let input = try bytes(of: path)
    let (json, warnings) = try GenericXMLJSON.jsonWithWarnings(fromXML: input, file: path)
    let back = try GenericXMLJSON.xml(fromJSON: json)
    #expect(try c14n(back) == c14n(input, file: path))
    // JSON → XML → JSON is byte for byte.
    #expect(try GenericXMLJSON.json(fromXML: back) == json)
    // What is not loaded is named, at the document type declaration.
    let text = String(decoding: input, as: UTF8.self)
    if text.contains("<!DOCTYPE"), text.contains(".dtd\"") {
      #expect(warnings.count == 1, "\(warnings)")
      #expect(warnings.first?.message.hasPrefix("the external DTD \"http") == true)
      let line = text.prefix { _ in true }.split(separator: "\n", omittingEmptySubsequences: false)
        .firstIndex { $0.contains("<!DOCTYPE") }.map { $0 + 1 }
      #expect(warnings.first?.location.line == line)
    } else {
      #expect(warnings.isEmpty, "\(warnings)")
    }
  }

  @Test(.enabled(if: xmllint != nil, "xmllint is not installed"), arguments: xmlCorpus)
  func roundTripEqualsXmllintsCanonicalForm(path: String) throws {
    let input = try bytes(of: path)
    let back = try GenericXMLJSON.xml(fromJSON: try GenericXMLJSON.json(fromXML: input))
    let folder = try makeTemporaryDirectory("tdkt-corpus")
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("back.xml")
    try Data(back).write(to: url)
    let expected = try run(try #require(xmllint), ["--nonet", "--c14n", path])
    let actual = try run(try #require(xmllint), ["--nonet", "--c14n", url.path])
    #expect(expected.status == 0)
    #expect(actual.stdout == expected.stdout)
  }
}

@Suite struct GenericDepthTests {
  private func nestedXML(_ depth: Int) -> [UInt8] {
    Array((String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)).utf8)
  }

  private func nestedJSON(_ depth: Int) -> [UInt8] {
    Array(
      (String(repeating: "[\"a\", {}, ", count: depth - 1) + "[\"a\", {}]"
        + String(repeating: "]", count: depth - 1)).utf8)
  }

  @Test func theDeepestDocumentReadsBothWaysAndOneLevelMoreNeither() throws {
    let limit = 257
    let json = try GenericXMLJSON.json(fromXML: nestedXML(limit))
    let back = try GenericXMLJSON.xml(fromJSON: json)
    #expect(try c14n(back) == c14n(nestedXML(limit)))
    _ = try GenericXMLJSON.xml(fromJSON: nestedJSON(limit))
    #expect(throws: InterchangeError.self) {
      _ = try GenericXMLJSON.json(fromXML: nestedXML(limit + 1))
    }
    do {
      _ = try GenericXMLJSON.xml(fromJSON: nestedJSON(limit + 1))
      Issue.record("written")
    } catch {
      #expect(error.diagnostics.count == 1)
      #expect(error.diagnostics.first?.message.contains("nested more than 257 deep") == true)
    }
  }
}
