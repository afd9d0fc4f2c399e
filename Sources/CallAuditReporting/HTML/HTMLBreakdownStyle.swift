/// The style of the sections only a report with a breakdown or site verdicts has
/// (`--by`), added after ``HTMLStyleSheet`` so that other reports keep their bytes.
enum HTMLBreakdownStyle {
  /// The CSS text.
  static let css: StaticString = """
    .site-verdicts{margin:1.25rem 0 0}.site-verdicts h3{font-size:1rem}
    ul.sites{list-style:none;padding:0;margin:.4rem 0}\
    ul.sites li{border-left:4px solid var(--verdict);padding:.3rem .7rem;margin:0 0 .5rem;background:var(--panel)}
    ul.sites .site-figures{white-space:nowrap}
    .breakdown-provider{margin:1.5rem 0 0}.breakdown-figure{max-width:560px;margin:.5rem 0}
    svg a.bar-link:hover .track,svg a.bar-link:focus .track{fill:#ebf4ff}
    svg a:focus{outline:2px solid var(--in-house)}
    table.breakdown td a,.cell-flagged a{color:var(--in-house)}
    table.breakdown tr:target,.cell-flagged:target,.flagged:target{outline:3px solid #f6e05e;outline-offset:2px}
    .series-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(400px,100%),1fr));gap:1rem 2rem}
    svg.series{max-width:420px}svg.series .whisker-v{stroke-width:1.2;opacity:.75}
    svg g[class^=series] .whisker-v{stroke:var(--series)}svg .gap-mark{stroke:var(--faint);stroke-width:2}
    .series-provider{margin:1.25rem 0 0}
    .cell-flagged{border-left:3px solid var(--line);padding:.2rem .8rem;margin:0 0 .9rem}\
    .cell-flagged h3{font-size:.98rem}.cell-flagged .to-row{font-size:.8rem;font-weight:400}
    ul.cell-contacts{display:flex;flex-wrap:wrap;gap:.2rem 1rem;list-style:none;padding:0;margin:.2rem 0}
    .flagged .meta.cell a{color:inherit}
    .cell-flagged .badge{background:var(--hurting)}
    table.breakdown td{white-space:nowrap}
    @media (max-width:640px){.series-grid{grid-template-columns:1fr}\
    table.breakdown{font-size:.78rem}table.breakdown td{white-space:normal}table.breakdown th,table.breakdown td{padding:.3rem .3rem}}
    """
}
