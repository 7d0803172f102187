using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using MudBlazor.Services;
using Onboarding.Web.Account;
using Onboarding.Web.ClientPortal;
using Onboarding.Web.Components;
using Onboarding.Web.Onboardings.Kickoff;

namespace Onboarding.Web.Hosting;

/// <summary>The one place for hosting concerns: logging, health, UI services and the request pipeline.</summary>
public static class HostingSetup
{
    public static WebApplicationBuilder AddOnboardingHosting(this WebApplicationBuilder builder)
    {
        // Structured (JSON) console logs; the format is set in appsettings.json under Logging:Console.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        // Serve library assets (MudBlazor, blazor.web.js) from the build output in every environment,
        // not only Development; a published app serves them from wwwroot and this is a no-op there.
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }

    public static IServiceCollection AddOnboardingUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddScoped<Onboarding.Web.Shared.CurrentUser>();
        services.AddScoped<Onboarding.Web.Onboardings.OnboardingEdits>();
        services.AddScoped<Onboarding.Web.Playbooks.DraftStarter>();
        services.AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight;
            config.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        return services;
    }

    public static WebApplication UseOnboardingPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        app.UseClientPortal();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().AllowAnonymousCircuits();
        app.MapAccountEndpoints();
        app.MapKickoffEndpoints();
        Onboarding.Web.Onboardings.Questionnaire.QuestionnaireEndpoints.MapQuestionnaireEndpoints(app);
        Onboarding.Web.Onboardings.Scope.SowEndpoints.MapSowEndpoints(app);
        Onboarding.Web.Onboardings.Scope.ChangeRequestEndpoints.MapChangeRequestEndpoints(app);
        Onboarding.Web.Billing.InvoiceEndpoints.MapInvoiceEndpoints(app);
        Onboarding.Web.Finance.FinanceEndpoints.MapFinanceEndpoints(app);
        return app;
    }

    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
