namespace SupportPlan.Interop.Packages;

/// <summary>
/// The integrity digest of a package: SHA-256 over the RFC 8785 canonical form of the package object without its
/// <c>digest</c> member, as 64 lowercase hexadecimal digits.
/// </summary>
public sealed record PackageDigest
{
    /// <summary>The only algorithm of format 1: <c>sha-256</c>.</summary>
    public const string Sha256 = "sha-256";

    /// <summary>The only canonicalization of format 1: <c>rfc8785</c> (JSON Canonicalization Scheme).</summary>
    public const string Rfc8785 = "rfc8785";

    /// <summary>The hash algorithm; <see cref="Sha256"/>.</summary>
    public required string Algorithm { get; init; }

    /// <summary>The canonicalization; <see cref="Rfc8785"/>.</summary>
    public required string Canonicalization { get; init; }

    /// <summary>The digest, 64 lowercase hexadecimal digits.</summary>
    public required string Value { get; init; }

    /// <summary>A SHA-256 / RFC 8785 digest with this value.</summary>
    /// <param name="value">64 lowercase hexadecimal digits.</param>
    public static PackageDigest OfSha256(string value) => new() { Algorithm = Sha256, Canonicalization = Rfc8785, Value = value };
}
