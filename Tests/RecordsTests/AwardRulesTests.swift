import Foundation
import PortalPage
import Records
import TestSupport
import Testing

/// The grammar of conferrals, recipients and decision documents, on sentences written the way
/// portals and newspapers write them.
struct AwardRulesTests {
  let source = Source(
    sha256: String(repeating: "cd", count: 32), encoding: "UTF-8", encodingSource: .meta,
    profile: .generic)

  func awards(
    title: String = "Khen thưởng", published: Day? = "2024-01-02", _ paragraphs: [String]
  )
    -> [Award]
  {
    RecordExtractor().extract(
      article: Article(title: title, published: published, paragraphs: paragraphs),
      source: source
    ).awards
  }

  // MARK: Conferring verbs

  @Test(
    "every conferring verb gives the form it governs",
    arguments: [
      (
        "Phó Thủ tướng Nguyễn Xuân Phúc vừa ký Quyết định phong tặng danh hiệu Chiến sĩ thi đua toàn quốc cho 2 cá nhân.",
        "cstd_toan_quoc"
      ),
      (
        "Ngày 10/2, Thủ tướng đã quyết định truy tặng Bằng khen của Thủ tướng Chính phủ cho em Hoàng Đức Hải.",
        "bang_khen_thu_tuong"
      ),
      (
        "Chủ tịch UBND tỉnh trao tặng Cờ thi đua của UBND tỉnh cho 05 tập thể dẫn đầu các cụm thi đua.",
        "co_thi_dua_bo_nganh_tinh"
      ),
      (
        "Trường THPT chuyên Hà Tĩnh vinh dự đón nhận Huân chương Lao động hạng Nhì.",
        "huan_chuong_lao_dong_hang_nhi"
      ),
      (
        "Nguyên Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân vinh dự được nhận Huân chương Độc lập hạng Nhì.",
        "huan_chuong_doc_lap_hang_nhi"
      ),
      (
        "12 tập thể của thành phố được tặng Bằng khen của Thủ tướng Chính phủ.",
        "bang_khen_thu_tuong"
      ),
      (
        "Chủ tịch nước tặng HUÂN CHƯƠNG LAO ĐỘNG HẠNG BA cho Trường Mầm non Xuân Dục.",
        "huan_chuong_lao_dong_hang_ba"
      ),
      (
        "Chủ tịch nước tặng Huân chương lao động hạng ba cho Trường Mầm non Xuân Dục.",
        "huan_chuong_lao_dong_hang_ba"
      ),
      (
        "UBND tỉnh Khánh Hoà đón nhận Huân chương Lao động hạng I.",
        "huan_chuong_lao_dong_hang_nhat"
      ),
    ])
  func verbs(text: String, code: String) {
    let found = awards([text])
    #expect(found.map(\.form.code.rawValue) == [code], "\(text)")
  }

  @Test("decomposed text (NFD) is read like precomposed text")
  func nfd() {
    let text = "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Trường Mầm non Xuân Dục."
    let found = awards([text.decomposedStringWithCanonicalMapping])
    #expect(found.map(\.form.code) == ["huan_chuong_lao_dong_hang_ba"])
  }

  // MARK: Counts

  @Test("a count before “được” belongs to the form that follows it")
  func passiveCountsPerForm() {
    let found = awards([
      "Trong đợt phong tặng lần thứ 8 này, có 102 nghệ sỹ được trao tặng danh hiệu Nghệ sỹ Nhân dân và 377 nghệ sỹ được trao tặng danh hiệu Nghệ sỹ Ưu tú."
    ])
    #expect(found.map(\.form.code) == ["nghe_si_nhan_dan", "nghe_si_uu_tu"])
    #expect(found.map(\.recipients.individuals) == [102, 377])
  }

  @Test("a total over forms conferred together is no count of either")
  func totalOverForms() {
    let found = awards([
      "Sáng 10/1, tại Nhà hát Lớn Hà Nội, 479 Nghệ sĩ cả nước đã được Nhà nước phong tặng danh hiệu Nghệ sĩ Nhân dân, Nghệ sĩ Ưu tú."
    ])
    #expect(found.isEmpty)
  }

  @Test("counts with a thousands separator and the nouns of honorary titles")
  func thousands() {
    let found = awards([
      "Chủ tịch nước Võ Văn Thưởng vừa ký Quyết định số 1582/QĐ - CTN về việc phong tặng danh hiệu “Nhà giáo Ưu tú” cho 1.031 nhà giáo trên toàn quốc."
    ])
    #expect(found.count == 1)
    #expect(found.first?.form.code == "nha_giao_uu_tu")
    #expect(found.first?.recipients.individuals == 1031)
    #expect(found.first?.decision?.number == "1582/QĐ-CTN")
    #expect(found.first?.decision?.issuer == "Chủ tịch nước")
  }

