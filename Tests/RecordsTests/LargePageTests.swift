import PortalPage
import TestSupport
import Testing
import VietText

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

  /// Distinct people's names: "Nguyễn Văn An", "Nguyễn Văn Bình", …, "Trần Thị An", ….
  func people(_ count: Int) -> [String] {
    let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ"]
    let middles = ["Văn", "Thị", "Hữu", "Minh", "Quốc", "Đức", "Thanh", "Ngọc", "Xuân", "Thu"]
    let given = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Long", "Minh", "Nam"]
    return (0..<count).map {
      "\(families[$0 / 100 % 10]) \(middles[$0 / 10 % 10]) \(given[$0 % 10])"
    }
  }

  @Test("the fullest positions of a person are looked up through the page's people by name")
  func fullerPositionsIndexed() {
    let names = people(300)
    let paragraphs = names.map { "Ông \($0), Giám đốc Sở Nội vụ, phát biểu tại hội nghị." }
    let page = PageText(Article(title: "Hội nghị", paragraphs: paragraphs))
    let finder = AwardFinder(page: page, reference: nil)
    for name in names {
      #expect(finder.fullerPositions(of: name, than: []) == ["Giám đốc Sở Nội vụ"])
      // A name looked up again is not looked up twice.
      #expect(finder.fullerPositions(of: name, than: ["a", "b"]) == ["a", "b"])
    }
    // The first names read every sentence, the others only the sentences that name them (a
    // scan per name would read 300 × 300 sentences).
    let count = names.count
    #expect(page.memo.sentencesRead <= PageMemo.namesReadInFull * count + 2 * count)
  }

  @Test("the school a sentence refers back to is found through the page's table of sentences")
  func lastSchoolIndexed() {
    let opening = "Tại Trường THPT Trần Phú, lễ khai giảng năm học mới đã diễn ra."
    let told = (0..<500).map { "Tại buổi lễ lần thứ \($0 + 1), thầy và trò đã biểu diễn văn nghệ." }
    let page = PageText(Article(title: "Khai giảng", paragraphs: [opening] + told))
    let finder = AwardFinder(page: page, reference: nil)
    #expect(finder.lastSchool(before: page.sentences[1], orAt: 10) == "Trường THPT Trần Phú")
    for sentence in page.sentences.dropFirst(4) {
      #expect(finder.lastSchool(before: sentence, orAt: sentence.count) == nil)
    }
    // One table of the 501 sentences, not a search through them per look-up.
    #expect(page.memo.sentencesRead == page.sentences.count)
  }

  @Test("a sentence of clauses split by commas alone gives each award's text once")
  func commaSentence() {
    let clause =
      "tặng Bằng khen của Chủ tịch UBND tỉnh cho đồng chí Nguyễn Văn An, Trưởng phòng Nội vụ "
      + "huyện Cẩm Xuyên, vì đã có thành tích xuất sắc, "
    let short = awards([String(repeating: clause, count: 3)])
    let text = String(repeating: clause, count: 400)
    let long = awards([text])
    #expect(!short.isEmpty)
    #expect(long.map(\.form) == short.map(\.form))
    #expect(long.map(\.recipients) == short.map(\.recipients))
    // The reason runs to the end of the sentence, as in the short one.
    #expect(long.first?.reason?.hasSuffix("vì đã có thành tích xuất sắc") == true)
    #expect((long.first?.reason?.count ?? 0) > 100 * clause.count)
    // The texts of the 400 forms' clauses and reasons are told without building each: the
    // characters built stay within a few times the sentence's length (building them would
    // take 400 × its length).
    let sentence = Sentence(collapse(text), kind: .paragraph, block: 1)
    let page = PageText(Article(title: "Khen thưởng", paragraphs: [text]))
    _ = AwardFinder(page: page, reference: nil).find()
    #expect(page.sentences.count == 1)
    #expect(page.sentences[0].memo.charactersSliced <= 10 * sentence.count)
  }

  @Test("a recipient named again is found through the list's index, as a search finds it")
  func recipientIndex() {
    let finder = AwardFinder(
      page: PageText(Article(title: "Khen thưởng", paragraphs: [])), reference: nil)
    var given: [Recipient] = []
    for (k, school) in schools(300).enumerated() {
      given.append(Recipient(name: school, kind: .collective))
      // Named again in full: it takes the place of the shorter name.
      if k % 7 == 0 { given.append(Recipient(name: "Chi bộ " + school, kind: .collective)) }
      // Named again shorter: the same recipient.
      if k % 5 == 0 {
        let words = school.split(separator: " ")
        given.append(Recipient(name: words.suffix(2).joined(separator: " "), kind: .collective))
      }
    }
    for (k, name) in people(300).enumerated() {
      given.append(
        Recipient(name: name, kind: .individual, positions: k % 3 == 0 ? ["Giám đốc"] : []))
      if k % 4 == 0 {
        given.append(Recipient(name: name, kind: .individual, positions: ["a", "b"]))
      }
    }
    var indexed = DraftRecipients()
    for recipient in given { finder.append(recipient, to: &indexed) }
    // The search over every recipient named before, as it was.
    var searched: [Recipient] = []
    for recipient in given {
      let key = MatchingKey(recipient.name).exact
      if let index = searched.firstIndex(where: { MatchingKey($0.name).exact == key }) {
        if searched[index].positions.count < recipient.positions.count {
          searched[index].positions = recipient.positions
        }
        continue
      }
      if recipient.kind == .collective,
        let index = searched.firstIndex(where: { named in
          let other = MatchingKey(named.name).exact
          return named.kind == .collective
            && (key.hasSuffix(" " + other) || other.hasSuffix(" " + key))
        })
      {
        if key.count > MatchingKey(searched[index].name).exact.count { searched[index] = recipient }
        continue
      }
      searched.append(recipient)
    }
    #expect(indexed.named == searched)
    #expect(indexed.named.count > 300)
    // A few keys compared per recipient, not every recipient named before.
    #expect(indexed.comparisons <= 8 * given.count)
  }
}
