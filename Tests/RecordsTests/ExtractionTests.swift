import PortalPage
import Records
import TestSupport
import Testing

/// Rules of record extraction on short articles written in the forms real pages use.
struct ExtractionTests {
  let source = Source(
    sha256: String(repeating: "ab", count: 32), encoding: "UTF-8", encodingSource: .meta,
    profile: .generic)

  func extract(title: String, published: Day? = "2023-08-10", _ paragraphs: [String])
    -> (conferences: [Conference], awards: [Award])
  {
    RecordExtractor().extract(
      article: Article(title: title, published: published, paragraphs: paragraphs),
      source: source)
  }

  @Test(
    "the kind of a conference comes from the event words of the title",
    arguments: [
      ("Cụm thi đua các tỉnh Tây Bắc sơ kết 6 tháng đầu năm 2023", Conference.Kind.midyearReview),
      ("Tỉnh Lào Cai tổng kết công tác thi đua, khen thưởng năm 2022", .annualReview),
      ("Cụm thi đua 5 thành phố ký kết giao ước thi đua năm 2023", .covenant),
      ("UBND tỉnh phát động phong trào thi đua “Chung sức xây dựng nông thôn mới”", .launch),
      ("Đại hội Thi đua yêu nước tỉnh Bến Tre lần thứ VI", .congress),
      ("Bệnh viện tỉnh đón nhận Huân chương Lao động hạng Nhì", .ceremony),
      ("Lễ kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc", .ceremony),
      ("Hội nghị biểu dương điển hình tiên tiến trong phong trào thi đua ngành Y tế", .ceremony),
      ("Tỉnh Bình Định biểu dương 100 điển hình tiên tiến trong phong trào thi đua", .ceremony),
    ])
  func kinds(title: String, kind: Conference.Kind) {
    let (conferences, _) = extract(
      title: title, ["Sáng 9/8, UBND tỉnh tổ chức hội nghị tại Hội trường tỉnh."])
    #expect(conferences.map(\.kind) == [kind], "\(title)")
    #expect(conferences.first?.id == "c-abababababab-1")
    #expect(conferences.first?.title == title)
  }

