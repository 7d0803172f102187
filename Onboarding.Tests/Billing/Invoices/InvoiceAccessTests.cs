using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.People;
using Onboarding.Tests.Billing.Terms;
using Onboarding.Workflows.Billing.Invoices;
using static Onboarding.Tests.Billing.Terms.TermsWorld;

namespace Onboarding.Tests.Billing.Invoices;

/// <summary>Every invoice action refuses account managers and ops leads with a message, and lets finance and admins act; the account manager reads.</summary>
public sealed class InvoiceAccessTests
{
    private static readonly InvoiceDraftForm Other = new() { Title = "Stock photos", Lines = [new() { Description = "Licences", Quantity = 1, UnitPrice = 50 }] };

    public static TheoryData<string, string> Refusals => new()
    {
        { "create", "Only finance or an admin can write invoices." },
        { "update", "Only finance or an admin can edit invoices." },
        { "delete", "Only finance or an admin can delete invoices." },
        { "issue", "Only finance or an admin can issue invoices." },
        { "void", "Only finance or an admin can void invoices." },
        { "add-change-requests", "Only finance or an admin can invoice change requests." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Action_ByAnAccountManagerOrOpsLead_IsRefused_AndChangesNothing(string action, string message)
    {
        await using var world = await CreateAsync();
        var (draft, issued, itemId) = await SetUpAsync(world);
        var before = await world.InvoicesAsync();

        foreach (var role in new[] { Roles.AccountManager, Roles.OpsLead })
        {
            var refused = await Should.ThrowAsync<DomainException>(() => RunAsync(world, action, world.As(role), draft, issued, itemId));
            refused.Message.ShouldBe(message, role);
        }

        (await world.InvoicesAsync()).Select(i => (i.Id, i.ConcurrencyToken)).ShouldBe(before.Select(i => (i.Id, i.ConcurrencyToken)));
    }

    [Theory]
    [InlineData("create", Roles.Finance)]
    [InlineData("update", Roles.Admin)]
    [InlineData("delete", Roles.Finance)]
    [InlineData("issue", Roles.Admin)]
    [InlineData("void", Roles.Admin)]
    [InlineData("add-change-requests", Roles.Admin)]
    [InlineData("void", Roles.Finance)]
    [InlineData("issue", Roles.Finance)]
    public async Task Action_ByFinanceOrAdmin_IsAllowed(string action, string role)
    {
        await using var world = await CreateAsync();
        var (draft, issued, itemId) = await SetUpAsync(world);

        await RunAsync(world, action, world.As(role), draft, issued, itemId);

        (await world.AuditAsync(action switch
        {
            "create" => "Invoice draft created",
            "update" => "Invoice draft changed",
            "delete" => "Invoice draft deleted",
            "issue" => "Invoice issued",
            "void" => "Invoice voided",
            _ => "Change requests put on an invoice",
        })).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Query_AccountManagerReadsWithoutActions_OpsLeadIsRefused()
    {
        await using var world = await CreateAsync();
        await SetUpAsync(world);

        var read = await world.Invoices.ForOnboardingAsync(world.OnboardingId, world.AccountManager, Ct);
        var refused = await Should.ThrowAsync<DomainException>(() => world.Invoices.ForOnboardingAsync(world.OnboardingId, world.OpsLead, Ct));

        (read.Rows.Count, read.CanAct).ShouldBe((2, false), "the deposit and the draft");
        refused.Message.ShouldBe("Only finance, an admin or the client's account manager can see this onboarding's invoices.");
    }

    /// <summary>Hourly terms with a deposit (issued), a hand draft, and an approved change request ready to invoice.</summary>
    private static async Task<(Invoice Draft, Invoice Issued, Guid ItemId)> SetUpAsync(TermsWorld world)
    {
        await world.SaveAsync(Hourly(f => { f.ContractValue = 10_000; f.DepositValue = 10; }));
        var draft = await world.Drafts.CreateAsync(world.OnboardingId, Other, world.Finance, Ct);
        var (_, item) = await world.ApprovedChangeAsync();
        return (draft, await world.InvoiceAsync("deposit"), item.Id);
    }

    private static Task RunAsync(TermsWorld world, string action, Onboarding.Workflows.Billing.BillingActor actor, Invoice draft, Invoice issued, Guid itemId) => action switch
    {
        "create" => world.Drafts.CreateAsync(world.OnboardingId, Other, actor, Ct),
        "update" => world.Drafts.UpdateAsync(draft.Id, draft.ConcurrencyToken, Other, actor, Ct),
        "delete" => world.Drafts.DeleteAsync(draft.Id, draft.ConcurrencyToken, actor, Ct),
        "issue" => world.Issuing.IssueAsync(draft.Id, draft.ConcurrencyToken, actor, Ct),
        "void" => world.Voiding.VoidAsync(issued.Id, issued.ConcurrencyToken, "Wrong", actor, Ct),
        _ => world.CrInvoicing.AddAsync(world.OnboardingId, [itemId], null, null, actor, Ct),
    };
}
