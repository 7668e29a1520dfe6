import Records
import Testing

/// Lists opened after a comma, units after "là", recipients through a relative, decisions told
/// before their conferrals, attached lists and the subject of "là một trong".
extension AwardRulesTests {
  @Test("'cho N tập thể, đó là: A; B; …' lists those counted; 'cũng được tặng FORM là A, B (x)'")
  func listAfterDoLa() {
    let found = awards([
      "Cụ thể, Chủ tịch UBND tỉnh tặng Danh hiệu Tập thể Lao động xuất sắc cho 03 tập thể, đó là: Nhân dân và cán bộ xã Văn Hóa; Nhân dân và cán bộ xã Châu Hóa; Nhân dân và cán bộ xã Hải Ninh (huyện Quảng Ninh).",
      "Dịp này, 02 tập thể cũng được tặng Bằng khen của Chủ tịch UBND tỉnh là Nhân dân và cán bộ xã Châu Hóa, Nhân dân và cán bộ xã Văn Hóa (huyện Tuyên Hóa).",
    ])
    #expect(found.map(\.form.code) == ["tap_the_lao_dong_xuat_sac", "bang_khen_bo_nganh_tinh"])
    #expect(
      found.first?.recipients.named.map(\.name) == [
        "Nhân dân và cán bộ xã Văn Hóa", "Nhân dân và cán bộ xã Châu Hóa",
        "Nhân dân và cán bộ xã Hải Ninh",
      ])
    #expect(found.first?.recipients.named.last?.detail == "huyện Quảng Ninh")
    #expect(
      found.last?.recipients.named.map(\.name) == [
        "Nhân dân và cán bộ xã Châu Hóa", "Nhân dân và cán bộ xã Văn Hóa",
      ])
  }

  @Test("a decision told without a form is the decision of the conferrals told right after it")
  func decisionBeforeConferrals() {
    let found = awards([
      "Đó là thông tin tại Quyết định số 1632/QĐ-UBND ngày 22/5/2020 của UBND tỉnh về việc khen thưởng thành tích công tác năm 2019.",
      "Cụ thể, Chủ tịch UBND tỉnh tặng Danh hiệu Tập thể Lao động xuất sắc cho 07 tập thể.",
    ])
    #expect(found.map(\.decision?.number) == ["1632/QĐ-UBND"])
    #expect(found.first?.decision?.date == "2020-05-22")
    // A ground is no such decision.
    let grounded = awards([
      "Căn cứ Quyết định số 11/2021/QĐ-UBND ngày 29/7/2021 của UBND tỉnh về việc ban hành Quy chế công tác thi đua, khen thưởng.",
      "Chủ tịch UBND tỉnh tặng Bằng khen cho 07 tập thể.",
    ])
    #expect(grounded.map(\.decision?.number) == [nil])
  }

  @Test("'cho thân nhân mẹ A và mẹ B' names the mothers; 'cho nhân dân và cán bộ xã X' a unit")
  func proxiesAndLowerCaseUnits() {
    let mothers = awards([
      "Thừa ủy quyền của Chủ tịch nước, lãnh đạo huyện Nông Sơn trao danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng” cho thân nhân mẹ Đỗ Thị Điền và mẹ Nguyễn Thị Ngại."
    ])
    #expect(mothers.first?.recipients.named.map(\.name) == ["Đỗ Thị Điền", "Nguyễn Thị Ngại"])
    #expect(mothers.first?.recipients.named.map(\.kind) == [.individual, .individual])
    let commune = awards([
      "Dịp này, Giám đốc Công an tỉnh đã trao bằng khen của Bộ trưởng Bộ Công an cho nhân dân và cán bộ xã Tú An vì đã có thành tích xuất sắc năm 2019."
    ])
    #expect(commune.first?.recipients.named.map(\.name) == ["nhân dân và cán bộ xã Tú An"])
  }

  @Test("'Các Mẹ gồm: Mẹ NAME, sinh năm …; …' names those counted, the year of birth no position")
  func countedThenNamedMothers() {
    let found = awards([
      "Ngày 26-7, huyện Định Hóa tổ chức Lễ truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam Anh hùng” cho 2 Mẹ.",
      "Các Mẹ gồm: Mẹ Hoàng Thị Xuân, sinh năm 1897, ở xã Bảo Cường; Mẹ Hoàng Thị Rong, sinh năm 1908, xã Bảo Cường (mẹ liệt sĩ Đào Văn Lan).",
      "Tại buổi lễ, lãnh đạo huyện đã trao Bằng danh hiệu “Bà mẹ Việt Nam Anh hùng” cho thân nhân 2 Mẹ.",
    ])
    #expect(found.count == 1)
    #expect(found.first?.recipients.individuals == 2)
    #expect(found.first?.recipients.named.map(\.name) == ["Hoàng Thị Xuân", "Hoàng Thị Rong"])
    #expect(found.first?.recipients.named.allSatisfy { $0.positions.isEmpty } == true)
    #expect(found.first?.recipients.named.allSatisfy { $0.posthumous == true } == true)
  }

  @Test("units with their parentheses joined by commas inside a ';' list are one recipient each")
  func parenthesesInsideSemicolonList() {
    let found = awards([
      "Tổng Bí thư đã trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho 4 tập thể, gồm: Binh chủng Đặc công (Bộ Quốc phòng), Binh đoàn 15 (Bộ Quốc phòng); Công an TP Hà Nội (Bộ Công an); Thanh tra Bộ Công an."
    ])
    #expect(
      found.first?.recipients.named.map(\.name) == [
        "Binh chủng Đặc công", "Binh đoàn 15", "Công an TP Hà Nội", "Thanh tra Bộ Công an",
      ])
    #expect(found.first?.recipients.named.first?.detail == "Bộ Quốc phòng")
  }

  @Test("the subject before 'là một trong N …' is one of those counted")
  func subjectOfOneOfThose() {
    let found = awards([
      "Hội LHPN Việt Nam tổ chức trao giải thưởng Phụ nữ Việt Nam cho 7 tập thể và 19 cá nhân.",
      "Trong đó, Hội LHPN huyện Hiệp Đức (tỉnh Quảng Nam) là một trong 3 tập thể được trao tặng Giải thưởng Phụ nữ Việt Nam năm 2022.",
    ])
    #expect(found.count == 1)
    #expect(found.first?.recipients.named.map(\.name) == ["Hội LHPN huyện Hiệp Đức"])
  }

  @Test("'kháng nhất' is the class it mistypes")
  func classTypo() {
    let found = awards([
      "Trao tặng huy chương kháng chiến kháng nhất cho 31 cá nhân."
    ])
    #expect(found.map(\.form.name) == ["huy chương kháng chiến kháng nhất"])
    #expect(found.map(\.form.code) == ["huy_chuong_khang_chien"])
  }

  @Test("after 'Các cá nhân gồm: Ông A, …', a line that is only 'Bà B, POSITION' goes on the list")
  func personLinesAfterList() {
    let found = awards([
      "Chủ tịch nước đã trao danh hiệu Anh hùng Lao động cho 10 tập thể, cá nhân gồm: Bệnh viện Chợ Rẫy (Bộ Y tế); Công ty cổ phần sữa TH (tỉnh Nghệ An).",
      "Các cá nhân gồm: Ông Nguyễn Việt Cường, Chủ tịch HĐQT Công ty cổ phần đầu tư Phú Cường Kiên Giang.",
      "Bà Nguyễn Thị Phương Thảo, Chủ tịch HĐQT Công ty VietJet Air.",
    ])
    #expect(found.count == 1)
    #expect(
      found.first?.recipients.named.filter { $0.kind == .individual }.map(\.name) == [
        "Nguyễn Việt Cường", "Nguyễn Thị Phương Thảo",
      ])
    #expect(found.first?.recipients.named.last?.positions == ["Chủ tịch HĐQT Công ty VietJet Air"])
  }

  @Test("the unit whose founding is celebrated ends before 'và': 'thành lập Đoàn và đón nhận …'")
  func anniversaryUnitEndsBeforeAnd() {
    let youthUnion = awards([
      "Sáng 26/3, Ban Thường vụ Tỉnh đoàn Hà Giang tổ chức lễ kỷ niệm 90 năm ngày thành lập Đoàn và đón nhận Huân chương Lao động hạng Nhì của Chủ tịch nước."
    ])
    #expect(youthUnion.first?.recipients.named.map(\.name) == ["Tỉnh đoàn Hà Giang"])
    let ministry = awards([
      "Sáng 27/8, tại Hà Nội, Bộ Nội vụ tổ chức Lễ kỷ niệm 70 năm ngày thành lập Bộ Nội vụ và đón nhận Huân chương Hồ Chí Minh."
    ])
    #expect(ministry.first?.recipients.named.map(\.name) == ["Bộ Nội vụ"])
  }
}
