using System.Text.Json.Nodes;
using SupportPlan.Model.Classification;
using SupportPlan.Model.Json;
using SupportPlan.Model.Plans;

namespace SupportPlan.Testing;

/// <summary>
/// Plants a unique marker string in every free-text value of a plan, remembering which item (or which regional
/// extension) it belongs to, so that a test can see exactly what reached an output.
/// </summary>
public static class Markers
{
    private static readonly HashSet<string> FreeText = new(StringComparer.Ordinal)
    {
        "name", "relationship", "nationality", "birthplace", "address", "email", "note", "strengths", "instrument", "assessor",
        "summary", "homeSituation", "degree", "diagnosedBy", "level", "learningHistory", "japaneseProficiency", "notes",
        "developmentalHistory", "circumstances", "text", "familyComposition", "homeLanguage", "remarks", "schoolName",
        "className", "administrator", "mainSupport", "agencyName", "personInCharge", "absenceReasons", "handoverNotes",
        "currentSituation", "hopes", "yearGoal", "goal", "support", "evaluation", "recorderRole", "title", "organization",
        "source", "agreedItems", "specialNotes", "shortTermGoal", "agencyOrDuty", "difficulties", "studentWishes",
        "guardianWishes", "consultationHistory", "careerWishes", "collaboration", "who", "when", "how", "workingEnvironment",
        "whenUnstable", "area", "canDo", "provision", "background", "classificationNumber", "createdBy", "by", "label",
        "studentIntentions", "guardianIntentions", "purpose",
    };

    /// <summary>The marked plan and, per marker, the item id it belongs to (<c>extensions#i</c> for the i-th extension).</summary>
    /// <param name="plan">A plan.</param>
    /// <returns>The marked plan and the markers.</returns>
    public static (StudentSupportPlan Plan, IReadOnlyDictionary<string, string> Owners) Plant(StudentSupportPlan plan)
    {
        var root = JsonNode.Parse(PlanJson.Serialize(plan))!;
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(root, string.Empty, owners);
        var read = PlanJson.Read(root.ToJsonString());
        if (read.Plan is null)
        {
            throw new InvalidOperationException("Planting markers broke the plan: " + string.Join("; ", read.Findings));
        }

        return (read.Plan, owners);
    }

    /// <summary>The markers present in a serialized document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="owners">The markers planted.</param>
    /// <returns>The markers found, with their owners.</returns>
    public static IEnumerable<KeyValuePair<string, string>> FoundIn(string json, IReadOnlyDictionary<string, string> owners) =>
        owners.Where(o => json.Contains(o.Key, StringComparison.Ordinal));

    private static void Walk(JsonNode node, string pointer, Dictionary<string, string> owners)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    var child = obj[name];
                    var at = JsonPointer.Append(pointer, name);
                    if (child is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String && IsFreeText(at, name))
                    {
                        var marker = $"⟦M{owners.Count:0000}⟧";
                        owners[marker] = Owner(at);
                        obj[name] = marker;
                    }
                    else if (child is not null)
                    {
                        Walk(child, at, owners);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } child)
                    {
                        Walk(child, JsonPointer.Append(pointer, i), owners);
                    }
                }

                break;
        }
    }

    private static bool IsFreeText(string pointer, string name) =>
        !pointer.StartsWith("/consents", StringComparison.Ordinal)
        && (FreeText.Contains(name) || (pointer.StartsWith("/extensions/", StringComparison.Ordinal) && pointer.Contains("/data/", StringComparison.Ordinal)));

    private static string Owner(string pointer)
    {
        if (pointer.StartsWith("/extensions/", StringComparison.Ordinal))
        {
            return "extensions#" + pointer.Split('/')[2];
        }

        return PlanItemCatalog.ForPointer(pointer)?.Id ?? throw new InvalidOperationException("No item covers " + pointer);
    }
}
