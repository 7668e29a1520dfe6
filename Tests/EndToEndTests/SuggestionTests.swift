// A mistyped subcommand gets a suggestion; a word near none gets the parser's own error.

import TestSupport
import Testing

@Suite struct SuggestionTests {
  @Test(arguments: [("convrt", "convert"), ("vaildate", "validate"), ("to-jsn", "to-json")])
  func aMistypedSubcommandIsSuggested(_ typed: String, _ meant: String) throws {
    let result = try runTDKT([typed, "page.html"])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "Error: unknown subcommand '\(typed)'; did you mean '\(meant)'?\n"
        + "Usage: tdkt <subcommand>\n  See 'tdkt --help' for more information.\n")
  }

  @Test func aWordNearNoSubcommandGetsNoSuggestion() throws {
    let result = try runTDKT(["zzz"])
    #expect(result.status == 64)
    #expect(!result.stderr.contains("did you mean"))
    #expect(result.stderr.contains("Unexpected argument 'zzz'"))
  }
}
