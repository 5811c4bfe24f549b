using System.Diagnostics;

namespace SupportPlan.Interop.Tests.Rendering;

/// <summary>
/// Runs headless Chromium (Debian package <c>chromium</c>; CI installs it with fonts-noto-cjk in <c>.ci/run</c>). Set
/// <c>SUPPORTPLAN_CHROMIUM</c> to use another binary. Every run has a time limit and its process tree is killed when
/// it is reached.
/// </summary>
internal static class Chromium
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(90);

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The Chromium binary; fails the test, with what to install, when there is none.</summary>
    public static string Find()
    {
        if (Environment.GetEnvironmentVariable("SUPPORTPLAN_CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? configured
                : throw new Xunit.Sdk.XunitException($"SUPPORTPLAN_CHROMIUM is set to {configured}, which does not exist.");
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new Xunit.Sdk.XunitException(
            "Headless Chromium is needed for the browser rendering tests and was not found on PATH (looked for "
            + string.Join(", ", Names) + "). Install it, with a Japanese font: `apt-get install -y chromium fonts-noto-cjk` "
            + "(.ci/run does this), or set SUPPORTPLAN_CHROMIUM to the binary.");
    }

    /// <summary>Runs Chromium headless with <paramref name="arguments"/> and a fresh profile; returns its standard output.</summary>
    public static string Run(params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("supportplan-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(Find())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--no-default-browser-check",
                    "--disable-extensions", "--disable-dev-shm-usage", "--user-data-dir=" + profile, .. arguments,
                ])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new Xunit.Sdk.XunitException("Chromium did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeLimit))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new Xunit.Sdk.XunitException($"Chromium did not finish within {TimeLimit.TotalSeconds} s and was killed: {string.Join(' ', arguments)}");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new Xunit.Sdk.XunitException($"Chromium exited with {process.ExitCode}: {error.Result}");
            }

            return output.Result;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A crash reporter may still hold a file; the temporary folder is left for the system to clean.
            }
        }
    }
}
