import Foundation
import Testing
@testable import CallAuditReporting

/// The fixtures under fixtures/privacy: lines full of personal data with their
/// expected redaction next to them, and ordinary support language that must
/// come back untouched.
@Suite("Redaction fixtures")
struct RedactionFixtureTests {
  private let redactor = PersonalDataRedactor()

  private static func lines(_ path: String) throws -> [String] {
    let text = try String(contentsOfFile: TestSupport.fixture(path), encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test("personal-data.txt redacts to personal-data.redacted.txt, line by line")
  func personalData() throws {
    let input = try Self.lines("privacy/personal-data.txt")
    let expected = try Self.lines("privacy/personal-data.redacted.txt")
    #expect(input.count == expected.count)
    for (number, (line, wanted)) in zip(input, expected).enumerated() {
      #expect(redactor.redact(line) == wanted, "personal-data.txt:\(number + 1)")
    }
  }

  @Test("the redacted fixture is a fixed point, and no digit run of six or more survives")
  func redactedIsFixedPoint() throws {
    for (number, line) in try Self.lines("privacy/personal-data.redacted.txt").enumerated() {
      #expect(redactor.redact(line) == line, "personal-data.redacted.txt:\(number + 1)")
      #expect(redactor.scan(line).counts.isEmpty, "personal-data.redacted.txt:\(number + 1)")
      #expect(Self.longestDigitRun(line) < 6, "personal-data.redacted.txt:\(number + 1)")
    }
  }

  private static func longestDigitRun(_ line: String) -> Int {
    var longest = 0, run = 0
    for byte in line.utf8 {
      run = byte >= 48 && byte <= 57 ? run + 1 : 0
      longest = max(longest, run)
    }
    return longest
  }

  @Test("ordinary-text.txt comes back byte for byte")
  func ordinaryText() throws {
    for (number, line) in try Self.lines("privacy/ordinary-text.txt").enumerated() {
      let result = redactor.scan(line)
      #expect(result.text == line, "ordinary-text.txt:\(number + 1)")
      #expect(result.counts.isEmpty, "ordinary-text.txt:\(number + 1)")
    }
  }
}
