using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Questionnaires;
using Onboarding.Tests.Onboardings;
using Onboarding.Web.ClientPortal;
using Onboarding.Workflows.ClientLinks;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Questionnaires;
using Onboarding.Workflows.Questionnaires.Answering;
using Onboarding.Workflows.Runtime;
using static Onboarding.Workflows.Questionnaires.DefaultQuestionnaireTemplate;

namespace Onboarding.Tests.Questionnaires.Answering;

/// <summary>
/// An onboarding with the default questionnaire sent to its client (the row and a link issued directly, as the
/// sender would), and the real answering service over it with a file-system upload store in a temp folder.
/// </summary>
internal sealed class AnsweringWorld : IAsyncDisposable
{
    private AnsweringWorld(OnboardingWorld world) => World = world;

    public OnboardingWorld World { get; }
    public Guid OnboardingId { get; private set; }
    public Guid InstanceId { get; private set; }
    public Guid QuestionnaireId { get; private set; }
    public string Token { get; private set; } = "";
    public string UploadRoot { get; } = Path.Combine(Path.GetTempPath(), $"onboarding-uploads-{Guid.NewGuid():N}");
    public FileSystemUploadStore Store { get; private set; } = default!;
    public ClientLinkRateLimiter Limiter { get; private set; } = default!;
    public QuestionnaireAnswering Answering { get; private set; } = default!;
    public ClientLinks Links => World.Host.Get<ClientLinks>();

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<AnsweringWorld> CreateAsync(ClientLinkRateLimits? limits = null)
    {
        var world = new AnsweringWorld(await OnboardingWorld.CreateAsync());
        var host = world.World.Host;
        await host.Get<QuestionnaireTemplateSeeder>().SeedAsync(Ct);
        var started = await world.World.StartAsync();
        (world.OnboardingId, world.InstanceId) = (started.Id, started.InstanceId);
        world.Token = await world.SendAsync();
        world.Store = new FileSystemUploadStore(world.UploadRoot, world.World.Database.Clock);
        world.Limiter = new ClientLinkRateLimiter(world.World.Database.Clock, limits);
        world.Answering = new QuestionnaireAnswering(world.World.Database.Factory, new ClientLinkGate(world.Links, world.Limiter), world.Store,
            host.Get<QuestionnaireFollowUp>(), host.Get<WorkflowOptions>(), world.World.Database.Clock);
        return world;
    }

    /// <summary>Creates the questionnaire row and its link as the sender does; returns the link's token.</summary>
    private async Task<string> SendAsync()
    {
        await using var db = await World.Database.Factory.CreateDbContextAsync(Ct);
        var template = await db.QuestionnaireTemplates.SingleAsync(t => t.Key == Key && t.Status == TemplateStatus.Published, Ct);
        var now = World.Database.Clock.GetUtcNow().UtcDateTime;
        var questionnaire = new Questionnaire
        {
            Id = Guid.NewGuid(), OnboardingId = OnboardingId, TemplateId = template.Id, RecipientName = "Marta Lindqvist", GreetingName = "Marta",
            RecipientEmail = "marta@harbour.example.com", SentAtUtc = now, SentBy = "am@test", DueAtUtc = now.AddDays(14), ConcurrencyToken = Guid.NewGuid(),
        };
        db.Questionnaires.Add(questionnaire);
        var link = await Links.IssueAsync(db, ClientLinkPurpose.Questionnaire, questionnaire.Id, OnboardingId, "am@test", ct: Ct);
        await db.SaveChangesAsync(Ct);
        QuestionnaireId = questionnaire.Id;
        return link.Token;
    }

    public Task SaveAsync(string key, JsonNode? value) => Answering.SaveAnswerAsync(Token, key, value, Ct);

    /// <summary>Answers every required question of the default template validly (the brand guidelines with a small PDF).</summary>
    public async Task AnswerRequiredAsync()
    {
        await SaveAsync(Keys.Website, "https://harbour.example.com");
        await SaveAsync("business-summary", "Outdoor gear for Nordic hikers.");
        await SaveAsync(Keys.Budget, "5,000 to 15,000");
        await SaveAsync(Keys.Goals, "Grow organic sign-ups from 200 to 350 a month by June");
        await SaveAsync("audiences", "Hikers aged 25-45.");
        await SaveAsync(Keys.KeyContacts, new JsonArray(new JsonObject { ["name"] = "Marta", ["role"] = "CEO", ["email"] = "marta@harbour.example.com" }));
        await SaveAsync("approval-workflow", "Marta signs off within two days.");
        await SaveAsync("communication-channel", "E-mail");
        await SaveAsync(Keys.Platforms, new JsonArray("Google Analytics", "Website / CMS"));
        await Answering.AddFileAsync(Token, Keys.BrandGuidelines, "brand.pdf", Files.Pdf.Length, new MemoryStream(Files.Pdf), Ct);
    }

    public async Task<T> QueryAsync<T>(Func<Onboarding.Domain.Data.OnboardingDbContext, Task<T>> query)
    {
        await using var db = await World.Database.Factory.CreateDbContextAsync(Ct);
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await World.DisposeAsync();
        if (Directory.Exists(UploadRoot)) Directory.Delete(UploadRoot, recursive: true);
    }
}

/// <summary>Small real files for upload tests.</summary>
internal static class Files
{
    public static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    public static byte[] WithHeader(params byte[] header) => [.. header, .. new byte[200]];
}
