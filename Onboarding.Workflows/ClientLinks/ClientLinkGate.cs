using Onboarding.Domain.ClientLinks;

namespace Onboarding.Workflows.ClientLinks;

/// <summary>
/// The one way a client page opens its link: counts the request against the link's rate limit, then checks the
/// signature, purpose, expiry and revocation. A refusal says only why (<see cref="ClientLinkRefusal"/>), never whose
/// link it was.
/// </summary>
public sealed class ClientLinkGate(ClientLinks links, ClientLinkRateLimiter limiter)
{
    /// <summary>The live link for <paramref name="token"/>, or <see cref="ClientLinkRefusedException"/>.</summary>
    public async Task<ClientLink> OpenAsync(string? token, ClientLinkPurpose purpose, CancellationToken ct = default)
    {
        limiter.Acquire(token);
        var check = await links.CheckAsync(token, purpose, ct);
        return check.State switch
        {
            ClientLinkState.Valid => check.Link!,
            ClientLinkState.Expired => throw new ClientLinkRefusedException(ClientLinkRefusal.Expired),
            ClientLinkState.Revoked => throw new ClientLinkRefusedException(ClientLinkRefusal.Revoked),
            _ => throw new ClientLinkRefusedException(ClientLinkRefusal.Invalid),
        };
    }
}
