// The scorer on hand-made expected and actual exchanges whose right scores were worked out by
// hand.

import Foundation
import Testing

@testable import Eval

@Suite struct NormalisationTests {
  @Test func composesCollapsesAndTrims() {
    #expect(normalizedText("Ho\u{300}a Bi\u{300}nh") == "Hòa Bình")
    #expect(normalizedText("  Phan\u{A0}Đình \n\t Thiện ") == "Phan Đình Thiện")
    #expect(normalizedText("\u{200B}") == "")
  }

  @Test func namesIgnoreCaseButNotTonePlacement() {
    #expect(normalizedName("PHAN ĐÌNH THIỆN") == "phan đình thiện")
    #expect(normalizedName("Khánh Hoà") != normalizedName("Khánh Hòa"))
    // Positions and other text keep their case.
    #expect(normalizedText("Phó Chủ tịch") != normalizedText("Phó chủ tịch"))
  }
}

@Suite struct MultisetTests {
  @Test func countsEachOccurrenceOnce() {
    let comparison = compareMultisets(expected: ["a", "a", "b"], actual: ["a", "c", "c"])
    #expect(comparison.matched == ["a"])
    #expect(comparison.missing == ["a", "b"])
    #expect(comparison.extra == ["c", "c"])
    let tally = comparison.tally
    #expect(tally == Tally(truePositives: 1, falsePositives: 2, falseNegatives: 2))
    #expect(abs(tally.precision - 1.0 / 3) < 1e-12)
    #expect(abs(tally.recall - 1.0 / 3) < 1e-12)
    #expect(abs(tally.f1 - 1.0 / 3) < 1e-12)
  }

  @Test func emptySidesScoreByConvention() {
    let nothing = Tally()
    #expect(nothing.precision == 1 && nothing.recall == 1 && nothing.f1 == 1)
    let invented = Tally(truePositives: 0, falsePositives: 1, falseNegatives: 0)
    #expect(invented.precision == 0 && invented.recall == 1 && invented.f1 == 0)
    let missed = Tally(truePositives: 0, falsePositives: 0, falseNegatives: 1)
    #expect(missed.precision == 1 && missed.recall == 0 && missed.f1 == 0)
    let half = Tally(truePositives: 1, falsePositives: 1, falseNegatives: 3)
    // P = 1/2, R = 1/4, F1 = 2·(1/8)/(3/4) = 1/3.
    #expect(abs(half.f1 - 1.0 / 3) < 1e-12)
  }
}

@Suite struct MatchingTests {
  @Test func conferencesPairByTitleDateAndKind() {
    let expected = [
      ScoredConference(title: "Lễ A", kind: "ceremony", date: "2024-01-02"),
      ScoredConference(title: "Hội nghị B", kind: "launch", date: "2024-02-03"),
    ]
    let actual = [
      ScoredConference(title: "hội nghị  B", kind: "launch", date: "2024-02-03"),
      ScoredConference(title: "Ký kết C", kind: "covenant"),
    ]
    #expect(conferenceMatchScore(expected[0], actual[0]) == nil)
    #expect(conferenceMatchScore(expected[1], actual[0]) == 7)
    let pairing = pairRecords(expected: 2, actual: 2) {
      conferenceMatchScore(expected[$0], actual[$1])
    }
    #expect(pairing.pairs.map(\.expected) == [0, 1, nil])
    #expect(pairing.pairs.map(\.actual) == [nil, 0, 1])
  }

  @Test func awardsPairByDecisionNumberAndFormCode() {
    // One decision conferring two forms; the tool found the number on the wrong form's award.
    let expected = [
      ScoredAward(
        decisionNumber: "12/QĐ-CTN", formCode: "huan_chuong_lao_dong_hang_ba",
        formName: "Huân chương Lao động hạng Ba"),
      ScoredAward(
        decisionNumber: "12/QĐ-CTN", formCode: "bang_khen_thu_tuong",
        formName: "Bằng khen của Thủ tướng Chính phủ"),
    ]
    let actual = [
      ScoredAward(
        decisionNumber: "12/QĐ-CTN", formCode: "bang_khen_thu_tuong",
        formName: "Bằng khen của Thủ tướng Chính phủ"),
      ScoredAward(
        formCode: "huan_chuong_lao_dong_hang_ba", formName: "Huân chương Lao động hạng Ba"),
    ]
    // Number only 4; code and name 3; number, code and name 7; nothing shared: no pair.
    #expect(awardMatchScore(expected[0], actual[0]) == 4)
    #expect(awardMatchScore(expected[0], actual[1]) == 3)
    #expect(awardMatchScore(expected[1], actual[0]) == 7)
    #expect(awardMatchScore(expected[1], actual[1]) == nil)
    let pairing = pairRecords(expected: 2, actual: 2) {
      awardMatchScore(expected[$0], actual[$1])
    }
    #expect(pairing.pairs.map(\.expected) == [0, 1])
    #expect(pairing.pairs.map(\.actual) == [1, 0])
  }

