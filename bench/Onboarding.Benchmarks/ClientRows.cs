using System.Globalization;
using Onboarding.Domain.Clients;

namespace Onboarding.Benchmarks;

/// <summary>Deterministic client rows for bulk insert (bypasses ClientDirectory's per-client validation and audit).</summary>
internal static class ClientRows
{
    private static readonly string[] Industries = ["Retail", "Healthcare", "Education", "Legal", "B2B SaaS", "E-commerce", "Travel", "Finance"];

    public static IEnumerable<Client> Generate(int count, int contactsPerClient, DateTime start)
    {
        var roles = Enum.GetValues<ContactRole>();
        for (var i = 0; i < count; i++)
        {
            var at = start.AddMinutes(i);
            var n = i.ToString("D4", CultureInfo.InvariantCulture);
            yield return new Client
            {
                CompanyName = $"{Industries[i % Industries.Length]} Group {n}",
                Website = $"https://client{n}.example.com",
                Industry = Industries[i % Industries.Length],
                Currency = "EUR",
                TimeZone = "Europe/Berlin",
                CreatedAtUtc = at,
                UpdatedAtUtc = at,
                CreatedBy = "bench",
                Version = Guid.NewGuid(),
                Contacts = Enumerable.Range(0, contactsPerClient).Select(p => new ClientContact
                {
                    Name = $"Person {n}-{p}",
                    Email = $"person{n}.{p}@client{n}.example.com",
                    Role = roles[(i + p) % roles.Length],
                    Position = p,
                }).ToList(),
            };
        }
    }
}
