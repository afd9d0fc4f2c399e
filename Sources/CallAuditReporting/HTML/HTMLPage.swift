/// The document around a report's sections: doctype, a head that forbids
/// every fetch (Content-Security-Policy `default-src 'none'`) and carries the
/// viewport and the inline style sheet, and a `<main>` for the body.
enum HTMLPage {
  /// A complete, self-contained HTML document titled `title`.
  /// `extraStyle` follows the style sheet, for sections only some reports have.
  static func document(
    title: String, kind: StaticString, extraStyle: StaticString? = nil, _ body: (inout HTMLWriter) -> Void
  ) -> String {
    var w = HTMLWriter()
    w.trusted("<!DOCTYPE html>\n")
    w.open("html", [HTMLAttribute("lang", "en")])
    w.newline()
    w.element("head") { w in
      w.void("meta", [HTMLAttribute("charset", "utf-8")])
      w.void("meta", [HTMLAttribute("name", "viewport"), HTMLAttribute("content", "width=device-width, initial-scale=1")])
      w.void("meta", [
        HTMLAttribute("http-equiv", "Content-Security-Policy"),
        HTMLAttribute("content", "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"),
      ])
      w.void("meta", [HTMLAttribute("name", "referrer"), HTMLAttribute("content", "no-referrer")])
      w.void("meta", [HTMLAttribute("name", "generator"), HTMLAttribute("content", "callaudit")])
      w.element("title", text: title)
      w.newline()
      w.element("style") { w in
        w.trusted(HTMLStyleSheet.css)
        if let extraStyle { w.trusted(extraStyle) }
      }
      w.newline()
    }
    w.newline()
    w.element("body", [HTMLAttribute("data-page", "\(kind)")]) { w in
      w.element("main") { w in body(&w) }
      w.newline()
    }
    w.newline()
    w.close("html")
    w.newline()
    return w.html
  }
}
