namespace Onboarding.Domain.Clients;

/// <summary>A person at the client the team works with, with their role in the engagement.</summary>
public sealed class ClientContact
{
    public int Id { get; set; }
    public int ClientId { get; set; }
    public string Name { get; set; } = "";
    public ContactRole Role { get; set; }
    public string? JobTitle { get; set; }
    public string Email { get; set; } = "";
    public string? Phone { get; set; }

    /// <summary>Order on the client page; the first is the main contact.</summary>
    public int Position { get; set; }
}
