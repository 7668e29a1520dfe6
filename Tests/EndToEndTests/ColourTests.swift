// Colours on a terminal follow no-color.org and TERM=dumb (run under script(1), which gives
// tdkt a pseudo-terminal).

import Foundation
import TestSupport
import Testing

private let script = URL(fileURLWithPath: "/usr/bin/script")

@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: script.path), "needs script(1)"))
struct ColourTests {
  /// Whether `tdkt validate` of an invalid file writes colour codes on a terminal with
  /// `environment`.
  func coloured(_ environment: [String: String]) throws -> Bool {
    let command =
      "\(tdktExecutable.path) validate "
      + packageRoot.appendingPathComponent("Samples/exchange/invalid/truncated.xml").path
    var variables = ProcessInfo.processInfo.environment
    variables["TERM"] = "xterm"
    variables["NO_COLOR"] = nil
    for (key, value) in environment { variables[key] = value }
    let result = try run(script, ["-qec", command, "/dev/null"], environment: variables)
    #expect(result.stdout.contains("error"), "\(result.stdout)")
    return result.stdout.contains("\u{1B}[")
  }

  @Test func coloursOnATerminal() throws {
    #expect(try coloured([:]))
    #expect(try coloured(["NO_COLOR": ""]), "an empty NO_COLOR does not turn colours off")
  }

  @Test func noColourWithNO_COLORorADumbTerminal() throws {
    #expect(try !coloured(["NO_COLOR": "1"]))
    #expect(try !coloured(["TERM": "dumb"]))
  }
}
