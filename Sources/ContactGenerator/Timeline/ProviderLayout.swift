/// A provider's fixed facts at generation time: names, id prefixes and the
/// agents at each site.
struct ProviderLayout: Sendable {
  let spec: ProviderSpec
  /// Prefix of its contact ids: the initials of its name (`NB` for Northwind Broadband).
  let contactPrefix: String
  /// Short code per site, unique within the provider, used in agent ids.
  let siteCodes: [String]
  /// Agents per site.
  let agentCounts: [Int]
  /// Indices of its in-house and outsourced sites.
  let inHouseSites: [Int]
  let outsourcedSites: [Int]

  init(spec: ProviderSpec, expectedContacts: Double) {
    self.spec = spec
    let initials = spec.name.split(separator: " ").compactMap { word in
      word.unicodeScalars.first(where: { $0.isASCII && $0.properties.isAlphabetic })
    }
    contactPrefix = initials.isEmpty ? "C" : String(String.UnicodeScalarView(initials)).uppercased()
    var codes: [String] = []
    for (index, site) in spec.sites.enumerated() {
      let letters = site.name.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.prefix(3)
      var code = String(String.UnicodeScalarView(letters)).uppercased()
      if code.isEmpty || codes.contains(code) { code += String(index + 1) }
      codes.append(code)
    }
    siteCodes = codes
    inHouseSites = spec.sites.indices.filter { spec.sites[$0].sourcing == .inHouse }
    outsourcedSites = spec.sites.indices.filter { spec.sites[$0].sourcing == .outsourced }
    let perSite = expectedContacts / Double(max(1, spec.sites.count))
    agentCounts = spec.sites.map { _ in min(400, max(6, Int(perSite / 250))) }
  }

  /// The agent id `NB-CEB-017`.
  func agentID(site: Int, agent: Int) -> String {
    "\(contactPrefix)-\(siteCodes[site])-\(Digits.padded(agent + 1, 3))"
  }

  /// The contact id `NB-0000042`.
  func contactID(number: Int) -> String {
    "\(contactPrefix)-\(Digits.padded(number, 7))"
  }

  /// The customer id `CUST-000123`.
  static func customerID(_ number: Int) -> String {
    "CUST-\(Digits.padded(number, 6))"
  }
}
