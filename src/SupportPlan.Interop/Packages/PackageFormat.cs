namespace SupportPlan.Interop.Packages;

/// <summary>
/// The name and versions of the handover format.
/// </summary>
/// <remarks>
/// <para>Versioning policy: a version is <c>MAJOR.MINOR</c>. A minor version only adds optional members; a reader of
/// the same major reads it, and what it does not know is reported, never dropped. A major version may rename, remove
/// or change the meaning of members. This library reads every older major version it has ever written (migrating
/// it in code to the current one) and refuses a newer major version with a finding (SP-VER-002), since it cannot know
/// what the newer file means.</para>
/// <para>Versions: <c>0</c> is the unversioned output of <c>supportplan redact</c> in SupportPlan 0.1 (plan, report,
/// preview; no digest). <c>1.0</c> is the first package format.</para>
/// </remarks>
public static class PackageFormat
{
    /// <summary>The format name written in every package: <c>supportplan-handover</c>.</summary>
    public const string Name = "supportplan-handover";

    /// <summary>The version this library writes: <c>1.0</c>.</summary>
    public const string CurrentVersion = "1.0";

    /// <summary>The major version this library writes.</summary>
    public const int CurrentMajor = 1;

    /// <summary>The minor version this library writes.</summary>
    public const int CurrentMinor = 0;

    /// <summary>The pseudo-version given to the unversioned pre-1.0 redact output.</summary>
    public const string LegacyVersion = "0";

    /// <summary>Parses <c>MAJOR.MINOR</c> (digits only, no leading zeros but for 0).</summary>
    /// <param name="version">The version text.</param>
    /// <param name="major">The major version.</param>
    /// <param name="minor">The minor version.</param>
    /// <returns>Whether the text is a version.</returns>
    public static bool TryParseVersion(string? version, out int major, out int minor)
    {
        major = minor = 0;
        if (version is null)
        {
            return false;
        }

        var dot = version.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && TryParsePart(version.AsSpan(0, dot), out major) && TryParsePart(version.AsSpan(dot + 1), out minor);
    }

    private static bool TryParsePart(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 4 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
