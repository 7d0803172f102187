using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Questionnaires;
using Onboarding.Web.ClientPortal;
using Onboarding.Workflows.Questionnaires;
using Onboarding.Workflows.Questionnaires.Answering;
using static Onboarding.Workflows.Questionnaires.DefaultQuestionnaireTemplate;

namespace Onboarding.Tests.Questionnaires.Answering;

/// <summary>Uploads are typed by their content, never their name, kept within 25 MB a file and 200 MB a questionnaire, outside wwwroot.</summary>
public sealed class UploadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const long MB = 1024 * 1024;

    private static Task<ClientFileView> AddAsync(AnsweringWorld world, string name, byte[] bytes, string key = Keys.BrandGuidelines) =>
        world.Answering.AddFileAsync(world.Token, key, name, bytes.Length, new MemoryStream(bytes), Ct);

    [Fact]
    public async Task A_pdf_named_txt_is_kept_as_a_pdf_in_the_store()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        var file = await AddAsync(world, "notes.txt", Files.Pdf);

        file.ContentType.ShouldBe("application/pdf");
        var row = await world.QueryAsync(db => db.QuestionnaireFiles.SingleAsync(Ct));
        row.ContentType.ShouldBe("application/pdf");
        row.SizeBytes.ShouldBe(Files.Pdf.Length);
        row.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Files.Pdf)));
        row.StorageName.ShouldMatch(@"^2026/11/[0-9a-f]{32}$");
        File.ReadAllBytes(Path.Combine(world.UploadRoot, row.StorageName)).ShouldBe(Files.Pdf);
        (await world.Answering.OpenAsync(world.Token, Ct)).View!.FilesOf(Keys.BrandGuidelines).Single().FileName.ShouldBe("notes.txt");
    }

    [Theory]
    [InlineData("photo.jpg", new byte[] { 0x4D, 0x5A, 0x90, 0x00 })]         // Windows executable
    [InlineData("brand.pdf", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02 })]   // Linux ELF
    [InlineData("logo.png", new byte[] { 0xCF, 0xFA, 0xED, 0xFE })]          // macOS Mach-O
    [InlineData("readme.txt", new byte[] { 0x23, 0x21, 0x2F, 0x62, 0x69, 0x6E, 0x2F, 0x73, 0x68, 0x0A })] // #!/bin/sh
    [InlineData("setup.msi", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 })]               // an installer is an OLE file too
    [InlineData("run.bat", new byte[] { 0x40, 0x65, 0x63, 0x68, 0x6F, 0x20, 0x6F, 0x66, 0x66, 0x0D, 0x0A })] // "@echo off": a text script
    public async Task A_renamed_executable_is_refused_and_nothing_is_kept(string name, byte[] header)
    {
        await using var world = await AnsweringWorld.CreateAsync();
        var refused = await Should.ThrowAsync<DomainException>(() => AddAsync(world, name, Files.WithHeader(header)));
        refused.Message.ShouldContain("program");
        (await world.QueryAsync(db => db.QuestionnaireFiles.CountAsync(Ct))).ShouldBe(0);
        StoredFiles(world).ShouldBeEmpty();
    }

    [Fact]
    public async Task Office_documents_are_recognised_inside_their_zip_and_other_zips_are_refused()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        (await AddAsync(world, "guidelines.bin", Zip("[Content_Types].xml", "word/document.xml"))).ContentType
            .ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        (await AddAsync(world, "sheet.docx", Zip("[Content_Types].xml", "xl/workbook.xml"))).ContentType
            .ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await Should.ThrowAsync<DomainException>(() => AddAsync(world, "brand.docx", Zip("setup.exe")))).Message.ShouldContain("Zip");
        (await world.QueryAsync(db => db.QuestionnaireFiles.CountAsync(Ct))).ShouldBe(2);
        StoredFiles(world).Count.ShouldBe(2, "the refused zip was removed from the store");
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "image/gif")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "application/msword")]
    public void Images_and_legacy_office_are_told_by_their_first_bytes(byte[] header, string type) =>
        UploadTypes.Detect(Files.WithHeader(header), "whatever.bin").ContentType.ShouldBe(type);

    [Theory]
    [InlineData("brand.pdf", "application/pdf", "brand.pdf")]
    [InlineData("photo.JPEG", "image/jpeg", "photo.JPEG")]
    [InlineData("notes.bat", "text/plain", "notes.txt")]
    [InlineData("budget.msi", "application/msword", "budget.doc")]
    [InlineData("logo", "image/png", "logo.png")]
    [InlineData("mystery.dat", "application/x-unknown", "mystery.bin")]
    public void Downloads_carry_the_extension_of_their_content(string name, string type, string expected) =>
        UploadTypes.DownloadName(name, type).ShouldBe(expected);

    [Fact]
    public void Svg_and_text_are_recognised_and_web_pages_are_not()
    {
        UploadTypes.Detect("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"u8, "logo").ContentType.ShouldBe("image/svg+xml");
        UploadTypes.Detect("  <svg viewBox=\"0 0 1 1\"></svg>"u8, "logo.png").ContentType.ShouldBe("image/svg+xml");
        UploadTypes.Detect("name,email\nMarta,marta@x.example\n"u8, "people.csv").ContentType.ShouldBe("text/csv");
        UploadTypes.Detect("Plain notes"u8, "notes").ContentType.ShouldBe("text/plain");
        UploadTypes.Detect("<html><script>alert(1)</script></html>"u8, "notes.txt").IsAccepted.ShouldBeFalse();
        UploadTypes.Detect(new byte[] { 0x00, 0x01, 0x02, 0x03 }, "data.txt").IsAccepted.ShouldBeFalse();
    }

    [Fact]
    public async Task A_file_one_byte_over_25_MB_is_refused_by_its_declared_size_and_by_its_bytes()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        var declared = await Should.ThrowAsync<DomainException>(() =>
            world.Answering.AddFileAsync(world.Token, Keys.BrandGuidelines, "big.pdf", 25 * MB + 1, new PdfStream(25 * MB + 1), Ct));
        declared.Message.ShouldContain("25 MB");

        // A client that understates the size is still stopped at 25 MB while copying.
        var lying = await Should.ThrowAsync<DomainException>(() =>
            world.Answering.AddFileAsync(world.Token, Keys.BrandGuidelines, "big.pdf", 1000, new PdfStream(25 * MB + 1), Ct));
        lying.Message.ShouldContain("25 MB");
        StoredFiles(world).ShouldBeEmpty();
        Directory.GetFiles(world.UploadRoot).ShouldBeEmpty("the partial temp file is deleted");

        (await world.Answering.AddFileAsync(world.Token, Keys.BrandGuidelines, "exact.pdf", 25 * MB, new PdfStream(25 * MB), Ct)).SizeBytes.ShouldBe(25 * MB);
    }

    [Fact]
    public async Task The_questionnaire_holds_at_most_200_MB_of_files()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        // 190 MB already stored (rows only: the limit is counted from the stored sizes).
        await using (var db = await world.World.Database.Factory.CreateDbContextAsync(Ct))
        {
            for (var i = 0; i < 19; i++)
            {
                db.QuestionnaireFiles.Add(new QuestionnaireFile
                {
                    Id = Guid.NewGuid(), QuestionnaireId = world.QuestionnaireId, OnboardingId = world.OnboardingId, QuestionKey = Keys.LogosAndPhotos,
                    FileName = $"photo{i}.jpg", ContentType = "image/jpeg", SizeBytes = 10 * MB, Sha256 = "x", StorageName = $"2026/11/none{i}",
                    UploadedAtUtc = DateTime.UtcNow,
                });
            }
            await db.SaveChangesAsync(Ct);
        }
        var refused = await Should.ThrowAsync<DomainException>(() =>
            world.Answering.AddFileAsync(world.Token, Keys.BrandGuidelines, "brand.pdf", 11 * MB, new PdfStream(11 * MB), Ct));
        refused.Message.ShouldContain("200 MB");
        var understated = await Should.ThrowAsync<DomainException>(() =>
            world.Answering.AddFileAsync(world.Token, Keys.BrandGuidelines, "brand.pdf", 100, new PdfStream(11 * MB), Ct));
        understated.Message.ShouldContain("200 MB");
        (await world.Answering.AddFileAsync(world.Token, Keys.BrandGuidelines, "brand.pdf", 9 * MB, new PdfStream(9 * MB), Ct)).SizeBytes.ShouldBe(9 * MB);
    }

    [Fact]
    public async Task Files_only_go_to_file_questions_and_can_be_removed()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        await Should.ThrowAsync<DomainException>(() => AddAsync(world, "brand.pdf", Files.Pdf, key: Keys.Goals));
        var file = await AddAsync(world, "brand.pdf", Files.Pdf);
        StoredFiles(world).Count.ShouldBe(1);

        await world.Answering.RemoveFileAsync(world.Token, file.Id, Ct);
        (await world.QueryAsync(db => db.QuestionnaireFiles.CountAsync(Ct))).ShouldBe(0);
        StoredFiles(world).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_store_refuses_a_root_inside_wwwroot_and_names_stay_inside_its_root()
    {
        var web = Path.Combine(Path.GetTempPath(), $"web-{Guid.NewGuid():N}");
        try
        {
            Should.Throw<InvalidOperationException>(() => new FileSystemUploadStore(Path.Combine(web, "uploads"), TimeProvider.System, webRoot: web));
            var store = new FileSystemUploadStore(Path.Combine(web, "..", $"data-{Guid.NewGuid():N}"), TimeProvider.System, webRoot: web);
            Should.Throw<ArgumentException>(() => store.PathOf("../../etc/passwd"));
            await Should.ThrowAsync<UploadTooLargeException>(() => store.SaveAsync(new PdfStream(1000), 999, Ct));
            Directory.GetFiles(store.Root, "*", SearchOption.AllDirectories).ShouldBeEmpty("a refused upload leaves no partial file");
            Directory.Delete(store.Root, true);
        }
        finally
        {
            if (Directory.Exists(web)) Directory.Delete(web, true);
        }
    }

    private static List<string> StoredFiles(AnsweringWorld world) =>
        Directory.Exists(world.UploadRoot) ? [.. Directory.GetFiles(world.UploadRoot, "*", SearchOption.AllDirectories)] : [];

    private static byte[] Zip(params string[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }
        return memory.ToArray();
    }
}

/// <summary>A PDF header followed by <c>length</c> bytes in total, produced as read (never held in memory at once).</summary>
internal sealed class PdfStream(long length) : Stream
{
    private long position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;
    public override long Position { get => position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - position);
        for (var i = 0; i < n; i++) buffer[offset + i] = position + i < Files.Pdf.Length ? Files.Pdf[position + i] : (byte)' ';
        position += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
