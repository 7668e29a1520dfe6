import PortalPage
import TestSupport
import Testing

@testable import Records

/// Pages far larger than any news article: the records are the ones the same text gives at a
/// normal size, and the work done grows with the page, not with its square.
struct LargePageTests {
  /// The awards of a page of these paragraphs (as the award rules' tests read them).
  func awards(_ paragraphs: [String]) -> [Award] { AwardRulesTests().awards(paragraphs) }

  /// Distinct unit names: "Trường THCS Lê An", "Trường THCS Lê Bình", ….
  func schools(_ count: Int) -> [String] {
    let families = ["Lê", "Trần", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
    let given = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Long", "Minh", "Nam"]
    return (0..<count).map { "Trường THCS \(families[$0 / 10 % 10]) \(given[$0 % 10])" }
  }

  @Test("an award told again merges with the last awards of its form, within the window")
  func mergeWindow() {
    let names = schools(AwardFinder.mergeWindow + 6)
    let told = names.map { "Tặng Huân chương Lao động hạng Ba cho \($0)." }
    // Told again right after: the award of the last school.
    let near = awards(told + ["Tặng Huân chương Lao động hạng Ba cho \(names.last!)."])
    #expect(near.count == names.count)
    // Told again past the window (more awards of the form between): a conferral of its own,
    // not a search through every earlier award of the form.
    let far = awards(told + ["Tặng Huân chương Lao động hạng Ba cho \(names[0])."])
    #expect(far.count == names.count + 1)
    #expect(far.last?.recipients.named.map(\.name) == [names[0]])
  }

  @Test("a page of thousands of conferrals gives one award each, as a short page does")
  func manyParagraphs() {
    let paragraph = "Tặng Bằng khen cho ông Nguyễn Văn An."
    let one = awards([paragraph])
    let many = awards(Array(repeating: paragraph, count: 2_000))
    #expect(one.count == 1)
    #expect(many.count == 2_000)
    #expect(many.allSatisfy { $0.form == one[0].form && $0.recipients == one[0].recipients })
  }

  @Test("a sentence of a thousand clauses gives the records of a sentence of three")
  func longSentence() {
    let clause =
      "tặng Bằng khen của Chủ tịch UBND tỉnh cho đồng chí Nguyễn Văn An, Trưởng phòng Nội vụ "
      + "huyện Cẩm Xuyên, vì đã có thành tích xuất sắc; "
    let short = awards([String(repeating: clause, count: 3)])
    let long = awards([String(repeating: clause, count: 1_000)])
    #expect(!short.isEmpty)
    #expect(long.map(\.form) == short.map(\.form))
    #expect(long.map(\.recipients) == short.map(\.recipients))
    #expect(long.map(\.reason) == short.map(\.reason))
  }

  @Test("a long sentence scans for each phrase once, whatever the number of searches")
  func oneScanPerPhrase() {
    let clause = "trao tặng Cờ thi đua cho Sở Nội vụ, tặng Bằng khen cho 5 tập thể; "
    let sentence = Sentence(
      String(repeating: clause, count: 200), kind: .paragraph, block: 0)
    #expect(sentence.count >= Sentence.indexedLength)
    let give = ph("tặng")
    var from = 0
    var found = 0
    while let at = sentence.find(give, from: from) {
      found += 1
      from = at + 1
    }
    var before = sentence.count
    while let at = sentence.findLast(give, before: before) {
      found += 1
      before = at + give.count - 1
    }
    #expect(found == 2 * 2 * 200)
    // One index for the phrase, built once: 800 searches, not 800 scans.
    #expect(sentence.memo.positions.count == 1)
    #expect(sentence.memo.positions[give]?.count == 2 * 200)
  }
}
