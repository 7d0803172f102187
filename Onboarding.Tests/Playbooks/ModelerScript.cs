using Microsoft.Playwright;

namespace Onboarding.Tests.Playbooks;

/// <summary>What browser tests do to the open bpmn-js modeler through its API (the designer's test hook).</summary>
internal static class ModelerScript
{
    public const string Canvas = "[data-testid=bpmn-canvas][data-modeler=true]";

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

    public static async Task<string> XmlAsync(IPage page) =>
        await page.EvaluateAsync<string>("async () => (await window.onboardingBpmn.lastModeler.saveXML()).xml");
}
