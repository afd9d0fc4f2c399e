import Testing
@testable import CallAuditReporting

@Suite("JSON output")
struct JSONValueTests {
  @Test("Strings are escaped, keys keep their order, numbers are rounded")
  func serialization() {
    let value = JSONValue.object([
      ("z", .string("quote \" backslash \\ newline \n tab \t bell \u{07} é")),
      ("a", .array([.number(0.1 + 0.2), .int(-3), .null, .bool(true)])),
      ("n", .number(2.0)),
      ("empty", .object([])),
    ])
    #expect(value.serialized() == """
      {
        "z": "quote \\" backslash \\\\ newline \\n tab \\t bell \\u0007 é",
        "a": [0.3, -3, null, true],
        "n": 2,
        "empty": {}
      }

      """)
  }

  @Test("Non-finite numbers become null rather than invalid JSON")
  func nonFinite() {
    #expect(JSONValue.number(.nan).serialized() == "null\n")
    #expect(JSONValue.number(.infinity).serialized() == "null\n")
  }

  @Test("Integers are written as their decimal description, extremes included")
  func integers() {
    var values = [0, 1, -1, 9, 10, -10, 99, 100, 1_000_000_007, Int.max, Int.min, Int.min + 1]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<2_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      values.append(Int(truncatingIfNeeded: state) >> Int(state % 63))
    }
    for value in values {
      #expect(JSONValue.int(value).serialized() == "\(value)\n")
    }
    #expect(JSONValue.array(values.map { .int($0) }).serialized() == "[" + values.map(String.init).joined(separator: ", ") + "]\n")
  }
}
