import CallAuditModel

/// Rebuilds conversations from the reply links of a ``MessageStore`` and turns
/// each into a contact.
///
/// A thread is a message that answers nothing present in the file, with every
/// reply below it. A reply's own `in_response_to_tweet_id` decides where it
/// belongs; `response_tweet_id` lists only link replies whose own link is empty
/// (the lists are the field Excel damages). Every stored message lands in
/// exactly one thread, so every accepted row is placed.
///
/// Memory: besides the store, about 12 bytes per message while threads are
/// grouped, and each step's arrays are let go before the next, since a file
/// can hold millions of messages.
package struct ThreadAssembler {
  /// The messages (its reply links are dropped once used).
  private var store: MessageStore
  /// The provider of a thread with no company message that mentions no company of the file.
  package let fallbackProvider: String
  /// Remarks on the links, for the input summary.
  package private(set) var notes: [String] = []

  /// Creates an assembler over `store`.
  package init(store: MessageStore, fallbackProvider: String) {
    self.store = store
    self.fallbackProvider = fallbackProvider
  }

  /// Emits one contact per thread, earliest thread first.
  package mutating func emitThreads(_ emit: (Contact) -> Void) {
    guard store.count > 0 else { return }
    let parents = linkParents()
    store.releaseLinks()
    let (members, threads) = groupThreads(findRoots(consume parents))
    let companies = companyAccounts()
    var attributedByMention = 0
    var unattributed = 0
    for thread in threads {
      let span = Int(thread.start)..<Int(thread.start + thread.count)
      let contact = makeContact(root: Int(thread.root), members[span], companies: companies)
      switch contact.source {
      case .reply: break
      case .mention: attributedByMention += 1
      case .none: unattributed += 1
      }
      emit(contact.contact)
    }
    if attributedByMention > 0 {
      notes.append(
        "\(attributedByMention) thread(s) without a company reply were given to the company account their first message mentions")
    }
    if unattributed > 0 {
      notes.append(
        "\(unattributed) thread(s) have no company reply and mention no company account of this file; their provider is '\(fallbackProvider)'")
    }
  }

  /// The position each message answers, or -1.
  private mutating func linkParents() -> [Int32] {
    var parents = [Int32](repeating: -1, count: store.count)
    var answeringAbsent = 0
    for position in 0..<store.count where store.parentIDs[position] != MessageStore.noParent {
      if let parent = store.positions[store.parentIDs[position]] {
        parents[position] = parent
      } else {
        answeringAbsent += 1
      }
    }
    // A list naming any reply that answers another message is damaged (Excel
    // turns "155,157" into "1,55,157"), so none of its items is trusted.
    var linkedFromLists = 0
    var disagreeing = 0
    var damagedLists = 0
    let links = store.listedReplies
    var listStart = 0
    while listStart + 1 < links.count {
      let answered = links[listStart]
      var listEnd = listStart
      var damaged = false
      while listEnd + 1 < links.count, links[listEnd] == answered {
        if let reply = store.positions[links[listEnd + 1]] {
          let own = store.parentIDs[Int(reply)]
          if own != MessageStore.noParent, own != answered {
            damaged = true
            disagreeing += 1
          }
        }
        listEnd += 2
      }
      if damaged {
        damagedLists += 1
      } else if let answeredPosition = store.positions[answered] {
        for k in stride(from: listStart + 1, to: listEnd, by: 2) {
          guard let reply = store.positions[links[k]], reply != answeredPosition,
            store.parentIDs[Int(reply)] == MessageStore.noParent, parents[Int(reply)] == -1
          else { continue }
          parents[Int(reply)] = answeredPosition
          linkedFromLists += 1
        }
      }
      listStart = listEnd
    }
    if answeringAbsent > 0 {
      notes.append("\(answeringAbsent) message(s) answer a tweet that is not in this input; each starts a thread of its own")
    }
    if linkedFromLists > 0 {
      notes.append(
        "\(linkedFromLists) reply(ies) with an empty in_response_to_tweet_id were placed by the response_tweet_id list that names them")
    }
    if damagedLists > 0 {
      notes.append(
        "\(damagedLists) response_tweet_id list(s) name \(disagreeing) reply(ies) that answer another message (damaged, as after an Excel round trip) and were ignored; replies follow their own in_response_to_tweet_id")
    }
    return parents
  }

  /// The thread root of every message; a loop of reply links is cut at its earliest message.
  private mutating func findRoots(_ links: consuming [Int32]) -> [Int32] {
    var parents = links
    var roots = [Int32](repeating: -1, count: store.count)
    var onPath = [Bool](repeating: false, count: store.count)
    var path: [Int32] = []
    var loops = 0
    for start in 0..<store.count where roots[start] == -1 {
      var node = Int32(start)
      var root: Int32 = -1
      while root == -1 {
        let here = Int(node)
        if roots[here] != -1 {
          root = roots[here]
        } else if onPath[here] {
          // The path from `node` back to itself is a loop: cut it, then walk again.
          let loop = path[path.firstIndex(of: node)!...]
          let earliest = loop.min { isEarlier(Int($0), Int($1)) }!
          parents[Int(earliest)] = -1
          loops += 1
          for member in path { onPath[Int(member)] = false }
          path.removeAll(keepingCapacity: true)
          node = Int32(start)
        } else if parents[here] == -1 {
          roots[here] = node
          root = node
        } else {
          onPath[here] = true
          path.append(node)
          node = parents[here]
        }
      }
      for member in path {
        roots[Int(member)] = root
        onPath[Int(member)] = false
      }
      path.removeAll(keepingCapacity: true)
    }
    if loops > 0 {
      notes.append("\(loops) loop(s) of reply links were cut at their earliest message")
    }
    return roots
  }

  /// One thread: its root and where its messages lie in the grouped members.
  private struct ThreadSpan {
    var root: Int32
    var start: Int32
    var count: Int32
  }

  /// Every message grouped by thread, each thread's in time order, and the
  /// threads ordered by their first message.
  private func groupThreads(_ roots: [Int32]) -> (members: [Int32], threads: [ThreadSpan]) {
    // A counting sort by root keeps this linear before the per-thread sorts.
    var starts = [Int32](repeating: 0, count: store.count + 1)
    for root in roots { starts[Int(root) + 1] += 1 }
    for position in 0..<store.count { starts[position + 1] += starts[position] }
    var members = [Int32](repeating: 0, count: store.count)
    do {
      var fill = starts
      for position in 0..<store.count {
        let root = Int(roots[position])
        members[Int(fill[root])] = Int32(position)
        fill[root] += 1
      }
    }
    var threads: [ThreadSpan] = []
    for position in 0..<store.count where starts[position + 1] > starts[position] {
      let span = ThreadSpan(root: Int32(position), start: starts[position], count: starts[position + 1] - starts[position])
      members[Int(span.start)..<Int(span.start + span.count)].sort { isEarlier(Int($0), Int($1)) }
      threads.append(span)
    }
    threads.sort { isEarlier(Int(members[Int($0.start)]), Int(members[Int($1.start)])) }
    return (members, threads)
  }

  private func isEarlier(_ a: Int, _ b: Int) -> Bool {
    (store.times[a], store.ids[a]) < (store.times[b], store.ids[b])
  }

  /// Authors of non-inbound messages, by lower-cased handle.
  private func companyAccounts() -> [String: Int32] {
    var companies: [String: Int32] = [:]
    for position in 0..<store.count where !store.inbound[position] {
      companies[store.author(position).lowercased()] = store.authors[position]
    }
    return companies
  }

  /// Where a thread's provider came from.
  private enum ProviderSource { case reply, mention, none }

  private func makeContact(
    root: Int, _ thread: ArraySlice<Int32>, companies: [String: Int32]
  ) -> (contact: Contact, source: ProviderSource) {
    let first = Int(thread.first!)
    let companyMessages = thread.lazy.map(Int.init).filter { !store.inbound[$0] }
    let customerMessages = thread.lazy.map(Int.init).filter { store.inbound[$0] }
    var provider = fallbackProvider
    var source = ProviderSource.none
    var agent: String? = nil
    if let firstReply = companyMessages.first {
      provider = store.author(firstReply)
      source = .reply
      let own = companyMessages.filter { store.authors[$0] == store.authors[firstReply] }
      let signature = own.lazy.compactMap { AgentSignature.find(in: store.textSlice($0)) }.first
      agent = signature.map { "\(provider)/\($0)" } ?? provider
    } else if let opening = customerMessages.first {
      let mentioned = Mentions.all(in: store.textSlice(opening)).lazy
        .compactMap { companies[$0.lowercased()] }.first
      if let mentioned {
        provider = store.authorNames[Int(mentioned)]
        source = .mention
      }
    }
    var customer = customerMessages.first.map { store.author($0) }
    if customer == nil, let firstReply = companyMessages.first {
      // The company's reply opens with the customer's handle when their own tweet is missing.
      customer = Mentions.leading(in: store.textSlice(firstReply)).first { companies[$0.lowercased()] == nil }
    }
    let turns = thread.map { member in
      let position = Int(member)
      return Turn(
        speaker: store.inbound[position] ? .customer : .agent,
        at: Timestamp(secondsSinceEpoch: store.times[position]), text: store.text(position))
    }
    let contact = Contact(
      id: String(store.ids[root]), provider: provider, channel: "social", customerID: customer,
      agentID: agent, openedAt: Timestamp(secondsSinceEpoch: store.times[first]), turns: turns)
    return (contact, source)
  }
}
