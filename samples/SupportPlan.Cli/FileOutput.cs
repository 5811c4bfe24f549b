namespace SupportPlan.Cli;

/// <summary>Writes output files, creating their folder.</summary>
internal static class FileOutput
{
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var file = File.Create(path);
        file.Write(bytes);
    }
}
