using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Questionnaires.Sending;

namespace Onboarding.Workflows.Mail;

/// <summary>A client contact a link can be e-mailed to (one with an e-mail address), with the name the e-mail would greet them by.</summary>
public sealed record ClientRecipient(int ContactId, string Name, string Email, ContactRole Role, string Greeting);

/// <summary>Who at the client an onboarding's e-mails (questionnaire, statement of work, change requests) can go to.</summary>
public static class ClientRecipients
{
    /// <summary>The client's contacts with an e-mail, in the client's order; the default recipient (not only the contract signer) first.</summary>
    public static async Task<IReadOnlyList<ClientRecipient>> OfOnboardingAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct)
    {
        var client = await db.Onboardings.Where(o => o.Id == onboardingId).Select(o => new { o.ClientId, o.Client!.TimeZone }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("The onboarding");
        var contacts = await db.ClientContacts.AsNoTracking().Where(c => c.ClientId == client.ClientId && c.Email != "")
            .OrderBy(c => c.Position).ThenBy(c => c.Id).ToListAsync(ct);
        return contacts.OrderBy(c => c.Role == ContactRole.ContractSigner ? 1 : 0)
            .Select(c => new ClientRecipient(c.Id, c.Name, c.Email, c.Role, GreetingNames.Guess(c.Name, client.TimeZone))).ToList();
    }

    /// <summary>The contact <paramref name="contactId"/> of the onboarding's client, refused unless it has an e-mail address.</summary>
    public static async Task<ClientRecipient> OneAsync(OnboardingDbContext db, Guid onboardingId, int contactId, CancellationToken ct) =>
        (await OfOnboardingAsync(db, onboardingId, ct)).FirstOrDefault(r => r.ContactId == contactId)
        ?? throw new DomainException("Pick one of the client's contacts with an e-mail address as the recipient (add one on the client's page if none has an address).");
}
