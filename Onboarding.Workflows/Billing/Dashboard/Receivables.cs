namespace Onboarding.Workflows.Billing.Dashboard;

/// <summary>The arithmetic of receivables: aging buckets by days past due and days sales outstanding.</summary>
public static class Receivables
{
    /// <summary>DSO looks at what was invoiced in this many days, today included.</summary>
    public const int DsoWindowDays = 90;

    public static IReadOnlyList<AgingBucket> Buckets { get; } = Enum.GetValues<AgingBucket>();

    /// <summary>The bucket of an open invoice <paramref name="daysPastDue"/> days after its due date (0 or less: not due yet).</summary>
    public static AgingBucket BucketOf(int daysPastDue) => daysPastDue switch
    {
        <= 0 => AgingBucket.Current,
        <= 30 => AgingBucket.Days1To30,
        <= 60 => AgingBucket.Days31To60,
        <= 90 => AgingBucket.Days61To90,
        _ => AgingBucket.Over90,
    };

    /// <summary>Days past due on the firm's day <paramref name="today"/>: today − due (negative before the due date).</summary>
    public static int DaysPastDue(DateOnly dueOn, DateOnly today) => today.DayNumber - dueOn.DayNumber;

    /// <summary>The first day of the DSO window ending <paramref name="today"/>.</summary>
    public static DateOnly WindowStart(DateOnly today) => today.AddDays(-(DsoWindowDays - 1));

    /// <summary>
    /// Days sales outstanding = receivables outstanding ÷ amount invoiced in the window × the window's days, to one decimal:
    /// how many days of recent invoicing are still unpaid. Null when nothing was invoiced in the window (no ratio exists).
    /// </summary>
    public static decimal? DaysSalesOutstanding(decimal outstanding, decimal invoicedInWindow) =>
        invoicedInWindow <= 0 ? null : Math.Round(outstanding / invoicedInWindow * DsoWindowDays, 1, MidpointRounding.AwayFromZero);

    public static string Label(AgingBucket bucket) => bucket switch
    {
        AgingBucket.Current => "Current",
        AgingBucket.Days1To30 => "1–30 days",
        AgingBucket.Days31To60 => "31–60 days",
        AgingBucket.Days61To90 => "61–90 days",
        AgingBucket.Over90 => "90+ days",
    };
}
