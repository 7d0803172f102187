using Onboarding.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddOnboardingHosting();
builder.Services.AddOnboardingData(builder.Configuration);
builder.Services.AddOnboardingWorkflowEngine(builder.Configuration);
builder.Services.AddOnboardingAuth();
builder.Services.AddOnboardingUi();

var app = builder.Build();
await app.PrepareDatabaseAsync();
await app.SeedPlaybooksAsync();
app.UseOnboardingPipeline();
await app.RunAsync();

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
