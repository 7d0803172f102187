namespace Onboarding.Workflows.Questionnaires;

/// <summary>What the store kept: where (relative to its root), how many bytes and their SHA-256 (hex).</summary>
public sealed record StoredUpload(string StorageName, long SizeBytes, string Sha256);

/// <summary>
/// Where uploaded files' bytes live: outside <c>wwwroot</c>, never served as static files, read back only through
/// staff-only endpoints. Names are generated; a client's file name is never used as a path.
/// </summary>
public interface IUploadStore
{
    /// <summary>Copies <paramref name="content"/> in; throws <see cref="UploadTooLargeException"/> (and keeps nothing) past <paramref name="maxBytes"/>.</summary>
    Task<StoredUpload> SaveAsync(Stream content, long maxBytes, CancellationToken ct = default);

    Stream OpenRead(string storageName);

    Task DeleteAsync(string storageName, CancellationToken ct = default);
}

public sealed class UploadTooLargeException(long maxBytes) : Exception($"The file is larger than {maxBytes / (1024 * 1024)} MB.")
{
    public long MaxBytes { get; } = maxBytes;
}
