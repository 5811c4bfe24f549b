using BenchmarkDotNet.Running;

namespace SupportPlan.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/SupportPlan.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Entry point; arguments go to BenchmarkDotNet's switcher (<c>--filter</c>, <c>--job short</c> …).</summary>
    /// <param name="args">The arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
