using System.Text;
using SupportPlan.Interop.Tests.Schemas.Generation;

namespace SupportPlan.Interop.Tests.InitMembers;

/// <summary>The checked-in <c>*InitMembers.g.cs</c> files are what <see cref="InitMemberSource"/> makes from the contracts.</summary>
public sealed class InitMemberSourceTests
{
    private const string UpdateVariable = "SUPPORTPLAN_UPDATE_INIT_MEMBERS";

    [Fact]
    public void Init_member_tables_match_the_contracts()
    {
        var root = SchemaGenerator.RepoRoot();
        var generated = InitMemberSource.Generate();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            foreach (var (file, text) in generated)
            {
                File.WriteAllBytes(Path.Combine(root, file), Encoding.UTF8.GetBytes(text));
            }
        }

        var stale = generated
            .Where(f => !File.Exists(Path.Combine(root, f.Key)) || File.ReadAllText(Path.Combine(root, f.Key)) != f.Value)
            .Select(f => f.Key)
            .ToList();
        Assert.True(stale.Count == 0,
            $"The init-member tables differ from the JSON contracts: {string.Join(", ", stale)}. To update them, run " +
            $"`{UpdateVariable}=1 dotnet test tests/SupportPlan.Interop.Tests --filter Init_member_tables_match_the_contracts`, " +
            "then build again and review the diff.");
    }
}
