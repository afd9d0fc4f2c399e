import ContactGenerator
import Foundation
import Testing
@testable import CallAuditReporting

/// Inputs that are not exports, recognised by their content (never their
/// names): clutter is skipped with a reason, data callaudit cannot read is
/// refused with a sentence saying what it looks like.
@Suite("Content that is not an export")
struct ContentCheckTests {
  private func skipped(_ path: String) -> String? { ingestAll(path).summary.skipped }
  private func refused(_ path: String) -> String? {
    guard case .notReadable(_, let reason) = ingestAll(path).summary.stoppedBy else { return nil }
    return reason
  }

  @Test("Folder clutter is skipped with what it is", arguments: [
    ("notes.txt", "text without a table's columns"),
    ("Thumbs.db", "a Windows thumbnail cache (Thumbs.db)"),
    ("DS_Store", "macOS folder metadata"),
    ("~$contacts.xlsx", "an Office lock file"),
  ])
  func clutter(name: String, reason: String) throws {
    let path = TestSupport.fixture("clutter/\(name)")
    let summary = ingestAll(path).summary
    let skip = try #require(summary.skipped, "\(name): \(String(describing: summary.stoppedBy))")
    #expect(skip.contains(reason))
    #expect(summary.records == 0 && summary.stoppedBy == nil && summary.notes.isEmpty)
  }

  @Test("The same content under another name is judged the same")
  func notByName() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let renamed = folder.appendingPathComponent("contacts.csv").path
    try FileManager.default.copyItem(atPath: TestSupport.fixture("clutter/~$contacts.xlsx"), toPath: renamed)
    #expect(skipped(renamed)?.contains("an Office lock file") == true)
  }

  @Test("An Excel workbook is refused with how to save it as CSV")
  func workbook() {
    #expect(refused(TestSupport.fixture("clutter/contacts.xlsx")) == "an Excel workbook: save it as CSV (File → Save As → CSV UTF-8)")
  }

  @Test("JSON and NDJSON are refused with what they look like")
  func json() throws {
    let array = try #require(refused(TestSupport.fixture("clutter/tickets.json")))
    #expect(array.hasPrefix("JSON (an array of objects with keys id, subject, status, requester, created_at, comments); of JSON, callaudit reads only the layouts callaudit formats lists (speech-analytics transcripts; Intercom, Help Scout, Zendesk, Freshdesk and Gorgias conversations and tickets)"))
    let lines = try #require(refused(TestSupport.fixture("clutter/tickets.ndjson")))
    #expect(lines.hasPrefix("NDJSON (one JSON object per line, with keys ticket_id, channel, opened, transcript)"))
  }

  @Test("Real JSON exports are described by their keys", .enabled(if: RealSamplePaths.available))
  func realJSON() throws {
    // Amazon Transcribe Call Analytics output is read now (TranscribeCallAnalyticsTests), not refused.
    #expect(refused(RealSamplePaths.path("transcribe-call-analytics-aws-samples/example-call.json")) == nil)
    // The ABCD sample (asappresearch/abcd, MIT): an array of dialogues.
    let abcd = try #require(refused(RealSamplePaths.path("abcd/abcd_sample.json")))
    #expect(abcd.hasPrefix("JSON (an array of objects with keys convo_id, scenario,"), "\(abcd)")
  }

  @Test("A real TSV no reader knows is refused as a table, split at tabs", .enabled(if: RealSamplePaths.available))
  func realTSV() throws {
    // MultiDoGO media dev split (awslabs/multi-domain-goal-oriented-dialogues-dataset, CDLA-Permissive-1.0).
    let reason = try #require(refused(RealSamplePaths.path("multidogo-media/dev.tsv")))
    #expect(reason.hasPrefix("a table (fields separated by tab) with the columns conversationId, turnNumber, utteranceId"), "\(reason)")
  }

  @Test("callaudit's own outputs are not contacts, though they have a contact_id column")
  func ownOutputs() throws {
    #expect(skipped(TestSupport.repositoryRoot.appendingPathComponent("samples/contacts-labels.csv").path)?
      .contains("the ground-truth labels `callaudit generate --labels` writes") == true)
    let labels = try TestSupport.temporaryFile(LabelsCSVWriter().header + "X-1,P,in-house,billing,true,false,false,false,false\n")
    #expect(skipped(labels)?.contains("labels") == true)
    let measures = try TestSupport.temporaryFile(ContactsCSVRenderer().header)
    #expect(skipped(measures)?.contains("--contacts-out") == true)
    #expect(skipped(TestSupport.fixture("golden/flagged.csv"))?.contains("--format csv") == true)
    #expect(skipped(TestSupport.fixture("golden/report.json"))?.contains("a report callaudit wrote") == true)
    // The generator writes sites.csv into the folder of a Contact Lens export.
    let sites = try TestSupport.temporaryFile("site,sourcing\nCebu,outsourced\n", name: "sites.csv")
    #expect(skipped(sites)?.contains("which --sites reads") == true)
  }

  @Test("A canonical CSV with extra measure-like columns is still contacts")
  func canonicalWithExtras() throws {
    let path = try TestSupport.temporaryFile("contact_id,opened_at,scripted,flagged,lost\nN-1,2025-03-01T09:00:00Z,true,true,false\n")
    let summary = ingestAll(path).summary
    #expect(summary.format == .canonicalCSV && summary.accepted == 1)
  }

  @Test("Other content", arguments: [
    ("<!DOCTYPE html>\n<html><body>report</body></html>\n", "skip", "an HTML page"),
    ("<?xml version=\"1.0\"?>\n<orders><order id=\"1\"/></orders>\n", "refuse", "XML whose root element is <orders>"),
    ("name: audit\ninputs: [a.csv, b.csv]\nwindow: 30d\n", "skip", "text without a table's columns"),
    ("| a | b |\n|---|---|\n| 1 | 2 |\n", "skip", "text without a table's columns"),
    ("just one line, with a comma\n", "skip", "a single line of text"),
    (",ana,ana-pc,05.03.2025 10:14,file:///home/ana/.config/libreoffice/4;", "skip", "a LibreOffice lock file"),
    ("hello,world\n1,2\n3,4\n", "refuse", "a table (fields separated by ',') with the columns hello, world"),
  ])
  func other(text: String, outcome: String, reason: String) throws {
    let path = try TestSupport.temporaryFile(text)
    let summary = ingestAll(path).summary
    if outcome == "skip" {
      #expect(summary.skipped?.contains(reason) == true, "\(String(describing: summary.skipped)) \(String(describing: summary.stoppedBy))")
    } else {
      #expect(summary.skipped == nil)
      #expect(summary.stoppedBy?.description.contains(reason) == true, "\(String(describing: summary.stoppedBy))")
    }
  }

  @Test("A zero byte in text no format knows is binary data")
  func binary() throws {
    let path = try TestSupport.temporaryFile(Data([0x41, 0x42, 0x00, 0x43, 0x0A, 0x44, 0x45]))
    #expect(skipped(path) == "binary data, not a text export")
  }
}