  @Test("“count + form” lists give one award per form with its count")
  func countThenForm() {
    let found = awards([
      "Tại buổi lễ, Chủ tịch nước trao 4 Huân chương Lao động hạng Ba, 2 Huân chương Dũng cảm và 5 Bằng khen của Thủ tướng Chính phủ cho các cá nhân có thành tích xuất sắc."
    ])
    #expect(
      found.map(\.form.code) == [
        "huan_chuong_lao_dong_hang_ba", "huan_chuong_dung_cam", "bang_khen_thu_tuong",
      ])
    #expect(found.map(\.recipients.individuals) == [4, 2, 5])
  }

  @Test("a count over a period is a statistic, a count of this round is not")
  func statistics() {
    #expect(
      awards([
        "Từ năm 1988 đến nay, Nhà nước đã phong tặng danh hiệu Nhà giáo nhân dân cho 356 nhà giáo."
      ]).isEmpty)
    #expect(
      awards([
        "Giai đoạn 2015 - 2020, UBND tỉnh đã tặng Bằng khen của Chủ tịch UBND tỉnh cho 120 tập thể."
      ]).isEmpty)
    #expect(
      awards(["Trong đợt này, có 12 tập thể được tặng Bằng khen của Chủ tịch UBND tỉnh."]).map(
        \.recipients.collectives) == [12])
  }

  // MARK: Abbreviations

  @Test("holders named by a title's abbreviation are its recipients")
  func abbreviations() {
    let found = awards([
      "Nhiều nghệ sĩ nổi tiếng được phong tặng đợt này như NSND Minh Châu, NSND Tiến Đạt, NSND Tự Long, NSƯT Quang Thắng, NSƯT Hoài Linh."
    ])
    #expect(found.map(\.form.code) == ["nghe_si_nhan_dan", "nghe_si_uu_tu"])
    #expect(found.first?.recipients.named.map(\.name) == ["Minh Châu", "Tiến Đạt", "Tự Long"])
    #expect(found.last?.recipients.named.map(\.name) == ["Quang Thắng", "Hoài Linh"])
  }

  @Test("an abbreviation after another form is the title of its recipient, not an award")
  func abbreviationAsTitle() {
    let found = awards([
      "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch trao Bằng khen của Bộ trưởng cho NSND Quang Thọ."
    ])
    #expect(found.map(\.form.code) == ["bang_khen_bo_nganh_tinh"])
  }

  @Test("a negated conferral is none")
  func negated() {
    #expect(
      awards([
        "Đợt phong tặng lần này vẫn còn nhiều ý kiến khác nhau về việc một số nghệ sĩ nổi tiếng như NSƯT Chí Trung, NSƯT Minh Hằng vẫn chưa được phong tặng danh hiệu."
      ]).isEmpty)
  }

  // MARK: Recipients

  @Test("a list announced by “cho … là:” with one line per person, then the reason")
  func dashLines() {
    let found = awards([
      "Phó Thủ tướng Chính phủ Nguyễn Xuân Phúc vừa ký Quyết định phong tặng danh hiệu Chiến sĩ thi đua toàn quốc cho 2 cá nhân là:",
      "- Ông Trần Văn Tấn, Phó Trưởng đoàn Đại biểu Quốc hội tỉnh Tiền Giang;",
      "- Ông Nguyễn Văn Châu, Giám đốc Sở Khoa học và Công nghệ;",
      "vì đã có thành tích tiêu biểu, xuất sắc trong phong trào thi đua yêu nước, góp phần vào sự nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc.",
    ])
    #expect(found.count == 1)
    #expect(found.first?.recipients.individuals == 2)
    #expect(
      found.first?.recipients.named == [
        Recipient(
          name: "Trần Văn Tấn", kind: .individual,
          positions: ["Phó Trưởng đoàn Đại biểu Quốc hội tỉnh Tiền Giang"]),
        Recipient(
          name: "Nguyễn Văn Châu", kind: .individual,
          positions: ["Giám đốc Sở Khoa học và Công nghệ"]),
      ])
    #expect(found.first?.reason?.hasPrefix("đã có thành tích tiêu biểu") == true)
  }

  @Test("collectives after “gồm:” separated by commas and “và”")
  func commaAndList() {
    let found = awards([
      "Thủ tướng Chính phủ vừa ban hành Quyết định 1290/QĐ-TTg tặng Cờ thi đua của Thủ tướng Chính phủ cho 4 tập thể thuộc tỉnh Tiền Giang đã hoàn thành xuất sắc, toàn diện nhiệm vụ công tác, dẫn đầu phong trào thi đua yêu nước năm 2015 gồm: Ban Tổ chức Tỉnh ủy, Văn phòng Ủy ban nhân dân tỉnh, Hội Nông dân tỉnh và Sở Y tế."
    ])
    #expect(found.first?.decision?.number == "1290/QĐ-TTg")
    #expect(found.first?.form.code == "co_thi_dua_chinh_phu")
    #expect(found.first?.recipients.collectives == 4)
    #expect(
      found.first?.recipients.named.map(\.name) == [
        "Ban Tổ chức Tỉnh ủy", "Văn phòng Ủy ban nhân dân tỉnh", "Hội Nông dân tỉnh", "Sở Y tế",
      ])
  }

  @Test("posthumous recipients, with the parenthesis after the name as detail")
  func posthumousAndDetail() {
    let found = awards([
      "Chủ tịch nước Nguyễn Phú Trọng đã ký Quyết định truy tặng danh hiệu vinh dự Nhà nước \"Bà mẹ Việt Nam Anh hùng\" cho 01 mẹ đã có nhiều cống hiến, hy sinh vì sự nghiệp giải phóng dân tộc, xây dựng và bảo vệ Tổ quốc.",
      "Theo đó, tại Quyết định số 2207/QĐ-CTN ngày 29/11/2018, Chủ tịch nước truy tặng danh hiệu vinh dự Nhà nước \"Bà mẹ Việt Nam Anh hùng\" cho bà Mai Thị Đây (Nguyên quán tại xã Đại Cường, huyện Đại Lộc, tỉnh Quảng Nam), cư trú tại xã Quảng Sơn, huyện Đắk Glong, tỉnh Đắk Nông.",
    ])
    #expect(found.count == 1)
    let award = found.first
    #expect(
      award?.decision
        == Decision(number: "2207/QĐ-CTN", date: "2018-11-29", issuer: "Chủ tịch nước"))
    #expect(award?.recipients.individuals == 1)
    #expect(
      award?.recipients.named == [
        Recipient(
          name: "Mai Thị Đây", kind: .individual,
          detail: "Nguyên quán tại xã Đại Cường, huyện Đại Lộc, tỉnh Quảng Nam", posthumous: true)
      ])
    #expect(award?.reason?.hasPrefix("đã có nhiều cống hiến") == true)
  }

  @Test("“tặng, truy tặng” together marks nobody posthumous")
  func mixedPosthumous() {
    let found = awards([
      "Chủ tịch nước tặng, truy tặng danh hiệu Nghệ sĩ Nhân dân cho ông Nguyễn Văn Hạnh."
    ])
    #expect(found.first?.recipients.named.first?.posthumous == false)
  }

  // MARK: Decisions that name no form

  @Test("decisions after the sentence that named the form; the total of them is no record")
  func decisionsWithoutForm() {
    let found = awards([
      "Nhân dịp kỷ niệm 38 năm Ngày giải phóng hoàn toàn miền Nam, ngày 25/4 vừa qua, Chủ tịch nước đã ký quyết định phong tặng, truy tặng danh hiệu Anh hùng Lực lượng vũ trang Nhân dân cho 28 tập thể, 34 cá nhân có thành tích đặc biệt xuất sắc trong các cuộc kháng chiến chống Pháp, chống Mỹ, cứu nước.",
      "Theo đó, Qyết định số 803/QĐ-CTN, truy tặng 19 cá nhân có thành tích đặc biệt xuất sắc trong cuộc kháng chiến chống Mỹ. Quyết định số 804/QĐ-CTN, phong tặng 23 tập thể và 5 cá nhân có thành tích đặc biệt xuất sắc trong cuộc kháng chiến chống Mỹ.",
      "Còn Quyết định số 805/QĐ-CTN, truy tặng 8 cá nhân có thành tích đặc biệt xuất sắc trong cuộc kháng chiến chống thực dân Pháp. Quyết định số 806/QĐ-CTN, phong tặng 5 tập thể, 2 cá nhân có thành tích đặc biệt xuất sắc trong cuộc kháng chiến chống thực dân Pháp./.",
    ])
    #expect(
      found.compactMap(\.decision?.number) == [
        "803/QĐ-CTN", "804/QĐ-CTN", "805/QĐ-CTN", "806/QĐ-CTN",
      ])
    #expect(found.allSatisfy { $0.form.code == "anh_hung_llvtnd" })
    #expect(found.allSatisfy { $0.decision?.issuer == "Chủ tịch nước" })
    #expect(found.map(\.recipients.individuals) == [19, 5, 8, 2])
    #expect(
      found.last?.reason
        == "có thành tích đặc biệt xuất sắc trong cuộc kháng chiến chống thực dân Pháp")
  }

  // MARK: Never an award

  @Test(
    "proposals, consultations, criteria, explanations and sports results are not awards",
    arguments: [
      [
        "Tỉnh Hưng Yên đang hoàn thiện hồ sơ đề nghị Thủ tướng Chính phủ tặng thưởng:",
        "1. Huân chương Độc lập hạng Ba cho Gia đình ông Nguyễn Đắc Huyên, bà Nguyễn Thị Thơ - thị trấn Như Quỳnh, huyện Văn Lâm.",
        "2. Huân chương Lao động hạng Nhì cho Trường Mầm non Xuân Dục, thị xã Mỹ Hào.",
      ],
      [
        "Hiện nay, Thường trực Hội đồng Thi đua - Khen thưởng Bộ đang hoàn thiện hồ sơ trình cấp có thẩm quyền xét, tặng Huân chương Lao động các hạng.",
        "III. Huân chương Lao động hạng Ba cho 02 cá nhân:",
        "1. Ông Lê Hữu Long, Phó Chánh Thanh tra Bộ LĐTBXH;",
      ],
      [
        "1. Đề nghị tặng Huân chương Lao động hạng ba: 02 tập thể",
        "- Thanh tra tỉnh Lạng Sơn;",
      ],
      [
        "Có 05 tiêu chuẩn để xét, tặng danh hiệu “Nhà giáo ưu tú”, trong đó có đã bảy lần được tặng danh hiệu “Chiến sĩ thi đua cơ sở”."
      ],
      [
        "Nghệ sĩ ưu tú là danh hiệu Nhà nước Việt Nam tặng cho các diễn viên, đạo diễn có tài năng xuất sắc."
      ],
      [
        "Vận động viên Đinh Thị Hảo đã xuất sắc đạt thêm chiếc Huy chương thứ 3, đưa tổng thành tích lên 3 Huy chương Vàng tại kỳ Seagames lần này."
      ],
      ["Đội tuyển của tỉnh giành giải Nhất và cúp vô địch, VĐV Nguyễn Thị Ngọc giành 3 HCV."],
    ])
  func neverAnAward(paragraphs: [String]) {
    #expect(awards(paragraphs).isEmpty, "\(paragraphs)")
  }

  // MARK: Decision documents

  let decisionPage = [
    "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
    "Số: 163/QĐ-UBND | Lạng Sơn, ngày 29 tháng 01 năm 2024",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
    "Căn cứ Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022;",
    "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 20 tháng 01 năm 2024.",
    "QUYẾT ĐỊNH:",
    "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 02 cá nhân (có danh sách kèm theo), đã có thành tích xuất sắc trong công tác năm 2023.",
    "Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
    "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "(Đã ký)",
    "Đoàn Thu Hà",
    "DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH",
    "STT | Họ và tên | Chức vụ, đơn vị",
    "1 | Nguyễn Văn Hùng | Trưởng phòng Tổ chức cán bộ, Sở Nội vụ",
    "2 | Hoàng Thị Mai | Chuyên viên Văn phòng UBND tỉnh",
  ]

  @Test("a decision document: number, date, issuer, signer and the attached table")
  func decisionDocument() throws {
    let found = awards(
      title: "Về việc tặng Bằng khen của Chủ tịch UBND tỉnh", published: nil, decisionPage)
    #expect(found.count == 1)
    let award = try #require(found.first)
    #expect(award.decision?.number == "163/QĐ-UBND")
    #expect(award.decision?.date == "2024-01-29")
    #expect(award.decision?.issuer == "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")
    #expect(
      award.decision?.signer
        == Signer(name: "Đoàn Thu Hà", position: "Phó Chủ tịch", competence: "KT. Chủ tịch"))
    #expect(award.form.code == "bang_khen_bo_nganh_tinh")
    #expect(award.recipients.individuals == 2)
    #expect(
      award.recipients.named == [
        Recipient(
          name: "Nguyễn Văn Hùng", kind: .individual,
          positions: ["Trưởng phòng Tổ chức cán bộ, Sở Nội vụ"]),
        Recipient(
          name: "Hoàng Thị Mai", kind: .individual, positions: ["Chuyên viên Văn phòng UBND tỉnh"]),
      ])
    #expect(award.reason == "đã có thành tích xuất sắc trong công tác năm 2023")
  }

  @Test("a signature block flattened into one line, after the list of copies")
  func flattenedSignature() throws {
    let found = awards(
      title: "Về việc tặng thưởng Cờ thi đua của Chính phủ", published: nil,
      [
        "THỦ TƯỚNG CHÍNH PHỦ | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
        "Số: 345/QĐ-TTg | Hà Nội, ngày 3 tháng 4 năm 2008",
        "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;",
        "QUYẾT ĐỊNH:",
        "Điều 1 Tặng thưởng bằng khen của Thủ tướng Chính phủ cho:",
        "Nhân dân và cán bộ thị xã Uông Bí, tỉnh Quảng Ninh, đã hoàn thành xuất sắc toàn diện nhiệm vụ công tác",
        "Điều 2 Chủ tịch UBND tỉnh Quảng Ninh chịu trách nhiệm thi hành Quyết định này./",
        "Nơi nhận: - Chủ tịch UBND tỉnh Quảng Ninh; - Website Chính phủ; | KT THỦ TƯỚNG PHÓ THỦ TƯỚNG (Đã ký) Nguyễn Sinh Hùng",
      ])
    let award = try #require(found.first)
    #expect(
      award.decision
        == Decision(
          number: "345/QĐ-TTg", date: "2008-04-03", issuer: "Thủ tướng Chính phủ",
          signer: Signer(
            name: "Nguyễn Sinh Hùng", position: "Phó Thủ tướng", competence: "KT. Thủ tướng")))
    #expect(
      award.recipients.named == [
        Recipient(name: "Nhân dân và cán bộ thị xã Uông Bí, tỉnh Quảng Ninh", kind: .collective)
      ])
    #expect(award.reason == "đã hoàn thành xuất sắc toàn diện nhiệm vụ công tác")
  }

  @Test("the preamble of a decision confers nothing, and a decision page reports no event")
  func preamble() {
    let (conferences, found) = RecordExtractor().extract(
      article: Article(
        title: "Về việc phong tặng danh hiệu chiến sĩ thi đua toàn quốc",
        paragraphs: [
          "THỦ TƯỚNG CHÍNH PHỦ",
          "Xét đề nghị của Chủ tịch Ủy ban nhân dân tỉnh Bến Tre về việc tặng Bằng khen của Thủ tướng Chính phủ cho 5 tập thể,",
          "QUYẾT ĐỊNH:",
          "Điều 1. Phong tặng danh hiệu Chiến sĩ thi đua toàn quốc cho",
          "1. Ông Nguyễn Văn Hiếu, Giám đốc Sở Thủy sản tỉnh Bến Tre;",
          "2. Ông Nguyễn Quang Trị, Giám đốc Sở Văn hóa - Thông tin tỉnh Bến Tre,",
          "Đã có thành tích xuất sắc tiêu biểu trong phong trào Thi đua yêu nước.",
          "Điều 2. Các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
        ]),
      source: source)
    #expect(conferences.isEmpty)
    #expect(found.map(\.form.code) == ["cstd_toan_quoc"])
    #expect(found.first?.recipients.named.map(\.name) == ["Nguyễn Văn Hiếu", "Nguyễn Quang Trị"])
    #expect(
      found.first?.reason == "Đã có thành tích xuất sắc tiêu biểu trong phong trào Thi đua yêu nước"
    )
  }

  // MARK: More recipients

  @Test("people named after their titles, after “trao FORM tặng”")
  func titlesBeforeNames() {
    let found = awards([
      "Tại buổi lễ, Chủ tịch Quốc hội trao Huân chương Lao động hạng Nhất tặng Phó Chủ tịch Thường trực QH Tòng Thị Phóng; Chủ nhiệm Ủy ban Đối ngoại của QH Nguyễn Văn Giàu; Chủ nhiệm Ủy ban Tài chính - Ngân sách Nguyễn Đức Hải."
    ])
    #expect(
      found.first?.recipients.named == [
        Recipient(
          name: "Tòng Thị Phóng", kind: .individual, positions: ["Phó Chủ tịch Thường trực QH"]),
        Recipient(
          name: "Nguyễn Văn Giàu", kind: .individual,
          positions: ["Chủ nhiệm Ủy ban Đối ngoại của QH"]),
        Recipient(
          name: "Nguyễn Đức Hải", kind: .individual,
          positions: ["Chủ nhiệm Ủy ban Tài chính - Ngân sách"]),
      ])
  }

  @Test("a numbered list without a space after the number; the agent of a passive is the giver")
  func numberedPassive() {
    let found = awards([
      "5 tập thể được Thủ tướng Chính phủ tặng Bằng khen: 1.Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An; 2.Đài Phát thanh và Truyền hình tỉnh; 3.Nhân dân và cán bộ thành phố Vinh."
    ])
    #expect(found.first?.form == AwardForm(code: "bang_khen_thu_tuong", name: "Bằng khen"))
    #expect(found.first?.recipients.collectives == 5)
    #expect(
      found.first?.recipients.named.map(\.name) == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An", "Đài Phát thanh và Truyền hình tỉnh",
        "Nhân dân và cán bộ thành phố Vinh",
      ])
  }

  @Test("the subject of “được trao tặng” is the recipient")
  func passiveSubject() {
    let found = awards([
      "Thủ tướng chúc mừng nguyên Phó Thủ tướng Chính phủ Trịnh Đình Dũng được trao tặng Huân chương Độc lập hạng Nhất."
    ])
    #expect(found.first?.recipients.named.map(\.name) == ["Trịnh Đình Dũng"])
  }

  @Test("a parenthesis after a name in a list is its detail")
  func listDetail() {
    let found = awards([
      "Chủ tịch nước truy tặng Huân chương Độc lập hạng Ba cho 2 cá nhân gồm: ông Nguyễn Văn Tường (SN 1909, nguyên quán: xã Minh Lộc); ông Nguyễn Thiện (SN 1905, nguyên quán: xã Kim Lộc)."
    ])
    #expect(
      found.first?.recipients.named == [
        Recipient(
          name: "Nguyễn Văn Tường", kind: .individual,
          detail: "SN 1909, nguyên quán: xã Minh Lộc", posthumous: true),
        Recipient(
          name: "Nguyễn Thiện", kind: .individual, detail: "SN 1905, nguyên quán: xã Kim Lộc",
          posthumous: true),
      ])
  }

  @Test("a page consulting the public reports no event either, whatever its title says")
  func consultationNoEvent() {
    let (conferences, found) = RecordExtractor().extract(
      article: Article(
        title:
          "Sở Nội vụ đăng tải danh sách các tập thể lấy ý kiến nhân dân về việc đề nghị Chủ tịch nước khen thưởng (tổng kết năm 2019)",
        published: "2020-09-01",
        paragraphs: [
          "Sở Nội vụ đăng tải danh sách các tập thể lấy ý kiến nhân dân về việc đề nghị Chủ tịch nước khen thưởng, cụ thể như sau:",
          "1. Đề nghị tặng Huân chương Lao động hạng ba: 02 tập thể",
          "- Thanh tra tỉnh Lạng Sơn;",
        ]),
      source: source)
    #expect(conferences.isEmpty)
    #expect(found.isEmpty)
  }

  @Test("a page consulting the public names candidates, not recipients")
  func consultation() {
    let found = awards(
      title: "Lấy ý kiến Nhân dân về tặng, truy tặng huân chương cho các tập thể, cá nhân",
      [
        "Ban Thi đua - Khen thưởng tỉnh vừa có văn bản lấy ý kiến Nhân dân về việc khen thưởng cho các tập thể, cá nhân.",
        "Tặng Huân chương Lao động hạng Nhất cho Trường THCS Hoàng Xuân Hãn (Đức Thọ), đã có thành tích xuất sắc.",
      ])
    #expect(found.isEmpty)
  }

  @Test("counts separated by commas before a passive verb")
  func commaCounts() {
    let found = awards([
      "10 tập thể, 4 cá nhân đã được Thủ tướng ký quyết định tặng bằng khen vì có thành tích xuất sắc trong việc chống dịch Covid-19 trên địa bàn tỉnh Bắc Giang."
    ])
    #expect(found.first?.form.code == "bang_khen_thu_tuong")
    #expect(found.first?.recipients.collectives == 10)
    #expect(found.first?.recipients.individuals == 4)
  }

  @Test("“ghi nhận” receives nothing")
  func acknowledged() {
    #expect(
      awards([
        "Hành động dũng cảm của anh đã được ghi nhận: Kỷ niệm chương “Vì sự nghiệp phát triển giao thông vận tải Việt Nam”; huy hiệu “Tuổi trẻ dũng cảm”."
      ]).isEmpty)
  }

  @Test("one decision that confers several forms gives each its number, date and issuer")
  func oneDecisionSeveralForms() {
    let found = awards([
      "Ngày 15/3/2024, Chủ tịch UBND tỉnh ký Quyết định số 512/QĐ-UBND tặng Cờ thi đua của UBND tỉnh cho 5 tập thể và Bằng khen của Chủ tịch UBND tỉnh cho 10 cá nhân, 3 hộ gia đình vì đã có thành tích xuất sắc."
    ])
    let decision = Decision(number: "512/QĐ-UBND", date: "2024-03-15", issuer: "Chủ tịch UBND tỉnh")
    #expect(found.map(\.decision) == [decision, decision])
    #expect(found.map(\.form.code) == ["co_thi_dua_bo_nganh_tinh", "bang_khen_bo_nganh_tinh"])
    #expect(found.last?.recipients == Recipients(individuals: 10, households: 3))
  }

  @Test("a household named by its head")
  func household() {
    let found = awards(["Chủ tịch UBND huyện tặng Giấy khen cho hộ ông Nguyễn Văn Bình, thôn Đông."]
    )
    #expect(
      found.first?.recipients.named == [Recipient(name: "hộ ông Nguyễn Văn Bình", kind: .household)]
    )
  }

  @Test("counts of the subject before “nhận”, written as words, and the unclassed total dropped")
  func subjectCountsAndWords() {
    let found = awards([
      "Ngày 12-3, UBND tỉnh tổ chức Lễ trao tặng Huân chương Độc lập của Chủ tịch nước phong tặng thân nhân của 73 gia đình liệt sĩ.",
      "Các gia đình được Chủ tịch nước phong tặng Huân chương Độc lập lần này, có bốn gia đình nhận Huân chương Độc lập hạng Nhất, 10 gia đình nhận Huân chương Độc lập hạng Nhì và 59 gia đình nhận Huân chương Độc lập hạng Ba.",
      "UBND tỉnh còn trao Huân chương Lao động hạng Ba của Chủ tịch nước tặng ba cá nhân vì đã có những cống hiến trong sự nghiệp xây dựng và bảo vệ Tổ quốc.",
    ])
    #expect(
      found.map(\.form.code) == [
        "huan_chuong_doc_lap_hang_nhat", "huan_chuong_doc_lap_hang_nhi",
        "huan_chuong_doc_lap_hang_ba", "huan_chuong_lao_dong_hang_ba",
      ])
    #expect(found.map(\.recipients.households) == [4, 10, 59, nil])
    #expect(found.last?.recipients.individuals == 3)
  }

  @Test("a list of “VERB FORM cho N cá nhân” clauses gives one award per clause")
  func clauseList() {
    let found = awards([
      "Trong đó: Truy tặng huy chương kháng chiến hạng Nhất cho 9 cá nhân; Truy tặng huy chương kháng chiến hạng Nhì cho 6 cá nhân; Trao tặng huân chương kháng chiến hạng Nhì cho 6 cá nhân; Trao tặng huy chương kháng chiến hạng Nhì cho 14 cá nhân."
    ])
    #expect(found.map(\.recipients.individuals) == [9, 6, 6, 14])
    #expect(
      found.map(\.form.code) == [
        "huy_chuong_khang_chien", "huy_chuong_khang_chien", "huan_chuong_khang_chien",
        "huy_chuong_khang_chien",
      ])
  }

  @Test("people after “cho” joined by “và”, with their positions; units joined by commas")
  func joinedRecipients() {
    let found = awards([
      "Chủ tịch UBND tỉnh trao Bằng khen của Chủ tịch UBND tỉnh cho ông Nguyễn Văn An, Giám đốc Sở Nội vụ và bà Trần Thị Bình, Phó Giám đốc Sở Y tế vì đã có thành tích xuất sắc.",
      "Bí thư Tỉnh ủy trao Cờ thi đua của Chính phủ cho Sở Giáo dục và Đào tạo, Sở Y tế và Công an tỉnh.",
    ])
    #expect(
      found.first?.recipients.named == [
        Recipient(name: "Nguyễn Văn An", kind: .individual, positions: ["Giám đốc Sở Nội vụ"]),
        Recipient(name: "Trần Thị Bình", kind: .individual, positions: ["Phó Giám đốc Sở Y tế"]),
      ])
    #expect(
      found.last?.recipients.named.map(\.name) == [
        "Sở Giáo dục và Đào tạo", "Sở Y tế", "Công an tỉnh",
      ])
  }

  @Test("the same form given to other people in the next sentence is another award")
  func sameFormOtherPeople() {
    let found = awards([
      "Chủ tịch UBND tỉnh trao Bằng khen của Chủ tịch UBND tỉnh cho ông Nguyễn Văn An, Giám đốc Sở Nội vụ.",
      "Bộ trưởng tặng Bằng khen cho Đại tá Lê Văn Cường, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.",
    ])
    #expect(found.count == 2)
  }

  @Test("the count of a subject with commas inside, in a sentence that starts with a count")
  func subjectWithCommas() {
    let found = awards([
      "Theo Quyết định của Chủ tịch nước, trong đợt này, tỉnh Thái Nguyên có 8 đồng chí nguyên là cán bộ chủ chốt của các đơn vị trong Quân đội qua các thời kỳ được trao tặng Huân chương Bảo vệ Tổ quốc vì đã có thành tích xuất sắc trong huấn luyện. 17 đồng chí đang công tác tại các cơ quan, đơn vị Bộ CHQS tỉnh được nhận Huy chương Quân kỳ Quyết thắng do đã có thành tích tham gia phục vụ trong quân đội liên tục từ 25 năm."
    ])
    #expect(found.map(\.form.code) == ["other", "huy_chuong_quan_ky_quyet_thang"])
    #expect(found.map(\.recipients.individuals) == [8, 17])
    #expect(found.first?.reason == "đã có thành tích xuất sắc trong huấn luyện")
  }

  @Test("recipients between the verb and a form named last; counts stay in their clause")
  func formNamedLast() {
    let found = awards([
      "Ngày 21-12, Chủ tịch nước Trần Ðức Lương đã ký Quyết định số 1502/2005/QÐ-CTN phong tặng 19 đơn vị, cá nhân đã có thành tích đặc biệt xuất sắc trong chiến đấu và phục vụ chiến đấu từ năm 1995 đến năm 2004, góp phần vào sự nghiệp xây dựng CNXH và bảo vệ Tổ quốc danh hiệu Anh hùng LLVTND; ký Quyết định số 1503/2005/QÐ-CTN phong tặng một đơn vị và một cá nhân đã có thành tích đặc biệt xuất sắc trong lao động, sáng tạo từ năm 1995 đến năm 2004 danh hiệu Anh hùng Lao động."
    ])
    #expect(found.map(\.form.code) == ["anh_hung_llvtnd", "anh_hung_lao_dong"])
    // The eth of old fonts is read as Đ.
    #expect(found.compactMap(\.decision?.number) == ["1502/2005/QĐ-CTN", "1503/2005/QĐ-CTN"])
    // "19 đơn vị, cá nhân" is one count over two kinds: neither is written.
    #expect(found.first?.recipients == Recipients())
    #expect(found.first?.reason?.hasSuffix("bảo vệ Tổ quốc") == true)
    #expect(found.last?.recipients == Recipients(collectives: 1, individuals: 1))
  }

  @Test("a status before a name is not part of it; a unit named after a person stays a unit")
  func statusBeforeName() {
    let found = awards([
      "Liệt sĩ Trần Văn Lực được truy tặng Huân chương Dũng cảm.",
      "Trường THCS Hoàng Xuân Hãn vinh dự đón nhận Huân chương Lao động hạng Ba.",
    ])
    #expect(
      found.first?.recipients.named == [
        Recipient(name: "Trần Văn Lực", kind: .individual, posthumous: true)
      ])
    #expect(
      found.last?.recipients.named == [
        Recipient(name: "Trường THCS Hoàng Xuân Hãn", kind: .collective)
      ])
  }

  @Test("table rows of collectives and households after a list announcement")
  func tableOfUnits() {
    let found = awards([
      "UBND huyện tặng Giấy khen cho các tập thể, hộ gia đình sau:",
      "STT | Tên tập thể | Địa chỉ",
      "1 | Trường THCS Hoàng Xuân Hãn | xã Đức Thọ",
      "2 | Hộ ông Nguyễn Văn Bình | thôn Đông",
    ])
    #expect(
      found.first?.recipients.named == [
        Recipient(name: "Trường THCS Hoàng Xuân Hãn", kind: .collective),
        Recipient(name: "Hộ ông Nguyễn Văn Bình", kind: .household),
      ])
  }

  // MARK: Rules of the second pass

  @Test("a count list after “cho N đồng chí … gồm:” counts individuals")
  func countListTakesTheKindBeforeIt() {
    let found = awards([
      "Sáng 18.8, Công an tỉnh đã long trọng tổ chức lễ trao tặng và truy tặng Huân chương của Chủ tịch nước cho 83 đồng chí nguyên là lãnh đạo, chỉ huy các lực lượng Công an, gồm: 9 Huân chương Độc lập hạng Ba, 3 Huân chương Bảo vệ Tổ quốc hạng Nhì và 71 Huân chương Bảo vệ Tổ quốc hạng Ba."
    ])
    #expect(
      found.map(\.form.code) == [
        "huan_chuong_doc_lap_hang_ba", "huan_chuong_bao_ve_to_quoc_hang_nhi",
        "huan_chuong_bao_ve_to_quoc_hang_ba",
      ])
    #expect(found.map(\.recipients.individuals) == [9, 3, 71])
    #expect(found.allSatisfy { $0.recipients.collectives == nil })
  }

  @Test("the unit that receives is the subject without its time, members and event")
  func subjectWithoutTimeMembersAndEvent() {
    let school = awards([
      "Sáng ngày 20 tháng 11 năm 2018 thầy và trò trường THCS Thăng Long long trọng tổ chức lễ kỉ niệm 36 năm ngày Nhà giáo Việt Nam và lễ đón nhận Huân chương lao động hạng Nhất."
    ])
    #expect(school.first?.recipients.named.map(\.name) == ["trường THCS Thăng Long"])
    let anniversary = awards([
      "Ngày 10/11/2013, Trường THPT Chuyên Chu Văn An tổ chức kỷ niệm 25 năm Ngày thành lập trường (1988 – 2013) và đón nhận Huân chương Lao động hạng Nhất."
    ])
    #expect(anniversary.first?.recipients.named.map(\.name) == ["Trường THPT Chuyên Chu Văn An"])
  }

  @Test("“ghi nhận” gives nothing: the giver after the date codes the flag")
  func giverAfterAcknowledgement() {
    let found = awards([
      "Ghi nhận những thành tích đã đạt được ngày 13/5/2021 Thủ tướng Chính phủ Nước Cộng hòa xã hội Chủ nghĩa Việt Nam đã tặng Cờ thi đua cho Nhân dân và cán bộ xã Phước Ninh, huyện Dương Minh Châu, tỉnh Tây Ninh."
    ])
    #expect(found.map(\.form.code) == ["co_thi_dua_chinh_phu"])
    #expect(found.first?.form.name == "Cờ thi đua")
    #expect(
      found.first?.recipients.named.map(\.name) == [
        "Nhân dân và cán bộ xã Phước Ninh, huyện Dương Minh Châu, tỉnh Tây Ninh"
      ])
  }

  @Test("a recipient's place path goes on past its commas, a list of units does not")
  func placePathPastCommas() {
    let found = awards([
      "Chủ tịch UBND tỉnh tặng Bằng khen cho Trường THCS Lê Lợi, Phòng Giáo dục huyện Yên Thành."
    ])
    #expect(
      found.first?.recipients.named.map(\.name) == [
        "Trường THCS Lê Lợi", "Phòng Giáo dục huyện Yên Thành",
      ])
  }

  @Test(
    "foreign orders are “other” with their giver; forms listed with “;” share the verb and the unit"
  )
  func foreignOrdersListedWithSemicolons() {
    let found = awards([
      "Tại Hà Nội, sáng ngày 09/01/2020, Công ty trách nhiệm hữu hạn một thành viên Trắc địa Bản đồ, Cục Bản đồ, Bộ Tổng Tham mưu đã tổ chức lễ đón nhận Huân chương Lao động hạng Nhất của Chủ tịch nước Cộng hòa dân chủ nhân dân Lào; Huân chương Anh dũng hạng Nhì của Bộ trưởng Bộ Quốc phòng Cộng hòa Dân chủ nhân dân Lào; Bằng khen của Thủ tướng Chính phủ nước Cộng hòa XHCN Việt Nam và kỉ niệm 30 năm ngày truyền thống."
    ])
    #expect(found.map(\.form.code) == ["other", "other", "bang_khen_thu_tuong"])
    #expect(
      found.map(\.form.name) == [
        "Huân chương Lao động hạng Nhất của Chủ tịch nước Cộng hòa dân chủ nhân dân Lào",
        "Huân chương Anh dũng hạng Nhì của Bộ trưởng Bộ Quốc phòng Cộng hòa Dân chủ nhân dân Lào",
        "Bằng khen của Thủ tướng Chính phủ nước Cộng hòa XHCN Việt Nam",
      ])
    #expect(
      found.allSatisfy {
        $0.recipients.named.map(\.name) == [
          "Công ty trách nhiệm hữu hạn một thành viên Trắc địa Bản đồ"
        ]
      })
    // A Vietnamese order with its giver keeps its code.
    let home = awards([
      "Chủ tịch nước tặng Huân chương Lao động hạng Ba của Chủ tịch nước cho Trường Mầm non Xuân Dục."
    ])
    #expect(home.map(\.form.code) == ["huan_chuong_lao_dong_hang_ba"])
  }

  @Test("a form shown only in a caption is an award; the photo credit is no recipient")
  func awardsInCaptions() {
    let found = RecordExtractor().extract(
      article: Article(
        title: "Trường THCS Tứ Xã đón nhận Huân chương Lao động hạng Ba", published: "2025-11-18",
        paragraphs: [
          "Sáng 18/11, UBND xã Phùng Nguyên tổ chức Lễ đón nhận Huân chương Lao động hạng Ba Trường THCS Tứ Xã và kỷ niệm 43 năm ngày Nhà giáo Việt Nam."
        ],
        images: [
          Article.Image(
            caption:
              "Thừa ủy quyền của Chủ tịch nước, lãnh đạo Sở GD&ĐT trao Huân chương Lao động hạng Ba cho Trường THCS Tứ Xã. Ảnh: NGUYỆT NHI"
          ),
          Article.Image(caption: "Trường THCS Tứ Xã nhận Bằng khen của Bộ GD&ĐT. Ảnh: VĂN GIANG"),
        ]),
      source: source
    ).awards
    #expect(found.map(\.form.code) == ["huan_chuong_lao_dong_hang_ba", "bang_khen_bo_nganh_tinh"])
    #expect(found.map(\.form.name).last == "Bằng khen của Bộ GD&ĐT")
    #expect(found.allSatisfy { $0.recipients.named.map(\.name) == ["Trường THCS Tứ Xã"] })
  }

  @Test(
    "a form given to an uncounted group with its reason is an award; two forms together are not")
  func uncountedGroupWithReason() {
    let found = awards([
      "Trao Bằng khen của Chủ tịch UBND tỉnh cho các cá nhân có thành tích xuất sắc, có nhiều đóng góp cho nhà trường."
    ])
    #expect(found.map(\.form.code) == ["bang_khen_bo_nganh_tinh"])
    #expect(found.first?.reason == "có thành tích xuất sắc, có nhiều đóng góp cho nhà trường")
    #expect(found.first?.recipients == Recipients())
    let together = awards([
      "UBND tỉnh tổ chức Lễ trao Cờ thi đua của Chính phủ và Huân chương Lao động cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước."
    ])
    #expect(together.isEmpty)
  }

  @Test("“cho nhà trường” is the school named just before")
  func schoolNamedBefore() {
    let found = awards([
      "Tại Trường THPT Trần Phú, phường Phú Thọ Hòa, lễ khai giảng năm học có sự tham dự của lãnh đạo thành phố.",
      "Tại buổi lễ, Chủ tịch UBND thành phố trao tặng Huân chương Lao động hạng Nhì cho nhà trường.",
      "Tại Trường THPT Trung Phú, xã Phú Hoà Đông, nhà trường đã tổ chức Lễ đón nhận Huân chương lao động Hạng Nhì.",
      "Phó Bí thư Thành uỷ đã trao tặng Huân chương lao động Hạng Nhì cho tập thể nhà trường.",
    ])
    #expect(
      found.flatMap(\.recipients.named).map(\.name) == [
        "Trường THPT Trần Phú", "Trường THPT Trung Phú",
      ])
    // Nothing named before: no recipient is made up.
    #expect(
      awards(["Chủ tịch nước trao tặng Huân chương Lao động hạng Nhì cho nhà trường."]).isEmpty)
  }

  @Test(
    "quoted titles in a count list: counts as words, the names after “là”, a total of both is neither's"
  )
  func quotedTitlesCountList() {
    let found = awards([
      "Chủ tịch nước vừa có quyết định phong tặng danh hiệu “nghệ nhân ưu tú” và “nghệ nhân nhân dân” cho 100 cá nhân trong cả nước đã có nhiều cống hiến trong gìn giữ và phát triển ngành nghề thủ công truyền thống.",
      "Trong đó, Thừa Thiên Huế có 6 nghệ nhân được phong tặng danh hiệu đợt này, gồm 4 “nghệ nhân ưu tú” là các nghệ nhân Trần Duy Mong, Hoàng Ngọc Tuyên, Lê Viết Toàn và Tôn Nữ Thị Hà; hai “nghệ nhân nhân dân” là nghệ nhân Nguyễn Văn Sính và nghệ nhân Lê Văn Kinh.",
    ])
    #expect(found.map(\.form.code) == ["nghe_nhan_uu_tu", "nghe_nhan_nhan_dan"])
    #expect(found.map(\.recipients.individuals) == [4, 2])
    #expect(
      found.map { $0.recipients.named.map(\.name) } == [
        ["Trần Duy Mong", "Hoàng Ngọc Tuyên", "Lê Viết Toàn", "Tôn Nữ Thị Hà"],
        ["Nguyễn Văn Sính", "Lê Văn Kinh"],
      ])
  }

  @Test(
    "“Các tập thể được phong tặng gồm A; B; …; C và D” names the recipients of the award before")
  func groupListAfterTheAward() {
    let found = awards([
      "Sáng 27/12, danh hiệu Anh hùng Lực lượng vũ trang nhân dân thời kỳ đổi mới được trao cho 7 tập thể thuộc Quân đội và Công an, trong đó có Binh chủng Đặc công.",
      "Lễ trao được tổ chức tại Đại hội Thi đua yêu nước toàn quốc lần thứ 11. Các tập thể được phong tặng gồm Cục Cứu hộ, Cứu nạn; Cục Quân huấn - Nhà trường; Binh chủng Đặc công; Binh đoàn 15 thuộc Bộ Quốc phòng; Công an thành phố Hà Nội; Cục Tổ chức cán bộ và Thanh tra Bộ Công an.",
    ])
    #expect(found.count == 1)
    #expect(found.first?.recipients.collectives == 7)
    #expect(
      found.first?.recipients.named.map(\.name) == [
        "Cục Cứu hộ, Cứu nạn", "Cục Quân huấn - Nhà trường", "Binh chủng Đặc công", "Binh đoàn 15",
        "Công an thành phố Hà Nội", "Cục Tổ chức cán bộ", "Thanh tra Bộ Công an",
      ])
    // No award before: the list gives nothing.
    #expect(
      awards([
        "Các tập thể được phong tặng gồm Cục Cứu hộ, Cứu nạn; Binh chủng Đặc công."
      ]).isEmpty)
  }

  @Test("a count over two kinds gives an award with neither kind's count")
  func mixedCountIsAnAward() {
    let found = awards([
      "Ngoài ra, 2 cá nhân được tặng bằng khen của Thủ tướng Chính phủ; 48 tập thể và cá nhân được tặng bằng khen của Bộ trưởng Bộ Công an và Chủ tịch UBND tỉnh Ninh Bình."
    ])
    #expect(found.map(\.form.code) == ["bang_khen_thu_tuong", "bang_khen_bo_nganh_tinh"])
    #expect(found.first?.recipients.individuals == 2)
    #expect(found.last?.recipients == Recipients())
    #expect(
      found.last?.form.name == "bằng khen của Bộ trưởng Bộ Công an và Chủ tịch UBND tỉnh Ninh Bình")
  }

  @Test(
    "“X được <giver> tặng <form>”: X receives it; a flag named by its title is coded by the giver")
  func subjectBeforeTheAgent() {
    let found = awards([
      "Hội LHPN tỉnh Quảng Nam đã vinh dự được Trung ương Hội LHPN Việt Nam tặng cờ Đơn vị dẫn đầu phong trào thi đua vì đã có thành tích xuất sắc trong thực hiện nhiệm vụ công tác hội năm 2018."
    ])
    #expect(found.map(\.form.code) == ["co_thi_dua_bo_nganh_tinh"])
    #expect(found.first?.form.name == "cờ Đơn vị dẫn đầu phong trào thi đua")
    #expect(found.first?.recipients.named.map(\.name) == ["Hội LHPN tỉnh Quảng Nam"])
    // A group before "được" is no name.
    let group = awards([
      "Các gia đình được Chủ tịch nước tặng Huân chương Lao động hạng Ba vì đã có thành tích."
    ])
    #expect(group.flatMap(\.recipients.named).isEmpty)
  }

  // MARK: Names, frames and history

  @Test("an order's name keeps the giver written right after it, not the office holder's name")
  func orderKeepsItsGiver() {
    let found = awards([
      "Đồng chí Vũ Thị Thu Hương, Phó Chủ tịch UBND tỉnh, trao Huân chương Lao động hạng Ba của Chủ tịch nước cho Trường THPT chuyên Hạ Long."
    ])
    #expect(found.map(\.form.name) == ["Huân chương Lao động hạng Ba của Chủ tịch nước"])
    #expect(found.first?.form.code == "huan_chuong_lao_dong_hang_ba")
    let holder = awards([
      "Trung tâm vinh dự đón nhận Huân chương Lao động hạng Ba của Chủ tịch nước Nguyễn Phú Trọng."
    ])
    #expect(holder.map(\.form.name) == ["Huân chương Lao động hạng Ba của Chủ tịch nước"])
  }

  @Test("a clause after ';' that opens with its verb is proposed when the clause before is")
  func proposalFrameCarriesOver() {
    let found = awards([
      "Các đơn vị trong khối đã bình xét, nhất trí đề nghị Hội đồng thi đua khen thưởng tỉnh tặng Cờ thi đua cho Hội Nạn nhân chất độc da cam/dioxin tỉnh; tặng Bằng khen cho 3 đơn vị gồm: Hội Người cao tuổi và Hội Chữ thập đỏ tỉnh."
    ])
    #expect(found.isEmpty)
    // A clause with its own subject is read on its own.
    let own = awards([
      "Tỉnh đề nghị tặng Cờ thi đua cho 2 tập thể; Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể."
    ])
    #expect(own.map(\.form.code) == ["bang_khen_bo_nganh_tinh"])
  }

  @Test("an earlier conferral told as history is no award, unless it cites the decision")
  func earlierConferral() {
    #expect(
      awards([
        "Trước đó, TPHCM cũng đã tổ chức lễ trao tặng danh hiệu Mẹ Việt Nam anh hùng cho 182 mẹ."
      ]).isEmpty)
    let cited = awards([
      "Trước đó, ngày 12/7/2023, Chủ tịch nước đã ký Quyết định số 1025/QĐ-CTN tặng Huân chương Lao động hạng Ba cho Trường THPT chuyên Hạ Long."
    ])
    #expect(cited.first?.decision?.number == "1025/QĐ-CTN")
  }

  @Test("one form to the living and after death in one sentence is two awards")
  func livingAndPosthumous() {
    let found = awards([
      "Lãnh đạo huyện đã trao bằng vinh danh “Bà mẹ Việt Nam anh hùng” cho mẹ Võ Thị Đào ở xã Hoài Châu Bắc và truy tặng danh hiệu “Bà mẹ Việt Nam anh hùng” cho 10 mẹ đã mất."
    ])
    #expect(found.count == 2)
    #expect(found.first?.recipients.named.map(\.name) == ["Võ Thị Đào"])
    #expect(found.first?.recipients.named.first?.posthumous == false)
    #expect(found.last?.recipients.individuals == 10)
  }

  @Test("a page that is only its headline is read from the headline")
  func headlineOnly() {
    let found = RecordExtractor().extract(
      article: Article(
        title:
          "Quyết định số 1034/QĐ-UBND của Chủ tịch UBND tỉnh tặng Bằng khen cho 06 tập thể, 06 cá nhân, vì đã có thành tích xuất sắc."
      ), source: source
    ).awards
    #expect(found.first?.decision?.number == "1034/QĐ-UBND")
    #expect(found.first?.recipients.collectives == 6)
    #expect(found.first?.recipients.individuals == 6)
  }

  // MARK: Why

  @Test("the rule behind each award names the verb, the list or the document, and its sentence")
  func rules() {
    let article = Article(
      title: "Khen thưởng", published: "2024-01-02",
      paragraphs: [
        "Chủ tịch UBND tỉnh trao tặng Cờ thi đua của UBND tỉnh cho 05 tập thể dẫn đầu các cụm thi đua.",
        "Dịp này, Chủ tịch nước trao 4 Huân chương Lao động hạng Ba, 2 Huân chương Lao động hạng Nhì cho các cá nhân.",
      ])
    let rules = RecordExtractor().awardRules(article: article)
    let found = RecordExtractor().extract(article: article, source: source).awards
    #expect(rules.count == found.count)
    #expect(rules.first?.hasPrefix("the conferring verb “trao tặng” before the form") == true)
    #expect(rules.first?.contains("05 tập thể dẫn đầu") == true)
    #expect(rules.dropFirst().allSatisfy { $0.hasPrefix("a count before the form") })
    #expect(RecordExtractor().awardRules(article: Article(title: "Thời tiết")).isEmpty)
    let headline = RecordExtractor().awardRules(
      article: Article(title: "Quyết định số 12/QĐ-UBND tặng Bằng khen cho 06 tập thể."))
    #expect(headline.first?.hasPrefix("the headline, the page's only text") == true)
  }

  @Test("'trình' inside 'công trình' or 'chương trình' proposes nothing")
  func constructionIsNoProposal() {
    let found = awards([
      "Sáng 19/8, trong khuôn khổ buổi lễ khởi công 250 dự án, công trình, Tổng bí thư trao tặng Huân chương Lao động hạng Nhất cho Tập đoàn Vingroup, vì thành tích đặc biệt xuất sắc."
    ])
    #expect(found.first?.recipients.named.map(\.name) == ["Tập đoàn Vingroup"])
    #expect(
      awards(["UBND tỉnh trình Thủ tướng tặng Bằng khen cho 5 tập thể."]).isEmpty)
  }

  @Test("a subject ends before its time; a unit named again with its kind is one recipient")
  func subjectAndUnitNames() {
    let found = awards([
      "Viettel TP.HCM chiều tối 26.12 long trọng tổ chức lễ đón nhận Huân chương Lao động Hạng Nhì.",
      "Tại buổi lễ, thiếu tướng Đỗ Minh Phương trao Huân chương Lao động hạng Nhì cho Viettel TP.HCM.",
    ])
    #expect(found.count == 1)
    #expect(found.first?.recipients.named.map(\.name) == ["Viettel TP.HCM"])
    let unit = awards([
      "Vingroup đón nhận Huân chương Lao động hạng Nhất vì thành tích đặc biệt xuất sắc.",
      "Tổng bí thư trao tặng Huân chương Lao động hạng Nhất cho Tập đoàn Vingroup.",
    ])
    #expect(unit.count == 1)
    #expect(unit.first?.recipients.named.map(\.name) == ["Tập đoàn Vingroup"])
  }

  @Test("a subject before 'được … tặng danh hiệu' receives it when it is a person or a unit")
  func passiveSubjects() {
    let found = awards([
      "Theo Quyết định số 2365/QĐ-CTN, Tổng Công ty Xây dựng Lũng Lô và Chuẩn đô đốc Nguyễn Đăng Nghiêm, Tổng Giám đốc Tổng Công ty Tân cảng Sài Gòn, được phong tặng danh hiệu Anh hùng Lao động."
    ])
    #expect(
      found.first?.recipients.named.map(\.name) == [
        "Tổng Công ty Xây dựng Lũng Lô", "Nguyễn Đăng Nghiêm",
      ])
    #expect(
      found.first?.recipients.named.last?.positions == [
        "Chuẩn đô đốc", "Tổng Giám đốc Tổng Công ty Tân cảng Sài Gòn",
      ])
    #expect(
      awards([
        "Hoài Linh cũng là nghệ sĩ hải nại đầu tiên được phong tặng danh hiệu Nghệ sĩ Ưu tú."
      ]).flatMap(\.recipients.named).isEmpty)
  }

  @Test("a conferral dated years before the page is history")
  func historicConferral() {
    #expect(
      awards(
        published: "2021-11-02",
        [
          "Câu chuyện về một hợp tác xã tại Quảng Trị vinh dự nhận bằng khen của Bác vào năm 1966 khiến chúng ta càng hiểu hơn tư tưởng của Người."
        ]
      ).isEmpty)
  }

  @Test("a list of people with where each comes from: the names, each a person")
  func residenceAfterNames() {
    let found = awards([
      "Đợt này huyện được Chủ tịch nước truy tặng danh hiệu vinh dự nhà nước \"Bà mẹ Việt Nam anh hùng\" cho các Bà mẹ: Đặng Thị Lý quê ở xã Ngọc Sơn, Nguyễn Thị Xin quê ở xã Trung Sơn, Thái Thị Dương quê ở xã Mỹ Sơn và Nguyễn Thị Dừa quê ở xã Đông Sơn."
    ])
    #expect(
      found.first?.recipients.named.map(\.name) == [
        "Đặng Thị Lý", "Nguyễn Thị Xin", "Thái Thị Dương", "Nguyễn Thị Dừa",
      ])
    #expect(found.first?.recipients.named.allSatisfy { $0.kind == .individual } == true)
  }

  @Test(
    "the organisation receives the order its leading body holds the ceremony for",
    arguments: [
      (
        "Sáng 15-10, tại Hà Nội, Trung ương Hội Nông dân Việt Nam tổ chức Lễ kỷ niệm 95 năm thành lập và đón nhận Huân chương Hồ Chí Minh.",
        "Hội Nông dân Việt Nam"
      ),
      (
        "Chiều 26-3, Ban Thường vụ Tỉnh đoàn Hà Giang tổ chức lễ đón nhận Huân chương Lao động hạng Nhì.",
        "Tỉnh đoàn Hà Giang"
      ),
    ])
  func organiserLeadingBody(text: String, recipient: String) throws {
    let award = try #require(awards([text]).first)
    #expect(award.recipients.named.map(\.name) == [recipient])
  }
}
