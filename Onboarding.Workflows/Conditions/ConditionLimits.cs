namespace Onboarding.Workflows.Conditions;

/// <summary>The sandbox limits of one condition evaluation.</summary>
public sealed record ConditionLimits
{
    /// <summary>250 ms, 4 MB, 64 nested calls, 10,000 statements.</summary>
    public static readonly ConditionLimits Default = new();

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Bytes the script may allocate while it runs.</summary>
    public long MemoryBytes { get; init; } = 4 * 1024 * 1024;

    public int MaxRecursion { get; init; } = 64;

    /// <summary>Statements the script may execute; null for no statement limit (the timeout still applies).</summary>
    public int? MaxStatements { get; init; } = 10_000;
}
