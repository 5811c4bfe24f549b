using SupportPlan.Interop.Tests.Support;
using SupportPlan.Interop.Validation;

namespace SupportPlan.Interop.Tests.Validation;

public sealed class BatchAndInputTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("supportplan-batch-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_batch_of_a_directory_reports_every_file_in_order_and_one_bad_file_stops_nothing()
    {
        foreach (var (sample, i) in SamplePackages.All.Select((s, i) => (s, i)))
        {
            Write(Path.Combine("year-2026", $"{i:D2}.json"), sample.Bytes);
        }

        foreach (var mistake in Mistakes.All)
        {
            Write(Path.Combine("mistakes", mistake.Name + ".json"), mistake.Make());
        }

        Write("notes.txt", "not json at all"u8.ToArray());
        Write(Path.Combine("mistakes", "empty.json"), []);
        var seen = 0;
        var report = new PackageValidator(new ValidationOptions { MaxParallelism = 2 }).ValidateMany([_dir.FullName, Path.Combine(_dir.FullName, "missing.json")], _ => Interlocked.Increment(ref seen));

        Assert.Equal(SamplePackages.All.Count + Mistakes.All.Count + 2, report.Files.Count);
        Assert.Equal(report.Files.Count, seen);
        Assert.Equal(report.Files.Select(f => f.Path).Take(report.Files.Count - 1), report.Files.Select(f => f.Path).Take(report.Files.Count - 1).Order(StringComparer.Ordinal));
        Assert.Equal(SamplePackages.All.Count, report.Valid);
        Assert.Equal(Mistakes.All.Count + 2, report.Invalid);
        Assert.All(report.Files, f => Assert.Null(f.Package));
        Assert.Equal("SP-IO-002", Assert.Single(report.Files[^1].Findings).Code);
        Assert.Equal("SP-SYN-001", report.Files.Single(f => f.Path!.EndsWith("empty.json", StringComparison.Ordinal)).Findings[0].Code);
        Assert.DoesNotContain(report.Files.SelectMany(f => f.Findings), f => f.Code == "SP-IO-004");
    }

    [Fact]
    public void A_stream_and_a_file_give_the_same_result_as_bytes()
    {
        var validator = new PackageValidator();
        var bytes = Mistakes.Named("attendance-over-required-days").Make();
        var path = Write("a.json", bytes);
        var fromBytes = validator.Validate(bytes);
        using var stream = new MemoryStream(bytes);
        var fromStream = validator.Validate(stream);
        var fromFile = validator.ValidateFile(path);
        Assert.Equal(fromBytes.Findings, fromStream.Findings);
        Assert.Equal(fromBytes.Findings, fromFile.Findings);
        Assert.Equal(path, fromFile.Path);
    }

    [Fact]
    public void A_stream_larger_than_the_limit_is_refused_without_reading_it_all()
    {
        var validator = new PackageValidator(new ValidationOptions { MaxBytes = 1000 });
        using var stream = new NeverEndingStream();
        var result = validator.Validate(stream);
        Assert.Equal("SP-SYN-002", Assert.Single(result.Findings).Code);
        Assert.True(stream.BytesRead < 10_000, $"read {stream.BytesRead} bytes");
    }

    [Fact]
    public void The_cap_keeps_the_first_findings_and_says_how_many_more_there_were()
    {
        var members = string.Join(",", Enumerable.Range(0, 300).Select(i => "\"a\":1"));
        var result = new PackageValidator(new ValidationOptions { MaxFindings = 10 }).Validate(System.Text.Encoding.UTF8.GetBytes("{" + members + "}"));
        Assert.Equal(11, result.Findings.Count);
        Assert.Equal("SP-IO-003", result.Findings[^1].Code);
        Assert.True(result.Omitted >= 0);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_file_that_cannot_be_opened_is_a_finding()
    {
        var result = new PackageValidator().ValidateFile(_dir.FullName);
        Assert.False(result.IsValid);
        Assert.Contains(result.Findings[0].Code, new[] { "SP-IO-001", "SP-IO-002" });
    }

    [Fact]
    public void A_bare_plan_is_validated_as_a_plan()
    {
        var plan = Model.Json.PlanJson.Serialize(Scenarios.Scenarios.Memuro(), indented: true);
        var result = new PackageValidator().Validate(plan);
        Assert.Equal(DocumentKind.Plan, result.Kind);
        Assert.True(result.IsValid, string.Join("\n", result.Findings));
        Assert.NotNull(result.Plan);
    }

    private sealed class NeverEndingStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            BytesRead += count;
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
