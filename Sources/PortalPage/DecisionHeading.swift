// A decision shown as the page (legal-document portals, document libraries): its heading
// "QUYẾT ĐỊNH" / "Về việc …" names the page, its date line and its signature block belong to
// the decision, not to a publication stamp or a byline.

import VietText

/// The heading of a decision document among the lines of the main text.
enum DecisionHeading {
  /// Where the "Về việc …" line is, when the lines read as a decision: a "QUYẾT ĐỊNH" line
  /// (or "Quyết định Về việc …") and an "Điều 1" article after it.
  ///
  /// - Parameter lines: The cleaned texts of the main text's lines, in order.
  /// - Returns: The index of the subject line and its text without "Quyết định", or nil.
  static func subject(in lines: [String]) -> (index: Int, text: String, heading: Int?)? {
    let lower = lines.map(lowercasedText)
    guard
      let articleOne = lower.firstIndex(where: {
        $0.hasPrefix("điều 1.") || $0.hasPrefix("điều 1 ") || $0.hasPrefix("điều 1:")
      })
    else { return nil }
    for index in 0..<articleOne {
      let line = lower[index]
      if line == "quyết định" || line == "quyết định:" {
        let next = index + 1
        if next < articleOne, isSubject(lower[next]) { return (next, lines[next], index) }
      }
      for prefix in ["quyết định về việc", "quyết định v/v"] where line.hasPrefix(prefix) {
        let text = String(lines[index].dropFirst("quyết định ".count))
        return (index, text, nil)
      }
    }
    return nil
  }

  /// "về việc …", "v/v …".
  static func isSubject(_ line: String) -> Bool {
    line.hasPrefix("về việc ") || line.hasPrefix("v/v ")
  }
}
