using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Questionnaires;

namespace Onboarding.Workflows.Questionnaires.Answering;

public sealed partial class QuestionnaireAnswering
{
    public const long MaxFileBytes = 25L * 1024 * 1024;
    public const long MaxQuestionnaireBytes = 200L * 1024 * 1024;

    /// <summary>The refusal of a file over <see cref="MaxFileBytes"/>; the client's page says it before sending a byte.</summary>
    public static string FileTooLarge(string name, long size) => $"\"{name}\" is {FileSizes.Describe(size)}: files can be up to 25 MB each.";

    /// <summary>
    /// Stores one file for a file question: refused at once by its declared size, then typed by its content (never its
    /// name; programs are refused), then copied to the upload store with the size limits enforced on the bytes.
    /// </summary>
    public async Task<ClientFileView> AddFileAsync(string? token, string questionKey, string fileName, long declaredSize, Stream content, CancellationToken ct = default)
    {
        var link = await LinkAsync(token, ct);
        var name = CleanFileName(fileName);
        if (declaredSize > MaxFileBytes) throw new DomainException(FileTooLarge(name, declaredSize));
        long used;
        Guid questionnaireId, onboardingId;
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            var (questionnaire, definition) = await OpenForChangeAsync(db, link, ct);
            var question = definition.Find(questionKey) ?? throw new DomainException("This question is no longer part of the questionnaire.");
            if (question.Type != QuestionType.FileUpload) throw new DomainException("This question does not take files.");
            used = await db.QuestionnaireFiles.Where(f => f.QuestionnaireId == questionnaire.Id).SumAsync(f => (long?)f.SizeBytes, ct) ?? 0;
            (questionnaireId, onboardingId) = (questionnaire.Id, questionnaire.OnboardingId);
        }
        var left = MaxQuestionnaireBytes - used;
        if (declaredSize > left) throw new DomainException(TotalRefusal(name, left));

        var head = new byte[UploadTypes.HeaderLength];
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        var detected = UploadTypes.Detect(head.AsSpan(0, read), name);
        if (detected.Refusal is not null) throw new DomainException($"\"{name}\": {detected.Refusal}");

        StoredUpload stored;
        try
        {
            stored = await uploads.SaveAsync(new PrefixedStream(head.AsMemory(0, read), content), Math.Min(MaxFileBytes, left), ct);
        }
        catch (UploadTooLargeException tooLarge)
        {
            throw new DomainException(tooLarge.MaxBytes < MaxFileBytes ? TotalRefusal(name, left) : $"\"{name}\" is larger than 25 MB: files can be up to 25 MB each.");
        }
        try
        {
            var contentType = detected.ContentType;
            if (detected.NeedsZipCheck)
            {
                await using var saved = uploads.OpenRead(stored.StorageName);
                var zip = UploadTypes.DetectZip(saved);
                if (zip.Refusal is not null) throw new DomainException($"\"{name}\": {zip.Refusal}");
                contentType = zip.ContentType;
            }
            var file = new QuestionnaireFile
            {
                Id = Guid.NewGuid(), QuestionnaireId = questionnaireId, OnboardingId = onboardingId, QuestionKey = questionKey,
                FileName = name, ContentType = contentType!, SizeBytes = stored.SizeBytes, Sha256 = stored.Sha256,
                StorageName = stored.StorageName, UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            await using var db = await databases.CreateDbContextAsync(ct);
            var (questionnaire, _) = await OpenForChangeAsync(db, link, ct);
            questionnaire.LastClientActivityAtUtc = file.UploadedAtUtc;
            db.QuestionnaireFiles.Add(file);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new QuestionnaireAlreadySubmittedException();
            }
            return new ClientFileView(file.Id, file.FileName, file.SizeBytes, file.ContentType);
        }
        catch
        {
            await uploads.DeleteAsync(stored.StorageName, CancellationToken.None);
            throw;
        }
    }

    public async Task RemoveFileAsync(string? token, Guid fileId, CancellationToken ct = default)
    {
        var link = await LinkAsync(token, ct);
        string storageName;
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            var (questionnaire, _) = await OpenForChangeAsync(db, link, ct);
            var file = await db.QuestionnaireFiles.SingleOrDefaultAsync(f => f.Id == fileId && f.QuestionnaireId == questionnaire.Id, ct)
                ?? throw new DomainException("This file was already removed.");
            db.QuestionnaireFiles.Remove(file);
            questionnaire.LastClientActivityAtUtc = clock.GetUtcNow().UtcDateTime;
            storageName = file.StorageName;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new QuestionnaireAlreadySubmittedException();
            }
        }
        await uploads.DeleteAsync(storageName, ct);
    }

    private static string TotalRefusal(string name, long left) =>
        $"\"{name}\" does not fit: a questionnaire can hold up to 200 MB of files and {FileSizes.Describe(Math.Max(0, left))} is left. Remove a file first or send a smaller one.";

    /// <summary>The name as shown: no folders, no control characters, at most 255 characters.</summary>
    internal static string CleanFileName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0) name = "file";
        return name.Length <= 255 ? name : name[..200] + Path.GetExtension(name)[..Math.Min(Path.GetExtension(name).Length, 55)];
    }
}
