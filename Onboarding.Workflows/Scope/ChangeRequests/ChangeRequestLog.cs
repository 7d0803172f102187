using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;

namespace Onboarding.Workflows.Scope.ChangeRequests;

/// <summary>The SOW version the log measures changes against: its label, value and hours.</summary>
public sealed record SowFigures(string Label, decimal Value, decimal Hours, string Currency);

/// <summary>An amount in a currency other than the log's (a change priced before the SOW fixed the currency).</summary>
public sealed record CurrencyAmount(string Currency, decimal Amount);

/// <summary>
/// An onboarding's change-request log: how many are in each status, what was approved (hours and value, approved and
/// billed ones), what waits for the client, and the approved value as a share of the original SOW (the first version the
/// client approved). Amounts are in <see cref="Currency"/>, the original SOW's; others are listed apart, never added.
/// </summary>
public sealed record ChangeRequestLog(
    IReadOnlyDictionary<ChangeRequestStatus, int> Counts, string Currency, decimal ApprovedHours, decimal ApprovedValue, decimal PendingValue,
    SowFigures? OriginalSow, IReadOnlyList<CurrencyAmount> OtherCurrencies)
{
    public int Total => Counts.Values.Sum();

    public int Count(ChangeRequestStatus status) => Counts.GetValueOrDefault(status);

    /// <summary>Approved value / original SOW value in percent, one decimal (half away from zero); null without a SOW value.</summary>
    public decimal? SharePercent => OriginalSow is { Value: > 0 } sow ? Math.Round(ApprovedValue / sow.Value * 100, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>The original SOW's value plus the approved changes; null before any SOW is approved.</summary>
    public decimal? ApprovedScopeValue => OriginalSow is { } sow ? Money.Round(sow.Value + ApprovedValue, Currency) : null;

    public decimal? ApprovedScopeHours => OriginalSow is { } sow ? sow.Hours + ApprovedHours : null;

    /// <summary>"USD 2,400.00 = 13.3% of SOW v1's USD 18,000.00", or why there is no share.</summary>
    public string ShareText => OriginalSow switch
    {
        null => $"{Money.Format(ApprovedValue, Currency)} approved; no approved SOW yet",
        { Value: <= 0 } sow => $"{Money.Format(ApprovedValue, Currency)} approved; SOW {sow.Label} has no value to compare with",
        var sow => $"{Money.Format(ApprovedValue, Currency)} = {SharePercent!.Value.ToString("0.0", CultureInfo.InvariantCulture)}% of SOW {sow.Label}'s {Money.Format(sow.Value, sow.Currency)}",
    };

    /// <summary>"USD 20,400.00 (SOW v1 + approved changes)", or "no approved SOW yet".</summary>
    public string ApprovedScopeText => ApprovedScopeValue is { } value ? $"{Money.Format(value, Currency)} (SOW {OriginalSow!.Label} + approved changes)" : "no approved SOW yet";
}

/// <summary>Reads the change-request log of an onboarding (the Scope tab's strip, check-ins, reports).</summary>
public sealed class ChangeRequestLogQuery(IDbContextFactory<OnboardingDbContext> databases, ScopeOptions defaults)
{
    public async Task<ChangeRequestLog> LoadAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await LoadAsync(db, onboardingId, ct);
    }

    internal async Task<ChangeRequestLog> LoadAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct)
    {
        var changes = await db.ChangeRequests.AsNoTracking().Where(c => c.OnboardingId == onboardingId)
            .Select(c => new { c.Status, c.ImpactHours, c.ImpactCost, c.Currency }).ToListAsync(ct);
        var original = await ChangeRequestStore.OriginalSowAsync(db, onboardingId, ct);
        SowFigures? sow = null;
        if (original is not null)
        {
            var content = original.ReadContent();
            sow = new SowFigures(original.Label, content.Value, content.TotalHours, content.Currency.ToUpperInvariant());
        }
        var currency = sow?.Currency ?? (await ChangeRequestStore.ApprovedSowAsync(db, onboardingId, ct))?.ReadContent().Currency.ToUpperInvariant() ?? defaults.Currency;
        var approved = changes.Where(c => c.Status is ChangeRequestStatus.Approved or ChangeRequestStatus.Billed).ToList();
        bool Ours(string code) => string.Equals(code, currency, StringComparison.OrdinalIgnoreCase);
        return new ChangeRequestLog(
            changes.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count()),
            currency,
            approved.Sum(c => c.ImpactHours),
            Money.Round(approved.Where(c => Ours(c.Currency)).Sum(c => c.ImpactCost), currency),
            Money.Round(changes.Where(c => c.Status == ChangeRequestStatus.AwaitingClientApproval && Ours(c.Currency)).Sum(c => c.ImpactCost), currency),
            sow,
            approved.Where(c => !Ours(c.Currency) && c.ImpactCost != 0).GroupBy(c => c.Currency.ToUpperInvariant())
                .Select(g => new CurrencyAmount(g.Key, Money.Round(g.Sum(c => c.ImpactCost), g.Key))).OrderBy(a => a.Currency).ToList());
    }
}
