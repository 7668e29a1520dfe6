import Testing
import VietText

/// Award names that run past their head words: named medals and badges with their issuers, and
/// the emulation fighter of a centrally-run city.
struct AwardNamesTests {
  @Test(
    "a form's name runs to the end of its issuer",
    arguments: [
      (
        "trao Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn của Tổng Liên đoàn Lao động Việt Nam cho 12 cá nhân",
        "Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn của Tổng Liên đoàn Lao động Việt Nam",
        "ky_niem_chuong"
      ),
      (
        "trao Huy hiệu Tuổi trẻ sáng tạo của Ban Chấp hành Trung ương Đoàn cho 12 đoàn viên",
        "Huy hiệu Tuổi trẻ sáng tạo của Ban Chấp hành Trung ương Đoàn", "huy_hieu"
      ),
      ("tặng Huy hiệu Tuổi trẻ dũng cảm cho anh A", "Huy hiệu Tuổi trẻ dũng cảm", "huy_hieu"),
      (
        "tặng Kỷ niệm chương Vì sự nghiệp Thi đua - Khen thưởng cho 5 cá nhân",
        "Kỷ niệm chương Vì sự nghiệp Thi đua - Khen thưởng", "ky_niem_chuong"
      ),
      (
        "tặng danh hiệu Chiến sĩ thi đua thành phố cho 03 cá nhân", "Chiến sĩ thi đua thành phố",
        "cstd_bo_nganh_tinh"
      ),
      (
        "Chiến sĩ thi đua thành phố Hải Phòng năm 2023", "Chiến sĩ thi đua thành phố Hải Phòng",
        "cstd_bo_nganh_tinh"
      ),
    ])
  func names(text: String, name: String, code: String) {
    let found = AwardVocabulary.mentions(in: text)
    #expect(found.first?.text == name)
    #expect(found.first?.code == code)
  }

  @Test("the Party badge and a town's emulation fighter are not these forms")
  func notThese() {
    #expect(AwardVocabulary.mentions(in: "trao Huy hiệu 50 năm tuổi Đảng").first?.code == "other")
    #expect(
      AwardVocabulary.mentions(in: "Chiến sĩ thi đua thành phố Vinh").first?.code == "other")
  }

  @Test("an order of a foreign state is other, named with its giver; a state's name goes on")
  func foreignOrders() {
    let lao = AwardVocabulary.mentions(
      in:
        "đón nhận Huân chương Lao động hạng Nhất của Chủ tịch nước Cộng hòa dân chủ nhân dân Lào; Huân chương Anh dũng hạng Nhì của Bộ trưởng Bộ Quốc phòng Cộng hòa Dân chủ nhân dân Lào"
    )
    #expect(
      lao.map(\.text) == [
        "Huân chương Lao động hạng Nhất của Chủ tịch nước Cộng hòa dân chủ nhân dân Lào",
        "Huân chương Anh dũng hạng Nhì của Bộ trưởng Bộ Quốc phòng Cộng hòa Dân chủ nhân dân Lào",
      ])
    #expect(lao.map(\.code) == ["other", "other"])
    let home = AwardVocabulary.mentions(
      in: "tặng Huân chương Lao động hạng Nhì của Chủ tịch nước cho Trường THPT Trần Phú")
    #expect(home.map(\.code) == ["huan_chuong_lao_dong_hang_nhi"])
    let certificate = AwardVocabulary.mentions(
      in: "Bằng khen của Thủ tướng Chính phủ nước Cộng hòa XHCN Việt Nam và kỉ niệm 30 năm")
    #expect(
      certificate.first?.text == "Bằng khen của Thủ tướng Chính phủ nước Cộng hòa XHCN Việt Nam")
    #expect(certificate.first?.code == "bang_khen_thu_tuong")
  }

  @Test("a flag named by its title is a flag whose giver decides the code")
  func flagByTitle() {
    let mention = AwardVocabulary.mentions(
      in: "tặng cờ Đơn vị dẫn đầu phong trào thi đua vì đã có thành tích"
    ).first
    #expect(mention?.text == "cờ Đơn vị dẫn đầu phong trào thi đua")
    #expect(mention?.code == "other")
    #expect(
      AwardVocabulary.form(
        named: "cờ Đơn vị dẫn đầu phong trào thi đua", issuer: "Trung ương Hội LHPN Việt Nam")?
        .code == "co_thi_dua_bo_nganh_tinh")
  }
}
