using System.Text.Json;
using System.Text.Json.Serialization;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Plans;

namespace SupportPlan.Model.Json;

/// <summary>
/// The source-generated System.Text.Json context of the model: camelCase names, ISO dates, code values as strings,
/// nulls omitted, and strict reading (duplicate members, unknown members, integer enum values and nulls for
/// non-nullable members are errors). Use <see cref="PlanJson"/> rather than this context directly.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowDuplicateProperties = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    MaxDepth = 64)]
[JsonSerializable(typeof(StudentSupportPlan))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(IReadOnlyList<Finding>))]
public sealed partial class SupportPlanJsonContext : JsonSerializerContext;
