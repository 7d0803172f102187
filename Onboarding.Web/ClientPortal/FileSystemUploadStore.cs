using System.Security.Cryptography;
using Onboarding.Workflows.Questionnaires;

namespace Onboarding.Web.ClientPortal;

/// <summary>
/// Keeps uploaded bytes in a folder outside <c>wwwroot</c> (<c>Storage:Uploads</c>, by default
/// <c>{ContentRoot}/App_Data/uploads</c>) under generated names (<c>2026/11/&lt;guid&gt;</c>). Writes to a temporary
/// file first and moves it in place when complete; a failed or too large upload leaves nothing behind.
/// </summary>
public sealed class FileSystemUploadStore : IUploadStore
{
    private readonly TimeProvider clock;

    public FileSystemUploadStore(string root, TimeProvider clock, string? webRoot = null)
    {
        this.clock = clock;
        Root = Path.GetFullPath(root);
        if (webRoot is not null && IsUnder(Root, Path.GetFullPath(webRoot)))
            throw new InvalidOperationException($"Storage:Uploads ({Root}) must not be inside wwwroot: uploads would be served to anyone.");
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public async Task<StoredUpload> SaveAsync(Stream content, long maxBytes, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var storageName = $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}";
        var final = PathOf(storageName);
        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        var temp = Path.Combine(Root, ".incoming-" + Guid.NewGuid().ToString("N"));
        try
        {
            long total = 0;
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    total += read;
                    if (total > maxBytes) throw new UploadTooLargeException(maxBytes);
                    sha.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }
            File.Move(temp, final);
            return new StoredUpload(storageName, total, Convert.ToHexStringLower(sha.GetHashAndReset()));
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    public Stream OpenRead(string storageName) =>
        new FileStream(PathOf(storageName), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public Task DeleteAsync(string storageName, CancellationToken ct = default)
    {
        TryDelete(PathOf(storageName));
        return Task.CompletedTask;
    }

    /// <summary>The full path of a stored name; refuses anything that would leave the root.</summary>
    public string PathOf(string storageName)
    {
        var path = Path.GetFullPath(Path.Combine(Root, storageName));
        if (!IsUnder(path, Root) || path == Root) throw new ArgumentException("Not a stored upload name.", nameof(storageName));
        return path;
    }

    private static bool IsUnder(string path, string folder) =>
        path.Equals(folder, StringComparison.Ordinal) || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp file holds no reference and is named so that it is never served.
        }
    }
}
