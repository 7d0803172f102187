using Microsoft.Playwright;
using Onboarding.Domain.People;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.Browser;

/// <summary>Signs in through the real sign-in form, as a person would.</summary>
internal static class StaffSignIn
{
    public static async Task AsAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Good to see you");
        await BrowserApp.WaitUntilInteractiveAsync(page);
    }
}
