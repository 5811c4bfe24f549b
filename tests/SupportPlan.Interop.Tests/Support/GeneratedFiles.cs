using System.Text;

namespace SupportPlan.Interop.Tests.Support;

/// <summary>
/// Files in the repository that a test generates (the published schemas, the readers' init-member tables): the test
/// fails when a checked-in file differs from what the generator makes, and rewrites them when asked to.
/// </summary>
internal static class GeneratedFiles
{
    /// <summary>
    /// Asserts that every file holds exactly its generated text; with <paramref name="updateVariable"/> set to 1, writes
    /// them first (review the diff and commit it).
    /// </summary>
    /// <param name="root">The repository root.</param>
    /// <param name="files">The generated text of each file, by path relative to <paramref name="root"/>.</param>
    /// <param name="updateVariable">The environment variable that asks for the files to be written.</param>
    /// <param name="what">What the files are, for the failure message.</param>
    /// <param name="testName">The test that checks them, for the command in the failure message.</param>
    public static void AssertUpToDate(string root, IReadOnlyDictionary<string, string> files, string updateVariable, string what, string testName)
    {
        if (Environment.GetEnvironmentVariable(updateVariable) == "1")
        {
            foreach (var (file, text) in files)
            {
                var path = Path.Combine(root, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
            }
        }

        var stale = files
            .Where(f => !File.Exists(Path.Combine(root, f.Key)) || !File.ReadAllBytes(Path.Combine(root, f.Key)).AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(f.Value)))
            .Select(f => f.Key)
            .ToList();
        Assert.True(stale.Count == 0,
            $"{what} differ from what is generated: {string.Join(", ", stale)}. To update them, run the tests with the " +
            $"environment variable {updateVariable}=1 (e.g. `{updateVariable}=1 dotnet test tests/SupportPlan.Interop.Tests " +
            $"--filter {testName}`), review the diff and commit it.");
    }
}
