using SupportPlan.Interop.Tests.Schemas.Generation;
using SupportPlan.Interop.Tests.Support;

namespace SupportPlan.Interop.Tests.InitMembers;

/// <summary>
/// The checked-in <c>*InitMembers.g.cs</c> files and <c>PackageReader.g.cs</c> are what <see cref="InitMemberSource"/>
/// and <see cref="PackageReaderSource"/> make from the contracts.
/// </summary>
public sealed class InitMemberSourceTests
{
    private const string UpdateVariable = "SUPPORTPLAN_UPDATE_INIT_MEMBERS";

    [Fact]
    public void Init_member_tables_match_the_contracts() =>
        GeneratedFiles.AssertUpToDate(SchemaGenerator.RepoRoot(), Files(), UpdateVariable,
            "The init-member tables or the package reader", nameof(Init_member_tables_match_the_contracts));

    private static Dictionary<string, string> Files() =>
        new(InitMemberSource.Generate()) { [PackageReaderSource.File] = PackageReaderSource.Generate() };
}
