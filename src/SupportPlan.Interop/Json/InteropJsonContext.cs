using System.Text.Json;
using System.Text.Json.Serialization;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Versioning;

namespace SupportPlan.Interop.Json;

/// <summary>The source-generated serialization context of the handover format, with the model's strict conventions.</summary>
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
[JsonSerializable(typeof(HandoverPackage))]
[JsonSerializable(typeof(LegacyRedactOutput))]
internal sealed partial class InteropJsonContext : JsonSerializerContext;
