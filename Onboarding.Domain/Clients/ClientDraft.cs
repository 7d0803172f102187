using System.ComponentModel.DataAnnotations;

namespace Onboarding.Domain.Clients;

/// <summary>What a person types on the client form. Validated the same way in the UI and the service.</summary>
public sealed class ClientDraft
{
    [Required(ErrorMessage = "Company name is required.")]
    [StringLength(200, ErrorMessage = "Company name must be at most 200 characters.")]
    public string CompanyName { get; set; } = "";

    [WebAddress]
    [StringLength(300, ErrorMessage = "Website must be at most 300 characters.")]
    public string? Website { get; set; }

    [StringLength(100, ErrorMessage = "Industry must be at most 100 characters.")]
    public string? Industry { get; set; }

    [Required(ErrorMessage = "Currency is required.")]
    [CurrencyCode]
    public string Currency { get; set; } = "USD";

    [Required(ErrorMessage = "Time zone is required.")]
    [TimeZoneId]
    public string TimeZone { get; set; } = "UTC";

    [StringLength(4000, ErrorMessage = "Notes must be at most 4,000 characters.")]
    public string? Notes { get; set; }

    public List<ContactDraft> Contacts { get; set; } = [];

    public static ClientDraft From(Client client) => new()
    {
        CompanyName = client.CompanyName,
        Website = client.Website,
        Industry = client.Industry,
        Currency = client.Currency,
        TimeZone = client.TimeZone,
        Notes = client.Notes,
        Contacts = client.Contacts.OrderBy(c => c.Position).Select(ContactDraft.From).ToList(),
    };
}

public sealed class ContactDraft
{
    /// <summary>Zero for a contact not saved yet.</summary>
    public int Id { get; set; }

    [Required(ErrorMessage = "Contact name is required.")]
    [StringLength(150, ErrorMessage = "Contact name must be at most 150 characters.")]
    public string Name { get; set; } = "";

    public ContactRole Role { get; set; } = ContactRole.DecisionMaker;

    [StringLength(100, ErrorMessage = "Job title must be at most 100 characters.")]
    public string? JobTitle { get; set; }

    [Required(ErrorMessage = "Contact e-mail is required.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address like name@company.com.")]
    [StringLength(254, ErrorMessage = "E-mail must be at most 254 characters.")]
    public string Email { get; set; } = "";

    [Phone(ErrorMessage = "Enter a phone number with digits, spaces, +, - or brackets.")]
    [StringLength(40, ErrorMessage = "Phone must be at most 40 characters.")]
    public string? Phone { get; set; }

    public static ContactDraft From(ClientContact c) => new()
    {
        Id = c.Id, Name = c.Name, Role = c.Role, JobTitle = c.JobTitle, Email = c.Email, Phone = c.Phone,
    };
}