  @Test("a mid-year review gets its half, date and movements")
  func midyear() {
    let (conferences, awards) = extract(
      title: "Cụm thi đua sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023",
      [
        "Chiều 27/7, tại thành phố Lào Cai, Cụm thi đua các tỉnh Tây Bắc tổ chức hội nghị.",
        "Các tỉnh thực hiện phong trào “Cả nước chung sức xây dựng nông thôn mới”; “Vì người nghèo”, Đề án “Chuyển đổi số” và danh hiệu “Cơ quan văn hóa”.",
      ])
    #expect(awards.isEmpty)
    let conference = conferences.first
    #expect(
      conference?.period == Period(year: 2023, part: .h1, from: "2023-01-01", to: "2023-06-30"))
    #expect(conference?.date == EventDate("2023-07-27", yearInferred: true))
    #expect(
      conference?.movements == ["Cả nước chung sức xây dựng nông thôn mới", "Vì người nghèo"])
    #expect(conference?.venue?.place == "thành phố Lào Cai")
    #expect(conference?.organizer?.system == .state)
  }

  @Test("an award decision: number, date, issuer, form, counts and reason")
  func decision() {
    let (conferences, awards) = extract(
      title: "Khen thưởng các tập thể, cá nhân",
      [
        "Theo Quyết định số 163/QĐ-UBND ngày 29/01/2024 của Chủ tịch UBND tỉnh, tặng Bằng khen của Chủ tịch UBND tỉnh cho 06 tập thể, 06 cá nhân, vì: Đã có thành tích xuất sắc trong xây dựng nông thôn mới."
      ])
    #expect(conferences.isEmpty)
    #expect(awards.count == 1)
    let award = awards.first
    #expect(award?.id == "a-abababababab-1")
    #expect(
      award?.decision
        == Decision(number: "163/QĐ-UBND", date: "2024-01-29", issuer: "Chủ tịch UBND tỉnh"))
    #expect(award?.recipients.collectives == 6)
    #expect(award?.recipients.individuals == 6)
    #expect(award?.reason == "Đã có thành tích xuất sắc trong xây dựng nông thôn mới")
    #expect(award?.form.name.hasPrefix("Bằng khen") == true)
  }

  @Test(
    "proposals, criteria and statistics are not awards",
    arguments: [
      "Hội nghị thống nhất đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho tỉnh Nghệ An.",
      "Danh hiệu Chiến sĩ thi đua cấp tỉnh được xét tặng cho cá nhân có thành tích tiêu biểu.",
      "Giai đoạn 2019 - 2024, toàn tỉnh có 156 tập thể, cá nhân được tặng Bằng khen của Thủ tướng Chính phủ.",
      "Ban Thi đua đề nghị các cơ quan tổ chức trao tặng Bằng khen cho các tập thể, cá nhân.",
    ])
  func notAwards(text: String) {
    let (_, awards) = extract(title: "Thông báo", [text])
    #expect(awards.isEmpty, "\(text)")
  }

  @Test("a page about something else gives no record")
  func unrelated() {
    let (conferences, awards) = extract(
      title: "Treo cờ Tổ quốc dịp Tết Nguyên đán",
      ["Ngày 02/02/2024, UBND tỉnh ban hành Công văn số 238/UBND-KGVX về việc treo cờ Tổ quốc."])
    #expect(conferences.isEmpty)
    #expect(awards.isEmpty)
  }

  @Test("recipients: a named collective after “cho”, people in a list after “gồm”")
  func recipients() {
    let (_, awards) = extract(
      title: "Trao thưởng",
      [
        "Ngày 12/7/2023, Chủ tịch nước đã ký Quyết định số 1025/QĐ-CTN tặng Huân chương Lao động hạng Ba cho Trường THPT chuyên Hạ Long, tỉnh Quảng Ninh vì đã có thành tích xuất sắc.",
        "UBND tỉnh tặng Giấy khen cho 02 cá nhân gồm: ông Nguyễn Văn Hùng, Bí thư Chi bộ xóm 5; bà Trần Thị Hoa, Chi hội trưởng Chi hội Phụ nữ.",
      ])
    #expect(awards.count == 2)
    #expect(awards.first?.decision?.issuer == "Chủ tịch nước")
    #expect(awards.first?.decision?.date == "2023-07-12")
    #expect(
      awards.first?.recipients.named == [
        Recipient(name: "Trường THPT chuyên Hạ Long", kind: .collective)
      ])
    #expect(
      awards.last?.recipients.named.map(\.name) == ["Nguyễn Văn Hùng", "Trần Thị Hoa"])
    #expect(awards.last?.recipients.named.first?.positions == ["Bí thư Chi bộ xóm 5"])
  }

  @Test("participants are merged by name, keeping the fuller list of positions")
  func participantsMerged() {
    let (conferences, _) = extract(
      title: "Tỉnh tổng kết công tác thi đua năm 2022",
      [
        "Dự hội nghị có đồng chí Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
        "Phát biểu tại hội nghị, đồng chí Nguyễn Văn Sơn đề nghị các ngành tiếp tục đổi mới.",
      ])
    #expect(
      conferences.first?.participants == [
        Person(
          name: "Nguyễn Văn Sơn", positions: ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"],
          role: "phát biểu")
      ])
  }

  @Test("two runs give the same records")
  func deterministic() {
    let paragraphs = [
      "Sáng 9/8, UBND tỉnh tổ chức Lễ trao Bằng khen của Chủ tịch UBND tỉnh cho 12 tập thể, 15 cá nhân."
    ]
    let a = extract(title: "Lễ trao thưởng", paragraphs)
    let b = extract(title: "Lễ trao thưởng", paragraphs)
    #expect(a.conferences == b.conferences)
    #expect(a.awards == b.awards)
    #expect(a.awards.first?.conference == a.conferences.first?.id)
  }

  @Test("a quoted title conferred by a decision is an award; a count of titles is not")
  func titleByDecision() {
    let (_, awards) = extract(
      title: "Thành đoàn tuyên dương thanh niên tiêu biểu",
      [
        "Dịp này, Ban Thường vụ Thành đoàn tuyên dương 15 cá nhân đạt danh hiệu “Thanh niên sống đẹp” năm 2023 theo Quyết định số 12-QĐ/TĐTN-VP ngày 01/3/2024 của Ban Thường vụ Thành đoàn.",
        "Toàn thành phố có 92% hộ gia đình đạt danh hiệu “Gia đình văn hóa”.",
      ])
    #expect(awards.count == 1)
    #expect(awards.first?.form == AwardForm(code: "other", name: "Thanh niên sống đẹp"))
    #expect(awards.first?.recipients.individuals == 15)
    #expect(
      awards.first?.decision
        == Decision(
          number: "12-QĐ/TĐTN-VP", date: "2024-03-01", issuer: "Ban Thường vụ Thành đoàn"))
  }

  @Test("a title proposed by a decision is no award")
  func titleProposed() {
    let (_, awards) = extract(
      title: "Đề nghị danh hiệu",
      [
        "Hội đồng đề nghị tặng 10 cá nhân danh hiệu “Gương mặt trẻ tiêu biểu” theo Quyết định số 45-QĐ/TĐTN-VP."
      ])
    #expect(awards.isEmpty)
  }

  @Test("a bare Bằng khen takes the code of its giver; without one it is other")
  func bareCertificate() {
    let given = extract(
      title: "Tổng kết năm 2023",
      ["Tại hội nghị, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 20 tập thể, 25 cá nhân."]
    ).awards
    #expect(given.first?.form == AwardForm(code: "bang_khen_bo_nganh_tinh", name: "Bằng khen"))
    let bare = extract(
      title: "Tổng kết năm 2023", ["Tại hội nghị, 20 tập thể được tặng Bằng khen."]
    ).awards
    #expect(bare.first?.form == AwardForm(code: "other", name: "Bằng khen"))
  }

  @Test("a venue in a provincial seat city gives its province")
  func venueInSeatCity() {
    let (conferences, _) = extract(
      title: "Cụm thi đua ký kết giao ước thi đua năm 2024",
      ["Ngày 15/3, tại TP. Buôn Ma Thuột, Cụm thi đua các tỉnh Tây Nguyên tổ chức hội nghị."])
    #expect(conferences.first?.venue?.place == "TP. Buôn Ma Thuột")
    #expect(conferences.first?.venue?.province?.code == "66")
  }
}
