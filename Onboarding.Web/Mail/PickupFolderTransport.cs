using MimeKit;

namespace Onboarding.Web.Mail;

/// <summary>
/// Writes each message as an .eml file to the pickup folder (no SMTP server configured). Written to a temporary file first and
/// then moved, so that a reader of the folder never sees half a message.
/// </summary>
public sealed class PickupFolderTransport(string directory) : IMailTransport
{
    public string Directory { get; } = directory;

    public async Task<string> SendAsync(MimeMessage message, CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var id = string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Split(Path.GetInvalidFileNameChars()));
        var name = $"{message.Date.UtcDateTime:yyyyMMdd-HHmmss}-{id}.eml";
        var temp = Path.Combine(Directory, $".{Guid.NewGuid():N}.tmp");
        try
        {
            await message.WriteToAsync(temp, ct);
            File.Move(temp, Path.Combine(Directory, name), overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        return name;
    }
}
