using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Onboarding.Domain.Data;
using Onboarding.Domain.People;
using Onboarding.Tests.Support;
using Onboarding.Web.Admin;
using Onboarding.Web.Shared;

namespace Onboarding.Tests.Admin;

public sealed class NewUserDialogTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submit_EmptyForm_ShowsAnErrorUnderEachField()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var ctx = await CreateContextAsync(database);
        var (providers, _) = await OpenDialogAsync(ctx);

        providers.Find("form").Submit();

        providers.WaitForAssertion(() =>
        {
            providers.Markup.ShouldContain("Name is required.");
            providers.Markup.ShouldContain("E-mail is required.");
            providers.Markup.ShouldContain("Choose at least one role.");
            providers.Markup.ShouldContain("Initial password is required.");
        });
    }

    [Fact]
    public async Task Submit_EmailAlreadyUsed_ShowsTheServiceErrorUnderEmailAndStaysOpen()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var ctx = await CreateContextAsync(database);
        await ctx.Services.GetRequiredService<StaffDirectory>().CreateAsync(
            new StaffMemberDraft { Email = "jo@firm.com", DisplayName = "Jo", Roles = [Roles.Finance], Password = "Strong!Pass2026" },
            "boss@firm.com", Ct);
        var (providers, dialog) = await OpenDialogAsync(ctx);

        providers.Find("input[data-testid=new-user-name]").Change("Jo Again");
        providers.Find("input[data-testid=new-user-email]").Change("jo@firm.com");
        providers.Find("input[data-testid=role-OpsLead]").Change(true);
        providers.Find("input[data-testid=new-user-password]").Change("Strong!Pass2026");
        providers.Find("form").Submit();

        providers.WaitForAssertion(() => providers.Markup.ShouldContain("jo@firm.com already has an account."));
        providers.Markup.ShouldNotContain("Choose at least one role.");
        dialog.Result.IsCompleted.ShouldBeFalse();
    }

    private static async Task<BunitContext> CreateContextAsync(TestDatabase database)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddOnboardingForTests(database);
        ctx.Services.AddScoped<CurrentUser>();
        ctx.AddAuthorization().SetAuthorized("boss@firm.com");
        await ctx.Services.GetRequiredService<OnboardingSeeder>().SeedAsync(demoData: false, Ct);
        return ctx;
    }

    private static async Task<(IRenderedComponent<MudDialogProvider> Providers, IDialogReference Dialog)> OpenDialogAsync(BunitContext ctx)
    {
        ctx.Render<MudPopoverProvider>();
        var providers = ctx.Render<MudDialogProvider>();
        var service = ctx.Services.GetRequiredService<IDialogService>();
        IDialogReference? dialog = null;
        await providers.InvokeAsync(async () => dialog = await service.ShowAsync<NewUserDialog>("New user"));
        providers.WaitForElement("form");
        return (providers, dialog!);
    }
}
