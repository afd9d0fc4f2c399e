import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

/// The support-threads reader (Customer Support on Twitter layout) on
/// hand-written fixtures and on the public samples.
@Suite("Support threads")
struct SupportThreadsTests {
  private let threads = TestSupport.fixture("vendors/support-threads-csv/threads.csv")
  private let damaged = TestSupport.fixture("vendors/support-threads-csv/damaged.csv")

  private func contact(_ id: String, in contacts: [Contact]) -> Contact? {
    contacts.first { $0.id == id }
  }

  @Test("Replies are gathered under the tweet they answer, in time order, whatever the row order")
  func rebuildsThreads() throws {
    let (contacts, summary) = ingestAll(threads)
    #expect(summary.format == .supportThreadsCSV)
    #expect(summary.records == 12)
    #expect(summary.accepted == 9)
    #expect(summary.rejected == 3)
    #expect(contacts.map(\.id) == ["11", "21", "31", "41", "61"])
    let first = try #require(contact("11", in: contacts))
    #expect(first.provider == "NorthwindCares")
    #expect(first.channel == "social")
    #expect(first.customerID == "900101")
    #expect(first.agentID == "NorthwindCares/JK")
    #expect(first.openedAt == Timestamp(iso8601: "2025-03-04T09:02:00Z"))
    #expect(first.status == .unknown)
    #expect(first.turns.map(\.speaker) == [.customer, .agent, .customer, .agent])
    #expect(first.turns[0].text == "@NorthwindCares my internet has been down since Monday >:(")
    #expect(first.turns[1].text.contains("Sorry to hear that & thanks"))
    #expect(first.turns[2].text == "@NorthwindCares Done, sent \"the number\" by DM")
    #expect(first.turns[3].text == "@900101 Thanks, we have booked an engineer for Thursday.\nAnything else? -AA")
    #expect(first.turns[3].at == Timestamp(iso8601: "2025-03-04T09:20:00Z"))
  }

