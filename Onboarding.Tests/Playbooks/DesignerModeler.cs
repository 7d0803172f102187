using Microsoft.Playwright;

namespace Onboarding.Tests.Playbooks;

/// <summary>Drives the designer's bpmn-js modeler in the page (<c>window.onboardingBpmn.lastModeler</c>) for browser tests.</summary>
internal static class DesignerModeler
{
    public static Task SelectAsync(IPage page, string id) => page.EvaluateAsync("""
        id => {
          const modeler = window.onboardingBpmn.lastModeler;
          modeler.get('selection').select(modeler.get('elementRegistry').get(id));
        }
        """, id);

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