  @Test func awardsWithoutNumbersDoNotPairOnAbsentNumbers() {
    let left = ScoredAward(formCode: "giay_khen", formName: "Giấy khen")
    let right = ScoredAward(formCode: "bang_khen_thu_tuong", formName: "Bằng khen")
    #expect(awardMatchScore(left, right) == nil)
  }
}

@Suite struct CaseScoreTests {
  private let expected = ScoredPage(
    article: ScoredArticle(
      title: "Lễ đón nhận", published: "2024-01-02", author: "Thu Trang",
      captions: ["Ảnh một.", "Ảnh hai."]),
    conferences: [
      ScoredConference(
        title: "Lễ đón nhận", kind: "ceremony", date: "2024-01-02", provinces: ["Hà Tĩnh (42)"],
        participants: [
          ScoredPerson(
            name: "Phan Đình Thiện", positions: ["Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"])
        ])
    ],
    awards: [
      ScoredAward(
        decisionNumber: "1198/QĐ-CTN", formCode: "huan_chuong_lao_dong_hang_nhi",
        formName: "Huân chương Lao động hạng Nhì", collectives: 3, individuals: 7,
        recipients: [
          ScoredRecipient(name: "Trường X", kind: "collective"),
          ScoredRecipient(name: "Lê Thị Nga", kind: "individual", positions: ["Hiệu trưởng"]),
        ])
    ])

  private let actual = ScoredPage(
    article: ScoredArticle(title: "Lễ đón nhận", author: "THU TRANG", captions: ["Ảnh một."]),
    conferences: [
      // Wrong kind and date, paired by its title.
      ScoredConference(
        title: "Lễ đón nhận", kind: "annual-review", date: "2024-01-03",
        provinces: ["Hà Tĩnh (42)"],
        participants: [ScoredPerson(name: "phan đình thiện", positions: ["Phó Bí thư Tỉnh ủy"])])
    ],
    awards: [
      ScoredAward(
        decisionNumber: "1198/QĐ-CTN", formCode: "huan_chuong_lao_dong_hang_nhi",
        formName: "Huân chương Lao động hạng Nhì", collectives: 3,
        recipients: [ScoredRecipient(name: "Trường X", kind: "collective")]),
      // Invented: shares neither number nor code with the expected award.
      ScoredAward(
        formCode: "bang_khen_thu_tuong", formName: "Bằng khen của Thủ tướng Chính phủ",
        recipients: [ScoredRecipient(name: "Lê Thị Nga", kind: "individual")]),
    ])

  @Test func countsEveryFieldOverPairedAndUnpairedRecords() {
    let score = scoreCase(expected: expected, actual: actual)
    func tally(_ field: Field) -> (Int, Int, Int) {
      let t = score[field].tally
      return (t.truePositives, t.falsePositives, t.falseNegatives)
    }
    #expect(tally(.title) == (1, 0, 0))
    #expect(tally(.published) == (0, 0, 1))
    #expect(tally(.author) == (1, 0, 0))
    #expect(tally(.captions) == (1, 0, 1))
    #expect(tally(.kind) == (0, 1, 1))
    #expect(tally(.eventDate) == (0, 1, 1))
    #expect(tally(.provinces) == (1, 0, 0))
    // Participant matched; the individual recipient missing from the paired award and
    // produced on the invented one.
    #expect(tally(.people) == (1, 1, 1))
    #expect(tally(.positions) == (1, 0, 2))
    #expect(tally(.movements) == (0, 0, 0))
    #expect(tally(.decisions) == (1, 0, 0))
    #expect(tally(.forms) == (1, 1, 0))
    #expect(tally(.counts) == (1, 0, 1))
    #expect(tally(.recipients) == (1, 1, 1))
    #expect(score.missingRecords.isEmpty)
    #expect(score.extraRecords == ["award bang_khen_thu_tuong"])
    #expect(
      score[.positions].missing == [
        "phan đình thiện — Chủ tịch HĐND tỉnh", "lê thị nga — Hiệu trưởng",
      ])
    #expect(score[.counts].missing == ["individuals: 7"])
  }

  @Test func aPageAgainstItselfIsPerfect() {
    let score = scoreCase(expected: expected, actual: expected)
    for field in Field.allCases {
      #expect(score[field].tally.falsePositives == 0 && score[field].tally.falseNegatives == 0)
    }
    #expect(score[.positions].tally.truePositives == 3)
  }

  @Test func missingRecordsCostRecallOfAllTheirFields() {
    let score = scoreCase(expected: expected, actual: ScoredPage(article: expected.article))
    #expect(
      score.missingRecords == [
        "conference ceremony “Lễ đón nhận” on 2024-01-02",
        "award huan_chuong_lao_dong_hang_nhi (1198/QĐ-CTN)",
      ])
    #expect(score[.people].tally == Tally(truePositives: 0, falsePositives: 0, falseNegatives: 2))
    #expect(score[.recipients].tally.falseNegatives == 2)
    #expect(score[.title].tally.truePositives == 1)
  }

  @Test func microAveragesOverCases() {
    let sample = SampleCase(folder: "x")
    let perfect = CaseResult(
      sample: sample, score: scoreCase(expected: expected, actual: expected), expectedRecords: 2,
      actualRecords: 2, noRecord: false, errors: [])
    let flawed = CaseResult(
      sample: sample, score: scoreCase(expected: expected, actual: actual), expectedRecords: 2,
      actualRecords: 3, noRecord: false, errors: [])
    let sum = totals([perfect, flawed])
    // people: perfect (2, 0, 0) plus flawed (1, 1, 1) → P = R = 3/4.
    #expect(sum[.people] == Tally(truePositives: 3, falsePositives: 1, falseNegatives: 1))
    #expect(abs((sum[.people]?.f1 ?? 0) - 0.75) < 1e-12)
  }
}

