using Onboarding.Domain.Clients;

namespace Onboarding.Tests.Clients;

/// <summary>Builder of valid client drafts; tests change only what they are about.</summary>
internal static class ClientDrafts
{
    public static ClientDraft Valid(string name = "Acme Analytics", int contacts = 2)
    {
        var draft = new ClientDraft
        {
            CompanyName = name,
            Website = "acme-analytics.com",
            Industry = "B2B SaaS",
            Currency = "EUR",
            TimeZone = "Europe/Berlin",
            Notes = "Signed after the pilot.",
        };
        for (var i = 0; i < contacts; i++)
        {
            draft.Contacts.Add(new ContactDraft
            {
                Name = $"Person {i + 1}",
                Role = i == 0 ? ContactRole.DecisionMaker : ContactRole.MarketingManager,
                Email = $"person{i + 1}@{name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()}.com",
            });
        }
        return draft;
    }
}
