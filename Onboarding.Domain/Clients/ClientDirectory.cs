using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;

namespace Onboarding.Domain.Clients;

/// <summary>Reads and changes the firm's clients; every change writes an audit line in the same transaction.</summary>
public sealed class ClientDirectory(IDbContextFactory<OnboardingDbContext> dbFactory, TimeProvider clock)
{
    public async Task<ClientListPage> ListAsync(ClientListQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var clients = db.Clients.AsNoTracking()
            .Where(c => query.Archived ? c.ArchivedAtUtc != null : c.ArchivedAtUtc == null);

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = "%" + EscapeLike(query.Search.Trim()) + "%";
            clients = clients.Where(c =>
                EF.Functions.Like(c.CompanyName, pattern, "\\")
                || EF.Functions.Like(c.Website!, pattern, "\\")
                || EF.Functions.Like(c.Industry!, pattern, "\\")
                || c.Contacts.Any(p => EF.Functions.Like(p.Name, pattern, "\\") || EF.Functions.Like(p.Email, pattern, "\\")));
        }

        var total = await clients.CountAsync(ct);
        var items = await Sort(clients, query.Sort, query.Descending)
            .Skip(Math.Max(0, query.Page) * query.PageSize)
            .Take(Math.Clamp(query.PageSize, 1, 200))
            .Select(c => new ClientListItem(
                c.Id, c.CompanyName, c.Industry, c.Website, c.Currency,
                c.Contacts.Count,
                c.Contacts.OrderBy(p => p.Position).Select(p => p.Name).FirstOrDefault(),
                c.CreatedAtUtc, c.UpdatedAtUtc, c.ArchivedAtUtc != null))
            .ToListAsync(ct);
        return new ClientListPage(items, total);
    }

    public async Task<ClientFigures> FiguresAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-30);
        var active = db.Clients.Where(c => c.ArchivedAtUtc == null);
        return new ClientFigures(
            await active.CountAsync(ct),
            await db.Clients.CountAsync(c => c.ArchivedAtUtc != null, ct),
            await active.CountAsync(c => c.CreatedAtUtc >= since, ct),
            await active.CountAsync(c => c.Contacts.Count < 2, ct));
    }

    public async Task<Client?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Clients.AsNoTracking()
            .Include(c => c.Contacts.OrderBy(p => p.Position))
            .SingleOrDefaultAsync(c => c.Id == id, ct);
    }

    public async Task<int> CreateAsync(ClientDraft draft, string actor, CancellationToken ct = default)
    {
        Validate(draft);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await EnsureNameIsFreeAsync(db, draft.CompanyName, exceptId: null, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var client = new Client { CreatedAtUtc = now, CreatedBy = actor, Currency = "", TimeZone = "" };
        var changes = ClientChanges.Apply(client, draft, now);
        client.Version = Guid.NewGuid();
        db.Clients.Add(client);
        await db.SaveChangesAsync(ct);

        db.AuditEntries.Add(Entry(client.Id, actor, now, "Created", changes.ToString()));
        await db.SaveChangesAsync(ct);
        return client.Id;
    }

    /// <summary>Saves an edit made on <paramref name="version"/>; fails if someone saved in between.</summary>
    public async Task<Guid> UpdateAsync(int id, Guid version, ClientDraft draft, string actor, CancellationToken ct = default)
    {
        Validate(draft);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var client = await LoadAsync(db, id, ct);
        if (client.Version != version) throw new ConcurrencyConflictException(client.CompanyName);
        if (client.IsArchived) throw new DomainException($"{client.CompanyName} is archived. Restore it before editing.");
        await EnsureNameIsFreeAsync(db, draft.CompanyName, exceptId: id, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var changes = ClientChanges.Apply(client, draft, now);
        if (changes.IsEmpty) return client.Version;

        client.Version = Guid.NewGuid();
        db.AuditEntries.Add(Entry(id, actor, now, "Edited", changes.ToString()));
        await SaveAsync(db, client.CompanyName, ct);
        return client.Version;
    }

    public Task ArchiveAsync(int id, string actor, CancellationToken ct = default) =>
        SetArchivedAsync(id, archive: true, actor, ct);

    public Task RestoreAsync(int id, string actor, CancellationToken ct = default) =>
        SetArchivedAsync(id, archive: false, actor, ct);

    private async Task SetArchivedAsync(int id, bool archive, string actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var client = await LoadAsync(db, id, ct);
        if (client.IsArchived == archive) return;
        var now = clock.GetUtcNow().UtcDateTime;
        client.ArchivedAtUtc = archive ? now : null;
        client.ArchivedBy = archive ? actor : null;
        client.UpdatedAtUtc = now;
        client.Version = Guid.NewGuid();
        db.AuditEntries.Add(Entry(id, actor, now, archive ? "Archived" : "Restored", ""));
        await SaveAsync(db, client.CompanyName, ct);
    }

    private static void Validate(ClientDraft draft)
    {
        var errors = DraftValidation.Validate(draft);
        for (var i = 0; i < draft.Contacts.Count; i++)
        {
            errors.AddRange(DraftValidation.Validate(draft.Contacts[i], $"Contacts[{i}]."));
        }
        var duplicate = draft.Contacts
            .GroupBy(c => c.Email.Trim(), StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Key.Length > 0 && g.Count() > 1);
        if (duplicate is not null)
        {
            errors.Add(new($"Two contacts share the e-mail {duplicate.Key}; each contact needs their own.", ["Contacts"]));
        }
        DraftValidation.ThrowIfInvalid(errors);
    }

    private static async Task EnsureNameIsFreeAsync(OnboardingDbContext db, string name, int? exceptId, CancellationToken ct)
    {
        var lowered = name.Trim().ToLower(System.Globalization.CultureInfo.InvariantCulture);
        var existing = await db.Clients.AsNoTracking()
            .Where(c => c.CompanyName.ToLower() == lowered && c.Id != exceptId)
            .Select(c => new { c.CompanyName, c.ArchivedAtUtc })
            .FirstOrDefaultAsync(ct);
        if (existing is null) return;
        var where = existing.ArchivedAtUtc is null ? "" : " (archived: restore it instead)";
        throw new ValidationFailedException(
            [new($"A client named {existing.CompanyName} already exists{where}.", [nameof(ClientDraft.CompanyName)])]);
    }

    private static async Task<Client> LoadAsync(OnboardingDbContext db, int id, CancellationToken ct) =>
        await db.Clients.Include(c => c.Contacts).SingleOrDefaultAsync(c => c.Id == id, ct)
        ?? throw new NotFoundException("The client");

    private static async Task SaveAsync(OnboardingDbContext db, string what, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(what);
        }
    }

    private static AuditEntry Entry(int clientId, string actor, DateTime now, string action, string details) => new()
    {
        AtUtc = now, Actor = actor, SubjectType = AuditSubjects.Client, SubjectId = clientId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Action = action, Details = details,
    };

    private static IQueryable<Client> Sort(IQueryable<Client> q, ClientSort sort, bool desc) => sort switch
    {
        ClientSort.CompanyName => desc ? q.OrderByDescending(c => c.CompanyName) : q.OrderBy(c => c.CompanyName),
        ClientSort.Industry => desc ? q.OrderByDescending(c => c.Industry).ThenBy(c => c.CompanyName) : q.OrderBy(c => c.Industry).ThenBy(c => c.CompanyName),
        ClientSort.ContactCount => desc ? q.OrderByDescending(c => c.Contacts.Count).ThenBy(c => c.CompanyName) : q.OrderBy(c => c.Contacts.Count).ThenBy(c => c.CompanyName),
        ClientSort.CreatedAt => desc ? q.OrderByDescending(c => c.CreatedAtUtc).ThenBy(c => c.Id) : q.OrderBy(c => c.CreatedAtUtc).ThenBy(c => c.Id),
        ClientSort.UpdatedAt => desc ? q.OrderByDescending(c => c.UpdatedAtUtc).ThenBy(c => c.Id) : q.OrderBy(c => c.UpdatedAtUtc).ThenBy(c => c.Id),
    };

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
