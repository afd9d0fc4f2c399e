/// Equipment, error messages, plans and competitors customers mention.
enum ProductPools {
  static let routerModels = [
    "TP-Link Archer AX55", "Fritz!Box 7590", "Fritz!Box 7530 AX", "Netgear Nighthawk RAX50",
    "Huawei HG8245H", "Technicolor TG789", "Sagemcom F@st 5366", "Zyxel VMG8825-T50",
    "Asus RT-AX58U", "Nokia G-240W-A", "Arris TG3442", "Linksys MR7350",
  ]

  static let errorTexts = [
    "PPP authentication failed", "No DSL sync", "WAN down", "Internet: disconnected",
    "Error 651", "DNS server not responding", "No PON signal", "LOS light red",
  ]

  static let plans = [
    "Fibre 150", "Fibre 300", "Fibre 500", "Gigabit 1000", "Broadband Essentials",
    "Home Plus", "Family Max", "Basic 50",
  ]

  static let competitors = [
    "Litware Broadband", "Adatum Networks", "Woodgrove Fibre", "Proseware Telecom",
    "Wingtip Internet", "Fourth Coffee Mobile",
  ]

  /// Advertised speeds in Mbps.
  static let speeds = [100, 150, 300, 500, 900]
}
