using Onboarding.Domain.Audit;

namespace Onboarding.Domain.Clients;

/// <summary>Copies a validated draft onto a client and describes every field and contact that changed.</summary>
internal static class ClientChanges
{
    public static ChangeSet Apply(Client client, ClientDraft draft, DateTime now)
    {
        var changes = new ChangeSet();
        var website = string.IsNullOrWhiteSpace(draft.Website) ? null
            : WebAddress.TryNormalize(draft.Website, out var normalized) ? normalized : draft.Website.Trim();
        Set(changes, "Company name", client.CompanyName, draft.CompanyName.Trim(), v => client.CompanyName = v!);
        Set(changes, "Website", client.Website, website, v => client.Website = v);
        Set(changes, "Industry", client.Industry, Clean(draft.Industry), v => client.Industry = v);
        Set(changes, "Currency", client.Currency, draft.Currency.Trim().ToUpperInvariant(), v => client.Currency = v!);
        Set(changes, "Time zone", client.TimeZone, draft.TimeZone.Trim(), v => client.TimeZone = v!);
        Set(changes, "Notes", client.Notes, Clean(draft.Notes), v => client.Notes = v);
        ApplyContacts(client, draft.Contacts, changes);
        if (!changes.IsEmpty) client.UpdatedAtUtc = now;
        return changes;
    }

    private static void ApplyContacts(Client client, List<ContactDraft> drafts, ChangeSet changes)
    {
        var keptIds = drafts.Where(d => d.Id != 0).Select(d => d.Id).ToHashSet();
        foreach (var removed in client.Contacts.Where(c => !keptIds.Contains(c.Id)).ToList())
        {
            client.Contacts.Remove(removed);
            changes.Line($"Contact removed: {removed.Name} ({removed.Role.DisplayName()})");
        }

        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            var contact = d.Id == 0 ? null : client.Contacts.SingleOrDefault(c => c.Id == d.Id);
            if (contact is null)
            {
                contact = new ClientContact();
                client.Contacts.Add(contact);
                changes.Line($"Contact added: {d.Name.Trim()} ({d.Role.DisplayName()}, {d.Email.Trim()})");
                Copy(contact, d, i, new ChangeSet());
                continue;
            }
            Copy(contact, d, i, changes);
        }
    }

    private static void Copy(ClientContact contact, ContactDraft d, int position, ChangeSet changes)
    {
        var who = d.Name.Trim();
        Set(changes, $"Contact {contact.Name}: name", contact.Name, who, v => contact.Name = v!);
        Set(changes, $"Contact {who}: role", contact.Role.DisplayName(), d.Role.DisplayName(), _ => contact.Role = d.Role);
        Set(changes, $"Contact {who}: job title", contact.JobTitle, Clean(d.JobTitle), v => contact.JobTitle = v);
        Set(changes, $"Contact {who}: e-mail", contact.Email, d.Email.Trim(), v => contact.Email = v!);
        Set(changes, $"Contact {who}: phone", contact.Phone, Clean(d.Phone), v => contact.Phone = v);
        contact.Position = position;
    }

    private static void Set(ChangeSet changes, string field, string? before, string? after, Action<string?> assign)
    {
        if (string.Equals(before ?? "", after ?? "", StringComparison.Ordinal)) return;
        changes.Field(field, before, after);
        assign(after);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
