using System.Diagnostics;
using Microsoft.Playwright;

namespace Onboarding.Benchmarks;

/// <summary>
/// Times the designer in headless Chromium against a running app (not a BenchmarkDotNet job: a browser is measured
/// from outside). Opens a fresh draft of the default playbook several times, then loads a 300-node playbook into the
/// modeler and times a change, the server's validation round trip and a selection.
/// Run: dotnet run -c Release --project bench/Onboarding.Benchmarks -- designer-timing http://127.0.0.1:5090
/// </summary>
public static class DesignerTiming
{
    private const string Canvas = "[data-testid=bpmn-canvas][data-modeler=true]";
    private const int Opens = 5;

    public static async Task RunAsync(string baseUrl)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new() { BaseURL = baseUrl, ViewportSize = new() { Width = 1400, Height = 900 } });
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#email", "ops@demo.local");
        await page.FillAsync("#password", "Demo!Pass2026");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));

        // A fresh playbook from the default, so the draft is the shipped 7-stage playbook.
        await page.GotoAsync("/playbooks");
        await page.GetByTestId("new-playbook").ClickAsync();
        await page.GetByLabel("Key", new() { Exact = true }).FillAsync($"timing-{DateTime.UtcNow:MMddHHmmss}");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Timing");
        await page.GetByTestId("new-playbook-create").ClickAsync();
        await page.Locator($"{Canvas} .djs-palette").WaitForAsync();
        var draft = new Uri(page.Url).AbsolutePath;

        var opens = new List<double>();
        for (var i = 0; i < Opens; i++)
        {
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(draft);
            await page.Locator($"{Canvas} [data-element-id=Task_SendContract]").WaitForAsync();
            await page.GetByTestId("findings-none").WaitForAsync();
            opens.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"Open the default playbook's draft (navigation to drawn and checked), {Opens} runs: " +
                          $"median {Median(opens):F0} ms, min {opens.Min():F0} ms, max {opens.Max():F0} ms");

        var xml = LargePlaybook.Xml(300);
        var import = await page.EvaluateAsync<double>("""
            async xml => {
              const modeler = window.onboardingBpmn.lastModeler;
              const start = performance.now();
              await modeler.importXML(xml);
              return performance.now() - start;
            }
            """, xml);
        Console.WriteLine($"300 nodes (599 elements): import and draw in the modeler {import:F0} ms");

        var rename = await page.EvaluateAsync<double>("""
            () => {
              const modeler = window.onboardingBpmn.lastModeler;
              const start = performance.now();
              modeler.get('modeling').updateLabel(modeler.get('elementRegistry').get('Task_150'), 'Step 150 renamed');
              return performance.now() - start;
            }
            """);
        var move = await page.EvaluateAsync<double>("""
            () => {
              const modeler = window.onboardingBpmn.lastModeler;
              const start = performance.now();
              modeler.get('modeling').moveElements([modeler.get('elementRegistry').get('Task_151')], { x: 0, y: 30 });
              return performance.now() - start;
            }
            """);
        Console.WriteLine($"300 nodes: rename a task {rename:F1} ms, move a task {move:F1} ms (in the browser, undoable commands)");

        // The server's round trip: debounce (600 ms), XML streamed to .NET, read and validated, findings rendered.
        var clockRoundTrip = Stopwatch.StartNew();
        await page.EvaluateAsync("""
            () => {
              const modeler = window.onboardingBpmn.lastModeler;
              modeler.get('modeling').updateProperties(modeler.get('elementRegistry').get('Task_152'), { 'onboarding:role': undefined });
            }
            """);
        await page.Locator("[data-element=Task_152]").First.WaitForAsync();
        Console.WriteLine($"300 nodes: a change to its finding on the page {clockRoundTrip.Elapsed.TotalMilliseconds:F0} ms (600 ms of it is the debounce)");

        var clockSelect = Stopwatch.StartNew();
        await page.EvaluateAsync("""
            () => {
              const modeler = window.onboardingBpmn.lastModeler;
              modeler.get('selection').select(modeler.get('elementRegistry').get('Task_200'));
            }
            """);
        await page.Locator("[data-testid=properties-element]", new() { HasText = "Task_200" }).WaitForAsync();
        Console.WriteLine($"300 nodes: select a task to its properties in the panel {clockSelect.Elapsed.TotalMilliseconds:F0} ms");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
