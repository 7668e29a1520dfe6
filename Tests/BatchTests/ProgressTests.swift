import Batch
import Testing

@Suite struct ProgressTests {
  @Test func rendersCountRateAndTimeLeft() {
    let line = ProgressLine(total: 400, width: 80)
    let text = line.render(done: 100, elapsed: 2, current: "a/b/page.html")
    #expect(text == "[100/400]  25% 50.0 files/s, 0:06 left  a/b/page.html")
  }

  @Test func fitsTheTerminalWidth() {
    let line = ProgressLine(total: 9, width: 60)
    let long = String(repeating: "thư-mục/", count: 20) + "trang.html"
    let text = line.render(done: 3, elapsed: 1, current: long)
    #expect(text.count <= 59)
    #expect(text.hasSuffix("trang.html"))
    #expect(text.contains("…"))
  }

  @Test func clockFormats() {
    #expect(ProgressLine.clock(5) == "0:05")
    #expect(ProgressLine.clock(61.2) == "1:02")
    #expect(ProgressLine.clock(3600 * 2 + 5) == "2:00:05")
  }
}
