using SupportPlan.Interop.Tests.Schemas.Generation;
using SupportPlan.Interop.Tests.Support;

namespace SupportPlan.Interop.Tests.InitMembers;

/// <summary>The checked-in <c>*InitMembers.g.cs</c> files are what <see cref="InitMemberSource"/> makes from the contracts.</summary>
public sealed class InitMemberSourceTests
{
    private const string UpdateVariable = "SUPPORTPLAN_UPDATE_INIT_MEMBERS";

    [Fact]
    public void Init_member_tables_match_the_contracts() =>
        GeneratedFiles.AssertUpToDate(SchemaGenerator.RepoRoot(), InitMemberSource.Generate(), UpdateVariable,
            "The init-member tables", nameof(Init_member_tables_match_the_contracts));
}
