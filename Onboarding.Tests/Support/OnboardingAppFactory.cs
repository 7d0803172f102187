using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Onboarding.Tests.Support;

/// <summary>
/// The real app (Development, so demo users are seeded) over its own fresh temp-file SQLite database.
/// In-memory TestServer by default; <see cref="StartOnKestrel"/> serves it on a free loopback port for a browser.
/// </summary>
public sealed class OnboardingAppFactory : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"onboarding-app-{Guid.NewGuid():N}.db");

    public string DatabasePath => databasePath;

    /// <summary>Where the app's e-mails land as .eml files (no SMTP server in tests).</summary>
    public string MailPickupDirectory { get; } = Path.Combine(Path.GetTempPath(), $"onboarding-mail-{Guid.NewGuid():N}");

    /// <summary>Set by <see cref="StartOnKestrel"/>: the root address a browser can reach, e.g. http://127.0.0.1:41234.</summary>
    public Uri? ServerAddress { get; private set; }

    /// <summary>Starts Kestrel on 127.0.0.1 with a port the OS picks; call before any client is created.</summary>
    public Uri StartOnKestrel()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        ServerAddress = new Uri(address);
        return ServerAddress;
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each redirect.</summary>
    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting lands in the host configuration before Program reads it (AddOnboardingData reads it eagerly).
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Onboarding", $"Data Source={databasePath};Pooling=False");
        builder.UseSetting("Mail:PickupDirectory", MailPickupDirectory);
        // Start-up and request logs of every app instance would drown the test report; warnings still show.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
        if (Directory.Exists(MailPickupDirectory)) Directory.Delete(MailPickupDirectory, recursive: true);
    }
}
