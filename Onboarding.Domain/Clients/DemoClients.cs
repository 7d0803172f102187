namespace Onboarding.Domain.Clients;

/// <summary>A handful of realistic clients for Development, so the screens are not empty on first run.</summary>
internal static class DemoClients
{
    public static IEnumerable<ClientDraft> All
    {
        get
        {
            yield return Draft("Northwind Outdoor Co.", "northwind-outdoor.com", "Retail", "USD", "America/Denver",
                ("Maya Chen", ContactRole.DecisionMaker, "maya.chen@northwind-outdoor.com"),
                ("Tom Baker", ContactRole.MarketingManager, "tom.baker@northwind-outdoor.com"),
                ("Ines Duarte", ContactRole.BillingContact, "billing@northwind-outdoor.com"));
            yield return Draft("Helios Dental Group", "heliosdental.co.uk", "Healthcare", "GBP", "Europe/London",
                ("Dr. Amir Khan", ContactRole.ContractSigner, "amir.khan@heliosdental.co.uk"),
                ("Grace Holloway", ContactRole.MarketingManager, "grace.holloway@heliosdental.co.uk"));
            yield return Draft("Brightpath Learning", "brightpath.edu", "Education", "USD", "America/New_York",
                ("Lena Fischer", ContactRole.DecisionMaker, "lena@brightpath.edu"),
                ("Ravi Patel", ContactRole.Designer, "ravi@brightpath.edu"));
            yield return Draft("Kestrel Legal LLP", "kestrel-legal.com", "Legal", "EUR", "Europe/Berlin",
                ("Johanna Weber", ContactRole.DecisionMaker, "j.weber@kestrel-legal.com"),
                ("Felix Braun", ContactRole.BillingContact, "accounts@kestrel-legal.com"));
            yield return Draft("Seoul Bloom Cosmetics", "seoulbloom.kr", "E-commerce", "KRW", "Asia/Seoul",
                ("Kim Ji-woo", ContactRole.MarketingManager, "jiwoo.kim@seoulbloom.kr"));
            yield return Draft("Atlas Freight Systems", "atlasfreight.io", "B2B SaaS", "CAD", "America/Toronto",
                ("Noah Tremblay", ContactRole.DecisionMaker, "noah@atlasfreight.io"),
                ("Chloé Roy", ContactRole.ProjectManager, "chloe@atlasfreight.io"),
                ("Sam Okafor", ContactRole.Developer, "sam.okafor@atlasfreight.io"));
        }
    }

    private static ClientDraft Draft(string name, string website, string industry, string currency, string timeZone,
        params (string Name, ContactRole Role, string Email)[] contacts) => new()
    {
        CompanyName = name, Website = website, Industry = industry, Currency = currency, TimeZone = timeZone,
        Contacts = contacts.Select(c => new ContactDraft { Name = c.Name, Role = c.Role, Email = c.Email }).ToList(),
    };
}
