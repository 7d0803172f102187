using System.Globalization;
using Onboarding.Web.Documents.Text;
using SkiaSharp;

namespace Onboarding.Web.Documents.Layout;

/// <summary>
/// The page header (the firm's logo at the left followed by the header's left text, or that text alone as a word mark
/// when there is no usable logo; the right text at the right; a hairline below) and the footer (its text at the left,
/// "Page X of Y" at the right). Built once the page count is known.
/// </summary>
internal sealed class PageChrome
{
    private const float LogoGap = 8f;
    private readonly TextShaper shaper;
    private readonly PageGeometry page;
    private readonly List<PageItem> header = [];
    private readonly TextLine? footerLeft;

    public PageChrome(TextShaper shaper, DocumentSpec spec, PageGeometry page, SKImage? logo)
    {
        this.shaper = shaper;
        this.page = page;
        if (spec.Header is { } content) header = Header(content, logo);
        footerLeft = FirstLine(spec.Footer?.Left, DocumentTheme.ChromeSize, page.ContentWidth * 0.7f, false);
    }

    public IEnumerable<PageItem> Items(int number, int count)
    {
        foreach (var item in header) yield return item;
        var ruleY = page.ContentBottom + 12;
        var baseline = ruleY + 12;
        yield return new RuleItem(page.Left, ruleY, page.Right, ruleY, 0.4f, DocumentTheme.Rule);
        if (footerLeft is { } left) yield return new TextItem(page.Left, baseline, left, DocumentTheme.Muted);
        var pageText = string.Create(CultureInfo.InvariantCulture, $"Page {number} of {count}");
        var pageLine = FirstLine(pageText, DocumentTheme.ChromeSize, page.ContentWidth, false)!.Value;
        yield return new TextItem(page.Right - pageLine.Width, baseline, pageLine, DocumentTheme.Muted);
    }

    private List<PageItem> Header(PageHeader content, SKImage? logo)
    {
        var items = new List<PageItem>();
        var top = page.HeaderTop;
        var middle = top + DocumentTheme.LogoHeight / 2;
        // Both texts sit on one baseline, the capitals of the body size centred on the logo.
        var baseline = middle + 3.4f;
        var x = page.Left;
        if (logo is not null)
        {
            var aspect = (float)logo.Width / logo.Height;
            var width = Math.Min(DocumentTheme.LogoHeight * aspect, DocumentTheme.LogoMaxWidth);
            var height = width / aspect;
            items.Add(new ImageItem(SKRect.Create(x, middle - height / 2, width, height), logo));
            x += width + LogoGap;
        }
        // Without a logo the left text (the firm's name) stands in for it, a little larger and in the accent colour.
        var leftSize = logo is null ? 11f : 9.5f;
        var left = FirstLine(content.Left, leftSize, page.ContentWidth * 0.55f - (x - page.Left), true);
        if (left is { } l) items.Add(new TextItem(x, baseline, l, logo is null ? DocumentTheme.Accent : DocumentTheme.Text));
        var usedLeft = x + (left?.Width ?? 0) + 16;
        var right = FirstLine(content.Right, DocumentTheme.ChromeSize, page.Right - usedLeft, false);
        if (right is { } r) items.Add(new TextItem(page.Right - r.Width, baseline, r, DocumentTheme.Muted));
        var ruleY = top + DocumentTheme.LogoHeight + 6;
        items.Add(new RuleItem(page.Left, ruleY, page.Right, ruleY, 0.4f, DocumentTheme.Rule));
        return items;
    }

    /// <summary>Header and footer texts take one line: what does not fit is left out rather than pushing into the content.</summary>
    private TextLine? FirstLine(string? text, float size, float width, bool bold)
    {
        var lines = LineBreaker.Break(shaper.Shape(text, size, new FontVariant(bold, false)), Math.Max(width, 1));
        return lines.Count == 0 ? null : lines[0];
    }
}

/// <summary>Where things go on a page: the content box between the header and the footer.</summary>
internal sealed record PageGeometry(float Width, float Height, float Left, float Right, float HeaderTop, float ContentTop, float ContentBottom)
{
    public float ContentWidth => Right - Left;

    public float ContentHeight => ContentBottom - ContentTop;

    public static PageGeometry Of(PageSetup? setup, bool hasHeader)
    {
        var defaults = PageSetup.A4;
        var width = Sane(setup?.Width, defaults.Width, 144, 14400);
        var height = Sane(setup?.Height, defaults.Height, 144, 14400);
        var margin = Sane(setup?.Margin, defaults.Margin, 12, Math.Min(width, height) / 4);
        // The header sits in the top margin; the content starts below its rule.
        var headerTop = margin * 0.45f;
        var contentTop = hasHeader ? Math.Max(margin, headerTop + DocumentTheme.LogoHeight + 6 + DocumentTheme.HeaderBand) : margin;
        return new PageGeometry(width, height, margin, width - margin, headerTop, contentTop, height - margin);
    }

    private static float Sane(float? value, float fallback, float min, float max) =>
        value is { } v && float.IsFinite(v) ? Math.Clamp(v, min, max) : fallback;
}
