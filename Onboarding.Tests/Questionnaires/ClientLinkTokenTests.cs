using System.Security.Cryptography;
using Onboarding.Workflows.ClientLinks;

namespace Onboarding.Tests.Questionnaires;

/// <summary>The signed token of a client link: it reads back, and any other spelling of it is not ours.</summary>
public sealed class ClientLinkTokenTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void Token_ReadsBack_ItsLinkAndExpiry()
    {
        var id = Guid.NewGuid();
        var expires = new DateTime(2026, 12, 24, 9, 0, 0, DateTimeKind.Utc);
        var token = ClientLinkToken.Create(id, expires, Key);

        ClientLinkToken.TryRead(token, Key, out var readId, out var readExpiry).ShouldBeTrue();
        readId.ShouldBe(id);
        readExpiry.ShouldBe(expires);
        ClientLinkToken.TryRead(token, RandomNumberGenerator.GetBytes(32), out _, out _).ShouldBeFalse("another firm's key");
    }

    [Fact]
    public void OtherSpellings_OfAValidToken_AreRefused()
    {
        var token = ClientLinkToken.Create(Guid.NewGuid(), DateTime.UtcNow.AddDays(30), Key);

        ClientLinkToken.TryRead(token[..10] + " " + token[10..], Key, out _, out _).ShouldBeFalse("whitespace the decoder would skip");
        ClientLinkToken.TryRead(token + "\n", Key, out _, out _).ShouldBeFalse();
        ClientLinkToken.TryRead(token + "==", Key, out _, out _).ShouldBeFalse("padding");
        ClientLinkToken.TryRead(token[..^1], Key, out _, out _).ShouldBeFalse();
        ClientLinkToken.TryRead("", Key, out _, out _).ShouldBeFalse();
        ClientLinkToken.TryRead(null, Key, out _, out _).ShouldBeFalse();
    }
}
