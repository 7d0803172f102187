using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Onboarding.Workflows.Mail;

/// <summary>
/// Fills <c>{{Field}}</c> merge fields in an e-mail template's subject and body, and turns the plain-text body into
/// its HTML alternative: paragraphs, links, and a paragraph that is only a link drawn as the call-to-action button.
/// </summary>
public static partial class MailMerge
{
    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}")]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex UrlPattern();

    /// <summary>The merge fields <paramref name="template"/> uses, in order of first use.</summary>
    public static IReadOnlyList<string> FieldsIn(string template) =>
        FieldPattern().Matches(template).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Fills the fields; a field with no value is left visible as written so that a preview shows it.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> fields) =>
        FieldPattern().Replace(template, m => fields.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    /// <summary>The HTML alternative of a filled plain-text body.</summary>
    public static string ToHtml(string text, string callToAction)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><body style=\"font-family:Segoe UI,Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;max-width:600px\">");
        foreach (var paragraph in text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (UrlPattern().Match(paragraph) is { Success: true } only && only.Value == paragraph)
            {
                var href = WebUtility.HtmlEncode(paragraph);
                html.Append($"<p style=\"margin:24px 0\"><a href=\"{href}\" style=\"background:#1565c0;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600\">{WebUtility.HtmlEncode(callToAction)}</a></p>");
                html.Append($"<p style=\"font-size:12px;color:#52606d\">Or paste this address into your browser: {href}</p>");
                continue;
            }
            var lines = paragraph.Split('\n').Select(Linkify);
            html.Append("<p>").Append(string.Join("<br>", lines)).Append("</p>");
        }
        return html.Append("</body></html>").ToString();
    }

    private static string Linkify(string line)
    {
        var result = new StringBuilder();
        var at = 0;
        foreach (Match url in UrlPattern().Matches(line))
        {
            result.Append(WebUtility.HtmlEncode(line[at..url.Index]));
            var href = WebUtility.HtmlEncode(url.Value);
            result.Append($"<a href=\"{href}\">{href}</a>");
            at = url.Index + url.Length;
        }
        return result.Append(WebUtility.HtmlEncode(line[at..])).ToString();
    }
}
