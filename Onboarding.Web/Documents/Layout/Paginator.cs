namespace Onboarding.Web.Documents.Layout;

/// <summary>
/// Places slices on pages from <c>top</c> down to <c>bottom</c>: a slice that does not fit starts a new page, together
/// with the slices it is kept with (a heading never ends a page alone); a table's header row is repeated above a row
/// that starts a page. A chain of kept slices taller than a page is broken rather than moved forever, and a single
/// slice taller than a page is placed on a page of its own, so pagination always ends.
/// </summary>
internal sealed class Paginator(float top, float bottom, float left)
{
    public IReadOnlyList<IReadOnlyList<PageItem>> Paginate(IReadOnlyList<Flow> flow)
    {
        var pages = new List<List<PageItem>> { new() };
        var y = top;
        var empty = true;
        // A page break takes effect when something follows it: a document never ends with a blank page.
        var breakPending = false;

        void NewPage()
        {
            pages.Add([]);
            y = top;
            empty = true;
        }

        void Place(Slice slice)
        {
            foreach (var item in slice.Items) pages[^1].Add(item.Shift(left, y));
            y += slice.Height;
            empty = false;
        }

        for (var i = 0; i < flow.Count; i++)
        {
            if (flow[i] is not Slice slice)
            {
                breakPending |= !empty;
                continue;
            }
            if (breakPending)
            {
                breakPending = false;
                NewPage();
            }
            if (slice.Discardable && empty) continue;
            var gap = empty ? 0 : slice.SpaceBefore;
            if (!empty && y + gap + KeptHeight(flow, i) > bottom)
            {
                NewPage();
                if (slice.Discardable) continue;
                gap = 0;
                if (slice.RepeatHeader is { } header) Place(header);
            }
            y += gap;
            Place(slice);
        }
        return pages;
    }

    /// <summary>The height the slice at <paramref name="index"/> needs on this page: itself and what it is kept with.</summary>
    private float KeptHeight(IReadOnlyList<Flow> flow, int index)
    {
        var slice = (Slice)flow[index];
        var height = slice.Height;
        var current = slice;
        for (var next = index + 1; (current.KeepWithNext || current.Discardable) && next < flow.Count && flow[next] is Slice following; next++)
        {
            height += following.SpaceBefore + following.Height;
            current = following;
        }
        // Kept slices that cannot fit on any page are allowed to break.
        return height > bottom - top ? slice.Height : height;
    }
}
