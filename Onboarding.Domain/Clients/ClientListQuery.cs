namespace Onboarding.Domain.Clients;

public enum ClientSort
{
    CompanyName,
    Industry,
    ContactCount,
    CreatedAt,
    UpdatedAt,
}

/// <summary>One page of the client list: search, archived filter, sort and paging are all done by the database.</summary>
public sealed record ClientListQuery(
    string? Search = null,
    bool Archived = false,
    ClientSort Sort = ClientSort.CompanyName,
    bool Descending = false,
    int Page = 0,
    int PageSize = 25);

public sealed record ClientListItem(
    int Id,
    string CompanyName,
    string? Industry,
    string? Website,
    string Currency,
    int ContactCount,
    string? MainContact,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc,
    bool Archived);

public sealed record ClientListPage(IReadOnlyList<ClientListItem> Items, int TotalCount);

/// <summary>Headline figures for the home page.</summary>
public sealed record ClientFigures(int Active, int Archived, int AddedLast30Days, int WithFewerThanTwoContacts);
