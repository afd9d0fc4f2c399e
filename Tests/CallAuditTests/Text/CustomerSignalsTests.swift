import Testing
@testable import CallAuditText

/// The customer-phrase rules, one case per example in the spec and per known trap.
@Suite struct CustomerSignalsTests {
  @Test(arguments: [
    ("It's still not working.", "still not"),
    ("still no internet since Monday", "still no"),
    ("This is the third time I call about this", "third time"),
    ("I have called three times this week", "called three times"),
    ("I called you guys 5 times already", "called you guys 5 times"),
    ("I've contacted support multiple times", "contacted support multiple times"),
    ("That does not help.", "That does not help"),
    ("that doesn't help at all", "that doesn't help"),
    ("I restarted it and it didn't work", "didn't work"),
    ("I restarted it and it didn’t work", "didn’t work"),
    ("I restarted it and it didnt work", "didnt work"),
    ("DID NOT WORK", "DID NOT WORK"),
    ("Same problem as yesterday", "Same problem"),
    ("nothing has changed", "nothing has changed"),
    ("I want a supervisor", "want a supervisor"),
    ("Let me speak to your manager please", "speak to your manager"),
    ("It has not been fixed yet", "not been fixed"),
    ("internet is down again", "down again"),
    ("it keeps dropping every evening", "keeps dropping"),
    ("How many times do I have to call?", "How many times"),
    ("I've been waiting for two weeks", "been waiting"),
    ("the issue is still unresolved", "still unresolved"),
    ("Rebooting isn't helping.", "isn't helping"),
  ])
  func persistenceFound(text: String, phrase: String) {
    #expect(CustomerSignals.persistence(in: text) == phrase)
  }

  @Test(arguments: [
    "My internet is not working since this morning",
    "Hi, my router shows a red light",
    "Thanks, it works now!",
    "Can you help me set up my new modem?",
    "I don't need help with the bill",
  ])
  func persistenceAbsent(text: String) {
    #expect(CustomerSignals.persistence(in: text) == nil)
  }

  @Test(arguments: [
    ("It works now, thank you!", "works now"),
    ("That fixed it, thanks", "fixed it"),
    ("we're back online", "back online"),
    ("Thanks, all good", "all good"),
    ("it’s working again", "working again"),
    ("it's fixed", "it's fixed"),
    ("that did the trick", "did the trick"),
    ("Problem solved!", "Problem solved"),
    ("Internet is back up and running", "Internet is back"),
    ("everything seems fine now", "everything seems fine"),
    ("Router restarted, it's up and running", "up and running"),
  ])
  func confirmationFound(text: String, phrase: String) {
    #expect(CustomerSignals.confirmation(in: text) == phrase)
  }

  @Test(arguments: [
    "It's not working now",
    "Is it working now?",
    "It was working fine until yesterday",
    "Let me know if that fixed it",
    "It isn't back online",
    "Nothing fixed it",
    "my internet stopped working again",
  ])
  func confirmationAbsent(text: String) {
    #expect(CustomerSignals.confirmation(in: text) == nil)
  }

  @Test(arguments: [
    ("I want to cancel my internet service", "cancel my internet"),
    ("Please close my account", "close my account"),
    ("I'm going to terminate the contract", "terminate the contract"),
    ("I'm switching to Verizon", "switching to Verizon"),
    ("thinking of switching to another provider", "thinking of switching"),
    ("I'm leaving you for AT&T", "leaving you"),
    ("I will port my number out", "port my number"),
    ("time to change provider", "change provider"),
    ("I'm going to cancel.", "going to cancel"),
    ("I'll take my business elsewhere", "take my business elsewhere"),
    ("looking for a new provider", "looking for a new provider"),
    ("I'm done with Comcast", "done with Comcast"),
    ("Cancel my subscription now", "Cancel my subscription"),
  ])
  func churnFound(text: String, phrase: String) {
    #expect(CustomerSignals.churnIntent(in: text) == phrase)
  }

  @Test(arguments: [
    "Can I cancel that appointment?",
    "Please cancel the technician visit",
    "I need to cancel the technician visit for my internet",
    "Should I switch the router off?",
    "Should I leave it on overnight?",
    "I don't want to cancel my service, I just want it to work",
    "I would never switch to Comcast",
    "I want to cancel my order",
    "cancel my service appointment please",
    "switch to wifi calling",
  ])
  func churnAbsent(text: String) {
    #expect(CustomerSignals.churnIntent(in: text) == nil)
  }

  @Test func emptyAndPunctuationOnlyTextsHaveNoSignals() {
    for text in ["", "   ", "?!…", "😡😡😡"] {
      #expect(CustomerSignals.persistence(in: text) == nil)
      #expect(CustomerSignals.confirmation(in: text) == nil)
      #expect(CustomerSignals.churnIntent(in: text) == nil)
    }
  }
}
