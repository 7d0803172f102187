namespace Onboarding.Web.Documents.Layout;

/// <summary>What the paginator places: slices of blocks, and forced page breaks.</summary>
internal abstract record Flow;

/// <summary>
/// An unbreakable band of a block (a line of a paragraph, a table row): its height and its items, relative to the
/// band's top left corner at the content's left edge.
/// </summary>
internal sealed record Slice(float Height, IReadOnlyList<PageItem> Items) : Flow
{
    /// <summary>Space above the slice; dropped at the top of a page.</summary>
    public float SpaceBefore { get; init; }

    /// <summary>Never ends a page: goes to the next page with the slice after it (headings, a paragraph's first line).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Printed first when this slice starts a page (a table's header row, repeated on every page it continues on).</summary>
    public Slice? RepeatHeader { get; init; }

    /// <summary>Dropped rather than carried to the top of a page (a spacer).</summary>
    public bool Discardable { get; init; }
}

/// <summary>Continues on a new page (nothing happens at the top of an empty page).</summary>
internal sealed record PageBreakFlow : Flow;
