import Records
import Testing

/// Prizes of mass organisations, shares of an award told before, lists that name those counted,
/// and forms that are the subject of their counts.
extension AwardRulesTests {
  @Test("a mass organisation's prize is an award known by name, code other")
  func organisationPrize() {
    let found = awards([
      "Ban Bí thư Trung ương Đoàn vừa quyết định tặng Giải thưởng Lý Tự Trọng năm 2024 cho 100 cán bộ Đoàn tiêu biểu toàn quốc."
    ])
    #expect(found.map(\.form.code) == ["other"])
    #expect(found.map(\.form.name) == ["Giải thưởng Lý Tự Trọng"])
    #expect(found.map(\.recipients.individuals) == [100])
  }

  @Test("'Trong số N …' is a share of the award told, 'Đó là, TITLE NAME; …' names those counted")
  func shareThenNames() {
    let found = awards([
      "Ban Bí thư Trung ương Đoàn vừa quyết định tặng Giải thưởng Lý Tự Trọng năm 2024 cho 100 cán bộ Đoàn tiêu biểu toàn quốc.",
      "Trong số 100 cán bộ Đoàn nhận Giải thưởng Lý Tự Trọng, Thủ đô Hà Nội có 2 người. Đó là, Bí thư Đoàn Thanh niên huyện Phúc Thọ Dương Thu Phương; Bí thư Đoàn Thanh niên phường Hoàng Liệt, quận Hoàng Mai Bùi Duy Khanh.",
    ])
    #expect(found.count == 1)
    #expect(found.first?.recipients.individuals == 100)
    #expect(
      found.first?.recipients.named.map(\.name) == ["Dương Thu Phương", "Bùi Duy Khanh"])
    #expect(
      found.first?.recipients.named.last?.positions == [
        "Bí thư Đoàn Thanh niên phường Hoàng Liệt, quận Hoàng Mai"
      ])
  }

  @Test("'là một trong N …' tells a share of the award of the same name, no award of its own")
  func oneOfThose() {
    let found = awards([
      "Hội LHPN Việt Nam tổ chức trao giải thưởng Phụ nữ Việt Nam cho 7 tập thể và 19 cá nhân.",
      "Trong đó, Hội LHPN huyện Hiệp Đức là một trong 3 tập thể được trao tặng Giải thưởng Phụ nữ Việt Nam năm 2022.",
    ])
    #expect(found.count == 1)
    #expect(found.first?.recipients.collectives == 7)
    #expect(found.first?.recipients.individuals == 19)
  }

  @Test("a territory's count dated to this round is a conferral, without it a statistic")
  func thisRound() {
    #expect(
      awards([
        "Năm nay, toàn quốc có 39 nhà giáo được trao tặng danh hiệu Nhà giáo Nhân dân."
      ]).map(\.recipients.individuals) == [39])
    #expect(
      awards(["Toàn quốc có 39 nhà giáo được trao tặng danh hiệu Nhà giáo Nhân dân."]).isEmpty)
  }

  @Test("'Các NOUN, NOUN này gồm: …' lists the recipients counted just before")
  func listAfterBackReference() {
    let found = awards([
      "Chủ tịch nước đã ký Quyết định số 205/2005/QĐ/CTN phong tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân cho 3 đơn vị, địa phương.",
      "Các đơn vị, địa phương này gồm: Viện Quân y 110, Cục Xăng dầu (Bộ QP), Học viện Hải quân.",
    ])
    #expect(found.first?.decision?.number == "205/2005/QĐ/CTN")
    #expect(found.first?.recipients.collectives == 3)
    #expect(
      found.first?.recipients.named.map(\.name) == [
        "Viện Quân y 110", "Cục Xăng dầu", "Học viện Hải quân",
      ])
    #expect(found.first?.recipients.named.map(\.detail) == [nil, "Bộ QP", nil])
  }

  @Test("a form that is the subject of 'có N … được vinh danh' has those counts")
  func formAsSubject() {
    let found = awards([
      "Giải thưởng Phụ nữ Việt Nam năm 2025 có 3 tập thể, 12 cá nhân được vinh danh."
    ])
    #expect(found.map(\.recipients.collectives) == [3])
    #expect(found.map(\.recipients.individuals) == [12])
  }
}
