/// One attribute of an element: a name fixed in the code and a value that is
/// always escaped when written.
struct HTMLAttribute {
  /// The attribute's name, e.g. `class` or `data-verdict`.
  let name: StaticString
  /// The value as given; escaped by ``HTMLWriter``.
  let value: String

  /// An attribute `name="value"`.
  init(_ name: StaticString, _ value: String) {
    self.name = name
    self.value = value
  }

  /// An attribute holding an SVG coordinate or length, with one decimal.
  init(_ name: StaticString, _ value: Double) {
    self.init(name, HTMLFormat.coordinate(value))
  }

  /// An attribute holding a whole number.
  init(_ name: StaticString, _ value: Int) {
    self.init(name, String(value))
  }
}

/// Builds HTML (and inline SVG) text in which nothing untrusted can become
/// markup: tag and attribute names are `StaticString`s from the code, and all
/// text and attribute values go through ``HTMLEscaping``.
struct HTMLWriter {
  /// The markup written so far.
  private(set) var html = ""

  /// Creates an empty writer.
  init() {}

  /// Writes `<tag attributes…>`.
  mutating func open(_ tag: StaticString, _ attributes: [HTMLAttribute] = []) {
    html += "<\(tag)"
    for attribute in attributes {
      html += " \(attribute.name)=\"\(HTMLEscaping.escape(attribute.value))\""
    }
    html += ">"
  }

  /// Writes `</tag>`.
  mutating func close(_ tag: StaticString) {
    html += "</\(tag)>"
  }

  /// Writes an element with an escaped text body.
  mutating func element(_ tag: StaticString, _ attributes: [HTMLAttribute] = [], text: String) {
    open(tag, attributes)
    self.text(text)
    close(tag)
  }

  /// Writes an element whose body is written by `body`.
  mutating func element(
    _ tag: StaticString, _ attributes: [HTMLAttribute] = [], _ body: (inout HTMLWriter) -> Void
  ) {
    open(tag, attributes)
    body(&self)
    close(tag)
  }

  /// Writes an HTML void element such as `<meta …>`.
  mutating func void(_ tag: StaticString, _ attributes: [HTMLAttribute] = []) {
    open(tag, attributes)
  }

  /// Writes a self-closed SVG element such as `<rect …/>`.
  mutating func shape(_ tag: StaticString, _ attributes: [HTMLAttribute]) {
    open(tag, attributes)
    html.removeLast()
    html += "/>"
  }

  /// Writes escaped text.
  mutating func text(_ text: String) {
    html += HTMLEscaping.escape(text)
  }

  /// Writes markup fixed in the code (style sheet, doctype); never for data.
  mutating func trusted(_ markup: StaticString) {
    html += "\(markup)"
  }

  /// Writes a line break in the source, to keep the page readable as text.
  mutating func newline() {
    html += "\n"
  }
}
