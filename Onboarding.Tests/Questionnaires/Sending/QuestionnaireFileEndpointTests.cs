using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Domain.Data;
using Onboarding.Domain.People;
using Onboarding.Domain.Questionnaires;
using Onboarding.Tests.Support;
using Onboarding.Web.Onboardings.Questionnaire;
using Onboarding.Workflows.Questionnaires;

namespace Onboarding.Tests.Questionnaires.Sending;

/// <summary>Client files are downloaded by staff only, as attachments, from the upload store; never another onboarding's.</summary>
public sealed class QuestionnaireFileEndpointTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FolderUploadStore store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task Anonymous_IsSentToSignIn_AndGetsNoBytes()
    {
        await using var app = new OnboardingAppFactory();
        await using var factory = WithStore(app);
        var (path, _) = await UploadedFileAsync(factory);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task Staff_GetTheBytesAsAnAttachment_WithoutSniffing_AndAnotherOnboardingsFileIsNotFound()
    {
        await using var app = new OnboardingAppFactory();
        await using var factory = WithStore(app);
        var (path, bytes) = await UploadedFileAsync(factory);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await SignIn.AsAsync(client, "ops@demo.local", DemoUsers.Password, Ct);

        using var response = await client.GetAsync(path, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(bytes);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("book _v2_.pdf", "no path, no quotes");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);

        var other = await OtherOnboardingAsync(factory, path);
        using var elsewhere = await client.GetAsync(path.Replace(path.Split('/')[2], other.ToString(), StringComparison.Ordinal), Ct);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\temp\\evil\".pdf", "evil_.pdf")]
    [InlineData("...", "file")]
    [InlineData("résumé 2026.pdf", "résumé 2026.pdf")]
    public void FileNames_AreSanitized(string name, string expected) => QuestionnaireEndpoints.SafeFileName(name).ShouldBe(expected);

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithStore(OnboardingAppFactory app) =>
        app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IUploadStore>(store)));

    /// <summary>The demo onboarding whose questionnaire the demo seeding sent, with a file the client uploaded.</summary>
    private async Task<(string Path, byte[] Bytes)> UploadedFileAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>().CreateDbContextAsync(Ct);
        var questionnaire = await db.Questionnaires.SingleAsync(Ct); // the demo data sends one, as the account manager would
        var bytes = RandomNumberGenerator.GetBytes(3000);
        var stored = await store.SaveAsync(new MemoryStream(bytes), 25 * 1024 * 1024, Ct);
        var file = new QuestionnaireFile
        {
            Id = Guid.NewGuid(), QuestionnaireId = questionnaire.Id, OnboardingId = questionnaire.OnboardingId, QuestionKey = DefaultQuestionnaireTemplate.Keys.BrandGuidelines,
            FileName = "brand/book \"v2\".pdf", ContentType = "application/pdf", SizeBytes = stored.SizeBytes, Sha256 = stored.Sha256, StorageName = stored.StorageName,
            UploadedAtUtc = DateTime.UtcNow,
        };
        db.QuestionnaireFiles.Add(file);
        await db.SaveChangesAsync(Ct);
        return ($"/onboardings/{questionnaire.OnboardingId}/questionnaire/files/{file.Id}", bytes);
    }

    private static async Task<Guid> OtherOnboardingAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string path)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>().CreateDbContextAsync(Ct);
        var mine = Guid.Parse(path.Split('/')[2]);
        return await db.Onboardings.Where(o => o.Id != mine).Select(o => o.Id).FirstAsync(Ct);
    }

    /// <summary>A small upload store over a temp folder (the product's own belongs to the client page's part).</summary>
    private sealed class FolderUploadStore : IUploadStore, IDisposable
    {
        private readonly string root = Directory.CreateTempSubdirectory("uploads-").FullName;

        public async Task<StoredUpload> SaveAsync(Stream content, long maxBytes, CancellationToken ct = default)
        {
            var name = Guid.NewGuid().ToString("N");
            await using (var file = File.Create(Path.Combine(root, name))) await content.CopyToAsync(file, ct);
            var bytes = await File.ReadAllBytesAsync(Path.Combine(root, name), ct);
            return new StoredUpload(name, bytes.Length, Convert.ToHexString(SHA256.HashData(bytes)));
        }

        public Stream OpenRead(string storageName) => File.OpenRead(Path.Combine(root, storageName));

        public Task DeleteAsync(string storageName, CancellationToken ct = default)
        {
            File.Delete(Path.Combine(root, storageName));
            return Task.CompletedTask;
        }

        public void Dispose() => Directory.Delete(root, recursive: true);
    }
}
