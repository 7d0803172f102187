using System.Text;
using Onboarding.Web.Documents;
using static System.Net.WebUtility;

namespace Onboarding.Benchmarks;

/// <summary>
/// The same <see cref="DocumentSpec"/> as an HTML page for Chromium to print (the comparison in <see cref="PdfBenchmarks"/>):
/// the same fonts, sizes, colours and spacing as our layer, header and footer as Chromium's print templates.
/// </summary>
public static class DocumentHtml
{
    private const string Style = """
        @page { size: A4; margin: 23mm 20mm 20mm 20mm; }
        body { margin: 0; font-family: "DejaVu Sans", "Noto Sans CJK KR", "Noto Sans CJK SC", sans-serif; font-size: 9.5pt; line-height: 1.42; color: #1f242b; }
        h1, h2, h3 { break-after: avoid; margin: 0; }
        h1 { font-size: 17pt; color: #1d4e63; margin-bottom: 8pt; }
        h2 { font-size: 12pt; color: #1d4e63; margin: 16pt 0 5pt; }
        h3 { font-size: 10pt; margin: 11pt 0 3pt; }
        p { margin: 7pt 0 0; }
        h1 + p, h2 + p, h3 + p, h2 + table, h2 + ul, h2 + ol, h2 + dl { margin-top: 0; }
        .muted { font-size: 8.5pt; color: #68727e; }
        table { width: 100%; border-collapse: collapse; margin-top: 10pt; font-size: 9pt; table-layout: fixed; }
        thead { display: table-header-group; }
        th { background: #ecf1f4; font-size: 8.5pt; text-align: left; border-bottom: 0.6pt solid #8a95a1; padding: 3.5pt 5pt; }
        td { padding: 3.5pt 5pt; border-bottom: 0.4pt solid #d9dee3; vertical-align: top; overflow-wrap: anywhere; }
        tbody tr:nth-child(even) { background: #f7f9fa; }
        tr { break-inside: avoid; }
        .right { text-align: right; }
        tfoot td { font-weight: bold; border-top: 0.8pt solid #8a95a1; border-bottom: none; }
        ul, ol { margin: 7pt 0 0; padding-left: 14pt; }
        li { margin-top: 2.5pt; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 1.5pt 12pt; margin: 7pt 0 0; }
        dt { color: #68727e; font-size: 8.5pt; } dd { margin: 0; }
        .callout { background: #f1f5f7; border-left: 2.5pt solid #1d4e63; padding: 8pt; margin-top: 10pt; break-inside: avoid; }
        .callout strong { color: #1d4e63; display: block; }
        .signatures { display: flex; gap: 28pt; margin-top: 21pt; break-inside: avoid; }
        .signature { flex: 1; }
        .line { border-bottom: 0.6pt solid #8a95a1; height: 30pt; display: flex; justify-content: space-between; align-items: flex-end; }
        .caption { font-size: 8.5pt; color: #68727e; margin-top: 2pt; }
        """;

