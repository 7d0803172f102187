using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Playwright;
using Onboarding.Web.Documents;

namespace Onboarding.Benchmarks;

/// <summary>
/// A three-page SOW (<see cref="SampleSow"/>) as a PDF: our layer (layout, shaping, SkiaSharp's PDF backend) against
/// the same content as HTML (<see cref="DocumentHtml"/>) printed by headless Chromium, browser and page launched once,
/// each operation a <c>SetContentAsync</c> and a <c>PdfAsync</c>. Target: ours at least ten times faster. Both PDFs
/// are written to the temp folder once (see the setup's output) to be rendered with pdftoppm and looked at.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PdfBenchmarkConfig))]
public partial class PdfBenchmarks
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly DocumentRenderer renderer = new();
    private DocumentSpec spec = default!;
    private string html = "";
    private PagePdfOptions options = default!;
    private IPlaywright playwright = default!;
    private IBrowser browser = default!;
    private IPage page = default!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        spec = SampleSow.Spec(FindLogo());
        html = DocumentHtml.Write(spec);
        options = new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = DocumentHtml.Header(spec),
            FooterTemplate = DocumentHtml.Footer(spec),
            Margin = new Margin { Top = "23mm", Bottom = "20mm", Left = "20mm", Right = "20mm" },
        };
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        page = await browser.NewPageAsync();

        var ours = OurLayer();
        var chromium = await Chromium();
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "onboarding-pdf-bench")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, "sow-skia.pdf"), ours);
        await File.WriteAllBytesAsync(Path.Combine(folder, "sow-chromium.pdf"), chromium);
        Console.WriteLine($"// SOW: ours {Pages(ours)} pages, {ours.Length / 1024.0:F0} KB; Chromium {Pages(chromium)} pages, {chromium.Length / 1024.0:F0} KB; written to {folder}");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task<byte[]> Chromium()
    {
        await page.SetContentAsync(html);
        return await page.PdfAsync(options);
    }

    [Benchmark]
    public byte[] OurLayer() => renderer.Pdf(spec);

    private static int Pages(byte[] pdf) => PageObject().Count(System.Text.Encoding.Latin1.GetString(pdf));

    /// <summary>The demo firm's logo: next to the benchmarks when copied there, else in the source tree.</summary>
    private static byte[]? FindLogo()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(folder.FullName, "Branding", "firm-logo.png"), Path.Combine(folder.FullName, "Onboarding.Web", "Branding", "firm-logo.png") })
            {
                if (File.Exists(candidate)) return File.ReadAllBytes(candidate);
            }
        }
        return null;
    }

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();
}

/// <summary>The generated benchmark project builds the web app: on a busy machine that takes longer than the default two minutes.</summary>
public sealed class PdfBenchmarkConfig : ManualConfig
{
    public PdfBenchmarkConfig() => WithBuildTimeout(TimeSpan.FromMinutes(10));
}
