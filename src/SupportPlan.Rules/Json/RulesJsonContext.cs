using System.Text.Json.Serialization;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Policy;
using SupportPlan.Rules.Preview;
using SupportPlan.Rules.Records;

namespace SupportPlan.Rules.Json;

/// <summary>The source-generated JSON context of the rules' types, with the model's strict settings.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowDuplicateProperties = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    MaxDepth = 64)]
[JsonSerializable(typeof(DisclosureReport))]
[JsonSerializable(typeof(DisclosurePolicy))]
[JsonSerializable(typeof(FamilyPreview))]
[JsonSerializable(typeof(ProvisionRecord))]
[JsonSerializable(typeof(ConfirmationRecord))]
[JsonSerializable(typeof(DisclosureRequest))]
public sealed partial class RulesJsonContext : JsonSerializerContext;
