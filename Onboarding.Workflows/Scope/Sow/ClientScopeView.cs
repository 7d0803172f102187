using Onboarding.Domain.Common;
using Onboarding.Workflows.ClientLinks;

namespace Onboarding.Workflows.Scope.Sow;

/// <summary>What the client's scope page shows: the version the link opens, and who to ask.</summary>
public sealed record ClientScopeView(SowVersionView Sow, string FirmName, string ClientName, string AccountManagerName, string AccountManagerEmail, int? NewerVersion);

/// <summary>What opening a scope link gave: the statement of work, or a refusal (and then nothing else).</summary>
public sealed record ScopeOpening(ClientScopeView? View, ClientLinkRefusal? Refusal)
{
    public static ScopeOpening Refused(ClientLinkRefusal refusal) => new(null, refusal);
}

/// <summary>The client acted on a version that is no longer waiting for them (approved, changes asked, replaced).</summary>
public sealed class SowDecidedException(string message) : DomainException(message);
