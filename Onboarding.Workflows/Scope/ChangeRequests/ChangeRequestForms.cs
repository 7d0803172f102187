using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Questionnaires.Sending;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Scope.ChangeRequests;

/// <summary>A change request with what its form prints around it: the client, the firm, the SOW version it amends, the account manager.</summary>
public sealed record ChangeRequestForm(ChangeRequest Change, string ClientName, string FirmName, string? SowLabel, string AccountManagerName, string AccountManagerEmail);

/// <summary>Reads a change request's form, for the PDF (staff and client) and the client's page.</summary>
public sealed class ChangeRequestForms(IDbContextFactory<OnboardingDbContext> databases, WorkflowOptions options)
{
    /// <summary>The onboarding's change request CR-<paramref name="number"/>; null when it has none by that number.</summary>
    public async Task<ChangeRequestForm?> ByNumberAsync(Guid onboardingId, int number, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var id = await db.ChangeRequests.Where(c => c.OnboardingId == onboardingId && c.Number == number).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
        return id is null ? null : await OfAsync(db, id.Value, ct);
    }

    internal async Task<ChangeRequestForm?> OfAsync(OnboardingDbContext db, Guid changeRequestId, CancellationToken ct)
    {
        var change = await db.ChangeRequests.AsNoTracking().SingleOrDefaultAsync(c => c.Id == changeRequestId, ct);
        if (change is null) return null;
        var parties = await QuestionnaireMail.PartiesAsync(db, change.OnboardingId, ct);
        var sow = change.StatementOfWorkId is { } sowId
            ? await db.StatementsOfWork.AsNoTracking().Where(s => s.Id == sowId).Select(s => (int?)s.Version).SingleOrDefaultAsync(ct)
            : null;
        return new ChangeRequestForm(change, parties.ClientName, options.FirmName, sow is { } v ? $"v{v}" : null,
            parties.AccountManager.Name, parties.AccountManager.Address);
    }
}
