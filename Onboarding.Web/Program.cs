using Onboarding.Web.ClientPortal;
using Onboarding.Web.Documents;
using Onboarding.Web.Hosting;
using Onboarding.Web.Mail;
using Onboarding.Web.Playbooks.Cli;

// A command line tool in the same executable: `dotnet run --project Onboarding.Web -- playbook validate FILE.bpmn`.
if (args is ["playbook", ..])
{
    return await PlaybookCommand.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddOnboardingHosting();
builder.Services.AddOnboardingData(builder.Configuration);
builder.Services.AddOnboardingWorkflowEngine(builder.Configuration);
builder.Services.AddOnboardingMail(builder.Configuration);
builder.Services.AddOnboardingAuth();
builder.Services.AddOnboardingUi();
builder.Services.AddClientPortal(builder.Configuration);
builder.Services.AddDocuments(builder.Configuration);

var app = builder.Build();
await app.PrepareDatabaseAsync();
await app.SeedPlaybooksAsync();
app.UseOnboardingPipeline();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
