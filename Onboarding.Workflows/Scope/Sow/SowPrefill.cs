using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.Scope;

namespace Onboarding.Workflows.Scope.Sow;

/// <summary>
/// The first version's content from what the onboarding already knows: the client and its contacts (key contacts before the
/// contract signer, then the account manager for the firm), the measurable goals as sentences, the start date, the kickoff and
/// the first report as milestones, and the default wording. Deliverables and exclusions are the account manager's to write.
/// </summary>
public static class SowPrefill
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<SowContent> BuildAsync(OnboardingDbContext db, Guid onboardingId, string firmName, ScopeOptions options, CancellationToken ct)
    {
        var onboarding = await db.Onboardings.AsNoTracking().Where(o => o.Id == onboardingId)
            .Select(o => new { o.ClientId, Client = o.Client!.CompanyName, o.StartDate, o.AccountManagerId }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("The onboarding");
        var contacts = await db.ClientContacts.AsNoTracking().Where(c => c.ClientId == onboarding.ClientId).OrderBy(c => c.Position).ThenBy(c => c.Id).ToListAsync(ct);
        var manager = await db.Users.AsNoTracking().Where(u => u.Id == onboarding.AccountManagerId).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(ct);
        var goals = await db.SuccessGoals.AsNoTracking().Where(g => g.OnboardingId == onboardingId).OrderBy(g => g.Position).ThenBy(g => g.Id).ToListAsync(ct);
        var kickoff = await db.KickoffMeetings.AsNoTracking().SingleOrDefaultAsync(k => k.OnboardingId == onboardingId, ct);
        var reporting = await db.ReportingPlans.AsNoTracking().SingleOrDefaultAsync(r => r.OnboardingId == onboardingId, ct);

        var people = contacts.OrderBy(c => c.Role == ContactRole.ContractSigner ? 1 : 0)
            .Select(c => new SowContact(c.Name, RoleOf(c), string.IsNullOrWhiteSpace(c.Email) ? null : c.Email)).ToList();
        if (manager is not null)
            people.Add(new SowContact(string.IsNullOrWhiteSpace(manager.DisplayName) ? manager.Email ?? "" : manager.DisplayName, $"Account manager, {firmName}", manager.Email));

        var milestones = new List<SowMilestone>();
        if (kickoff is not null) milestones.Add(new SowMilestone("Client kickoff meeting", DateOnly.FromDateTime(kickoff.StartsAtLocal), "Team, plan and ways of working agreed"));
        if (reporting is not null)
            milestones.Add(new SowMilestone("First report", reporting.FirstReportDate, $"{reporting.Cadence.DisplayName()} reports from then on"));

        var start = onboarding.StartDate;
        var end = new[] { start.AddMonths(3) }.Concat(goals.Select(g => g.TargetDate)).Concat(milestones.Select(m => m.Due!.Value)).Max();
        return new SowContent
        {
            Title = $"Statement of work: {onboarding.Client}",
            Summary = SowDefaults.Summary(firmName, onboarding.Client),
            Currency = options.Currency,
            HourlyRate = options.HourlyRate,
            StartDate = start,
            EndDate = end,
            Contacts = people,
            Goals = goals.Select(Sentence).ToList(),
            Milestones = milestones.Where(m => m.Due >= start).ToList(),
            Assumptions = SowDefaults.Assumptions(onboarding.Client),
            // The default questionnaire asks nothing about further services; Phase 2 candidates come from the account manager.
            Phase2 = [],
            ChangeProcess = SowDefaults.ChangeProcess,
            PaymentTerms = SowDefaults.PaymentTerms(options.Currency),
            Acceptance = SowDefaults.Acceptance(onboarding.Client),
        };
    }

    /// <summary>"Organic sessions per month from 12,000 to 18,000 by 30 June 2027."</summary>
    public static string Sentence(SuccessGoal goal) =>
        $"{goal.Metric.Trim()} from {goal.Baseline.Trim()} to {goal.Target.Trim()} by {goal.TargetDate.ToString("d MMMM yyyy", Inv)}.";

    private static string RoleOf(ClientContact contact) =>
        string.IsNullOrWhiteSpace(contact.JobTitle) ? contact.Role.DisplayName() : $"{contact.Role.DisplayName()} ({contact.JobTitle.Trim()})";
}
