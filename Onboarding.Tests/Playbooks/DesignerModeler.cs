using Microsoft.Playwright;
using Onboarding.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.Playbooks;

/// <summary>Drives the designer's bpmn-js modeler in the page (<c>window.onboardingBpmn.lastModeler</c>) for browser tests.</summary>
internal static class DesignerModeler
{
    public const string Canvas = "[data-testid=bpmn-canvas][data-modeler=true]";

    /// <summary>Signs in as the ops lead, creates a playbook from the default and waits for its version 1 draft in the modeler.</summary>
    public static async Task<IPage> OpsLeadOnNewDraftAsync(BrowserApp app, string key, string name)
    {
        var page = await app.NewPageAsync();
        await StaffSignIn.AsAsync(page, "ops@demo.local");
        await app.GotoInteractiveAsync(page, "/playbooks");
        await page.GetByTestId("new-playbook").ClickAsync();
        await MudField.FillAsync(page, "Key", key);
        await MudField.FillAsync(page, "Name", name);
        await page.GetByTestId("new-playbook-create").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync($"{name} v1");
        await Expect(page.Locator($"{Canvas} .djs-palette")).ToBeVisibleAsync();
        return page;
    }

    public static Task SelectAsync(IPage page, string id) => page.EvaluateAsync("""
        id => {
          const modeler = window.onboardingBpmn.lastModeler;
          modeler.get('selection').select(modeler.get('elementRegistry').get(id));
        }
        """, id);

    public static Task RenameAsync(IPage page, string id, string name) => page.EvaluateAsync("""
        ([id, name]) => {
          const modeler = window.onboardingBpmn.lastModeler;
          modeler.get('modeling').updateLabel(modeler.get('elementRegistry').get(id), name);
        }
        """, new[] { id, name });

    public static async Task<string> ModelerXmlAsync(IPage page) =>
        await page.EvaluateAsync<string>("async () => (await window.onboardingBpmn.lastModeler.saveXML()).xml");

    /// <summary>Waits until the modeler's XML contains the text: the panel's changes reach the modeler through the server.</summary>
    public static async Task ModelerXmlContainsAsync(IPage page, string text)
    {
        var xml = "";
        for (var i = 0; i < 50; i++)
        {
            xml = await ModelerXmlAsync(page);
            if (xml.Contains(text, StringComparison.Ordinal)) return;
            await Task.Delay(100);
        }
        xml.ShouldContain(text);
    }
}
