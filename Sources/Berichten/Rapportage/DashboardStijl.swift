/// The dashboards' inline style sheet: the rejection report's look, charts beside their tables,
/// A4 landscape in print.
enum DashboardStijl {
    static let css = """

        @page { size: A4 landscape; margin: 10mm; }
        * { box-sizing: border-box; }
        body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 13px; line-height: 1.35;
          color: #1b1b1b; margin: 24px; max-width: 1500px; }
        h1 { font-size: 22px; margin: 0 0 2px; color: #1f3a5f; }
        h2 { font-size: 16px; margin: 24px 0 8px; color: #1f3a5f; border-bottom: 2px solid #1f3a5f; padding-bottom: 2px; }
        h3 { font-size: 14px; margin: 14px 0 4px; }
        .sub { margin: 0 0 12px; color: #555; }
        .kern { display: flex; flex-wrap: wrap; gap: 10px; margin: 10px 0 4px; }
        .kern div { border: 1px solid #c9ced6; border-left: 5px solid #1f3a5f; border-radius: 3px; padding: 6px 12px; flex: 1 1 150px; }
        .kern b { display: block; font-size: 22px; }
        .kern span { display: block; color: #555; font-size: 12px; }
        .kern .afgewezen, .kern .overschreden { border-left-color: #b42318; }
        .kern .inzicht { border-left-color: #d97706; }
        .kern .ok { border-left-color: #3a9d5d; }
        .paar { display: flex; flex-wrap: wrap; gap: 18px; align-items: flex-start; break-inside: avoid; }
        .paar > svg { flex: 1 1 560px; max-width: 760px; }
        .paar > table { flex: 0 1 auto; }
        svg.grafiek { width: 100%; height: auto; }
        h2 + svg.grafiek { max-width: 1000px; display: block; }
        .raster { display: grid; grid-template-columns: repeat(auto-fill, minmax(620px, 1fr)); gap: 8px 24px; }
        .raster .paar { display: block; }
        .raster .paar > svg { max-width: 560px; }
        .raster h3 { font-size: 13px; }
        .raster .signaal { font-size: 12px; }
        tr.inzicht td { background: #fff7ea; }
        tr.overschreden td { background: #fdeceb; }
        .signaal { border-left: 5px solid; padding: 6px 10px; margin: 4px 0 8px; background: #f7f8fa; max-width: 1100px; }
        .signaal.ok { border-color: #3a9d5d; }
        .signaal.inzicht { border-color: #d97706; background: #fff7ea; }
        .signaal.overschreden { border-color: #b42318; background: #fdeceb; }
        .label { display: inline-block; border: 1px solid; border-radius: 3px; padding: 0 5px; font-size: 12px; font-weight: 600;
          white-space: nowrap; }
        .label.ok { color: #2d7a48; }
        .label.inzicht { color: #b45309; }
        .label.overschreden { color: #b42318; }
        table { border-collapse: collapse; margin-bottom: 6px; }
        th, td { border: 1px solid #c9ced6; padding: 3px 6px; text-align: left; vertical-align: top; }
        th { background: #1f3a5f; color: #fff; font-weight: 600; }
        .getal { text-align: right; white-space: nowrap; }
        tbody tr:nth-child(even) { background: #f4f6f9; }
        tr.totaal td { font-weight: 600; border-top: 2px solid #1f3a5f; }
        tr.prognose td { color: #555; font-style: italic; }
        .klein { color: #555; font-size: 11px; }
        th .klein { color: #dbe3ee; font-weight: normal; }
        .code { white-space: nowrap; }
        .leeg { color: #555; font-style: italic; }
        a { color: #1f4fa0; }
        footer { margin-top: 18px; color: #555; font-size: 11px; border-top: 1px solid #c9ced6; }
        @media print {
          body { margin: 0; font-size: 8pt; max-width: none; }
          .kern div { flex: 1; min-width: 0; }
          .kern b { font-size: 14pt; }
          th { background: #fff; color: #000; border-bottom: 2px solid #000; }
          thead { display: table-header-group; }
          tr, .plafond { break-inside: avoid; }
          tbody tr:nth-child(even) { background: none; }
          a { color: inherit; text-decoration: none; }
          h2, h3 { break-after: avoid; }
          .raster { grid-template-columns: 1fr 1fr; }
          .raster .paar > svg { max-width: 100%; }
          .paar > svg { flex: 1 1 55%; }
          .signaal { font-size: 8pt; }
        }

        """
}
