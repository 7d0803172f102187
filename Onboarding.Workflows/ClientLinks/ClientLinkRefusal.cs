using Onboarding.Domain.Common;

namespace Onboarding.Workflows.ClientLinks;

/// <summary>Why a client link did not open. The wording shown for each reveals nothing about the client.</summary>
public enum ClientLinkRefusal { Expired, Revoked, Invalid, TooManyRequests }

/// <summary>An action from a client link refused because the link no longer works (or is used too fast).</summary>
public sealed class ClientLinkRefusedException(ClientLinkRefusal refusal) : DomainException(MessageOf(refusal))
{
    public ClientLinkRefusal Refusal { get; } = refusal;

    public static string MessageOf(ClientLinkRefusal refusal) => refusal switch
    {
        ClientLinkRefusal.Expired => "This link has expired. Ask us for a new one.",
        ClientLinkRefusal.Revoked => "This link is no longer active. Ask us for a new one.",
        ClientLinkRefusal.TooManyRequests => "Too many requests from this link. Please wait a minute and try again.",
        _ => "This link is not valid. Please check that you copied the whole address, or ask us for a new one.",
    };
}
