using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Json;
using SupportPlan.Model.Json.InitMembers;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Policy;

namespace SupportPlan.Rules.Json;

/// <summary>Reads and writes the rules' documents: reports, records, previews and policies.</summary>
public static class RulesJson
{
    /// <summary>The options (strict reading; Japanese written as is).</summary>
    public static JsonSerializerOptions Options { get; } = StrictJson.Options(RulesJsonContext.Default, indented: false);

    /// <summary>The options, indented.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = StrictJson.Options(RulesJsonContext.Default, indented: true);

    private static readonly JsonSerializerOptions Reading =
        StrictJson.ReadingOptions(RulesJsonContext.Default, ModelInitMembers.All, RulesInitMembers.All);

    /// <summary>The type info of <typeparamref name="T"/> for writing or reading.</summary>
    /// <typeparam name="T">A type of the rules' context.</typeparam>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The type info.</returns>
    public static JsonTypeInfo<T> TypeInfo<T>(bool indented = false) =>
        (JsonTypeInfo<T>)(indented ? IndentedOptions : Options).GetTypeInfo(typeof(T));

    /// <summary>Writes a value as UTF-8 JSON.</summary>
    /// <typeparam name="T">A type of the rules' context.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Serialize<T>(T value, bool indented = false) => JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>(indented));

    /// <summary>Reads a disclosure report. Never throws for bad input.</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <returns>The report, or the findings.</returns>
    public static (DisclosureReport? Report, IReadOnlyList<Finding> Findings) ReadReport(ReadOnlySpan<byte> utf8Json) => Read<DisclosureReport>(utf8Json);

    /// <summary>Reads and validates a policy, e.g. a municipality's own. Never throws for bad input.</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <returns>The policy when it is readable and consistent, and the findings.</returns>
    public static (DisclosurePolicy? Policy, IReadOnlyList<Finding> Findings) ReadPolicy(ReadOnlySpan<byte> utf8Json)
    {
        var (policy, findings) = Read<DisclosurePolicy>(utf8Json);
        if (policy is null)
        {
            return (null, findings);
        }

        var problems = DisclosurePolicyValidator.Validate(policy);
        return problems.Count == 0 ? (policy, []) : (null, problems);
    }

    /// <summary>The type info of <typeparamref name="T"/> for reading only (<see cref="StrictJson.ReadingOptions"/>).</summary>
    internal static JsonTypeInfo<T> ReadingTypeInfo<T>() => (JsonTypeInfo<T>)Reading.GetTypeInfo(typeof(T));

    private static (T? Value, IReadOnlyList<Finding> Findings) Read<T>(ReadOnlySpan<byte> utf8Json)
        where T : class => StrictJson.Read(utf8Json, ReadingTypeInfo<T>());
}
