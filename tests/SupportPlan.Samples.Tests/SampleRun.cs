namespace SupportPlan.Samples.Tests;

/// <summary>A sample's run in-process: its exit code and what it printed.</summary>
internal sealed record SampleRun(int ExitCode, string Out, string Error)
{
    public static SampleRun Of(Func<string[], TextWriter, TextWriter, int> run, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = run(args, stdout, stderr);
        return new SampleRun(code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A temporary folder removed after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("supportplan-samples-").FullName;

    public string Sub(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
