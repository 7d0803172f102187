using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.Browser;

[Collection(nameof(BrowserCollection))]
public sealed class SignInBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task SignIn_AccountManagerThroughForm_SeesHomePage()
    {
        var page = await app.NewPageAsync();

        await StaffSignIn.AsAsync(page, "am@demo.local");

        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(app.BaseAddress.ToString().TrimEnd('/')) + "/?$"));
        await Expect(page.GetByText("Active clients")).ToBeVisibleAsync();
    }
}
