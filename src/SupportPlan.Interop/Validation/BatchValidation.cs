namespace SupportPlan.Interop.Validation;

/// <summary>The result of validating many files: one result per file, in the order given, and the totals.</summary>
public sealed record BatchReport
{
    /// <summary>One result per file (without the package read, to keep a large batch's memory bounded).</summary>
    public required IReadOnlyList<ValidationResult> Files { get; init; }

    /// <summary>How many files are valid.</summary>
    public int Valid => Files.Count(f => f.IsValid);

    /// <summary>How many files are invalid (or could not be read).</summary>
    public int Invalid => Files.Count - Valid;

    /// <summary>Whether every file is valid.</summary>
    public bool AllValid => Files.All(f => f.IsValid);
}

/// <summary>Validates many files or directories in parallel, one file in memory per worker; one bad file never stops the batch.</summary>
public static class BatchValidation
{
    /// <summary>
    /// Validates files and directories (every <c>*.json</c> file below a directory, in ordinal order of path). At most
    /// <see cref="ValidationOptions.MaxParallelism"/> files are read at once, so memory is bounded by that many files of
    /// at most <see cref="ValidationOptions.MaxBytes"/> each, plus the findings kept.
    /// </summary>
    /// <param name="validator">The validator.</param>
    /// <param name="paths">Files and directories.</param>
    /// <param name="onResult">Called as each file is done (from worker threads), e.g. to show progress.</param>
    /// <param name="cancellationToken">Stops starting new files.</param>
    public static BatchReport ValidateMany(this PackageValidator validator, IEnumerable<string> paths, Action<ValidationResult>? onResult = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(paths);
        var files = Expand(paths).ToArray();
        var results = new ValidationResult[files.Length];
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, validator.Options.MaxParallelism), CancellationToken = cancellationToken }, i =>
        {
            var (path, problem) = files[i];
            var result = problem is null
                ? validator.ValidateFile(path) with { Package = null, Plan = null }
                : new ValidationResult { Path = path, Findings = [problem], IsValid = false };
            results[i] = result;
            onResult?.Invoke(result);
        });
        return new BatchReport { Files = results };
    }

    /// <summary>The files a list of paths stands for: files as given, directories expanded to their <c>*.json</c> files.</summary>
    internal static IEnumerable<(string Path, Model.Checks.Finding? Problem)> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                List<string> found;
                Model.Checks.Finding? problem = null;
                try
                {
                    found = Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    found = [];
                    problem = InputFindings.Unreadable.At("", e.Message);
                }

                if (problem is not null)
                {
                    yield return (path, problem);
                }

                foreach (var file in found)
                {
                    yield return (file, null);
                }
            }
            else
            {
                yield return (path, File.Exists(path) ? null : InputFindings.NotFound.At(""));
            }
        }
    }
}
