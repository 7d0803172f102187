using Microsoft.Extensions.Logging;
using Onboarding.Web.Documents;
using SkiaSharp;

namespace Onboarding.Tests.Documents;

/// <summary>The page header and footer: the firm's logo (or its name when the logo is missing or broken), page numbers.</summary>
public sealed class DocumentChromeTests
{
    [Fact]
    public void Pdf_Signatures_PrintTheNameOnTheLine_AndTheCaptionAndTheWholeDateBelow()
    {
        using var pdf = PdfReadBack.Render(SampleDocuments.Branded(d => d.Signatures(
            new SignatureLine("For Kestrel Legal LLP", "Dana Kim", "Wednesday 30 December 2026, 15:42"),
            new SignatureLine("For Northwind Digital", "Alexandra Morgan-Whitfield", "Thursday 31 December 2026, 09:05"))));

        pdf.BodyLines.ShouldBe([
            "Dana KimAlexandra Morgan-Whitfield",
            "For Kestrel Legal LLPFor Northwind Digital",
            "Wednesday 30 December 2026, 15:42Thursday 31 December 2026, 09:05",
        ]);
    }

    [Fact]
    public void Pdf_Logo_IsAnImageOnEveryPage()
    {
        using var pdf = PdfReadBack.Render(SampleDocuments.Branded(d => d.Table(SampleDocuments.Deliverables(90))));

        pdf.Pages.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var page in pdf.Pages)
        {
            var image = page.Page.GetImages().ShouldHaveSingleItem();
            // 20 pt high, square like the mark, at the top left inside the margin.
            image.BoundingBox.Height.ShouldBe(20, 0.5);
            image.BoundingBox.Width.ShouldBe(20, 0.5);
            image.BoundingBox.Left.ShouldBe(PageSetup.A4.Margin, 0.5);
            image.BoundingBox.Top.ShouldBeGreaterThan(page.Page.Height - PageSetup.A4.Margin);
        }
    }

    [Fact]
    public void ReadLogo_MissingFile_WarnsAndPdfPrintsTheFirmName()
    {
        var logger = new CapturingLogger();

        var logo = DocumentSetup.ReadLogo("Branding/no-such-logo.png", AppContext.BaseDirectory, logger);

        logo.ShouldBeNull();
        logger.Warnings.ShouldHaveSingleItem().ShouldContain("no-such-logo.png");
        using var pdf = PdfReadBack.Render(Document.Create("SOW", d => d.Header(new FirmBranding("Kestrel & Wren Digital", logo), "SOW v1").Paragraph("Body")));
        pdf.Pages[0].Page.GetImages().ShouldBeEmpty();
        pdf.Pages[0].Header.ShouldBe("Kestrel & Wren DigitalSOW v1");
    }

    [Fact]
    public void Pdf_CorruptLogo_PrintsTheFirmNameAndWarns()
    {
        var logger = new CapturingLogger<DocumentRenderer>();
        var renderer = new DocumentRenderer(logger);
        var spec = Document.Create("SOW", d => d.Header(new FirmBranding(SampleDocuments.Firm, [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]), "SOW v1").Paragraph("Body"));

        using var pdf = new PdfReadBack(renderer.Pdf(spec));

        pdf.Pages[0].Page.GetImages().ShouldBeEmpty();
        pdf.Pages[0].Header.ShouldBe($"{SampleDocuments.Firm}SOW v1");
        logger.Warnings.ShouldNotBeEmpty();
    }

    [Fact]
    public void ReadLogo_ConfiguredDefault_IsTheShippedPng()
    {
        var settings = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));
        var path = settings.RootElement.GetProperty("Documents").GetProperty("Logo").GetString();
        var logger = new CapturingLogger();

        var logo = DocumentSetup.ReadLogo(path, AppContext.BaseDirectory, logger);

        logo.ShouldNotBeNull();
        logger.Warnings.ShouldBeEmpty();
        using var bitmap = SKBitmap.Decode(logo);
        bitmap.Width.ShouldBe(bitmap.Height);
    }

    [Fact]
    public void Pdf_NotAnImageLogoFile_WarnsAtStartInsteadOfFailing()
    {
        var folder = Directory.CreateTempSubdirectory("onboarding-logo-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "logo.png"), "not an image");
            var logger = new CapturingLogger();

            DocumentSetup.ReadLogo("logo.png", folder.FullName, logger).ShouldBeNull();

            logger.Warnings.ShouldHaveSingleItem().ShouldContain("not a PNG or JPEG");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Pdf_WideLogo_KeepsItsAspectWithinTheMaximumWidth()
    {
        using var surface = SKSurface.Create(new SKImageInfo(1200, 100));
        surface.Canvas.Clear(SKColors.Teal);
        using var png = surface.Snapshot().Encode(SKEncodedImageFormat.Png, 100);
        var spec = Document.Create("SOW", d => d.Header(png.ToArray(), SampleDocuments.Firm, null).Paragraph("Body"));

        using var pdf = PdfReadBack.Render(spec);

        var image = pdf.Pages[0].Page.GetImages().ShouldHaveSingleItem();
        image.BoundingBox.Width.ShouldBe(150, 0.5);
        image.BoundingBox.Height.ShouldBe(12.5, 0.5);
    }
}

/// <summary>Collects warnings logged by the code under test.</summary>
public class CapturingLogger : ILogger
{
    public List<string> Warnings { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel == LogLevel.Warning) lock (Warnings) Warnings.Add(formatter(state, exception));
    }
}

public sealed class CapturingLogger<T> : CapturingLogger, ILogger<T>;
