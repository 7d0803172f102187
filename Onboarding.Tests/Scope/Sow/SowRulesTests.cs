using Onboarding.Domain.Common;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Scope.Sow;

namespace Onboarding.Tests.Scope.Sow;

/// <summary>What blocks sending a statement of work, each problem naming its part and what to do.</summary>
public sealed class SowRulesTests
{
    private static readonly SowContent Valid = new()
    {
        Title = "Statement of work: Acme", Currency = "USD", HourlyRate = 150, StartDate = new DateOnly(2026, 12, 1), EndDate = new DateOnly(2027, 3, 31),
        Deliverables = [new SowDeliverable("SEO audit", "", 1, "audit", 16)],
        Milestones = [new SowMilestone("Kickoff", new DateOnly(2026, 12, 2), "")],
        Exclusions = ["Paid media spend"],
    };

    [Fact]
    public void Problems_OfACompleteSow_AreNone() => SowRules.Problems(Valid).ShouldBeEmpty();

    public static TheoryData<string, SowPart, string> Broken => new()
    {
        { "no title", SowPart.Title, "Title: give the statement of work a title." },
        { "no deliverable", SowPart.Deliverables, "Deliverables: add at least one, with its quantity, unit and hours." },
        { "unnamed deliverable", SowPart.Deliverables, "Deliverable 1: give it a name." },
        { "zero quantity", SowPart.Deliverables, "\"SEO audit\": set a quantity above 0 (how many the client gets)." },
        { "no unit", SowPart.Deliverables, "\"SEO audit\": say what the quantity counts (pages, articles, reports...)." },
        { "zero hours", SowPart.Deliverables, "\"SEO audit\": budget its hours (above 0)." },
        { "too many hours", SowPart.Deliverables, "\"SEO audit\": the hours can be at most 10,000." },
        { "duplicate deliverable", SowPart.Deliverables, "\"SEO audit\" is listed 2 times: merge them or name each one apart." },
        { "no exclusion", SowPart.Exclusions, "Not included: list at least one thing that is not part of this scope (the suggestions are a start)." },
        { "bad currency", SowPart.Terms, "Currency: use a three-letter code such as USD, EUR or GBP." },
        { "negative rate", SowPart.Terms, "Hourly rate: it cannot be negative (use 0 for work not charged by the hour)." },
        { "no end", SowPart.Terms, "End date: set the day the work ends." },
        { "end before start", SowPart.Terms, "End date: it must be after the start date." },
        { "milestone outside", SowPart.Milestones, "Milestone \"Kickoff\": its date 1 Jun 2027 is outside the period of the work; move it or change the dates." },
        { "milestone without date", SowPart.Milestones, "Milestone \"Kickoff\": set its date." },
        { "long title", SowPart.Title, "Title: keep it under 200 characters." },
        { "too many exclusions", SowPart.Exclusions, "Not included: at most 50 entries (there are 51)." },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Problems_NameThePartAndWhatToDo(string broken, SowPart part, string message)
    {
        var problems = SowRules.Problems(Break(broken));

        var problem = problems.ShouldHaveSingleItem();
        problem.Part.ShouldBe(part);
        problem.Message.ShouldBe(message);
    }

    [Fact]
    public void EnsureWithinLimits_RefusesOnlySizeProblems()
    {
        SowRules.EnsureWithinLimits(new SowContent { Title = "" }); // incomplete drafts save

        Should.Throw<DomainException>(() => SowRules.EnsureWithinLimits(Break("long title"))).Message.ShouldBe("This draft cannot be saved: Title: keep it under 200 characters.");
        SowRules.SizeProblems(Break("too many hours")).ShouldHaveSingleItem().BlocksSaving.ShouldBeTrue();
        SowRules.Problems(Break("no exclusion")).ShouldHaveSingleItem().BlocksSaving.ShouldBeFalse();
    }

    private static SowContent Break(string what)
    {
        var d = Valid.Deliverables[0];
        return what switch
        {
            "no title" => Valid with { Title = "  " },
            "no deliverable" => Valid with { Deliverables = [] },
            "unnamed deliverable" => Valid with { Deliverables = [d with { Name = "" }] },
            "zero quantity" => Valid with { Deliverables = [d with { Quantity = 0 }] },
            "no unit" => Valid with { Deliverables = [d with { Unit = " " }] },
            "zero hours" => Valid with { Deliverables = [d with { Hours = 0 }] },
            "too many hours" => Valid with { Deliverables = [d with { Hours = 10_001 }] },
            "duplicate deliverable" => Valid with { Deliverables = [d, d with { Name = "seo audit " }] },
            "no exclusion" => Valid with { Exclusions = [" "] },
            "bad currency" => Valid with { Currency = "US$" },
            "negative rate" => Valid with { HourlyRate = -1 },
            "no end" => Valid with { EndDate = null, Milestones = [] },
            "end before start" => Valid with { EndDate = new DateOnly(2026, 12, 1), Milestones = [] },
            "milestone outside" => Valid with { Milestones = [new SowMilestone("Kickoff", new DateOnly(2027, 6, 1), "")] },
            "milestone without date" => Valid with { Milestones = [new SowMilestone("Kickoff", null, "")] },
            "long title" => Valid with { Title = new string('x', 201) },
            "too many exclusions" => Valid with { Exclusions = Enumerable.Range(1, 51).Select(i => $"Exclusion {i}").ToList() },
            _ => throw new ArgumentException(what),
        };
    }
}
