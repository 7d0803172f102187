using Microsoft.Playwright;
using Onboarding.Tests.Support;

namespace Onboarding.Tests.Browser;

/// <summary>
/// One app on Kestrel (fresh database) and one headless system Chromium per test class; each test gets its own
/// browser context, so cookies never leak between tests. No browser download: Debian's chromium is used.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private OnboardingAppFactory? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = default!;

    public static bool ChromiumInstalled => File.Exists(ChromiumPath);

    /// <summary>The app's services, for what a test does outside the browser (e.g. start an onboarding before its screen exists).</summary>
    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("The app runs only when Chromium is installed.");

    public async ValueTask InitializeAsync()
    {
        if (!ChromiumInstalled) return;
        app = new OnboardingAppFactory();
        BaseAddress = app.StartOnKestrel();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh, signed-out page on the app; skips the test when Chromium is not installed.</summary>
    public async Task<IPage> NewPageAsync()
    {
        if (browser is null) Assert.Skip($"Chromium not installed: {ChromiumPath} is missing (apt-get install chromium).");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString().TrimEnd('/') });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Loads a page and waits until its Blazor circuit has replaced the prerendered HTML, so input is not lost.</summary>
    public async Task GotoInteractiveAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitUntilInteractiveAsync(page);
    }

    /// <summary>The layout marks its content <c>data-interactive</c> only when rendered by the circuit, never when prerendered.</summary>
    public static Task WaitUntilInteractiveAsync(IPage page) =>
        Assertions.Expect(page.Locator("[data-interactive]")).ToBeAttachedAsync();

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        if (app is not null) await app.DisposeAsync();
    }
}
