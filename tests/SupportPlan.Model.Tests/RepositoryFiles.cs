namespace SupportPlan.Model.Tests;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupportPlan.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SupportPlan.sln not found above " + AppContext.BaseDirectory);
    }
}
