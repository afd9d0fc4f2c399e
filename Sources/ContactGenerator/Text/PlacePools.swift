/// Streets and towns for customer addresses.
enum PlacePools {
  static let streets = [
    "Mill Lane", "Station Road", "Church Street", "Elm Grove", "Harbour View", "Oak Avenue",
    "Meadow Close", "Castle Street", "Victoria Terrace", "Bridge Road", "Orchard Way", "Kingsway",
    "Strand Road", "Cherry Walk", "Abbey Court", "Seaview Park", "Glenview Drive", "Market Square",
    "Willow Crescent", "Priory Lane", "Ashgrove", "Canal Street", "Hillside Road", "St. Anne's Place",
  ]

  static let towns = [
    "Ashford", "Bray", "Galway", "Dún Laoghaire", "Harrogate", "Kilkenny", "Swords", "Leeds",
    "Athlone", "Wexford", "Ballina", "York", "Sligo", "Navan", "Portlaoise", "Tralee",
    "Clonmel", "Drogheda", "Malahide", "Carrick-on-Shannon", "Newbridge", "Bandon",
  ]
}
