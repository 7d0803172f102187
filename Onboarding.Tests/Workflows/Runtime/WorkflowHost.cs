using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Tests.Support;
using Onboarding.Workflows.Automations;
using Onboarding.Workflows.Playbooks;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Tests.Workflows.Runtime;

/// <summary>
/// One "app instance" of the workflow engine on a <see cref="TestDatabase"/>: the real runtime,
/// scheduler and catalog as the web app wires them, on the database's fake clock. Two hosts on
/// one database stand for two app instances sharing it.
/// </summary>
public sealed class WorkflowHost : IAsyncDisposable
{
    private readonly ServiceProvider services;

    public WorkflowHost(TestDatabase database, params IAutomation[] automations)
        : this(database, new WorkflowOptions { AutomationBackoff = TimeSpan.FromMinutes(1) }, automations)
    {
    }

    /// <summary>A host with its own options (a firm's holidays, time zone...).</summary>
    public WorkflowHost(TestDatabase database, WorkflowOptions options, params IAutomation[] automations)
    {
        Database = database;
        var collection = new ServiceCollection().AddLogging();
        collection.AddSingleton(database.Factory);
        collection.AddSingleton<TimeProvider>(database.Clock);
        collection.AddOnboardingWorkflows(options);
        foreach (var automation in automations) collection.AddSingleton(automation);
        services = collection.BuildServiceProvider(validateScopes: true);
    }

    public TestDatabase Database { get; }
    public WorkflowRuntime Runtime => services.GetRequiredService<WorkflowRuntime>();
    public WorkflowScheduler Scheduler => services.GetRequiredService<WorkflowScheduler>();
    public PlaybookCatalog Catalog => services.GetRequiredService<PlaybookCatalog>();
    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates and publishes a playbook from BPMN; returns the published version's id.</summary>
    public async Task<Guid> PublishAsync(string key, string xml)
    {
        var draft = await Catalog.CreateAsync(new NewPlaybook(key, key, null, xml, []), "ops@test", Ct);
        await Catalog.PublishAsync(draft, "ops@test", Ct);
        return draft;
    }

    public Task<Guid> StartAsync(string key, string correlationKey, System.Text.Json.Nodes.JsonObject? variables = null) =>
        Runtime.StartAsync(new StartWorkflow(key, correlationKey, $"Onboarding {correlationKey}", "am@test", variables), Ct);

    public async Task<List<WorkItem>> OpenWorkItemsAsync(Guid instanceId)
    {
        await using var db = await Database.Factory.CreateDbContextAsync(Ct);
        return await db.WorkItems.Where(w => w.InstanceId == instanceId && w.Status == WorkItemStatus.Open).OrderBy(w => w.OpenedAtUtc).ToListAsync(Ct);
    }

    public async Task<WorkflowInstance> InstanceAsync(Guid instanceId)
    {
        await using var db = await Database.Factory.CreateDbContextAsync(Ct);
        return await db.WorkflowInstances.SingleAsync(i => i.Id == instanceId, Ct);
    }

    public async Task<T> QueryAsync<T>(Func<OnboardingDbContext, Task<T>> query)
    {
        await using var db = await Database.Factory.CreateDbContextAsync(Ct);
        return await query(db);
    }

    /// <summary>Completes the one open work item with this title.</summary>
    public async Task CompleteAsync(Guid instanceId, string title, string by = "am@test")
    {
        var item = (await OpenWorkItemsAsync(instanceId)).Single(w => w.Title == title);
        await Runtime.CompleteWorkItemAsync(item.Id, by, null, Ct);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}

/// <summary>Small BPMN processes written for the runtime tests.</summary>
public static class Processes
{
    public static string Bpmn(string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:onboarding="https://schemas.onboarding.app/bpmn/1.0" id="d" targetNamespace="http://test">
          <bpmn:message id="m1" name="DepositPaid" />
          <bpmn:error id="e1" name="Rejected" errorCode="rejected" />
          <bpmn:process id="p" isExecutable="true">
            {body}
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>start → three user tasks in a row → end.</summary>
    public static string ThreeTasks { get; } = Bpmn("""
        <bpmn:startEvent id="start" />
        <bpmn:userTask id="t1" name="Send contract" onboarding:role="AccountManager" onboarding:stage="Contract" onboarding:dueBusinessDays="2" onboarding:checklist="Draft|Send" />
        <bpmn:userTask id="t2" name="Issue deposit invoice" onboarding:role="Finance" onboarding:stage="Contract" />
        <bpmn:userTask id="t3" name="Assign the team" onboarding:role="OpsLead" onboarding:stage="Kickoff" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="t1" />
        <bpmn:sequenceFlow id="f2" sourceRef="t1" targetRef="t2" />
        <bpmn:sequenceFlow id="f3" sourceRef="t2" targetRef="t3" />
        <bpmn:sequenceFlow id="f4" sourceRef="t3" targetRef="end" />
        """);

    /// <summary>start → timer (1 hour) → user task → end.</summary>
    public static string TimerThenTask { get; } = Bpmn("""
        <bpmn:startEvent id="start" />
        <bpmn:intermediateCatchEvent id="wait" name="Wait an hour"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        <bpmn:userTask id="after" name="After the timer" onboarding:role="AccountManager" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
        <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="after" />
        <bpmn:sequenceFlow id="f3" sourceRef="after" targetRef="end" />
        """);

    /// <summary>start → wait for DepositPaid → user task → end.</summary>
    public static string DepositGate { get; } = Bpmn("""
        <bpmn:startEvent id="start" />
        <bpmn:userTask id="invoice" name="Issue deposit invoice" onboarding:role="Finance" />
        <bpmn:intermediateCatchEvent id="paid" name="Deposit paid"><bpmn:messageEventDefinition messageRef="m1" /></bpmn:intermediateCatchEvent>
        <bpmn:userTask id="kickoff" name="Internal kickoff" onboarding:role="AccountManager" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="invoice" />
        <bpmn:sequenceFlow id="f2" sourceRef="invoice" targetRef="paid" />
        <bpmn:sequenceFlow id="f3" sourceRef="paid" targetRef="kickoff" />
        <bpmn:sequenceFlow id="f4" sourceRef="kickoff" targetRef="end" />
        """);

    /// <summary>start → service task (automation <paramref name="automation"/>) with an error boundary → ok / rejected user tasks.</summary>
    public static string Automated(string automation) => Bpmn($"""
        <bpmn:startEvent id="start" />
        <bpmn:serviceTask id="auto" name="Create the client folder" onboarding:automation="{automation}" />
        <bpmn:boundaryEvent id="rejected" attachedToRef="auto"><bpmn:errorEventDefinition errorRef="e1" /></bpmn:boundaryEvent>
        <bpmn:userTask id="ok" name="Check the folder" onboarding:role="AccountManager" />
        <bpmn:userTask id="fix" name="Handle the rejection" onboarding:role="AccountManager" />
        <bpmn:endEvent id="end" />
        <bpmn:endEvent id="end2" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="auto" />
        <bpmn:sequenceFlow id="f2" sourceRef="auto" targetRef="ok" />
        <bpmn:sequenceFlow id="f3" sourceRef="ok" targetRef="end" />
        <bpmn:sequenceFlow id="f4" sourceRef="rejected" targetRef="fix" />
        <bpmn:sequenceFlow id="f5" sourceRef="fix" targetRef="end2" />
        """);
}
