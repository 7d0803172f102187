namespace Onboarding.Web.Mail;

/// <summary>
/// The <c>Mail</c> configuration section. With <c>Mail:Smtp:Host</c> set e-mails go to that SMTP server; without it they are
/// written as .eml files to <see cref="PickupDirectory"/> (a developer opens them, or a local relay picks them up).
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The sender every e-mail carries ("Name &lt;address&gt;" or a bare address).</summary>
    public string From { get; set; } = "Northwind Digital <onboarding@northwind.example>";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where .eml files go when no SMTP host is set; relative paths are under the app's content root. Default <c>App_Data/mail-pickup</c>.</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>The app's address as recipients reach it (links in e-mails), e.g. <c>https://onboarding.northwind.example</c>.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How often the dispatcher looks for due messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a claimed message stays reserved for one app node while it sends.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>At most this many messages per pass.</summary>
    public int BatchSize { get; set; } = 20;

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    public string PickupPath(string contentRoot) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(PickupDirectory) ? Path.Combine("App_Data", "mail-pickup") : PickupDirectory, contentRoot);
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Require STARTTLS. When false, TLS is used on port 465 and opportunistically (if offered) on other ports.</summary>
    public bool UseStartTls { get; set; } = true;

    /// <summary>Connect, command and data timeout.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
