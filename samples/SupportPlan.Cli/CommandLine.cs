namespace SupportPlan.Cli;

/// <summary>A usage error: the arguments are wrong. The message says how.</summary>
/// <param name="message">What is wrong.</param>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Parsed arguments: positional values and <c>--name value</c> / <c>--flag</c> options.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var line = new CommandLine();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var name = arg[2..];
                string? value = null;
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq >= 0)
                {
                    value = name[(eq + 1)..];
                    name = name[..eq];
                }
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    value = args[++i];
                }

                if (!line._options.TryAdd(name, value))
                {
                    throw new UsageException($"option --{name} given twice");
                }
            }
            else
            {
                line.Positional.Add(arg);
            }
        }

        return line;
    }

    public bool Flag(string name)
    {
        _used.Add(name);
        if (!_options.TryGetValue(name, out var value))
        {
            return false;
        }

        if (value is not null)
        {
            // A flag followed by a value: give the value back as positional.
            Positional.Add(value);
        }

        return true;
    }

    public string? Value(string name)
    {
        _used.Add(name);
        if (!_options.TryGetValue(name, out var value))
        {
            return null;
        }

        return value ?? throw new UsageException($"option --{name} needs a value");
    }

    public void RejectUnknown(int maxPositional = 0)
    {
        foreach (var name in _options.Keys)
        {
            if (!_used.Contains(name))
            {
                throw new UsageException($"unknown option --{name}");
            }
        }

        if (Positional.Count > maxPositional)
        {
            throw new UsageException($"unexpected argument '{Positional[maxPositional]}'");
        }
    }
}
