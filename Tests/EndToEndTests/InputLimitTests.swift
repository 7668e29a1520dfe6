// The 50 MiB limit of the single-file commands holds for standard input as for files, and its
// message names no option that the command does not have.

import Foundation
import TestSupport
import Testing

@Suite struct InputLimitTests {
  static let limit = 50 << 20

  @Test func standardInputOverTheLimitIsRefused() throws {
    let bytes = [UInt8](repeating: UInt8(ascii: " "), count: Self.limit + 1)
    let result = try runTDKT(["convert", "-"], stdin: bytes)
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "<stdin>: error: too large: more than \(Self.limit) bytes, the limit is \(Self.limit)\n")
  }

  @Test func aFileOverTheLimitIsRefusedWithoutNamingABatchOption() throws {
    let folder = try makeTemporaryDirectory("tdkt-limit")
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("big.html")
    try Data(count: Self.limit + 1).write(to: page)
    for command in [["convert"], ["inspect"], ["validate"]] {
      let result = try runTDKT(command + [page.path])
      #expect(result.status == 1, "\(command)")
      #expect(
        result.stderr.contains("too large: \(Self.limit + 1) bytes, the limit is \(Self.limit)"))
      #expect(!result.stderr.contains("--max-size"), "\(command): \(result.stderr)")
    }
  }
}
