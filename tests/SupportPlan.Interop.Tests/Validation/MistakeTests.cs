using SupportPlan.Interop.Tests.Support;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Checks;

namespace SupportPlan.Interop.Tests.Validation;

/// <summary>
/// The fixtures of real-world mistakes, stored in <c>Fixtures/mistakes</c> so that a municipality can try them with
/// <c>supportplan validate</c>. Each must give its own finding, at its place, with line and column.
/// </summary>
public sealed class MistakeTests
{
    private static readonly PackageValidator Validator = new();

    private static string Stored(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "mistakes", name + ".json");

    [Theory]
    [MemberData(nameof(Mistakes.Names), MemberType = typeof(Mistakes))]
    public void Each_mistake_is_found_with_its_own_code_at_its_place(string name)
    {
        var mistake = Mistakes.Named(name);
        var result = Validator.Validate(mistake.Make());

        Assert.False(result.IsValid);
        var finding = result.Findings.FirstOrDefault(f => f.Code == mistake.Code);
        Assert.True(finding is not null, $"{name}: expected {mistake.Code}, got:\n{string.Join("\n", result.Findings)}");
        Assert.Equal(mistake.Pointer, finding.Pointer);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.NotNull(finding.Line);
        Assert.NotNull(finding.Column);
        Assert.False(string.IsNullOrWhiteSpace(finding.MessageJa));
        Assert.False(string.IsNullOrWhiteSpace(finding.MessageEn));
        Assert.DoesNotContain(result.Findings, f => f.Code == "SP-IO-004");
    }

    [Theory]
    [MemberData(nameof(Mistakes.Names), MemberType = typeof(Mistakes))]
    public void The_stored_fixture_is_the_mistake_and_is_found_from_the_file(string name)
    {
        var mistake = Mistakes.Named(name);
        var path = Stored(name);
        if (Environment.GetEnvironmentVariable("SUPPORTPLAN_UPDATE_FIXTURES") == "1")
        {
            var source = Path.Combine(RepositoryRoot(), "tests", "SupportPlan.Interop.Tests", "Fixtures", "mistakes", name + ".json");
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllBytes(source, mistake.Make());
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with SUPPORTPLAN_UPDATE_FIXTURES=1 to write it");
        Assert.True(mistake.Make().AsSpan().SequenceEqual(File.ReadAllBytes(path)),
            $"{name}.json differs from the mistake made from the current sample package; run with SUPPORTPLAN_UPDATE_FIXTURES=1 to update it");
        var result = Validator.ValidateFile(path);
        Assert.Contains(result.Findings, f => f.Code == mistake.Code && f.Pointer == mistake.Pointer);
    }

    [Fact]
    public void The_untouched_package_is_valid_with_no_findings()
    {
        var result = Validator.Validate(SamplePackages.Nemuro.Bytes);
        Assert.True(result.IsValid, string.Join("\n", result.Findings));
        Assert.Empty(result.Findings);
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SupportPlan.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SupportPlan.sln not found above " + AppContext.BaseDirectory);
    }
}
