using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;

namespace Onboarding.Workflows.ClientLinks;

/// <summary>
/// The token in a client link's URL: the link's id and expiry, signed with HMAC-SHA256 under the firm's key, in
/// base64url. Changing one character breaks the signature; the expiry cannot be stretched without the key.
/// </summary>
public static class ClientLinkToken
{
    private const int PayloadLength = 16 + 8;
    private const int SignatureLength = 32;

    public static string Create(Guid linkId, DateTime expiresAtUtc, byte[] key)
    {
        var bytes = new byte[PayloadLength + SignatureLength];
        linkId.TryWriteBytes(bytes.AsSpan(0, 16));
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(16, 8), expiresAtUtc.Ticks);
        HMACSHA256.HashData(key, bytes.AsSpan(0, PayloadLength), bytes.AsSpan(PayloadLength));
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The link id and expiry when the token is well formed and its signature is ours; else false.</summary>
    public static bool TryRead(string? token, byte[] key, out Guid linkId, out DateTime expiresAtUtc)
    {
        linkId = Guid.Empty;
        expiresAtUtc = default;
        if (string.IsNullOrEmpty(token) || token.Length > 100) return false;
        var bytes = new byte[PayloadLength + SignatureLength];
        if (!Base64Url.IsValid(token.AsSpan())) return false;
        if (!Base64Url.TryDecodeFromChars(token, bytes, out var written) || written != bytes.Length) return false;
        // One spelling per link: the decoder skips whitespace, so "a b" and "ab" would otherwise be two tokens for one link
        // (two rate-limit buckets, two cache keys).
        if (!string.Equals(Base64Url.EncodeToString(bytes), token, StringComparison.Ordinal)) return false;
        Span<byte> expected = stackalloc byte[SignatureLength];
        HMACSHA256.HashData(key, bytes.AsSpan(0, PayloadLength), expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(PayloadLength))) return false;
        linkId = new Guid(bytes.AsSpan(0, 16));
        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(16, 8));
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks) return false;
        expiresAtUtc = new DateTime(ticks, DateTimeKind.Utc);
        return true;
    }
}
