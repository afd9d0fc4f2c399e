/// The report's only style sheet, inlined in the page: system fonts, no
/// `url(…)`, no `@import`, so nothing is fetched. Laid out for a laptop,
/// collapses to one column on a phone and keeps cards whole when printed.
enum HTMLStyleSheet {
  /// The CSS text.
  static let css: StaticString = """
    :root{color-scheme:light;--ink:#1a202c;--muted:#4a5568;--faint:#a0aec0;--line:#e2e8f0;--panel:#f7fafc;\
    --hurting:#c53030;--worse-but-small:#c05621;--not-hurting:#2f855a;--better:#2c7a7b;--inconclusive:#b7791f;\
    --no-comparison:#718096;\
    --in-house:#2b6cb0;--outsourced:#dd6b20;--unknown:#718096;--all:#4a5568}
    *{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
    body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;\
    color:var(--ink);background:#fff}
    main{max-width:1120px;margin:0 auto;padding:1.5rem 1.25rem 3rem}
    h1{font-size:1.8rem;line-height:1.2;margin:0 0 .35rem}
    h2{font-size:1.35rem;line-height:1.25;margin:2.5rem 0 .75rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}
    h3{font-size:1.08rem;line-height:1.3;margin:0 0 .4rem;overflow-wrap:anywhere}
    p{margin:.5rem 0}
    code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em;overflow-wrap:anywhere}
    .lede{font-size:1.05rem;color:var(--muted);margin:.25rem 0}
    .answer{font-size:1.15rem;margin:.75rem 0}
    nav.toc{display:flex;flex-wrap:wrap;gap:.25rem 1.1rem;font-size:.92rem;margin:.9rem 0 0}
    nav.toc a{color:var(--in-house);text-decoration:none}
    .warning{border-left:4px solid var(--inconclusive);background:#fffaf0;padding:.5rem .8rem;margin:1rem 0}
    .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(360px,100%),1fr));gap:1rem}
    .verdict-card,.verdict-card-group{--verdict:var(--no-comparison);border:1px solid var(--line);\
    border-top:6px solid var(--verdict);border-radius:8px;padding:.9rem 1rem;background:#fff;break-inside:avoid}
    .provider-names{font-size:.86rem;color:var(--muted);overflow-wrap:anywhere}
    [data-verdict="hurting"]{--verdict:var(--hurting)}
    [data-verdict="worse-but-small"]{--verdict:var(--worse-but-small)}
    [data-verdict="not-hurting"]{--verdict:var(--not-hurting)}
    [data-verdict="better"]{--verdict:var(--better)}
    [data-verdict="inconclusive"]{--verdict:var(--inconclusive)}
    [data-verdict="no-comparison"]{--verdict:var(--no-comparison)}
    .badge{display:inline-block;padding:.05rem .55rem;border-radius:999px;font-size:.78rem;font-weight:700;\
    letter-spacing:.03em;color:#fff;background:var(--verdict,var(--muted));white-space:nowrap}
    .verdict-word{color:var(--verdict);font-weight:700}
    .summary{margin:.5rem 0}
    dl.figures{display:grid;grid-template-columns:auto 1fr;gap:.1rem .8rem;margin:.6rem 0;font-size:.9rem}
    dl.figures dt{color:var(--muted)}
    dl.figures dd{margin:0;font-variant-numeric:tabular-nums}
    .note{font-size:.9rem;background:#fffaf0;border-left:3px solid var(--inconclusive);padding:.4rem .6rem;margin:.6rem 0}
    ul.also{font-size:.86rem;color:var(--muted);margin:.6rem 0 0;padding-left:1.1rem}
    ul.also .badge{font-size:.7rem;padding:0 .4rem}
    .legend{display:flex;flex-wrap:wrap;gap:.25rem 1.1rem;font-size:.88rem;margin:.25rem 0 1rem}
    .swatch{display:inline-block;width:.85em;height:.85em;border-radius:2px;margin-right:.35em;vertical-align:-.08em}
    .swatch.in-house{background:var(--in-house)}.swatch.outsourced{background:var(--outsourced)}\
    .swatch.unknown{background:var(--unknown)}.swatch.all{background:var(--all)}
    .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(340px,100%),1fr));gap:1.5rem 2rem}
    figure{margin:0;break-inside:avoid}
    figcaption{font-weight:600;margin-bottom:.25rem}
    figcaption small{display:block;font-weight:400;color:var(--muted)}
    svg.chart{display:block;width:100%;max-width:560px;height:auto;overflow:visible}
    svg.forest{max-width:600px}
    svg text.verdict-word{fill:var(--verdict);font-weight:700;font-size:12px}
    svg text{fill:var(--ink);font-size:11px}
    svg text.value,svg text.axis-label,svg text.muted{fill:var(--muted)}
    svg text.axis-label{font-size:10px}
    svg text.group-title{font-weight:700;font-size:12px}
    svg .grid{stroke:var(--line);stroke-width:1}
    svg .reference{stroke:var(--ink);stroke-width:1}
    svg .margin{stroke:var(--faint);stroke-width:1;stroke-dasharray:3 3}
    svg .track{fill:var(--panel)}
    svg .bar.in-house{fill:var(--in-house)}svg .bar.outsourced{fill:var(--outsourced)}
    svg .bar.unknown{fill:var(--unknown)}svg .bar.all{fill:var(--all)}
    svg .whisker{stroke:var(--ink);stroke-width:1.3}
    svg .interval{stroke:var(--ink);stroke-width:1.6}
    svg .sparse .interval,svg .sparse .marker{stroke:var(--faint);fill:var(--faint)}
    svg .sparse text{fill:var(--faint)}
    svg .marker{fill:var(--ink);stroke:var(--ink)}
    svg .crude .marker{fill:#fff;stroke-width:1.6}
    svg .adjusted .marker{fill:var(--verdict);stroke:var(--ink)}
    .table-wrap{overflow-x:auto;margin:.5rem 0 1rem}
    table{border-collapse:collapse;width:100%;font-size:.9rem}
    caption{text-align:left;font-weight:600;padding:.25rem 0}
    th,td{text-align:left;padding:.35rem .55rem;border-bottom:1px solid var(--line);vertical-align:top}
    thead th{border-bottom:2px solid var(--line);font-size:.85rem;color:var(--muted)}
    .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    tr.sparse td{color:var(--faint)}
    table.group-figures{font-size:.85rem}
    table.group-figures td:first-child{white-space:nowrap}
    td.rank{font-weight:700;white-space:nowrap}
    details{margin:.5rem 0}
    summary{cursor:pointer;font-weight:600}
    .flagged{border:1px solid var(--line);border-left:4px solid var(--hurting);border-radius:6px;\
    padding:.75rem 1rem;margin:0 0 1rem;break-inside:avoid}
    .flagged[data-lost="false"]{border-left-color:var(--inconclusive)}
    .flagged .badge{background:var(--hurting)}
    .meta{color:var(--muted);font-size:.9rem;margin:.1rem 0 .4rem}
    .who{display:inline-block;min-width:6.5rem;font-size:.8rem;font-weight:700;text-transform:uppercase;\
    letter-spacing:.04em;color:var(--muted)}
    ol.script-lines{margin:.25rem 0 .5rem;padding-left:1.5rem}
    mark.script{background:#fefcbf;color:inherit;padding:.05em .2em;border-radius:2px}
    q{quotes:"“" "”"}
    .evidence p{margin:.3rem 0}
    ul.problems{font-size:.9rem;padding-left:1.2rem}
    footer{margin-top:3rem;padding-top:.75rem;border-top:1px solid var(--line);color:var(--muted);font-size:.85rem}
    @media (max-width:640px){body{font-size:15px}main{padding:1rem .8rem 2rem}h1{font-size:1.45rem}\
    .cards,.charts{grid-template-columns:1fr}.who{display:block}}
    svg .trend{fill:none;stroke-width:2}svg .point{stroke:#fff;stroke-width:1}svg .tick{font-size:10px;fill:var(--muted)}
    .series-0{--series:#2b6cb0}.series-1{--series:#dd6b20}.series-2{--series:#2f855a}.series-3{--series:#805ad5}    .series-4{--series:#c53030}.series-5{--series:#4a5568}
    svg g[class^=series] .trend{stroke:var(--series)}svg g[class^=series] .point{fill:var(--series)}
    ul.legend{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.9rem}
    ul.legend li::before{content:"";display:inline-block;width:.8em;height:.8em;margin-right:.35em;background:var(--series)}
    li.breach{color:var(--hurting)}.all-met{color:var(--not-hurting);font-weight:600}
    @media print{body{font-size:10.5pt}main{max-width:none;padding:0}nav.toc{display:none}\
    *{-webkit-print-color-adjust:exact;print-color-adjust:exact}h2{break-after:avoid}\
    .cards,.charts{grid-template-columns:1fr 1fr}.table-wrap{overflow:visible}}
    """
}
