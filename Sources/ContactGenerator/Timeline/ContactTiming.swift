/// How long contacts take, by channel: log-normal-ish, and shorter when the
/// agent only reads the script.
enum ContactTiming {
  /// Seconds to the last turn, seconds to closing, and the agent's handle time.
  static func draw(
    channel: Channel, scripted: Bool, _ rng: inout Xoshiro256StarStar
  ) -> (duration: Int64, closeAfter: Int64, handle: Int) {
    switch channel {
    case .call:
      let talk = clamp(rng.logNormal(median: scripted ? 320 : 520, sigma: 0.45), 90, 3600)
      let wrap = Int64(rng.int(in: 15...90))
      return (talk, talk + wrap, Int(talk + wrap))
    case .chat:
      let session = clamp(rng.logNormal(median: scripted ? 700 : 1100, sigma: 0.4), 180, 5400)
      let share = 0.45 + 0.35 * rng.unit()  // agents run several chats at once
      return (session, session + Int64(rng.int(in: 0...60)), Int((Double(session) * share).rounded()))
    case .email:
      let thread = clamp(rng.logNormal(median: 21_600, sigma: 0.7), 1800, 108_000)
      let work = clamp(rng.logNormal(median: scripted ? 300 : 540, sigma: 0.5), 60, 3600)
      return (thread, thread + Int64(rng.int(in: 60...1800)), Int(work))
    }
  }

  private static func clamp(_ value: Double, _ low: Int64, _ high: Int64) -> Int64 {
    min(high, max(low, Int64(value.rounded())))
  }
}
