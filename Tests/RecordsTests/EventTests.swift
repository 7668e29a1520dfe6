import PortalPage
import Records
import TestSupport
import Testing

/// Events read from the sentences of a page, in the phrasing real pages use.
struct EventTests {
  let source = Source(
    sha256: String(repeating: "cd", count: 32), encoding: "UTF-8", encodingSource: .meta,
    profile: .generic)

  func extract(
    title: String, published: Day? = "2025-10-05", _ paragraphs: [String],
    captions: [String] = []
  ) -> [Conference] {
    let images = captions.map { Article.Image(src: "a.jpg", caption: $0) }
    return RecordExtractor().extract(
      article: Article(title: title, published: published, paragraphs: paragraphs, images: images),
      source: source
    ).conferences
  }

  @Test("receiving an order, or one presented within another kind of ceremony, is no event")
  func noEmulationEvent() {
    #expect(
      extract(
        title:
          "Trung tâm Phát triển Khoa học và Công nghệ Trẻ đón nhận Huân chương Lao động Hạng Ba",
        [
          "Trung tâm vô cùng vinh dự đón nhận Huân chương Lao động Hạng Ba do Chủ tịch nước Nguyễn Phú Trọng trao tặng, cho những thành tích xuất sắc trong công tác tổ chức các phong trào nghiên cứu sáng tạo."
        ]
      ).isEmpty)
    #expect(
      extract(
        title: "Tập đoàn nhận Huân chương Lao động hạng Nhất",
        [
          "Sáng 19/8, tại Hà Nội, trong khuôn khổ buổi lễ khởi công, khánh thành 250 dự án, Tổng bí thư Tô Lâm trao tặng Huân chương Lao động hạng Nhất cho Tập đoàn Vingroup."
        ]
      ).isEmpty)
    #expect(
      extract(
        title: "Quyết định trao Huân chương Sao vàng tặng Tổng bí thư",
        ["Hôm nay, Bộ Chính trị đã có quyết định trao Huân chương Sao vàng tặng Tổng bí thư."]
      ).isEmpty)
  }

  @Test("an event greeted in the title, or named only as where people were praised, is none")
  func greetedOrReferred() {
    #expect(
      extract(
        title:
          "Hội thao giao lưu cầu lông Cụm thi đua Khối 6 chào mừng kỷ niệm 91 năm Ngày thành lập Công đoàn Việt Nam",
        ["Ngày 3/7, các đơn vị trong cụm tham gia giao lưu cầu lông."]
      ).isEmpty)
    #expect(
      extract(
        title: "Thi đua là không lùi bước",
        [
          "Dưới đây là một số hình ảnh hoạt động của những cá nhân, tập thể được biểu dương tại Đại hội thi đua yêu nước lần này."
        ]
      ).isEmpty)
  }

  @Test("a ceremony held with an emulation congress is the congress; flowers sent are no presence")
  func congressCeremonyAndFlowers() {
    let conferences = extract(
      title:
        "Lễ kỷ niệm 70 năm ngày thành lập Bộ Nội vụ, Đại hội thi đua yêu nước lần thứ III và đón nhận Huân chương Hồ Chí Minh",
      [
        "Sáng 27/8, tại Hà Nội, Bộ Nội vụ long trọng tổ chức Lễ kỷ niệm 70 năm ngày thành lập.",
        "Đồng chí Nguyễn Phú Trọng, Tổng Bí thư BCH Trung ương Đảng Cộng sản Việt Nam; đồng chí Trương Tấn Sang, Ủy viên Bộ Chính trị, Chủ tịch nước đã gửi lẵng hoa chúc mừng.",
      ])
    #expect(conferences.map(\.kind) == [.congress])
    #expect(conferences.first?.participants.isEmpty == true)
  }

  @Test("a review that names no year or half-year is kind other")
  func reviewWithoutPeriod() {
    let conferences = extract(
      title: "Công đoàn khen thưởng tập thể, cá nhân tham gia các hoạt động A80",
      [
        "Công đoàn Giáo dục Việt Nam vừa tổ chức hội nghị tổng kết, khen thưởng các tập thể, cá nhân tham gia hoạt động kỷ niệm A80."
      ])
    #expect(conferences.map(\.kind) == [.other])
  }

  @Test("an event reported by a body sentence, whatever the title says")
  func fromBody() {
    let conferences = extract(
      title: "Lan tỏa tinh thần yêu nước của toàn dân tộc",
      [
        "Các phong trào thi đua qua các thời kỳ lịch sử đã trở thành sức mạnh nội sinh to lớn của dân tộc.",
        "Sáng 5-10, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính, Chủ tịch Hội đồng Thi đua – Khen thưởng Trung ương đã chủ trì lễ phát động thi đua lập thành tích chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
      ])
    #expect(conferences.count == 1)
    #expect(conferences.first?.kind == .launch)
    #expect(conferences.first?.title == "Lan tỏa tinh thần yêu nước của toàn dân tộc")
    #expect(conferences.first?.date == EventDate("2025-10-05", yearInferred: true))
  }

  @Test(
    "meetings that are not about emulation, plans and greetings of an event give none",
    arguments: [
      (
        "Hội nghị Ban Thường vụ Tỉnh ủy",
        "Sáng 12/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị để thảo luận, cho ý kiến vào các nội dung quan trọng; biểu dương các cấp ủy."
      ),
      (
        "Tích cực chuẩn bị tổ chức Đại hội thi đua yêu nước tỉnh lần thứ V",
        "Đại hội thi đua yêu nước tỉnh Thái Nguyên lần thứ V, giai đoạn 2020-2025 dự kiến tổ chức vào ngày 28/9."
      ),
      (
        "Tưng bừng khai hội thể dục thể thao huyện Vũ Quang",
        "Đại hội TDTT lần thứ IV năm 2017 của huyện Vũ Quang (Hà Tĩnh) tổ chức sáng nay (27/9), trao 12 huy chương vàng."
      ),
      (
        "Chương trình nghệ thuật “Thi đua là yêu nước”",
        "Tối 9/12, tại Cung Thể thao Điền kinh Hà Nội, Ban Tuyên giáo Trung ương tổ chức chương trình nghệ thuật chào mừng Đại hội Thi đua yêu nước toàn quốc lần thứ X."
      ),
      (
        "12 tập thể được đề nghị tặng Cờ thi đua của Chính phủ",
        "Ngày 12/12, Hội đồng Thi đua - Khen thưởng tỉnh tổ chức hội nghị xét thưởng thành tích tổng kết năm 2022 dưới sự chủ trì của đồng chí Nguyễn Hương Giang, Chủ tịch UBND tỉnh."
      ),
      (
        "Ngày thi đấu thứ 2 Hội khỏe Phù Đổng: 10 bộ huy chương đã được trao cho các vận động viên",
        "Sau 2 ngày tranh tài, ngày 11/5/2024, Ban tổ chức đã trao 10 Huy chương Vàng, 10 Huy chương Bạc và 19 Huy chương Đồng cho các vận động viên."
      ),
      (
        "Thông báo",
        "Ban Thi đua – Khen thưởng tỉnh đề nghị các cơ quan, đơn vị tổ chức trao tặng Bằng khen cho các tập thể, cá nhân bảo đảm trang trọng."
      ),
    ])
  func none(title: String, text: String) {
    #expect(extract(title: title, [text]).isEmpty, "\(text)")
  }

  @Test("a page about two events gives one record each")
  func twoEvents() {
    let conferences = extract(
      title: "Cụm thi đua các tỉnh Tây Bắc tổng kết năm 2024",
      published: "2025-01-10",
      [
        "Sáng 9/1, tại thành phố Điện Biên Phủ, Cụm thi đua các tỉnh Tây Bắc tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.",
        "Chiều cùng ngày, Cụm thi đua các tỉnh Tây Bắc tổ chức Lễ ký kết giao ước thi đua năm 2025.",
      ])
    #expect(conferences.map(\.kind) == [.annualReview, .covenant])
    #expect(conferences.map(\.id) == ["c-cdcdcdcdcdcd-1", "c-cdcdcdcdcdcd-2"])
    #expect(conferences.last?.title == "Lễ ký kết giao ước thi đua năm 2025")
    #expect(conferences.first?.date == EventDate("2025-01-09", yearInferred: true))
  }

  @Test("another event is named as written, without its day, place or organiser")
  func secondEventName() {
    let conferences = extract(
      title: "Huyện tổng kết công tác thi đua, khen thưởng năm 2024", published: "2025-01-10",
      [
        "Sáng 9/1, UBND huyện tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.",
        "Cùng ngày, Trường THCS Tứ Xã tổ chức Lễ kỷ niệm 30 năm ngày truyền thống và đón nhận Huân chương Lao động hạng Ba tại hội trường trường.",
      ])
    #expect(conferences.map(\.kind) == [.annualReview, .ceremony])
    #expect(
      conferences.last?.title
        == "Lễ kỷ niệm 30 năm ngày truyền thống và đón nhận Huân chương Lao động hạng Ba")
    #expect(conferences.last?.organizer?.name == "Trường THCS Tứ Xã")
  }

  @Test("a second review that is not about emulation is no second record")
  func secondReviewOfOtherWork() {
    let conferences = extract(
      title: "Huyện tổng kết công tác thi đua, khen thưởng năm 2024",
      published: "2025-01-10",
      [
        "Sáng 9/1, UBND huyện tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.",
        "Chiều cùng ngày, UBND huyện tổ chức Hội nghị sơ kết công tác phòng chống thiên tai.",
      ])
    #expect(conferences.map(\.kind) == [.annualReview])
  }

  @Test("one event with two parts, and a caption of an earlier event, give one record")
  func oneEvent() {
    let conferences = extract(
      title: "Vĩnh Điện tổ chức Hội nghị tổng kết phong trào thi đua yêu nước năm 2021",
      published: "2022-01-18",
      [
        "Sáng ngày 18/01/2022, tại Hội trường cơ quan, UBND phường Vĩnh Điện đã tổ chức Hội nghị tổng kết phong trào thi đua yêu nước năm 2021 và phát động phong trào thi đua yêu nước năm 2022.",
        "Tại hội nghị, đồng chí Ngô Thanh Hải - Phó Bí thư Đảng ủy, Chủ tịch UBND phường đã phát động phong trào thi đua yêu nước năm 2022.",
      ],
      captions: [
        "Cụm thi đua hội nghị tổng kết giao ước thi đua năm 2020 và ký kết giao ước thi đua năm 2021"
      ])
    #expect(conferences.map(\.kind) == [.annualReview])
    #expect(conferences.first?.date == EventDate("2022-01-18"))
  }

  @Test("the event date: a relative day resolved with the page's date, null when none is given")
  func eventDates() {
    let yesterday = extract(
      title: "Công đoàn Việt Nam kỷ niệm 80 năm ngày thành lập", published: "2009-07-29",
      [
        "Hôm qua, Tổng Liên đoàn lao động Việt Nam tổ chức kỷ niệm 80 năm ngày thành lập Công đoàn Việt Nam và đón nhận Huân chương Sao Vàng lần thứ 2."
      ])
    #expect(yesterday.first?.date == EventDate("2009-07-28", yearInferred: true))
    #expect(yesterday.first?.kind == .ceremony)
    let unknown = extract(
      title: "Hội LHPN tỉnh tổng kết năm 2019", published: "2020-01-15",
      [
        "Vừa qua, Hội LHPN tỉnh Khánh Hòa tổ chức Hội nghị Tổng kết hoạt động Hội, phong trào phụ nữ năm 2019.",
        "Năm 2019, Hội được tặng Cờ thi đua; ngày 20/10/2019 Hội tổ chức hội thi.",
      ])
    #expect(unknown.count == 1)
    #expect(unknown.first?.date == nil)
  }

  @Test(
    "on a page without a date, a review takes its year from the period it reviews and an anniversary from its day"
  )
  func reviewWithoutPageDate() {
    let midyear = extract(
      title: "Sơ kết phong trào thi đua “Vì an ninh Tổ quốc”", published: nil,
      [
        "Ngày 13/7, tại Công an tỉnh Kon Tum, cụm thi đua số 6 – Bộ Công an đã tổ chức Hội nghị sơ kết phong trào thi đua “Vì an ninh Tổ quốc” 6 tháng đầu năm 2023."
      ])
    #expect(midyear.first?.date == EventDate("2023-07-13", yearInferred: true))
    let annual = extract(
      title: "Tổng kết công tác thi đua, khen thưởng năm 2023", published: nil,
      ["Ngày 9/1, UBND tỉnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023."])
    #expect(annual.first?.date == EventDate("2024-01-09", yearInferred: true))
    let anniversary = extract(
      title: "Biểu dương điển hình tiêu biểu năm 2023", published: nil,
      [
        "Sáng nay 7/6, UBND tỉnh tổ chức hội nghị biểu dương, tôn vinh điển hình tiêu biểu năm 2023 chào mừng kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua yêu nước (11/6/1948 - 11/6/2023)."
      ])
    #expect(anniversary.first?.date == EventDate("2023-06-07", yearInferred: true))
    let ceremony = extract(
      title: "Lễ đón nhận Huân chương", published: nil,
      ["Ngày 9/1, Trường tổ chức Lễ đón nhận Huân chương Lao động hạng Ba."])
    #expect(ceremony.first?.date == nil)
  }

  func extract(title: String, lead: String, _ paragraphs: [String], captions: [String] = [])
    -> [Conference]
  {
    let images = captions.map { Article.Image(src: "a.jpg", caption: $0) }
    return RecordExtractor().extract(
      article: Article(
        title: title, published: "2025-12-27", lead: lead, paragraphs: paragraphs,
        images: images),
      source: source
    ).conferences
  }

  @Test(
    "the organiser: units before 'tổ chức', an administrative unit, never a title or an event",
    arguments: [
      (
        "Phát động Phong trào Thi đua Quyết thắng năm 2024",
        "Ngày 18/01, Đảng ủy, Bộ Chỉ huy Quân sự (CHQS) tỉnh tổ chức phát động Phong trào thi đua Quyết thắng năm 2024.",
        Organizer(name: "Đảng ủy, Bộ Chỉ huy Quân sự tỉnh", system: .army) as Organizer?
      ),
      (
        "Đại hội Thi đua yêu nước lần thứ VI",
        "Sáng 9/9, tỉnh Quảng Ninh tổ chức Đại hội Thi đua yêu nước lần thứ VI.",
        Organizer(name: "tỉnh Quảng Ninh", system: .state)
      ),
      (
        "Thủ tướng phát động đợt thi đua cao điểm",
        "Sáng 5-10, Thủ tướng Phạm Minh Chính đã chủ trì lễ phát động thi đua.", nil
      ),
      (
        "Binh chủng Đặc công nhận danh hiệu Anh hùng",
        "Lễ trao được tổ chức tại Đại hội Thi đua yêu nước toàn quốc lần thứ 11.", nil
      ),
      (
        "Công ty Trắc địa Bản đồ kỷ niệm 30 năm ngày truyền thống",
        "Tại Hà Nội, sáng ngày 09/01/2020, Công ty trách nhiệm hữu hạn một thành viên Trắc địa Bản đồ, Cục Bản đồ, Bộ Tổng Tham mưu đã tổ chức lễ đón nhận Huân chương Lao động hạng Nhất.",
        Organizer(
          name:
            "Công ty trách nhiệm hữu hạn một thành viên Trắc địa Bản đồ, Cục Bản đồ, Bộ Tổng Tham mưu",
          system: .army)
      ),
    ])
  func organizer(title: String, text: String, organizer: Organizer?) {
    let conferences = extract(title: title, [text])
    #expect(conferences.count == 1, "\(text)")
    #expect(conferences.first?.organizer == organizer, "\(text)")
  }

  @Test("a ceremony held at a congress is the congress; its day may be only in the lead")
  func ceremonyAtCongress() {
    let conferences = extract(
      title: "Binh chủng Đặc công nhận danh hiệu Anh hùng Lực lượng vũ trang nhân dân",
      lead:
        "Sáng 27/12, danh hiệu Anh hùng Lực lượng vũ trang nhân dân thời kỳ đổi mới được trao cho 7 tập thể.",
      [
        "Lễ trao được tổ chức tại Đại hội Thi đua yêu nước toàn quốc lần thứ 11. Các tập thể được phong tặng gồm Cục Cứu hộ, Cứu nạn; Binh chủng Đặc công; Công an thành phố Hà Nội."
      ],
      captions: [
        "Tổng Bí thư Tô Lâm trao danh hiệu Anh hùng lực lượng vũ trang nhân dân cho các tập thể. Ảnh: Giang Huy"
      ])
    #expect(conferences.map(\.kind) == [.congress])
    #expect(conferences.first?.date == EventDate("2025-12-27", yearInferred: true))
    #expect(conferences.first?.provinces == [])
    #expect(
      conferences.first?.participants == [
        Person(name: "Tô Lâm", positions: ["Tổng Bí thư"], role: "trao")
      ])
  }

  @Test("a congress's period is the stage it reviews, not the term after its name")
  func congressStage() {
    let conferences = extract(
      title: "Quảng Ninh tổ chức Đại hội Thi đua yêu nước lần thứ VI",
      lead:
        "Nhiều tấm gương điển hình, tiên tiến trong phong trào thi đua yêu nước giai đoạn 2020 - 2025 đã vươn lên.",
      ["Sáng 9/9, tỉnh Quảng Ninh tổ chức Đại hội Thi đua yêu nước lần thứ VI (2025 - 2030)."])
    #expect(
      conferences.first?.period
        == Period(year: 2020, part: .span, from: "2020-01-01", to: "2025-12-31"))
  }

  @Test("a person given an award in a caption is a recipient, not a participant")
  func captionRecipient() {
    let conferences = extract(
      title: "Trường THCS Tứ Xã đón nhận Huân chương Lao động hạng Ba",
      ["Sáng 18/11, UBND xã Phùng Nguyên tổ chức Lễ đón nhận Huân chương Lao động hạng Ba."],
      captions: [
        "Lãnh đạo xã Phùng Nguyên trao Bằng khen của Thủ tướng Chính phủ cho đồng chí Nguyễn Ngọc Cầu, Hiệu trưởng Trường THCS Tứ Xã."
      ])
    #expect(conferences.first?.participants == [])
  }

  @Test("the rule behind each conference names the sentence that reported it")
  func rules() {
    let article = Article(
      title: "Cụm thi đua các tỉnh Tây Bắc tổng kết năm 2024", published: "2025-01-10",
      paragraphs: [
        "Sáng 9/1, Cụm thi đua các tỉnh Tây Bắc tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.",
        "Chiều cùng ngày, Cụm thi đua tổ chức Lễ ký kết giao ước thi đua năm 2025.",
      ])
    let rules = RecordExtractor().conferenceRules(article: article)
    #expect(rules.count == 2)
    #expect(rules.first?.hasPrefix("the title names the event (annual-review)") == true)
    #expect(rules.last?.contains("opens on another event") == true)
    #expect(rules.last?.contains("Chiều cùng ngày") == true)
    #expect(RecordExtractor().conferenceRules(article: Article(title: "Thời tiết")).isEmpty)
  }

  @Test("a title's event is reported by a sentence that refers to it ('Tại hội nghị, …')")
  func titleEventReferred() {
    let conferences = extract(
      title: "Tỉnh Lào Cai tổng kết công tác thi đua, khen thưởng năm 2023",
      ["Tại hội nghị, các đại biểu đã thảo luận nhiều giải pháp nâng cao chất lượng phong trào."])
    #expect(conferences.map(\.kind) == [.annualReview])
    #expect(conferences.first?.date == nil)
  }

  @Test("odd punctuation before an event verb does not stop the reading")
  func oddPunctuation() {
    let conferences = extract(
      title: "Tổng kết thi đua",
      [
        ", , Công ty A, , Cục B,  tổ chức Hội nghị tổng kết công tác thi đua năm 2024.",
        ",tổ chức lễ đón nhận Huân chương", "Lễ",
      ])
    #expect(conferences.count <= 1)
  }

  @Test("an event that honours exemplars is a ceremony")
  func honouring() {
    let conferences = extract(
      title: "Biểu dương 122 tập thể, cá nhân điển hình tiêu biểu năm 2023",
      ["Sáng nay 7/6, UBND tỉnh tổ chức hội nghị tôn vinh điển hình tiêu biểu năm 2023."])
    #expect(conferences.map(\.kind) == [.ceremony])
    let body = extract(
      title: "Tin hoạt động",
      ["Sáng 10/1, UBND huyện tổ chức Hội nghị tôn vinh điển hình tiên tiến năm 2023."])
    #expect(body.map(\.kind) == [.ceremony])
    let work = extract(
      title: "Tin hoạt động",
      [
        "Chiều ngày 5-3, Sở Nội vụ đã tổ chức Hội nghị triển khai công tác thi đua, khen thưởng năm 2024."
      ])
    #expect(work.map(\.kind) == [.other])
  }

  @Test("a launch that signs a covenant is a covenant; a review that signs one stays a review")
  func launchCovenant() {
    let title = extract(
      title: "Cụm Thi đua số 02 phát động, ký kết giao ước thi đua năm 2024",
      [
        "Ngày 29/3/2024, tại Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng đã diễn ra Hội nghị phát động, ký kết Giao ước thi đua năm 2024 của các thành viên trong Cụm thi đua số 02."
      ])
    #expect(title.map(\.kind) == [.covenant])
    let body = extract(
      title: "Tin hoạt động",
      ["Sáng 25/3, Khối thi đua 8 tổ chức Hội nghị phát động và ký kết giao ước thi đua năm 2024."])
    #expect(body.map(\.kind) == [.covenant])
    let bare = extract(
      title: "Khối thi đua 8 phát động ký kết thi đua năm 2024",
      ["Sáng 25/3, Khối thi đua 8 tổ chức Hội nghị phát động ký kết thi đua năm 2024."])
    #expect(bare.map(\.kind) == [.covenant])
    let launch = extract(
      title: "Tin hoạt động",
      [
        "Sáng 5-10, tỉnh tổ chức Lễ phát động thi đua lập thành tích chào mừng Đại hội Đảng bộ tỉnh, các đơn vị đã ký kết giao ước thi đua."
      ])
    #expect(launch.map(\.kind) == [.launch])
    let review = extract(
      title:
        "Cụm thi đua các tỉnh Bắc Trung Bộ tổng kết công tác thi đua, khen thưởng năm 2023 và ký kết giao ước thi đua năm 2024",
      ["Sáng 9/3, tại Huế, Cụm thi đua các tỉnh Bắc Trung Bộ tổ chức Hội nghị tổng kết năm 2023."])
    #expect(review.map(\.kind) == [.annualReview])
  }

  @Test("a meeting about how to hold an event is not the event")
  func meetingAboutEvent() {
    let conferences = extract(
      title: "Họp chuẩn bị tổ chức Hội nghị điển hình tiên tiến 2015-2020",
      [
        "UBND huyện Thanh ba vừa tổ chức họp để thống nhất các nội dung tổ chức Hội nghị điển hình tiên tiến giai đoạn 2015-2020 và triển khai công tác thi đua khen thưởng giai đoạn 2020-2025."
      ])
    #expect(conferences.isEmpty)
    let held = extract(
      title: "Tin hoạt động",
      ["Sáng 7/7, UBND huyện Thanh Ba tổ chức Hội nghị điển hình tiên tiến giai đoạn 2015-2020."])
    #expect(held.map(\.kind) == [.ceremony])
  }

  @Test("a prize for exemplary units is an award event; a contest's prize is not")
  func exemplarPrize() {
    let conferences = extract(
      title: "Đà Nẵng: Trao giải thưởng chi hội phụ nữ tiêu biểu", published: "2013-03-06",
      [
        "PNO - Ngày 6/3, Hội LHPN TP.Đà Nẵng đã tổ chức lễ trao giải thưởng Chi hội phụ nữ tiêu biểu năm 2012."
      ])
    #expect(conferences.map(\.kind) == [.ceremony])
    #expect(conferences.first?.date == EventDate("2013-03-06", yearInferred: true))
    let contest = extract(
      title: "Trao giải cuộc thi ảnh đẹp", published: "2013-03-06",
      [
        "Ngày 6/3, Hội Nhiếp ảnh thành phố đã tổ chức lễ trao giải thưởng cuộc thi ảnh đẹp năm 2012."
      ])
    #expect(contest.isEmpty)
  }

  @Test("a ceremony reported only by the conferral in the lead, with its day and place")
  func conferralCeremony() {
    let lead =
      "(Sóng trẻ) - Sáng 10/1, tại Nhà hát Lớn Hà Nội, 479 Nghệ sĩ cả nước đã được Nhà nước phong tặng danh hiệu Nghệ sĩ Nhân dân, Nghệ sĩ Ưu tú."
    let conferences = extract(
      title: "479 nghệ sĩ cả nước nhận danh hiệu Nghệ sĩ Nhân dân, Nghệ sĩ Ưu tú", published: nil,
      [
        lead,
        "Nhiều nghệ sĩ nổi tiếng được phong tặng đợt này như NSND Minh Châu, NSND Tiến Đạt, NSƯT Quang Thắng.",
      ])
    #expect(conferences.map(\.kind) == [.ceremony])
    #expect(conferences.first?.venue?.place == "Nhà hát Lớn Hà Nội")
    #expect(conferences.first?.participants.isEmpty == true)
    // A decision signed on a day, or a conferral without a place, is no ceremony.
    let decision = extract(
      title: "479 nghệ sĩ nhận danh hiệu", published: nil,
      [
        "Sáng 10/1, tại Hà Nội, Chủ tịch nước đã ký quyết định phong tặng danh hiệu Nghệ sĩ Nhân dân cho 102 nghệ sĩ."
      ])
    #expect(decision.isEmpty)
    let noPlace = extract(
      title: "479 nghệ sĩ nhận danh hiệu", published: nil,
      ["Sáng 10/1, 479 nghệ sĩ cả nước đã được Nhà nước phong tặng danh hiệu Nghệ sĩ Nhân dân."])
    #expect(noPlace.isEmpty)
  }

  @Test(
    "a chair after 'dưới sự chủ trì của' is a participant; a person quoted in a report shown at the event is not"
  )
  func recordedReport() {
    let conferences = extract(
      title: "Đại hội Thi đua yêu nước Binh chủng Đặc công lần thứ X",
      [
        "Sáng 5/10, Binh chủng Đặc công tổ chức Đại hội Thi đua quyết thắng lần thứ X dưới sự chủ trì của Thiếu tướng Lê Văn Hân, Tư lệnh Binh chủng.",
        "Chia sẻ trong phóng sự trình chiếu tại Đại hội, đại tá Phạm Ngọc Vũ, Phó tư lệnh kiêm Tham mưu trưởng Binh chủng Đặc công, cho biết người lính đặc công luôn phải có quyết tâm cao.",
        "Phát biểu tại Đại hội, đại tá Nguyễn Văn Nam, Chính ủy Binh chủng, biểu dương các tập thể.",
      ])
    let names = conferences.first?.participants.map(\.name) ?? []
    #expect(names.contains("Lê Văn Hân"))
    #expect(names.contains("Nguyễn Văn Nam"))
    #expect(!names.contains("Phạm Ngọc Vũ"))
  }

  @Test("the place of the body's event sentence wins over a province of the headline")
  func eventPlaceOverHeadline() throws {
    let conferences = extract(
      title: "Quảng Trị có 3 nhà giáo được tặng danh hiệu Nhà giáo Ưu tú",
      [
        "Sáng 19-11, tại Thủ đô Hà Nội, Bộ Giáo dục và Đào tạo tổ chức lễ kỷ niệm ngày Nhà giáo Việt Nam và trao tặng danh hiệu Nhà giáo Ưu tú năm 2025.",
        "Trong đó, Quảng Trị có ba nhà giáo được tặng danh hiệu Nhà giáo Ưu tú.",
      ])
    let conference = try #require(conferences.first)
    #expect(conference.provinces.map(\.name) == ["Hà Nội"])
    #expect(conference.venue?.province?.name == "Hà Nội")
  }

  @Test("without a place in the event sentence the headline's province stays")
  func headlineProvinceWithoutPlace() throws {
    let conferences = extract(
      title: "Quảng Trị: Hội nghị biểu dương điển hình tiên tiến năm 2025",
      [
        "Sáng 19-11, Ủy ban nhân dân tỉnh tổ chức Hội nghị biểu dương điển hình tiên tiến và tặng Bằng khen cho 20 tập thể."
      ])
    let conference = try #require(conferences.first)
    #expect(conference.provinces.map(\.name) == ["Quảng Trị"])
  }
}
