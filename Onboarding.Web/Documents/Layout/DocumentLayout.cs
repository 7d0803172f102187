using Onboarding.Web.Documents.Text;
using SkiaSharp;

namespace Onboarding.Web.Documents.Layout;

/// <summary>
/// The pure layout step: a <see cref="DocumentSpec"/> and shaped text in, pages of positioned items out. Blocks become
/// slices (<see cref="BlockLayout"/>), slices are placed on pages (<see cref="Paginator"/>), then every page gets its
/// header and footer knowing the page count (<see cref="PageChrome"/>). The same spec always gives the same pages.
/// </summary>
internal sealed class DocumentLayout(TextShaper shaper)
{
    public (PageGeometry Geometry, IReadOnlyList<LaidOutPage> Pages) Lay(DocumentSpec spec, SKImage? logo)
    {
        var geometry = PageGeometry.Of(spec.Page, spec.Header is not null);
        var blocks = new BlockLayout(shaper, geometry.ContentWidth, geometry.ContentHeight);
        var flow = new List<Flow>();
        Block? previous = null;
        foreach (var block in (spec.Blocks ?? []).Where(b => b is not null))
        {
            var laid = blocks.Lay(block);
            if (laid.Count == 0) continue;
            flow.AddRange(laid.Select((f, i) => i == 0 && f is Slice s ? s with { SpaceBefore = SpaceBetween(previous, block) } : f));
            previous = block;
        }
        var bodies = new Paginator(geometry.ContentTop, geometry.ContentBottom, geometry.Left).Paginate(flow);
        var chrome = new PageChrome(shaper, spec, geometry, logo);
        var pages = bodies.Select((items, i) => new LaidOutPage([.. items, .. chrome.Items(i + 1, bodies.Count)])).ToList();
        return (geometry, pages);
    }

    private static float SpaceBetween(Block? previous, Block block) => (previous, block) switch
    {
        (null, _) => 0,
        (HeadingBlock above, _) => DocumentTheme.HeadingSpaceAfter(above.Level),
        (_, HeadingBlock heading) => DocumentTheme.HeadingSpaceBefore(heading.Level),
        (_, TableBlock or CalloutBlock) => DocumentTheme.BlockSpace + 3,
        (_, SignatureBlock) => DocumentTheme.BlockSpace * 3,
        _ => DocumentTheme.BlockSpace,
    };
}
