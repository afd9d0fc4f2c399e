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
}
