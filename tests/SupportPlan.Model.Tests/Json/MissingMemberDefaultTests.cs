using System.Collections;
using System.Reflection;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Json;
using SupportPlan.Model.Plans;

namespace SupportPlan.Model.Tests.Json;

/// <summary>
/// A member left out of the JSON keeps its documented default. The source-generated reader passes default(T) to every
/// init-only property it does not find (dotnet/runtime#84484), which turned omitted lists into null; the model's
/// init accessors fold that back into the default. Vendors in other languages often leave empty lists out.
/// </summary>
public sealed class MissingMemberDefaultTests
{
    [Fact]
    public void A_plan_with_only_its_id_has_empty_lists_and_needs_not_null()
    {
        var read = PlanJson.Read("""{"id":"3b0f6c1e-5a2d-4c8e-9f10-000000000001"}"""u8);
        var plan = Assert.IsType<StudentSupportPlan>(read.Plan);
        Assert.NotNull(plan.Needs);
        Assert.Empty(plan.Consents);
        Assert.Empty(plan.GradeSheets);
        Assert.Empty(plan.CaseConferences);
        Assert.Empty(plan.Extensions);
        Assert.Equal(new StudentSupportPlan { Id = plan.Id }, plan);
    }

    [Fact]
    public void Removing_every_empty_list_from_every_scenario_reads_back_the_same_plan()
    {
        foreach (var scenario in SupportPlan.Scenarios.Scenarios.All)
        {
            var plan = scenario.Build();
            var text = PlanJson.SerializeToString(plan);
            var stripped = System.Text.RegularExpressions.Regex.Replace(text, "\"[A-Za-z]+\":\\[\\],?", "").Replace(",}", "}", StringComparison.Ordinal);
            var read = PlanJson.Read(stripped);
            Assert.True(read.Plan is not null, scenario.Name + ": " + string.Join("\n", read.Findings));
            Assert.Equal(plan, read.Plan);
            Assert.Empty(NullLists(read.Plan!, "").Take(5));
        }
    }

    private static IEnumerable<string> NullLists(object value, string path)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.PropertyType.Namespace?.StartsWith("System", StringComparison.Ordinal) == true && !property.PropertyType.IsGenericType)
            {
                continue;
            }

            var child = property.GetValue(value);
            var isList = property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(ValueList<>);
            if (isList && child is null)
            {
                yield return path + "/" + property.Name;
            }
            else if (child is IEnumerable items and not string && isList)
            {
                foreach (var item in items)
                {
                    if (item is not null && item.GetType().Namespace?.StartsWith("SupportPlan", StringComparison.Ordinal) == true && !item.GetType().IsValueType)
                    {
                        foreach (var found in NullLists(item, path + "/" + property.Name + "/*"))
                        {
                            yield return found;
                        }
                    }
                }
            }
            else if (child is not null && child.GetType().Namespace?.StartsWith("SupportPlan", StringComparison.Ordinal) == true && !child.GetType().IsValueType && !child.GetType().IsEnum)
            {
                foreach (var found in NullLists(child, path + "/" + property.Name))
                {
                    yield return found;
                }
            }
        }
    }
}