@Suite struct DecodingTests {
  @Test func readsTheScoredFieldsAndIgnoresOthers() throws {
    let json = """
      {"version": "1.0", "source": {"sha256": "00"},
       "article": {"title": "T", "published": "2024-03-05", "paragraphs": ["p"],
                   "images": [{"src": "a.jpg"}, {"src": "b.jpg", "caption": "B"}]},
       "conferences": [{"id": "c-1", "title": "T", "kind": "ceremony", "date": "2024-03-05",
                        "dateYearInferred": true,
                        "provinces": [{"name": "Hà Tĩnh", "code": "42"}],
                        "participants": [{"name": "A", "role": "trao"}]}],
       "awards": [{"id": "a-1", "decision": {"number": "5/QĐ-UBND", "signer": "X"},
                   "form": {"code": "giay_khen", "name": "Giấy khen"},
                   "recipients": {"households": 4,
                                  "named": [{"name": "B", "kind": "individual",
                                             "posthumous": true}]}}]}
      """
    let page = try ScoredPage.decode(Array(json.utf8))
    #expect(page.article.captions == ["B"])
    #expect(page.article.author == nil)
    #expect(page.conferences.first?.provinces == ["Hà Tĩnh (42)"])
    #expect(page.conferences.first?.participants == [ScoredPerson(name: "A")])
    #expect(page.awards.first?.decisionNumber == "5/QĐ-UBND")
    #expect(page.awards.first?.households == 4)
    #expect(page.awards.first?.recipients == [ScoredRecipient(name: "B", kind: "individual")])
    #expect(page.records == 2)
  }

  @Test func anExchangeWithoutRecordsHasNone() throws {
    let page = try ScoredPage.decode(Array(#"{"article": {"title": "T"}}"#.utf8))
    #expect(page.records == 0)
  }
}

@Suite struct NoRecordTests {
  @Test func metaOrFolderNameMarksAPageThatMustYieldNothing() {
    let empty = ScoredPage()
    let withAward = ScoredPage(awards: [ScoredAward(formCode: "other", formName: "X")])
    #expect(isNoRecordCase(name: "norecord-weather", meta: nil, expected: empty))
    #expect(isNoRecordCase(name: "award-x", meta: SampleMeta(expect: "none"), expected: empty))
    #expect(!isNoRecordCase(name: "norecord-x", meta: nil, expected: withAward))
    #expect(!isNoRecordCase(name: "conference-x", meta: nil, expected: empty))
    #expect(!isNoRecordCase(name: "x", meta: SampleMeta(expect: "records"), expected: empty))
  }

  @Test func aRecordOnSuchAPageIsInvented() {
    let result = CaseResult(
      sample: SampleCase(folder: "Samples/eval/norecord-x"), score: CaseScore(),
      expectedRecords: 0, actualRecords: 1, noRecord: true, errors: [])
    #expect(result.inventedRecords)
    var failures = CheckFailures()
    failures.inventedRecords = [result]
    #expect(!failures.isEmpty)
    #expect(
      failures.messages.first?.hasPrefix("Samples/eval/norecord-x: must yield no record") == true)
  }
}

@Suite struct BaselineTests {
  @Test func roundsDownToHundredths() {
    #expect(roundedDown(0.8699) == 0.86)
    #expect(roundedDown(0.86) == 0.86)
    #expect(roundedDown(1) == 1)
    #expect(roundedDown(0) == 0)
    #expect(formatScore(roundedDown(0.29)) == "0.29")
  }

