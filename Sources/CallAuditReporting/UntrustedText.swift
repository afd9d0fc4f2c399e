import CallAuditMetrics

/// Making text from exports safe to show.
public enum UntrustedText {
  /// `text` on one line with control characters (escape sequences among them)
  /// replaced, so it cannot restyle or rewrite a terminal.
  public static func forTerminal(_ text: String) -> String {
    var out = ""
    out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A, 0x0D, 0x09: out.unicodeScalars.append(" ")
      case 0x00...0x1F, 0x7F...0x9F: out.unicodeScalars.append("\u{FFFD}")
      default: out.unicodeScalars.append(isBidiControl(scalar) ? "\u{FFFD}" : scalar)
      }
    }
    return out
  }

  /// Whether `scalar` is a bidirectional embedding, override or isolate
  /// control (U+202A–U+202E, U+2066–U+2069). Each reorders how the text after
  /// it is shown — "Trojan Source": a name can be made to read as another — so
  /// every report shows it as U+FFFD instead. The marks U+200E, U+200F and
  /// U+061C are kept: they only set the direction of neutral characters next
  /// to them, and right-to-left names rightly carry them.
  public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
  }
}

extension AnalysisReport {
  /// The report with its first `shownFlagged` flagged contacts only, and every
  /// export-supplied string made safe for a terminal. Only the contacts shown are cleaned:
  /// a large run flags hundreds of thousands. Consuming, so that the text is replaced in
  /// place rather than copied.
  consuming func cleanedForTerminal(shownFlagged: Int) -> AnalysisReport {
    var copy = self
    copy.flagged = FlaggedContacts(copy.flagged.prefix(shownFlagged))
    let clean = UntrustedText.forTerminal
    copy.inputs = copy.inputs.map { input in
      var input = input
      input.path = clean(input.path)
      input.relabel(clean)
      return input
    }
    copy.providers = copy.providers.map { provider in
      var provider = provider
      provider.name = clean(provider.name)
      provider.sites = provider.sites?.map { site in
        var site = site
        site.site = site.site.map(clean)
        return site
      }
      provider.siteRates = provider.siteRates?.map { site in
        var site = site
        site.site = site.site.map(clean)
        return site
      }
      return provider
    }
    if var breakdown = copy.breakdown {
      breakdown.cells = breakdown.cells.map { cell in
        var cell = cell
        cell.provider = clean(cell.provider)
        cell.values = cell.values.map { BreakdownCell.Value(label: clean($0.label), given: $0.given) }
        return cell
      }
      copy.breakdown = breakdown
    }
    if var agents = copy.agents {
      agents.providers = agents.providers.map { provider in
        var provider = provider
        provider.provider = clean(provider.provider)
        provider.entries = provider.entries.map { entry in
          var entry = entry
          entry.agent = clean(entry.agent)
          entry.examples = entry.examples.map(clean)
          entry.moves = entry.moves.map { move in
            var move = move
            move.providerLine = move.providerLine.map(clean)
            return move
          }
          return entry
        }
        return provider
      }
      copy.agents = agents
    }
    copy.flagged = copy.flagged.transformed { contact in
      var contact = contact
      contact.measure.contactID = clean(contact.measure.contactID)
      contact.measure.provider = clean(contact.measure.provider)
      contact.measure.category = contact.measure.category.map(clean)
      if case .repeated(let id) = contact.measure.repeatStatus { contact.measure.repeatStatus = .repeated(by: clean(id)) }
      contact.scriptLines = contact.scriptLines.map(clean)
      contact.customerWords = contact.customerWords.map(clean)
      contact.churnWords = contact.churnWords.map(clean)
      contact.vendorLabels = contact.vendorLabels.map(clean)
      return contact
    }
    return copy
  }
}
