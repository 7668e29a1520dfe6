import Foundation
import Testing

@testable import VietText

@Suite("Award vocabulary")
struct AwardVocabularyTests {
  @Test("The 65 forms load from the data file with unique codes")
  func data() {
    #expect(AwardVocabulary.forms.count == 65)
    #expect(Set(AwardVocabulary.forms.map(\.code)).count == 65)
    let form = AwardVocabulary.form(code: "huan_chuong_lao_dong_hang_ba")
    #expect(form?.name == "Huân chương Lao động hạng Ba")
    #expect(form?.category == "order")
    #expect(form?.englishName == "Labour Order, Third Class")
    #expect(
      AwardVocabulary.form(code: "cstd_bo_nganh_tinh")?.name
        == "Chiến sĩ thi đua bộ, ban, ngành, tỉnh")
    #expect(AwardVocabulary.form(code: "nothing") == nil)
  }

  @Test("Every vocabulary name is found as its own code")
  func everyName() {
    for form in AwardVocabulary.forms {
      let mentions = AwardVocabulary.mentions(in: "được tặng \(form.name) vì đã có thành tích")
      #expect(mentions.map(\.code) == [form.code], "\(form.name)")
      #expect(mentions.first?.text == form.name, "\(form.name)")
    }
  }

  @Test(
    "Phrases as news and decisions write them",
    arguments: [
      (
        "Huân chương Lao động hạng Ba", "huan_chuong_lao_dong_hang_ba",
        "Huân chương Lao động hạng Ba"
      ),
      (
        "Huân chương Lao động hạng nhất", "huan_chuong_lao_dong_hang_nhat",
        "Huân chương Lao động hạng nhất"
      ),
      (
        "Huân chương Lao động hạng II", "huan_chuong_lao_dong_hang_nhi",
        "Huân chương Lao động hạng II"
      ),
      (
        "huân chương lao động hạng III", "huan_chuong_lao_dong_hang_ba",
        "huân chương lao động hạng III"
      ),
      (
        "Huân chương Độc lập hạng Nhì", "huan_chuong_doc_lap_hang_nhi",
        "Huân chương Độc lập hạng Nhì"
      ),
      (
        "Huân chương Bảo vệ Tổ quốc hạng Ba", "huan_chuong_bao_ve_to_quoc_hang_ba",
        "Huân chương Bảo vệ Tổ quốc hạng Ba"
      ),
      (
        "Huân chương Chiến công hạng Nhất", "huan_chuong_chien_cong_hang_nhat",
        "Huân chương Chiến công hạng Nhất"
      ),
      (
        "Huân chương Quân công hạng 2", "huan_chuong_quan_cong_hang_nhi",
        "Huân chương Quân công hạng 2"
      ),
      ("Huân chương Lao động cho 3 tập thể", "other", "Huân chương Lao động"),
      (
        "Huân chương Kháng chiến hạng Nhì", "huan_chuong_khang_chien",
        "Huân chương Kháng chiến hạng Nhì"
      ),
      ("Huân chương Kháng chiến chống Mỹ", "huan_chuong_khang_chien", "Huân chương Kháng chiến"),
      ("Huân chương Sao vàng", "huan_chuong_sao_vang", "Huân chương Sao vàng"),
      ("Huân chương Hồ Chí Minh", "huan_chuong_ho_chi_minh", "Huân chương Hồ Chí Minh"),
      (
        "Huân chương Đại đoàn kết dân tộc", "huan_chuong_dai_doan_ket_dan_toc",
        "Huân chương Đại đoàn kết dân tộc"
      ),
      ("Huân chương Hữu nghị", "huan_chuong_huu_nghi", "Huân chương Hữu nghị"),
      (
        "Huy chương Chiến sỹ vẻ vang hạng Nhì", "huy_chuong_chien_si_ve_vang_hang_nhi",
        "Huy chương Chiến sỹ vẻ vang hạng Nhì"
      ),
      (
        "Huy chương Chiến sĩ vẻ vang hạng Ba", "huy_chuong_chien_si_ve_vang_hang_ba",
        "Huy chương Chiến sĩ vẻ vang hạng Ba"
      ),
      (
        "Huy chương Quân kỳ quyết thắng", "huy_chuong_quan_ky_quyet_thang",
        "Huy chương Quân kỳ quyết thắng"
      ),
      (
        "Huy chương Vì an ninh Tổ quốc", "huy_chuong_vi_an_ninh_to_quoc",
        "Huy chương Vì an ninh Tổ quốc"
      ),
      (
        "Bằng khen của Thủ tướng Chính phủ", "bang_khen_thu_tuong",
        "Bằng khen của Thủ tướng Chính phủ"
      ),
      ("Bằng khen Thủ tướng Chính phủ", "bang_khen_thu_tuong", "Bằng khen Thủ tướng Chính phủ"),
      (
        "Bằng khen của Chủ tịch UBND tỉnh cho 32 tập thể", "bang_khen_bo_nganh_tinh",
        "Bằng khen của Chủ tịch UBND tỉnh"
      ),
      ("Bằng khen của UBND tỉnh", "bang_khen_bo_nganh_tinh", "Bằng khen của UBND tỉnh"),
      (
        "Bằng khen của Bộ trưởng Bộ Nội vụ vì", "bang_khen_bo_nganh_tinh",
        "Bằng khen của Bộ trưởng Bộ Nội vụ"
      ),
      (
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình.", "bang_khen_bo_nganh_tinh",
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình"
      ),
      (
        "Bằng khen của Bộ Giáo dục và Đào tạo", "bang_khen_bo_nganh_tinh",
        "Bằng khen của Bộ Giáo dục và Đào tạo"
      ),
      (
        "Bằng khen của Tổng Liên đoàn Lao động Việt Nam", "bang_khen_bo_nganh_tinh",
        "Bằng khen của Tổng Liên đoàn Lao động Việt Nam"
      ),
      (
        "Bằng khen của UBND thành phố Hà Nội", "bang_khen_bo_nganh_tinh",
        "Bằng khen của UBND thành phố Hà Nội"
      ),
      ("Bằng khen cấp tỉnh", "bang_khen_bo_nganh_tinh", "Bằng khen cấp tỉnh"),
      ("Bằng khen cho 15 cá nhân", "other", "Bằng khen"),
      (
        "Bằng khen của Chủ tịch UBND huyện Lạc Sơn", "other",
        "Bằng khen của Chủ tịch UBND huyện Lạc Sơn"
      ),
      ("Cờ thi đua của Chính phủ", "co_thi_dua_chinh_phu", "Cờ thi đua của Chính phủ"),
      ("Cờ thi đua Chính phủ", "co_thi_dua_chinh_phu", "Cờ thi đua Chính phủ"),
      ("Cờ thi đua của UBND tỉnh", "co_thi_dua_bo_nganh_tinh", "Cờ thi đua của UBND tỉnh"),
      ("Cờ thi đua của Bộ Công an", "co_thi_dua_bo_nganh_tinh", "Cờ thi đua của Bộ Công an"),
      ("Cờ thi đua xuất sắc", "other", "Cờ thi đua"),
      ("Giấy khen của Giám đốc Sở Nội vụ", "giay_khen", "Giấy khen của Giám đốc Sở Nội vụ"),
      ("Giấy khen", "giay_khen", "Giấy khen"),
      ("Chiến sĩ thi đua cấp tỉnh", "cstd_bo_nganh_tinh", "Chiến sĩ thi đua cấp tỉnh"),
      ("Chiến sỹ thi đua cấp tỉnh", "cstd_bo_nganh_tinh", "Chiến sỹ thi đua cấp tỉnh"),
      (
        "Chiến sĩ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương", "cstd_bo_nganh_tinh",
        "Chiến sĩ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương"
      ),
      ("Chiến sĩ thi đua toàn quốc", "cstd_toan_quoc", "Chiến sĩ thi đua toàn quốc"),
      ("Chiến sĩ thi đua cơ sở", "cstd_co_so", "Chiến sĩ thi đua cơ sở"),
      ("Chiến sỹ thi đua cấp cơ sở", "cstd_co_so", "Chiến sỹ thi đua cấp cơ sở"),
      ("CSTĐ cơ sở", "cstd_co_so", "CSTĐ cơ sở"),
      ("Chiến sĩ thi đua năm 2023", "other", "Chiến sĩ thi đua"),
      ("Lao động tiên tiến", "lao_dong_tien_tien", "Lao động tiên tiến"),
      ("Tập thể lao động xuất sắc", "tap_the_lao_dong_xuat_sac", "Tập thể lao động xuất sắc"),
      ("Tập thể Lao động tiên tiến", "tap_the_lao_dong_tien_tien", "Tập thể Lao động tiên tiến"),
      ("Đơn vị quyết thắng", "don_vi_quyet_thang", "Đơn vị quyết thắng"),
      ("Gia đình văn hoá", "gia_dinh_van_hoa", "Gia đình văn hoá"),
      ("Thôn văn hóa", "thon_to_dan_pho_van_hoa", "Thôn văn hóa"),
      ("Tổ dân phố văn hoá", "thon_to_dan_pho_van_hoa", "Tổ dân phố văn hoá"),
      (
        "Xã, phường, thị trấn tiêu biểu", "xa_phuong_thi_tran_tieu_bieu",
        "Xã, phường, thị trấn tiêu biểu"
      ),
      ("Bà mẹ Việt Nam anh hùng", "ba_me_viet_nam_anh_hung", "Bà mẹ Việt Nam anh hùng"),
      ("Mẹ Việt Nam Anh hùng", "ba_me_viet_nam_anh_hung", "Mẹ Việt Nam Anh hùng"),
      (
        "Anh hùng Lực lượng vũ trang nhân dân", "anh_hung_llvtnd",
        "Anh hùng Lực lượng vũ trang nhân dân"
      ),
      ("Anh hùng LLVTND", "anh_hung_llvtnd", "Anh hùng LLVTND"),
      ("Anh hùng Lao động", "anh_hung_lao_dong", "Anh hùng Lao động"),
      ("Nhà giáo Ưu tú", "nha_giao_uu_tu", "Nhà giáo Ưu tú"),
      ("Thầy thuốc Nhân dân", "thay_thuoc_nhan_dan", "Thầy thuốc Nhân dân"),
      ("Nghệ sỹ Nhân dân", "nghe_si_nhan_dan", "Nghệ sỹ Nhân dân"),
      ("Giải thưởng Hồ Chí Minh", "giai_thuong_ho_chi_minh", "Giải thưởng Hồ Chí Minh"),
      ("Giải thưởng Nhà nước", "giai_thuong_nha_nuoc", "Giải thưởng Nhà nước"),
      (
        "Kỷ niệm chương Vì sự nghiệp Thi đua - Khen thưởng cho", "ky_niem_chuong",
        "Kỷ niệm chương Vì sự nghiệp Thi đua - Khen thưởng"
      ),
      ("Kỷ niệm chương", "ky_niem_chuong", "Kỷ niệm chương"),
      ("Huy hiệu Đảng", "other", "Huy hiệu Đảng"),
      ("Huy hiệu 50 năm tuổi Đảng", "other", "Huy hiệu 50 năm tuổi Đảng"),
      ("Huy hiệu Tuổi trẻ sáng tạo", "huy_hieu", "Huy hiệu Tuổi trẻ sáng tạo"),
      ("Thành phố Anh hùng", "thanh_pho_anh_hung", "Thành phố Anh hùng"),
    ])
  func phrase(text: String, code: String, written: String) throws {
    let mentions = AwardVocabulary.mentions(in: "Dịp này, \(text)")
    try #require(mentions.count == 1, "\(text): \(mentions.map(\.text))")
    #expect(mentions[0].code == code, "\(text)")
    #expect(mentions[0].text == written, "\(text)")
    #expect(mentions[0].entry?.code == (code == "other" ? nil : code))
  }

  @Test("Issuers are reported as written")
  func issuers() {
    let mentions = AwardVocabulary.mentions(
      in:
        "trao Bằng khen của Chủ tịch UBND tỉnh cho 5 tập thể và Cờ thi đua của Chính phủ cho huyện")
    #expect(mentions.map(\.issuer) == ["Chủ tịch UBND tỉnh", "Chính phủ"])
    #expect(mentions.map(\.code) == ["bang_khen_bo_nganh_tinh", "co_thi_dua_chinh_phu"])
  }

  @Test("Several forms in one sentence, in order, with ranges into the text")
  func severalForms() {
    let text =
      "Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho 2 tập thể; Thủ tướng Chính phủ tặng "
      + "Bằng khen cho 10 cá nhân; Chủ tịch UBND tỉnh tặng danh hiệu Chiến sỹ thi đua cấp tỉnh "
      + "và Tập thể lao động xuất sắc."
    let mentions = AwardVocabulary.mentions(in: text)
    #expect(
      mentions.map(\.code)
        == [
          "huan_chuong_lao_dong_hang_nhi", "other", "cstd_bo_nganh_tinh",
          "tap_the_lao_dong_xuat_sac",
        ])
    for mention in mentions { #expect(text[mention.range] == mention.text) }
  }

  @Test("NFD text and new-style tones are matched")
  func nfd() {
    let text = "Gia đình văn hoá và Huân chương Lao động hạng Ba"
      .decomposedStringWithCanonicalMapping
    #expect(
      AwardVocabulary.mentions(in: text).map(\.code) == [
        "gia_dinh_van_hoa", "huan_chuong_lao_dong_hang_ba",
      ])
  }

  @Test("Resolving a form with an issuer stated elsewhere")
  func formNamedIssuer() {
    #expect(
      AwardVocabulary.form(named: "Bằng khen", issuer: "Chủ tịch UBND tỉnh")?.code
        == "bang_khen_bo_nganh_tinh")
    #expect(
      AwardVocabulary.form(named: "Bằng khen", issuer: "Thủ tướng Chính phủ")?.code
        == "bang_khen_thu_tuong")
    #expect(
      AwardVocabulary.form(named: "Cờ thi đua", issuer: "Chính phủ")?.code == "co_thi_dua_chinh_phu"
    )
    #expect(AwardVocabulary.form(named: "Bằng khen", issuer: nil) == nil)
    #expect(
      AwardVocabulary.form(named: "Huân chương Lao động hạng Ba", issuer: nil)?.code
        == "huan_chuong_lao_dong_hang_ba")
  }

  @Test(
    "Text without award forms",
    arguments: [
      "Hội nghị sơ kết công tác thi đua 6 tháng đầu năm", "phong trào thi đua yêu nước",
      "người lao động", "khen thưởng kịp thời", "chiến sĩ công an", "cờ đỏ sao vàng",
    ])
  func none(text: String) {
    #expect(AwardVocabulary.mentions(in: text).isEmpty, "\(text)")
  }
}

