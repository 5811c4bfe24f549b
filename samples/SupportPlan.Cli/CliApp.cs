using SupportPlan.Cli.Commands;

namespace SupportPlan.Cli;

/// <summary>The <c>supportplan</c> command line: dispatches to a command and returns its exit code.</summary>
public static class CliApp
{
    /// <summary>Exit code: success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code: the input was processed and found invalid.</summary>
    public const int Invalid = 1;

    /// <summary>Exit code: usage or input error.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code: nothing may be disclosed, or a required procedure is missing.</summary>
    public const int NothingDisclosed = 3;

    internal const string Usage = """
        supportplan — individualized support plans: samples, disclosure, validation

        Usage:
          supportplan demo [--out DIR]
          supportplan sample --list
          supportplan sample --scenario NAME [--out FILE]
          supportplan redact PLAN.json --to KIND [--sender-code CODE] [--recipient-code CODE]
                 [--recipient-name NAME] [--sender-name NAME] [--purpose PURPOSE] [--date YYYY-MM-DD]
                 [--exception-reason TEXT --consent-effort TEXT [--harm-assessed]]
                 [--confidentiality-duty] [--sender-establishment E] [--recipient-address TEXT]
                 [--created-at ISO-8601] [--policy FILE] [--out FILE]
          supportplan validate PATH... [--format text|json] [--lang ja|en] [--policy FILE]
          supportplan schema --out DIR
          supportplan render FILE [--out FILE.html]

        KIND: public-school, national-school, private-school, private-facility, public-agency,
              private-agency, board, employer, family
        PURPOSE: handover (default), agency-sharing, municipal-submission, work-transition
        E: national, public, private (when the sender has no school code)

        redact writes a handover package (format supportplan-handover 1.0); validate checks packages
        and plans, files or directories, in layers: syntax, schema, version, digest, meaning, disclosure.
        render prints a plan, a handover package or a family preview as an HTML page laid out like the
        MEXT sheet (withheld items marked 開示しない); it writes FILE.html beside FILE unless --out is given.

        Exit codes: 0 success (validate: all valid), 1 invalid input found, 2 usage or input error,
                    3 nothing may be disclosed or a required procedure is missing.
        """;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? UsageError : Ok;
        }

        try
        {
            var options = CommandLine.Parse(args[1..]);
            return args[0] switch
            {
                "sample" => SampleCommand.Run(options, stdout, stderr),
                "demo" => DemoCommand.Run(options, stdout, stderr),
                "redact" => RedactCommand.Run(options, stdout, stderr),
                "validate" => ValidateCommand.Run(options, stdout, stderr),
                "schema" => SchemaCommand.Run(options, stdout),
                "render" => RenderCommand.Run(options, stdout, stderr),
                _ => Fail(stderr, $"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            return Fail(stderr, e.Message);
        }
        catch (IOException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return UsageError;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return UsageError;
        }
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"error: {message}");
        stderr.WriteLine(Usage);
        return UsageError;
    }
}
