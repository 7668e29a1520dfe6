import Testing
import VietText

/// The weak hint of `decodeText(_:declared:hint:)`: it decides only where the page gives no
/// evidence of its own.
@Suite struct DecodingHintTests {
  /// "Hội nghị" in Windows-1258 (base letters and a combining dot below), without a declaration.
  let windows1258: [UInt8] =
    Array("<p>H".utf8) + [0xF4, 0xF2] + Array("i nghi".utf8) + [0xF2] + Array("</p>".utf8)

  @Test func theHintReplacesTheFallback() {
    let hinted = decodeText(windows1258, hint: "windows-1258")
    #expect(hinted.encoding == "windows-1258")
    #expect(hinted.evidence == .declared)
    #expect(hinted.text == "<p>Hội nghị</p>")
    let unhinted = decodeText(windows1258)
    #expect(unhinted.encoding != "windows-1258")
  }

  @Test func theHintLosesToTheByteOrderMarkTheDeclarationAndUTF8() {
    let declared = Array("<meta charset=\"windows-1252\">".utf8) + windows1258
    #expect(decodeText(declared, hint: "windows-1258").evidence == .meta)
    let bom = [0xEF, 0xBB, 0xBF] + Array("<p>Hội nghị</p>".utf8)
    #expect(decodeText(bom, hint: "windows-1258").evidence == .bom)
    let utf8 = decodeText(Array("<p>Hội nghị</p>".utf8), hint: "windows-1258")
    #expect(utf8.encoding == "UTF-8")
    #expect(utf8.text == "<p>Hội nghị</p>")
  }

  @Test func aUTF8OrUnknownHintOverBytesThatAreNotUTF8IsIgnored() {
    for hint in ["utf-8", "utf-16", "shift_jis"] {
      let decoded = decodeText(windows1258, hint: hint)
      #expect(decoded.evidence != .declared, "\(hint)")
    }
  }

  @Test func theStrongDeclarationStillWins() {
    let declared = Array("<meta charset=\"utf-8\">".utf8) + windows1258
    let decoded = decodeText(declared, declared: "windows-1258", hint: "windows-1252")
    #expect(decoded.encoding == "windows-1258")
    #expect(decoded.evidence == .declared)
  }
}
