import Testing
@testable import CallAuditReporting

@Suite("Terminal tables")
struct TextTableTests {
  @Test("Accented, combining and wide characters line up by terminal columns")
  func alignment() {
    var table = TextTable([("name", .left), ("n", .right)])
    table.append(["Zoë", "1"])
    table.append(["Zoe\u{308}", "22"])
    table.append(["東京", "333"])
    let lines = table.render(indent: "").split(separator: "\n").map(String.init)
    #expect(lines == ["name    n", "Zoë     1", "Zoe\u{308}    22", "東京  333"])
    #expect(lines.allSatisfy { DisplayWidth.of($0) == 9 })
  }

  @Test("A table too wide for the terminal is turned on its side")
  func fitting() {
    var table = TextTable([("group", .left), ("a rather long column", .right), ("another long column", .right)])
    table.append(["in-house", "1", "2"])
    let wide = table.render(fitting: 200)
    let narrow = table.render(fitting: 30)
    #expect(wide == table.render())
    #expect(narrow.split(separator: "\n").first?.hasPrefix("  group") == true)
    let widest = { (text: String) in text.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0 }
    #expect(widest(narrow) < widest(wide))
    #expect(widest(wide) == table.width)
  }
}