    public static string Write(DocumentSpec spec)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html><head><meta charset=\"utf-8\"><title>").Append(Text(spec.Title)).Append("</title><style>")
            .Append(Style).Append("</style></head><body>");
        foreach (var block in spec.Blocks) Block(html, block);
        return html.Append("</body></html>").ToString();
    }

    /// <summary>Chromium's header template: the logo (inline), the header texts, a hairline.</summary>
    public static string Header(DocumentSpec spec)
    {
        if (spec.Header is not { } header) return "<span></span>";
        var logo = header.Logo is { } bytes ? $"<img src=\"data:image/png;base64,{Convert.ToBase64String(bytes)}\" style=\"height:20pt;margin-right:8pt\">" : "";
        return $"""
            <div style="width:100%;margin:0 20mm;display:flex;align-items:center;border-bottom:0.4pt solid #d9dee3;padding-bottom:6pt;font-family:'DejaVu Sans',sans-serif;-webkit-print-color-adjust:exact">
            {logo}<b style="font-size:9.5pt;color:#1f242b">{Text(header.Left)}</b><span style="margin-left:auto;font-size:8pt;color:#68727e">{Text(header.Right)}</span></div>
            """;
    }

    /// <summary>Chromium's footer template: the footer text and "Page X of Y".</summary>
    public static string Footer(DocumentSpec spec) => $"""
        <div style="width:100%;margin:0 20mm;display:flex;border-top:0.4pt solid #d9dee3;padding-top:4pt;font-family:'DejaVu Sans',sans-serif;font-size:8pt;color:#68727e">
        <span>{Text(spec.Footer.Left)}</span><span style="margin-left:auto">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>
        """;

    private static void Block(StringBuilder html, Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                html.Append($"<h{heading.Level}>{Text(heading.Text)}</h{heading.Level}>");
                break;
            case ParagraphBlock paragraph:
                html.Append(paragraph.Tone == TextTone.Muted ? "<p class=\"muted\">" : "<p>");
                foreach (var run in paragraph.Runs)
                {
                    var text = Text(run.Text);
                    html.Append(run.Bold ? $"<strong>{text}</strong>" : run.Italic ? $"<em>{text}</em>" : text);
                }
                html.Append("</p>");
                break;
            case ListBlock list:
                html.Append(list.Numbered ? "<ol>" : "<ul>");
                foreach (var item in list.Items) html.Append("<li>").Append(Text(item)).Append("</li>");
                html.Append(list.Numbered ? "</ol>" : "</ul>");
                break;
            case TableBlock table:
                Table(html, table);
                break;
            case FieldsBlock fields:
                html.Append("<dl>");
                foreach (var (label, value) in fields.Fields) html.Append($"<dt>{Text(label)}</dt><dd>{Text(value)}</dd>");
                html.Append("</dl>");
                break;
            case CalloutBlock callout:
                html.Append($"<div class=\"callout\"><strong>{Text(callout.Title)}</strong>{Text(callout.Text)}</div>");
                break;
            case SignatureBlock signatures:
                html.Append("<div class=\"signatures\">");
                foreach (var line in signatures.Lines)
                {
                    html.Append($"<div class=\"signature\"><div class=\"line\"><b>{Text(line.Name)}</b><span class=\"muted\">{Text(line.Date)}</span></div>")
                        .Append($"<div class=\"caption\">{Text(line.Caption)}</div></div>");
                }
                html.Append("</div>");
                break;
            case SpacerBlock spacer:
                html.Append($"<div style=\"height:{spacer.Points}pt\"></div>");
                break;
            case PageBreakBlock:
                html.Append("<div style=\"break-after:page\"></div>");
                break;
        }
    }

    private static void Table(StringBuilder html, TableBlock table)
    {
        var total = table.Columns.Sum(c => c.Weight);
        html.Append("<table><colgroup>");
        foreach (var column in table.Columns) html.Append($"<col style=\"width:{column.Weight / total * 100:F1}%\">");
        html.Append("</colgroup><thead><tr>");
        foreach (var column in table.Columns) html.Append($"<th{Align(column.Align)}>{Text(column.Header)}</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows) Row(html, table, row);
        html.Append("</tbody>");
        if (table.Total is { } totalRow)
        {
            html.Append("<tfoot>");
            Row(html, table, totalRow);
            html.Append("</tfoot>");
        }
        html.Append("</table>");
    }

    private static void Row(StringBuilder html, TableBlock table, IReadOnlyList<string> row)
    {
        html.Append("<tr>");
        for (var i = 0; i < table.Columns.Count; i++) html.Append($"<td{Align(table.Columns[i].Align)}>{Text(i < row.Count ? row[i] : "")}</td>");
        html.Append("</tr>");
    }

    private static string Align(CellAlign align) => align == CellAlign.Right ? " class=\"right\"" : "";

    private static string Text(string? text) => HtmlEncode(text ?? "").Replace("\n", "<br>", StringComparison.Ordinal);
}
