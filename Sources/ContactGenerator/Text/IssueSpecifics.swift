/// The customer's specifics in one episode — what a tailored answer takes up
/// and a script never mentions. Drawn from the episode's own random stream, so
/// the first contact, its transfer and its repeats all tell the same story.
struct IssueSpecifics: Sendable {
  var model, street, town, since, errorText, drops, speedPaid, speedGot: String
  var amount, chargeDate, card, invoice, account, order: String
  var plan, newPlan, newPrice, moveDate, newStreet, newTown: String
  var appointment, competitor, contractEnd, phoneTail: String

  /// The specifics of the episode with index `episode`, which starts at `start`.
  init(seed: UInt64, episode: UInt64, start: Int64) {
    var rng = Xoshiro256StarStar(seed: seed, stream: .specifics, index: episode)
    let day: Int64 = 86_400
    model = rng.pick(ProductPools.routerModels)
    street = "\(rng.int(in: 1...180)) \(rng.pick(PlacePools.streets))"
    town = rng.pick(PlacePools.towns)
    since = CalendarText.dayMonth(start - Int64(rng.int(in: 1...10)) * day)
    errorText = rng.pick(ProductPools.errorTexts)
    drops = String(rng.int(in: 3...25))
    let paid = rng.pick(ProductPools.speeds)
    speedPaid = String(paid)
    speedGot = String(rng.int(in: 4...(paid / 4)))
    amount = "€\(rng.int(in: 12...149)).\(Digits.padded(rng.below(100), 2))"
    chargeDate = CalendarText.dayMonth(start - Int64(rng.int(in: 1...25)) * day)
    card = Digits.padded(rng.below(10_000), 4)
    invoice = "INV-\(CalendarText.year(start))-\(Digits.padded(rng.below(1_000_000), 6))"
    account = "AC-\(Digits.padded(rng.int(in: 10_000_000...99_999_999), 8))"
    order = "ORD-\(Digits.padded(rng.int(in: 1_000_000...9_999_999), 7))"
    let planIndices = rng.distinctIndices(2, below: ProductPools.plans.count)
    plan = ProductPools.plans[planIndices[0]]
    newPlan = ProductPools.plans[planIndices[1]]
    newPrice = "€\(rng.int(in: 25...79)).99"
    moveDate = CalendarText.dayMonth(start + Int64(rng.int(in: 10...40)) * day)
    newStreet = "\(rng.int(in: 1...180)) \(rng.pick(PlacePools.streets))"
    newTown = rng.pick(PlacePools.towns)
    appointment = CalendarText.weekdayDayMonth(start + Int64(rng.int(in: 2...9)) * day)
    competitor = rng.pick(ProductPools.competitors)
    contractEnd = CalendarText.dayMonthYear(start + Int64(rng.int(in: 20...300)) * day)
    phoneTail = Digits.padded(rng.below(10_000), 4)
  }
}