@Suite("Award issuers")
struct AwardIssuerTests {
  @Test("An issuer stops before the next award form, a number or a line break")
  func issuerEnds() {
    let text =
      "Cờ thi đua của Chính phủ và Bằng khen của Thủ tướng Chính phủ; Bằng khen của Bộ trưởng "
      + "Bộ Nông nghiệp và Phát triển nông thôn cho 3 tập thể. Cờ thi đua của UBND tỉnh\n15 đơn vị"
    let mentions = AwardVocabulary.mentions(in: text)
    #expect(
      mentions.map(\.issuer)
        == [
          "Chính phủ", "Thủ tướng Chính phủ", "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn",
          "UBND tỉnh",
        ])
    #expect(
      mentions.map(\.code)
        == [
          "co_thi_dua_chinh_phu", "bang_khen_thu_tuong", "bang_khen_bo_nganh_tinh",
          "co_thi_dua_bo_nganh_tinh",
        ])
  }
}

@Suite("Abbreviations of honorary titles")
struct AwardAbbreviationTests {
  @Test(
    "the abbreviation before a holder's name is the title",
    arguments: [
      ("như NSND Minh Châu, NSND Tiến Đạt", "nghe_si_nhan_dan"),
      ("NSƯT Quang Thắng", "nghe_si_uu_tu"),
      ("NGƯT Nguyễn Văn Bình", "nha_giao_uu_tu"),
      ("NGND Nguyễn Lân Dũng", "nha_giao_nhan_dan"),
      ("TTND Nguyễn Thị Kim Tiến", "thay_thuoc_nhan_dan"),
      ("TTƯT, BSCKII Lê Văn Hải", "thay_thuoc_uu_tu"),
    ])
  func abbreviation(text: String, code: String) throws {
    let mention = try #require(AwardVocabulary.mentions(in: text).first)
    #expect(mention.code == code)
    #expect(mention.isAbbreviation)
  }

  @Test("the letters in lower case are no title")
  func lowerCase() {
    #expect(AwardVocabulary.mentions(in: "trang nsnd và ngưt").isEmpty)
    #expect(AwardVocabulary.mentions(in: "Nghệ sĩ Nhân dân").first?.isAbbreviation == false)
  }
}

@Suite("Quoted names of badges and commemorative medals")
struct QuotedAwardNameTests {
  @Test(
    "the quoted name after the form is part of it, closing quote included",
    arguments: [
      (
        "truy tặng huy hiệu \"Tuổi trẻ dũng cảm\" cho em Hoàng Đức Hải", "huy_hieu",
        "huy hiệu \"Tuổi trẻ dũng cảm\""
      ),
      (
        "Kỷ niệm chương “Vì sự nghiệp phát triển giao thông vận tải Việt Nam”; huy hiệu",
        "ky_niem_chuong", "Kỷ niệm chương “Vì sự nghiệp phát triển giao thông vận tải Việt Nam”"
      ),
    ])
  func quoted(text: String, code: String, written: String) throws {
    let mention = try #require(AwardVocabulary.mentions(in: text).first)
    #expect(mention.code == code)
    #expect(mention.text == written)
  }
}
