using BenchmarkDotNet.Running;
using Onboarding.Benchmarks;

// Run: dotnet run -c Release --project bench/Onboarding.Benchmarks -- --filter '*'
// Write the large playbook used for the designer's timing (import it through the playbooks page):
//   dotnet run -c Release --project bench/Onboarding.Benchmarks -- write-large-playbook FILE [NODES]
// Time the designer in headless Chromium against a running app (see DesignerTiming):
//   dotnet run -c Release --project bench/Onboarding.Benchmarks -- designer-timing http://127.0.0.1:5090
if (args is ["write-large-playbook", var file, ..])
{
    var nodes = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 300;
    File.WriteAllText(file, LargePlaybook.Xml(nodes));
    Console.WriteLine($"{file}: {nodes} nodes");
    return;
}

if (args is ["designer-timing", var baseUrl])
{
    await DesignerTiming.RunAsync(baseUrl);
    return;
}

// The assembly of the benchmarks (not typeof(Program): the web app referenced for the board's render has a Program too).
BenchmarkSwitcher.FromAssembly(typeof(ClientListBenchmarks).Assembly).Run(args);
