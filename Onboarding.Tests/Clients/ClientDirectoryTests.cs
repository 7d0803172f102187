using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Common;
using Onboarding.Tests.Support;

namespace Onboarding.Tests.Clients;

public sealed class ClientDirectoryTests : IAsyncLifetime
{
    private TestDatabase db = default!;
    private ClientDirectory clients = default!;
    private AuditTrail audit = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        clients = new ClientDirectory(db.Factory, db.Clock);
        audit = new AuditTrail(db.Factory);
    }

    public ValueTask DisposeAsync() => db.DisposeAsync();

    [Fact]
    public async Task CreateAsync_ValidDraft_SavesClientContactsAndAuditLine()
    {
        var id = await clients.CreateAsync(ClientDrafts.Valid(), "am@firm.test", Ct);

        var client = (await clients.GetAsync(id, Ct))!;
        client.CompanyName.ShouldBe("Acme Analytics");
        client.Website.ShouldBe("https://acme-analytics.com");
        client.Contacts.Select(c => c.Name).ShouldBe(["Person 1", "Person 2"]);
        client.CreatedBy.ShouldBe("am@firm.test");
        client.CreatedAtUtc.ShouldBe(db.Clock.GetUtcNow().UtcDateTime);

        var trail = await audit.ForSubjectAsync(AuditSubjects.Client, id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct: Ct);
        var created = trail.ShouldHaveSingleItem();
        created.Action.ShouldBe("Created");
        created.Actor.ShouldBe("am@firm.test");
        created.Details.ShouldContain("Company name: \"Acme Analytics\"");
        created.Details.ShouldContain("Contact added: Person 2 (Marketing manager, person2@acmeanalytics.com)");
    }

    [Fact]
    public async Task CreateAsync_InvalidFields_RefusedWithAMessagePerField()
    {
        var draft = ClientDrafts.Valid();
        draft.CompanyName = " ";
        draft.Website = "not a site";
        draft.Currency = "EURO";
        draft.TimeZone = "Mars/Olympus";
        draft.Contacts[1].Email = "nobody";

        var failure = await Should.ThrowAsync<ValidationFailedException>(() => clients.CreateAsync(draft, "am", Ct));

        var byField = failure.Errors.ToDictionary(e => e.MemberNames.Single(), e => e.ErrorMessage);
        byField["CompanyName"].ShouldBe("Company name is required.");
        byField["Website"].ShouldBe("Enter a web address like https://example.com.");
        byField["Currency"].ShouldBe("Use a three-letter ISO 4217 currency code such as USD or EUR.");
        byField["TimeZone"].ShouldBe("Choose a time zone from the list, e.g. Europe/London.");
        byField["Contacts[1].Email"].ShouldBe("Enter an e-mail address like name@company.com.");
        await using var context = await db.Factory.CreateDbContextAsync(Ct);
        (await context.Clients.CountAsync(Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task CreateAsync_NameTakenInAnotherCase_RefusedOnTheNameField()
    {
        var first = await clients.CreateAsync(ClientDrafts.Valid("Acme Analytics"), "am", Ct);
        await clients.ArchiveAsync(first, "am", Ct);

        var failure = await Should.ThrowAsync<ValidationFailedException>(() => clients.CreateAsync(ClientDrafts.Valid("ACME analytics"), "am", Ct));

        var error = failure.Errors.ShouldHaveSingleItem();
        error.MemberNames.ShouldBe(["CompanyName"]);
        error.ErrorMessage.ShouldBe("A client named Acme Analytics already exists (archived: restore it instead).");
    }

    [Fact]
    public async Task CreateAsync_TwoContactsShareAnEmail_Refused()
    {
        var draft = ClientDrafts.Valid();
        draft.Contacts[1].Email = draft.Contacts[0].Email.ToUpperInvariant();

        var failure = await Should.ThrowAsync<ValidationFailedException>(() => clients.CreateAsync(draft, "am", Ct));

        failure.Errors.ShouldHaveSingleItem().ErrorMessage!.ShouldStartWith("Two contacts share the e-mail");
    }

    [Fact]
    public async Task UpdateAsync_ChangedFieldsAndContacts_AuditsBeforeAndAfter()
    {
        var id = await clients.CreateAsync(ClientDrafts.Valid(), "am", Ct);
        var client = (await clients.GetAsync(id, Ct))!;
        var draft = ClientDraft.From(client);
        draft.Industry = "Retail";
        draft.Notes = null;
        draft.Contacts.RemoveAt(1);
        draft.Contacts[0].Phone = "+49 30 1234567";
        draft.Contacts.Add(new ContactDraft { Name = "Bea Billing", Role = ContactRole.BillingContact, Email = "billing@acme.com" });
        db.Clock.Advance(TimeSpan.FromHours(2));

        var newVersion = await clients.UpdateAsync(id, client.Version, draft, "ops", Ct);

        newVersion.ShouldNotBe(client.Version);
        var saved = (await clients.GetAsync(id, Ct))!;
        saved.Contacts.Select(c => (c.Name, c.Position)).ShouldBe([("Person 1", 0), ("Bea Billing", 1)]);
        saved.UpdatedAtUtc.ShouldBe(db.Clock.GetUtcNow().UtcDateTime);
        var edit = (await audit.ForSubjectAsync(AuditSubjects.Client, id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct: Ct))[0];
        edit.Action.ShouldBe("Edited");
        edit.Actor.ShouldBe("ops");
        edit.Details.Split('\n').ShouldBe(
        [
            "Industry: \"B2B SaaS\" → \"Retail\"",
            "Notes: cleared (was \"Signed after the pilot.\")",
            "Contact removed: Person 2 (Marketing manager)",
            "Contact Person 1: phone: \"+49 30 1234567\"",
            "Contact added: Bea Billing (Billing contact, billing@acme.com)",
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task UpdateAsync_NothingChanged_WritesNoAuditLine()
    {
        var id = await clients.CreateAsync(ClientDrafts.Valid(), "am", Ct);
        var client = (await clients.GetAsync(id, Ct))!;

        var version = await clients.UpdateAsync(id, client.Version, ClientDraft.From(client), "am", Ct);

        version.ShouldBe(client.Version);
        (await audit.ForSubjectAsync(AuditSubjects.Client, id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct: Ct)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task UpdateAsync_SomeoneSavedInBetween_ThrowsConflictAndKeepsTheirChange()
    {
        var id = await clients.CreateAsync(ClientDrafts.Valid(), "am", Ct);
        var seen = (await clients.GetAsync(id, Ct))!;
        var theirs = ClientDraft.From(seen);
        theirs.Industry = "Legal";
        await clients.UpdateAsync(id, seen.Version, theirs, "colleague", Ct);

        var mine = ClientDraft.From(seen);
        mine.Industry = "Retail";
        var conflict = await Should.ThrowAsync<ConcurrencyConflictException>(() => clients.UpdateAsync(id, seen.Version, mine, "am", Ct));

        conflict.Message.ShouldContain("changed by someone else");
        (await clients.GetAsync(id, Ct))!.Industry.ShouldBe("Legal");
    }

    [Fact]
    public async Task ArchiveAsync_ThenRestore_MovesBetweenListsAndIsAudited()
    {
        var id = await clients.CreateAsync(ClientDrafts.Valid(), "am", Ct);

        await clients.ArchiveAsync(id, "am", Ct);
        (await clients.ListAsync(new ClientListQuery(), Ct)).TotalCount.ShouldBe(0);
        (await clients.ListAsync(new ClientListQuery(Archived: true), Ct)).Items.ShouldHaveSingleItem().Archived.ShouldBeTrue();
        var archived = (await clients.GetAsync(id, Ct))!;
        await Should.ThrowAsync<DomainException>(() => clients.UpdateAsync(id, archived.Version, ClientDraft.From(archived), "am", Ct));

        await clients.RestoreAsync(id, "admin", Ct);
        (await clients.ListAsync(new ClientListQuery(), Ct)).TotalCount.ShouldBe(1);
        var actions = (await audit.ForSubjectAsync(AuditSubjects.Client, id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct: Ct))
            .Select(a => (a.Action, a.Actor));
        actions.ShouldBe([("Restored", "admin"), ("Archived", "am"), ("Created", "am")]);
    }

    [Fact]
    public async Task ListAsync_Search_MatchesNameWebsiteIndustryAndContacts()
    {
        await clients.CreateAsync(ClientDrafts.Valid("Northwind Outdoor"), "am", Ct);
        var kestrel = ClientDrafts.Valid("Kestrel Legal");
        kestrel.Contacts[1].Name = "Johanna Weber";
        kestrel.Website = "kestrel-law.eu";
        await clients.CreateAsync(kestrel, "am", Ct);

        async Task<string[]> Find(string text) =>
            (await clients.ListAsync(new ClientListQuery(Search: text), Ct)).Items.Select(i => i.CompanyName).ToArray();

        (await Find("northwind")).ShouldBe(["Northwind Outdoor"]);
        (await Find("WEBER")).ShouldBe(["Kestrel Legal"]);
        (await Find("law.eu")).ShouldBe(["Kestrel Legal"]);
        (await Find("person1@kestrel")).ShouldBe(["Kestrel Legal"]);
        (await Find("saas")).Length.ShouldBe(2);
        (await Find("%")).ShouldBeEmpty();
        (await Find("_")).ShouldBeEmpty();
    }

    [Fact]
    public async Task ListAsync_PagedAndSorted_ReturnsThePageAndTheTotal()
    {
        for (var i = 0; i < 7; i++)
        {
            await clients.CreateAsync(ClientDrafts.Valid($"Client {i:00}", contacts: i % 3), "am", Ct);
        }

        var page = await clients.ListAsync(new ClientListQuery(Sort: ClientSort.CompanyName, Descending: true, Page: 1, PageSize: 3), Ct);
        page.TotalCount.ShouldBe(7);
        page.Items.Select(i => i.CompanyName).ShouldBe(["Client 03", "Client 02", "Client 01"]);

        var byContacts = await clients.ListAsync(new ClientListQuery(Sort: ClientSort.ContactCount, Descending: true, PageSize: 2), Ct);
        byContacts.Items.Select(i => (i.CompanyName, i.ContactCount, i.MainContact)).ShouldBe([("Client 02", 2, "Person 1"), ("Client 05", 2, "Person 1")]);
    }

    [Fact]
    public async Task FiguresAsync_CountsActiveArchivedRecentAndThinContacts()
    {
        await clients.CreateAsync(ClientDrafts.Valid("One", contacts: 1), "am", Ct);
        await clients.CreateAsync(ClientDrafts.Valid("Two", contacts: 2), "am", Ct);
        var archived = await clients.CreateAsync(ClientDrafts.Valid("Three", contacts: 0), "am", Ct);
        await clients.ArchiveAsync(archived, "am", Ct);
        db.Clock.Advance(TimeSpan.FromDays(31));
        await clients.CreateAsync(ClientDrafts.Valid("Four", contacts: 3), "am", Ct);

        var figures = await clients.FiguresAsync(Ct);

        figures.ShouldBe(new ClientFigures(Active: 3, Archived: 1, AddedLast30Days: 1, WithFewerThanTwoContacts: 1));
    }
}