  @Test func namesEachFieldBelowItsFloor() {
    let baseline = Baseline(floors: [.people: 0.40, .title: 0.90, .forms: 0.50])
    let below = baseline.fieldsBelowFloor([.people: 0.3999, .title: 0.95, .forms: 0.5])
    #expect(below.map(\.field) == [.people])
    // A field without a floor never fails.
    #expect(baseline.fieldsBelowFloor([.author: 0]).isEmpty)
  }

  @Test func updatesRaiseFloorsUnlessLoweringIsAllowed() {
    let baseline = Baseline(floors: [.people: 0.50])
    let scores: [Field: Double] = [.people: 0.4567, .title: 0.869]
    #expect(
      baseline.updated(with: scores, yielding: [], allowingLower: false)
        == Baseline(floors: [.people: 0.50, .title: 0.86]))
    #expect(
      baseline.updated(with: scores, yielding: [], allowingLower: true)
        == Baseline(floors: [.people: 0.45, .title: 0.86]))
    #expect(
      baseline.updated(with: [.people: 0.731], yielding: [], allowingLower: false)
        == Baseline(floors: [.people: 0.73]))
  }

  @Test func noRecordExceptionsOnlyShrinkUnlessLoweringIsAllowed() {
    let baseline = Baseline(noRecordExceptions: ["eval/norecord-a", "eval/norecord-b"])
    // a still yields a record, b no longer does, c newly does.
    let yielding: Set<String> = ["eval/norecord-a", "eval/norecord-c"]
    #expect(
      baseline.updated(with: [:], yielding: yielding, allowingLower: false).noRecordExceptions
        == ["eval/norecord-a"])
    #expect(
      baseline.updated(with: [:], yielding: yielding, allowingLower: true).noRecordExceptions
        == yielding)
  }

  @Test func aListedExceptionIsANoteAndAnUnlistedOneAFailure() {
    func yielding(_ folder: String) -> CaseResult {
      CaseResult(
        sample: SampleCase(folder: folder), score: CaseScore(), expectedRecords: 0,
        actualRecords: 1, noRecord: true, errors: [])
    }
    let results = [yielding("Samples/eval/norecord-a"), yielding("Samples/eval/norecord-c")]
    let baseline = Baseline(noRecordExceptions: ["eval/norecord-a", "eval/norecord-b"])
    let failures = CheckFailures(results: results, baseline: baseline)
    #expect(failures.inventedRecords.map(\.sample.key) == ["eval/norecord-c"])
    #expect(failures.knownInventedRecords.map(\.sample.key) == ["eval/norecord-a"])
    #expect(failures.settledExceptions == ["eval/norecord-b"])
    #expect(!failures.isEmpty)
    #expect(failures.notes.count == 2)
    #expect(CheckFailures(results: [results[0]], baseline: baseline).isEmpty)
  }

  @Test func fileRoundTripsInFieldOrder() throws {
    let baseline = Baseline(floors: [.recipients: 0.5, .title: 0.93])
    let text = baseline.encoded()
    #expect(
      text
        == "{\n  \"floors\": {\n    \"title\": 0.93,\n    \"recipients\": 0.50\n  },\n"
        + "  \"noRecordExceptions\": []\n}\n")
    #expect(try Baseline.decode(Array(text.utf8)) == baseline)
    let listed = Baseline(floors: [.title: 1], noRecordExceptions: ["eval/b", "eval/a"])
    #expect(
      listed.encoded()
        == "{\n  \"floors\": {\n    \"title\": 1.00\n  },\n"
        + "  \"noRecordExceptions\": [\n    \"eval/a\",\n    \"eval/b\"\n  ]\n}\n")
    #expect(try Baseline.decode(Array(listed.encoded().utf8)) == listed)
  }

  @Test func caseKeysNameTheRootFolderAndTheCase() {
    #expect(SampleCase(folder: "Samples/eval/norecord-x").key == "eval/norecord-x")
    #expect(SampleCase(folder: "/abs/Samples/records/award-y").key == "records/award-y")
  }

  @Test func rejectsUnknownFieldsAndFloorsOutOfRange() {
    #expect(throws: Baseline.ReadError.self) {
      try Baseline.decode(Array(#"{"floors": {"peopel": 0.5}}"#.utf8))
    }
    #expect(throws: Baseline.ReadError.self) {
      try Baseline.decode(Array(#"{"floors": {"people": 1.5}}"#.utf8))
    }
  }
}
