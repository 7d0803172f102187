using Onboarding.Web.Documents.Text;
using SkiaSharp;

namespace Onboarding.Web.Documents.Layout;

/// <summary>Something printed at a position on a page; the layout's output and the painter's input.</summary>
internal abstract record PageItem
{
    /// <summary>The same item moved by (<paramref name="dx"/>, <paramref name="dy"/>).</summary>
    public abstract PageItem Shift(float dx, float dy);
}

/// <summary>A line of shaped text whose baseline starts at (<see cref="X"/>, <see cref="Baseline"/>).</summary>
internal sealed record TextItem(float X, float Baseline, TextLine Line, SKColor Color) : PageItem
{
    public override PageItem Shift(float dx, float dy) => this with { X = X + dx, Baseline = Baseline + dy };
}

/// <summary>A straight rule.</summary>
internal sealed record RuleItem(float X1, float Y1, float X2, float Y2, float Thickness, SKColor Color) : PageItem
{
    public override PageItem Shift(float dx, float dy) => this with { X1 = X1 + dx, Y1 = Y1 + dy, X2 = X2 + dx, Y2 = Y2 + dy };
}

/// <summary>A filled rectangle (table fills, callout backgrounds).</summary>
internal sealed record BoxItem(SKRect Rect, SKColor Fill) : PageItem
{
    public override PageItem Shift(float dx, float dy) => this with { Rect = SKRect.Create(Rect.Left + dx, Rect.Top + dy, Rect.Width, Rect.Height) };
}

/// <summary>An image drawn into a rectangle (the firm's logo).</summary>
internal sealed record ImageItem(SKRect Rect, SKImage Image) : PageItem
{
    public override PageItem Shift(float dx, float dy) => this with { Rect = SKRect.Create(Rect.Left + dx, Rect.Top + dy, Rect.Width, Rect.Height) };
}

/// <summary>A laid-out page: its items, in painting order.</summary>
internal sealed record LaidOutPage(IReadOnlyList<PageItem> Items);
