using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.People;
using Onboarding.Domain.Scope;
using static Onboarding.Tests.Billing.Terms.TermsWorld;

namespace Onboarding.Tests.Billing.Invoices;

/// <summary>Approved billable change requests: ready to invoice → a line on a draft → billed when it is issued → back when it is voided.</summary>
public sealed class ChangeRequestInvoicingTests
{
    [Fact]
    public async Task Issue_AChangeRequestInvoice_BillsEachChangeRequest_NamingTheInvoiceNumber()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(Hourly());
        var (first, firstItem) = await world.ApprovedChangeAsync();
        var (second, secondItem) = await world.ApprovedChangeAsync("Newsletter template", 700);

        var draft = await world.CrInvoicing.AddAsync(world.OnboardingId, [firstItem.Id], null, null, world.Finance, Ct);
        draft = await world.CrInvoicing.AddAsync(world.OnboardingId, [secondItem.Id], draft.Id, draft.ConcurrencyToken, world.Finance, Ct);
        var view = await world.Invoices.ForOnboardingAsync(world.OnboardingId, world.Finance, Ct);
        var issued = await world.Issuing.IssueAsync(draft.Id, draft.ConcurrencyToken, world.Finance, Ct);

        view.ReadyToInvoice.ShouldBeEmpty("both are on the draft");
        (issued.Kind, issued.Number, issued.Total).ShouldBe((InvoiceKind.ChangeRequests, "INV-000001", 3_100m));
        issued.Lines.Select(l => (l.Description, l.Amount, l.BillableItemId)).ShouldBe(
            [("CR-001 Two extra landing pages", 2_400m, (Guid?)firstItem.Id), ("CR-002 Newsletter template", 700m, secondItem.Id)]);
        (await world.Scope.ReloadAsync(first.Id)).Status.ShouldBe(ChangeRequestStatus.Billed);
        (await world.Scope.ReloadAsync(second.Id)).BilledBy.ShouldBe("finance@test");
        var items = await world.Scope.QueryAsync(db => db.BillableItems.AsNoTracking().OrderBy(i => i.CreatedAtUtc).ToListAsync(Ct));
        items.ShouldAllBe(i => i.InvoiceId == issued.Id && i.BilledAtUtc != null && i.BilledBy == "finance@test");
        (await world.AuditAsync("Change request billed")).ShouldBe(
        [
            "CR-001 \"Two extra landing pages\": USD 2,400.00 billed on invoice INV-000001.",
            "CR-002 \"Newsletter template\": USD 700.00 billed on invoice INV-000001.",
        ]);
    }

    [Fact]
    public async Task Add_AnItemAlreadyOnAnInvoice_IsRefused_AndTheManualPathToo()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(Hourly());
        var (change, item) = await world.ApprovedChangeAsync();
        await world.CrInvoicing.AddAsync(world.OnboardingId, [item.Id], null, null, world.Finance, Ct);

        var twice = await Should.ThrowAsync<DomainException>(() => world.CrInvoicing.AddAsync(world.OnboardingId, [item.Id], null, null, world.Finance, Ct));
        var byHand = await Should.ThrowAsync<DomainException>(() =>
            world.Scope.Billing.MarkBilledAsync(change.Id, change.ConcurrencyToken, null, "finance@test", [Roles.Finance], Ct));

        twice.Message.ShouldBe("CR-001 Two extra landing pages is already on an invoice or billed; the list shows where it is now.");
        byHand.Message.ShouldBe("CR-001 is on invoice draft \"Change requests\": issuing that invoice bills it. Take it off the draft to bill it by hand.");
        (await world.InvoicesAsync()).ShouldHaveSingleItem("the refused add made no second draft").Lines.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task DeleteOrEdit_TheDraft_PutsItsChangeRequestsBackOnReadyToInvoice()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(Hourly());
        var (_, first) = await world.ApprovedChangeAsync();
        var (_, second) = await world.ApprovedChangeAsync("Newsletter template", 700);
        var draft = await world.CrInvoicing.AddAsync(world.OnboardingId, [first.Id, second.Id], null, null, world.Finance, Ct);
        var form = Onboarding.Workflows.Billing.Invoices.InvoiceDraftForm.Of(draft);
        form.Lines.RemoveAt(0);

        var edited = await world.Drafts.UpdateAsync(draft.Id, draft.ConcurrencyToken, form, world.Finance, Ct);
        var afterEdit = await world.Invoices.ForOnboardingAsync(world.OnboardingId, world.Finance, Ct);
        await world.Drafts.DeleteAsync(edited.Id, edited.ConcurrencyToken, world.Finance, Ct);
        var afterDelete = await world.Invoices.ForOnboardingAsync(world.OnboardingId, world.Finance, Ct);

        afterEdit.ReadyToInvoice.Select(i => i.Description).ShouldBe(["CR-001 Two extra landing pages"]);
        afterEdit.Rows.ShouldHaveSingleItem().Invoice.Total.ShouldBe(700m);
        afterDelete.ReadyToInvoice.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Void_AChangeRequestInvoice_ReturnsTheItemsAndTheChangeRequestsToApproved()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(Hourly());
        var (change, item) = await world.ApprovedChangeAsync();
        var draft = await world.CrInvoicing.AddAsync(world.OnboardingId, [item.Id], null, null, world.Finance, Ct);
        var issued = await world.Issuing.IssueAsync(draft.Id, draft.ConcurrencyToken, world.Finance, Ct);

        await world.Voiding.VoidAsync(issued.Id, issued.ConcurrencyToken, "Billed on the wrong client", world.Finance, Ct);

        var reloaded = await world.Scope.ReloadAsync(change.Id);
        (reloaded.Status, reloaded.BilledAtUtc, reloaded.BilledBy).ShouldBe((ChangeRequestStatus.Approved, (DateTime?)null, (string?)null));
        var ready = (await world.Invoices.ForOnboardingAsync(world.OnboardingId, world.Finance, Ct)).ReadyToInvoice.ShouldHaveSingleItem();
        (ready.Id, ready.InvoiceId, ready.BilledAtUtc).ShouldBe((item.Id, (Guid?)null, (DateTime?)null));
        (await world.AuditAsync("Change request unbilled")).ShouldHaveSingleItem().ShouldBe(
            "CR-001 \"Two extra landing pages\": USD 2,400.00 back to approved and ready to invoice: invoice INV-000001 was voided.");
        var again = await world.CrInvoicing.AddAsync(world.OnboardingId, [item.Id], null, null, world.Finance, Ct);
        again.Total.ShouldBe(2_400m);
    }
}
