using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;
using Onboarding.Domain.Mail;
using Onboarding.Tests.Support;
using Onboarding.Web.Mail;

namespace Onboarding.Tests.Mail;

/// <summary>Without an SMTP host the e-mails become .eml files in the pickup folder; two dispatchers never send one twice.</summary>
public sealed class PickupFolderDeliveryTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"onboarding-pickup-{Guid.NewGuid():N}");

    [Fact]
    public async Task AddOnboardingMail_NoSmtpHost_WritesAnEmlFileThatMimeKitReads()
    {
        await using var database = await TestDatabase.CreateAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:PickupDirectory"] = folder, ["Mail:RunDispatcher"] = "false",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton(database.Factory).AddSingleton<TimeProvider>(database.Clock)
            .AddSingleton<IHostEnvironment>(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = Path.GetTempPath() })
            .AddOnboardingMail(configuration).BuildServiceProvider();
        services.GetRequiredService<IMailTransport>().ShouldBeOfType<PickupFolderTransport>();
        services.GetServices<IHostedService>().ShouldBeEmpty();
        var id = await MailTestKit.QueueWelcomeAsync(database);

        (await services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(Ct)).ShouldBe(1);

        var file = Directory.GetFiles(folder).ShouldHaveSingleItem();
        Path.GetExtension(file).ShouldBe(".eml");
        using var mime = await MimeMessage.LoadAsync(file, Ct);
        mime.To.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("jiwoo@haneul.example");
        mime.Subject.ShouldStartWith("Welcome to Northwind Digital, Ji-woo");
        mime.TextBody!.ShouldContain(MailTestKit.Link);
        var sent = await MailTestKit.ReadAsync(database, id);
        sent.Status.ShouldBe(OutboxStatus.Sent);
        sent.TransportReference.ShouldBe(Path.GetFileName(file));
    }

    [Fact]
    public void AddOnboardingMail_SmtpHostSet_UsesSmtp()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Mail:Smtp:Host"] = "smtp.example" }).Build();
        using var services = new ServiceCollection().AddOnboardingMail(configuration).BuildServiceProvider();
        services.GetRequiredService<IMailTransport>().ShouldBeOfType<SmtpMailTransport>();
        services.GetRequiredService<MailOptions>().Smtp.Port.ShouldBe(587);
    }

    [Fact]
    public async Task TwoDispatchers_RacingOverTheSameOutbox_SendEachMessageOnce()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 12; i++) ids.Add(await MailTestKit.QueueWelcomeAsync(database, $"client{i}@example.com"));
        var first = new RecordingTransport(TimeSpan.FromMilliseconds(5));
        var second = new RecordingTransport(TimeSpan.FromMilliseconds(5));
        var a = MailTestKit.Dispatcher(database, first);
        var b = MailTestKit.Dispatcher(database, second);

        await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { a.DispatchDueAsync(Ct), b.DispatchDueAsync(Ct) }));

        var all = first.Sent.Concat(second.Sent).ToList();
        all.Count.ShouldBe(12);
        all.Distinct().Count().ShouldBe(12);
        foreach (var id in ids) (await MailTestKit.ReadAsync(database, id)).Status.ShouldBe(OutboxStatus.Sent);
    }

    [Fact]
    public async Task Claim_HeldByAnotherNode_IsNotSentUntilTheLeaseExpires()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await MailTestKit.QueueWelcomeAsync(database);
        var crashed = MailTestKit.Dispatcher(database, new RecordingTransport());
        var other = new RecordingTransport();
        var survivor = MailTestKit.Dispatcher(database, other);

        (await crashed.ClaimAsync(Ct)).ShouldHaveSingleItem().Id.ShouldBe(id);
        (await survivor.DispatchDueAsync(Ct)).ShouldBe(0);
        database.Clock.Advance(new MailOptions().LeaseDuration + TimeSpan.FromSeconds(1));
        (await survivor.DispatchDueAsync(Ct)).ShouldBe(1);

        other.Sent.ShouldHaveSingleItem();
        (await MailTestKit.ReadAsync(database, id)).Status.ShouldBe(OutboxStatus.Sent);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
