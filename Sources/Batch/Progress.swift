// The progress line of a batch on a terminal.

import Foundation

/// Formats the one-line progress display of a batch: files done of the total, rate, time
/// left, and the current file, fitted to the terminal's width.
public struct ProgressLine: Sendable {
  /// The number of inputs.
  public var total: Int
  /// The terminal's width in columns.
  public var width: Int

  /// Creates a formatter for `total` inputs on a terminal `width` columns wide.
  public init(total: Int, width: Int = 80) {
    self.total = total
    self.width = max(20, width)
  }

  /// E.g. `[ 120/400]  30% 97.3 files/s, 0:03 left  news/2022/page.html`.
  /// - Parameters:
  ///   - done: inputs finished.
  ///   - elapsed: seconds since the start.
  ///   - current: the path of the latest input.
  public func render(done: Int, elapsed: Double, current: String) -> String {
    let digits = String(total).count
    let count = String(done)
    var text = "[" + String(repeating: " ", count: max(0, digits - count.count)) + count
    text += "/\(total)] "
    let percent = total == 0 ? 100 : done * 100 / total
    text += String(repeating: " ", count: percent < 10 ? 2 : percent < 100 ? 1 : 0)
    text += "\(percent)% "
    let rate = elapsed > 0 ? Double(done) / elapsed : 0
    text += String(format: "%.1f files/s", rate)
    if rate > 0, done < total {
      text += ", " + ProgressLine.clock(Double(total - done) / rate) + " left"
    }
    text += "  "
    let room = width - 1 - text.count
    if room > 3 {
      text += current.count <= room ? current : "…" + current.suffix(room - 1)
    }
    return text
  }

  /// `m:ss`, or `h:mm:ss` from an hour.
  public static func clock(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded(.up))
    let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
    return hours > 0
      ? String(format: "%d:%02d:%02d", hours, minutes, rest)
      : String(format: "%d:%02d", minutes, rest)
  }
}
