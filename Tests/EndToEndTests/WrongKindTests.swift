// A file given to the wrong command is named for what it is, with the command that fits.

import TestSupport
import Testing

@Suite struct WrongKindTests {
  static let page = "Samples/portal/seed-sharepoint/input.html"
  static let xml = "Samples/exchange/valid/award-decision.xml"
  static let json = "Samples/exchange/valid/award-decision.json"

  @Test(arguments: [
    (
      ["validate", page],
      "\(page): error: the file is an HTML page, not an exchange file: 'tdkt convert' turns a page into one"
    ),
    (
      ["to-json", json],
      "\(json): error: the file is JSON already: 'tdkt to-xml' converts JSON to XML"
    ),
    (["to-xml", xml], "\(xml): error: the file is XML: 'tdkt to-json' converts XML to JSON"),
    (
      ["to-json", page],
      "\(page): error: the file is an HTML page, not an exchange file: 'tdkt convert' turns a page into one"
    ),
    (
      ["convert", xml],
      "\(xml): error: the file is an exchange file, not a portal page: 'tdkt validate' checks it, 'tdkt to-json' converts it"
    ),
    (
      ["convert", json],
      "\(json): error: the file is an exchange file, not a portal page: 'tdkt validate' checks it, 'tdkt to-xml' converts it"
    ),
  ])
  func theHintNamesTheCommandThatFits(_ arguments: [String], _ hint: String) throws {
    let result = try runTDKT(arguments)
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(lines(result.stderr).contains(hint), "\(result.stderr)")
  }

  @Test func aFileOfTheRightKindGetsNoHint() throws {
    let result = try runTDKT(["validate", "Samples/exchange/invalid/truncated.xml"])
    #expect(result.status == 1)
    #expect(!result.stderr.contains("the file is"))
  }
}
