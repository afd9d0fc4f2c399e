@testable import CallAuditText

/// A small seeded generator of agent sentences with ground truth: paraphrased script
/// templates said to many customers, one rare template, and one-off tailored sentences.
struct SyntheticScriptCorpus {
  /// One agent sentence with its label.
  struct Sentence {
    /// The sentence text.
    var text: String
    /// The customer it was said to.
    var customer: UInt64
    /// The template it came from (index into `templates`), or nil for a tailored sentence.
    var template: Int?
  }

  /// Script templates: each is a list of paraphrases with `{n}` standing for a number.
  static let templates: [[String]] = [
    [
      "Please restart your router and wait {n} minutes.",
      "Kindly restart your modem and wait {n} minutes",
      "Please restart the router, then wait a couple of minutes",
      "Could you reboot your router and wait {n} minutes?",
      "Please restart your gateway and wait two minutes before trying again.",
    ],
    [
      "Please DM us your account number so we can look into this.",
      "Please send us a DM with your account number so we can look into this.",
      "Kindly DM us your account number so that we can look into this for you.",
      "Please DM us your account number and we'll look into this.",
    ],
    [
      "We're sorry to hear about the trouble with your connection.",
      "I'm sorry to hear about the trouble with your internet connection.",
      "We are so sorry to hear about the trouble with your connection!",
      "Sorry to hear about the trouble with your connection.",
    ],
    [
      "I have escalated this to our technical team and they will contact you within {n} hours.",
      "I've escalated this to our technical team, they will contact you within {n} hours.",
      "We have escalated this to the technical team and they will contact you within {n} hours.",
    ],
    [
      "Thank you for contacting customer support, is there anything else I can help you with today?",
      "Thanks for contacting customer support, is there anything else we can help you with today?",
      "Thank you for contacting customer support, is there anything else I can assist you with today?",
    ],
    [
      "There is currently an outage in your area and our engineers are working to restore service as soon as possible.",
      "There's currently an outage in your area and our engineers are working to restore the service as soon as possible.",
      "There is an outage in your area at the moment and our engineers are working to restore service as soon as possible.",
    ],
    [
      "Please run a speed test at speedtest.net and send us the results.",
      "Can you run a speed test on speedtest.net and send us the results?",
      "Kindly run a speed test at speedtest.net and send the results to us.",
    ],
    [
      "For security purposes, can you please confirm the full name and address on the account?",
      "For security purposes, could you confirm the full name and address on the account?",
      "For security reasons, please confirm the full name and the address on the account.",
    ],
  ]

  /// A template said to only two customers: must not be mined.
  static let rareTemplate =
    "Our loyalty department can offer you a discounted bundle with premium sports channels included."

  /// Words tailored sentences are drawn from (support-ish vocabulary, so they share words
  /// with the scripts without copying them).
  static let vocabulary = """
    line cabinet card faulty dropped engineer replace tomorrow street signal noise fibre copper \
    exchange port splitter socket wall extension cable jack filter microfilter attenuation sync \
    rate profile bandwidth upstream downstream errors retrain capped throttled plan upgrade \
    billing credit refund invoice charge statement discount contract renewal install visit \
    window morning afternoon evening slot booked rescheduled parcel delivery courier tracking \
    apartment building landlord permission ducting pole overhead underground damaged storm \
    flooding roadworks council permit fault ticket reference logged monitoring graph packet loss \
    latency jitter gaming console stream buffering television channels guide recording box \
    remote pairing bluetooth printer laptop phone tablet mesh node satellite repeater ethernet \
    dns settings firmware update rollback channel interference neighbour microwave baby monitor \
    your the my we i you is was has have will can see noticed checked spotted confirmed found \
    since last week yesterday friday monday because after before while during when
    """.split(separator: " ").map(String.init)

  private var random: ScriptCorpusRandom

  /// A generator with a fixed seed.
  init(seed: UInt64) { random = ScriptCorpusRandom(seed: seed) }

  /// A random paraphrase of template `template`.
  mutating func scriptSentence(_ template: Int) -> String {
    let variants = Self.templates[template]
    let variant = variants[Int(random.next() % UInt64(variants.count))]
    let number = [2, 3, 5, 10, 24, 48][Int(random.next() % 6)]
    return variant.replacing("{n}", with: String(number))
  }

  /// A one-off sentence of 9–22 random words, sometimes with a number or time.
  mutating func tailoredSentence() -> String {
    let length = 9 + Int(random.next() % 14)
    var words: [String] = []
    for position in 0..<length {
      let roll = random.next() % 20
      if roll == 0 {
        words.append(String(random.next() % 900 + 10))
      } else if roll == 1 {
        words.append("\(random.next() % 24):\(10 + random.next() % 50)")
      } else {
        let word = Self.vocabulary[Int(random.next() % UInt64(Self.vocabulary.count))]
        words.append(position == 0 ? word.capitalizedFirst : word)
      }
    }
    return words.joined(separator: " ") + "."
  }

  /// A tailored sentence that opens like a script ("Please restart your …") and then says
  /// something specific: the hard negative for matching.
  mutating func nearMissSentence() -> String {
    let template = Self.templates[Int(random.next() % UInt64(Self.templates.count))][0]
    let opening = template.split(separator: " ").prefix(3).joined(separator: " ")
    let tail = tailoredSentence()
    return opening + " " + tail.prefix(1).lowercased() + tail.dropFirst()
  }

  /// A corpus: `customers` customers, each hearing 2–4 script sentences and 3–6 tailored ones;
  /// the rare template goes to customers 0 and 1.
  mutating func corpus(customers: Int) -> [Sentence] {
    var sentences: [Sentence] = []
    for customer in 0..<customers {
      let key = UInt64(customer) &* 7919 &+ 13
      let scripted = 2 + Int(random.next() % 3)
      let tailored = 3 + Int(random.next() % 4)
      var plan = Array(repeating: true, count: scripted) + Array(repeating: false, count: tailored)
      plan.shuffle(using: &random)
      for isScript in plan {
        if isScript {
          let template = Int(random.next() % UInt64(Self.templates.count))
          sentences.append(Sentence(text: scriptSentence(template), customer: key, template: template))
        } else {
          sentences.append(Sentence(text: tailoredSentence(), customer: key, template: nil))
        }
      }
      if customer < 2 {
        sentences.append(Sentence(text: Self.rareTemplate, customer: key, template: nil))
      }
    }
    return sentences
  }
}

/// A tiny deterministic generator (the splitmix64 step), so these tests never depend on the
/// system RNG. Named apart from ContactGenerator's generator, which other tests import.
struct ScriptCorpusRandom: RandomNumberGenerator {
  private var state: UInt64

  /// A generator starting from `seed`.
  init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}

extension String {
  /// The string with its first letter upper-cased (ASCII).
  fileprivate var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