  @Test("Bad rows are rejected with their line and reason")
  func rejectsBadRows() {
    let (_, summary) = ingestAll(threads)
    #expect(summary.problems == [
      IngestionProblem(line: 10, message: "inbound 'maybe' is not true or false"),
      IngestionProblem(line: 11, message: "created_at 'yesterday' is not a date and time"),
      IngestionProblem(line: 12, message: "tweet_id 11 was already read from line 3; the repeated row is skipped"),
    ])
  }

  @Test("A thread without a company reply goes to the company it mentions, else to --provider")
  func providerOfUnansweredThreads() throws {
    let (contacts, summary) = ingestAll(threads, options: IngestionOptions(defaultProvider: "Fallback ISP"))
    let mentioned = try #require(contact("21", in: contacts))
    #expect(mentioned.provider == "NorthwindCares")
    #expect(mentioned.customerID == "900202")
    #expect(mentioned.agentID == nil)
    let stray = try #require(contact("41", in: contacts))
    #expect(stray.provider == "Fallback ISP")
    #expect(summary.notes.contains(
      "1 thread(s) have no company reply and mention no company account of this file; their provider is 'Fallback ISP'"))
  }

  @Test("A company reply whose tweet is missing names the customer by its leading @handle")
  func customerFromLeadingMention() throws {
    let (contacts, summary) = ingestAll(threads)
    let orphan = try #require(contact("31", in: contacts))
    #expect(orphan.customerID == "900303")
    #expect(orphan.agentID == "NorthwindCares/KellenF")
    #expect(orphan.turns.map(\.speaker) == [.agent])
    #expect(summary.notes.contains("1 message(s) answer a tweet that is not in this input; each starts a thread of its own"))
  }

  @Test("A reply with no link of its own is placed by the list that names it")
  func linksFromResponseList() throws {
    let (contacts, summary) = ingestAll(threads)
    let billing = try #require(contact("61", in: contacts))
    #expect(billing.turns.count == 2)
    #expect(billing.agentID == "NorthwindCares/Lee")
    #expect(summary.notes.contains(
      "1 reply(ies) with an empty in_response_to_tweet_id were placed by the response_tweet_id list that names them"))
  }

  @Test("pandas index column, float ids, Excel TRUE/FALSE and a damaged reply list")
  func toleratesDamage() throws {
    let (contacts, summary) = ingestAll(damaged)
    #expect(summary.format == .supportThreadsCSV)
    #expect(summary.accepted == 5)
    #expect(summary.rejected == 0)
    #expect(contacts.map(\.id) == ["4", "3"])
    let modem = try #require(contact("4", in: contacts))
    #expect(modem.turns.map(\.speaker) == [.customer, .agent, .customer])
    #expect(modem.turns[1].text == "@700001 Happy to help & sorry for the trouble. ^TM")
    #expect(modem.agentID == "CoxHelp/TM")
    let signal = try #require(contact("3", in: contacts))
    #expect(signal.customerID == "700002")
    #expect(signal.turns.count == 2)
    #expect(summary.notes.contains { $0.hasPrefix("1 response_tweet_id list(s) name 1 reply(ies) that answer another message") })
  }

  @Test("Ids written as floats, lists and junk")
  func messageIDs() {
    #expect(MessageID.parse("3.0") == 3)
    #expect(MessageID.parse("192625.00") == 192_625)
    #expect(MessageID.parse("42") == 42)
    #expect(MessageID.parse("3.5") == nil)
    #expect(MessageID.parse("0") == nil)
    #expect(MessageID.parse("1e5") == nil)
    #expect(MessageID.parse("") == nil)
    var invalid = 0
    #expect(MessageID.list("155, 157,,x", invalid: &invalid) == [155, 157])
    #expect(invalid == 1)
  }

  @Test("Agent signatures", arguments: [
    ("Please DM us. ^JK", "JK"),
    ("Please DM us. -AA https://t.co/x", "AA"),
    ("See you there!-Anwar", "Anwar"),
    ("Thanks - Lee 2/2", "Lee"),
    ("Try again (1/2)", nil),
    ("Send us an e-Mail", nil),
    ("Sorry about that ~AT", "AT"),
    ("Use the app /AY", "AY"),
  ] as [(String, String?)])
  func signatures(text: String, expected: String?) {
    #expect(AgentSignature.find(in: Array(text.utf8)[...]) == expected)
  }

  @Test("Detection: the thread header, not the canonical CSV, not a created_at,text dump")
  func detection() {
    let header = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
    #expect(InputFormat.detect(prefix: Array(header.utf8)) == .supportThreadsCSV)
    #expect(InputFormat.detect(prefix: Array(("," + header).utf8)) == .supportThreadsCSV)
    #expect(InputFormat.detect(prefix: Array("contact_id,provider,transcript\n".utf8)) == .canonicalCSV)
    #expect(InputFormat.detect(prefix: Array("created_at,text\nFri Nov 13 19:47:46 +0000 2015,@comcastcares hi\n".utf8)) == nil)
  }

  // Real samples: Kaggle "Customer Support on Twitter" excerpts from public
  // repositories (shared/realdata/PROVENANCE.md §1). No licence to copy them, so
  // they are read in place.

  @Test("Kaggle's own sample.csv (Yosingh1/Machine_Learning): 93 rows, none rejected", .enabled(if: RealSamplePaths.available))
  func kaggleSample() throws {
    let (contacts, summary) = ingestAll(RealSamplePaths.path("twcs-yosingh1/sample.csv"))
    #expect(summary.format == .supportThreadsCSV)
    #expect(summary.accepted == 93)
    #expect(summary.rejected == 0)
    #expect(contacts.count == 27)
    let chase = try #require(contact("119239", in: contacts))
    #expect(chase.provider == "ChaseSupport")
    #expect(chase.customerID == "105835")
    #expect(chase.agentID == "ChaseSupport/RR")
    #expect(chase.turns.map(\.speaker) == [.customer, .agent])
  }

  @Test("After an Excel round trip (Yosingh1 twcs.csv): TRUE/FALSE and damaged lists, none rejected", .enabled(if: RealSamplePaths.available))
  func excelRoundTrip() throws {
    let (contacts, summary) = ingestAll(RealSamplePaths.path("twcs-yosingh1/twcs.csv"))
    #expect(summary.accepted == 121)
    #expect(summary.rejected == 0)
    #expect(contacts.count == 35)
    // Tweet 180's list "178,181" became "1,78,181": tweet 78 must stay a thread of its own.
    let seventyEight = try #require(contact("78", in: contacts))
    #expect(seventyEight.customerID == "115732")
    #expect(seventyEight.openedAt == Timestamp(exportText: "Tue Oct 31 22:01:40 +0000 2017"))
    #expect(seventyEight.turns.first?.speaker == .customer)
    #expect(summary.notes.contains { $0.contains("damaged, as after an Excel round trip") })
  }

  @Test("pandas dump (monalisapatra26 twcs.csv): the only rejects are the row broken by bare CRs", .enabled(if: RealSamplePaths.available))
  func pandasDump() throws {
    let (contacts, summary) = ingestAll(RealSamplePaths.path("twcs-monalisapatra26/twcs.csv"))
    #expect(summary.format == .supportThreadsCSV)
    // Tweet 3399's text holds "\r\r" outside quotes: a lone CR ends a CSV record,
    // so the row falls apart into two pieces with too few fields.
    #expect(summary.records == 5001)
    #expect(summary.accepted == 4999)
    #expect(summary.problems == [
      IngestionProblem(line: 2589, message: "expected 8 fields as in the header, found 6"),
      IngestionProblem(line: 2591, message: "expected 8 fields as in the header, found 3"),
    ])
    #expect(contacts.count == 1312)
    #expect(contacts.reduce(0) { $0 + $1.turns.count } == 4999)
    let providers = Set(contacts.map(\.provider))
    #expect(providers.isSuperset(of: ["comcastcares", "TMobileHelp", "VerizonSupport", "sprintcare", "Ask_Spectrum"]))
  }

  @Test("Random sample with broken threads (divya-gh twcs_small.csv): every row placed", .enabled(if: RealSamplePaths.available))
  func randomSample() {
    let (contacts, summary) = ingestAll(RealSamplePaths.path("twcs-divya-gh/twcs_small.csv"))
    #expect(summary.accepted == 5000)
    #expect(summary.rejected == 0)
    #expect(contacts.count == 4996)
    #expect(contacts.reduce(0) { $0 + $1.turns.count } == 5000)
  }

  @Test("telecom_tweets.csv (created_at,text only) is a different layout and is not taken for threads", .enabled(if: RealSamplePaths.available))
  func customerOnlyTweets() {
    let (_, summary) = ingestAll(RealSamplePaths.path("telecom-tweets-2015-jlh313/telecom_tweets.csv"))
    #expect(summary.format != .supportThreadsCSV)
  }
}
