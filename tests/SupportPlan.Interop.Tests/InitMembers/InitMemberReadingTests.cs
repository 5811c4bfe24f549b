using System.Text.Json.Serialization.Metadata;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Tests.Support;
using SupportPlan.Interop.Versioning;
using SupportPlan.Testing;

namespace SupportPlan.Interop.Tests.InitMembers;

/// <summary>
/// Handover files are read through constructors and <c>init</c> setters (the three assemblies' tables); every file
/// must read as the source-generated contract reads it: the same package, or the same error at the same path.
/// </summary>
public sealed class InitMemberReadingTests
{
    private static readonly JsonTypeInfo<HandoverPackage> Reference =
        (JsonTypeInfo<HandoverPackage>)PackageJson.Options.GetTypeInfo(typeof(HandoverPackage));

    [Fact]
    public void Every_type_the_contexts_build_through_the_constructor_path_is_read_through_its_setters()
    {
        var types = InitMemberSource.Types();
        Assert.True(types.Count > 50, $"{types.Count} types");
        var reading = PackageJson.ReadingTypeInfo.Options;
        foreach (var (type, _) in types.Where(t => PackageJson.Options.TryGetTypeInfo(t.Type, out _)))
        {
            Assert.True(reading.GetTypeInfo(type).CreateObject is not null, $"{type.Name} is still read through the constructor path.");
        }
    }

    [Fact]
    public void Sample_packages_read_alike_and_as_written()
    {
        foreach (var sample in SamplePackages.All)
        {
            Assert.True(ReadingAgreement.Agree(sample.Bytes, Reference, PackageJson.ReadingTypeInfo, sample.Name));
            Assert.Equal(sample.Package, PackageJson.Read(sample.Bytes).Package);
        }
    }

    [Fact]
    public void Legacy_files_read_alike()
    {
        var reference = (JsonTypeInfo<LegacyRedactOutput>)PackageJson.Options.GetTypeInfo(typeof(LegacyRedactOutput));
        var files = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "versions", "0"), "*.json").Order().ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.True(ReadingAgreement.Agree(File.ReadAllBytes(file), reference, PackageJson.LegacyReadingTypeInfo, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void Every_one_value_mistake_in_the_sample_packages_reads_alike()
    {
        var (read, refused) = (0, 0);
        var documents = SamplePackages.All.Select(s => s.Bytes).OrderBy(b => b.Length);
        foreach (var (label, json) in ReadingAgreement.Mutations(documents))
        {
            _ = ReadingAgreement.Agree(json, Reference, PackageJson.ReadingTypeInfo, label) ? read++ : refused++;
        }

        Assert.True(read > 500 && refused > 1000, $"{read} mutations read, {refused} refused");
    }
}
