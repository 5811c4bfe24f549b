using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.Tests.Identifiers;

public class SchoolCodeTests
{
    public static TheoryData<string> RealCodes => new() { "B108254200026", "F112310102342" };

    [Theory]
    [MemberData(nameof(RealCodes))]
    public void Real_codes_are_valid(string text)
    {
        var result = SchoolCode.Parse(text);

        Assert.True(result.Success, result.ToString());
        Assert.Equal(text, result.Value.Value);
    }

    [Fact]
    public void Parts_of_a_real_code_are_read()
    {
        var code = SchoolCode.Parse("B108254200026").Value;

        Assert.Equal(SchoolType.Elementary, code.SchoolType);
        Assert.Equal(8, code.Prefecture.Number);
        Assert.Equal(Establishment.Public, code.Establishment);
        Assert.Equal("5420002", code.SchoolNumber);
        Assert.Equal(6, code.CheckDigit);
    }

    [Fact]
    public void Parts_of_a_university_code_are_read()
    {
        var code = SchoolCode.Parse("F112310102342").Value;

        Assert.Equal(SchoolType.University, code.SchoolType);
        Assert.Equal("千葉県", code.Prefecture.JapaneseName);
        Assert.Equal(Establishment.Private, code.Establishment);
        Assert.Equal("1010234", code.SchoolNumber);
        Assert.Equal(2, code.CheckDigit);
    }

    [Theory]
    [InlineData("B10825420002", 6)]
    [InlineData("F11231010234", 2)]
    public void Check_digit_of_real_codes_is_computed(string first12, int expected) =>
        Assert.Equal(expected, SchoolCode.ComputeCheckDigit(first12));

    [Theory]
    [MemberData(nameof(RealCodes))]
    public void Every_single_digit_change_is_invalid(string text)
    {
        for (var position = 1; position < text.Length; position++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (digit == text[position])
                {
                    continue;
                }

                var changed = string.Concat(text.AsSpan(0, position), digit.ToString(), text.AsSpan(position + 1));
                var result = SchoolCode.Parse(changed);

                Assert.False(result.Success, changed);
                Assert.Equal(ExpectedCodeForChange(changed), result.Error!.Code);
            }
        }
    }

    [Theory]
    [MemberData(nameof(RealCodes))]
    public void Every_change_of_the_type_letter_to_another_known_type_is_invalid(string text)
    {
        foreach (var letter in "ABCDEFGH")
        {
            var changed = letter + text[1..];
            if (letter == text[0] || !SchoolTypes.TryFromCode(changed[..2], out _))
            {
                continue;
            }

            Assert.Equal("SP-VAL-016", SchoolCode.Parse(changed).Error?.Code);
        }
    }

    [Fact]
    public void Check_digit_error_names_the_expected_digit()
    {
        var error = SchoolCode.Parse("B108254200027").Error!;

        Assert.Equal("SP-VAL-016", error.Code);
        Assert.Contains("6", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("検査数字は 6", error.MessageJa, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "SP-VAL-010")]
    [InlineData("", "SP-VAL-010")]
    [InlineData("   ", "SP-VAL-010")]
    [InlineData("B10825420002", "SP-VAL-011")]
    [InlineData("B1082542000266", "SP-VAL-011")]
    [InlineData("Z108254200026", "SP-VAL-012")]
    [InlineData("B308254200026", "SP-VAL-012")]
    [InlineData("1B08254200026", "SP-VAL-012")]
    [InlineData("B100254200026", "SP-VAL-013")]
    [InlineData("B148254200026", "SP-VAL-013")]
    [InlineData("B1X8254200026", "SP-VAL-013")]
    [InlineData("B108054200026", "SP-VAL-014")]
    [InlineData("B108454200026", "SP-VAL-014")]
    [InlineData("B108204200026", "SP-VAL-015")]
    [InlineData("B10825420A026", "SP-VAL-015")]
    [InlineData("B108254200020", "SP-VAL-016")]
    [InlineData("B10825420002X", "SP-VAL-016")]
    public void Each_error_has_its_code(string? text, string code)
    {
        var result = SchoolCode.Parse(text);

        Assert.False(result.Success);
        Assert.Equal(code, result.Error!.Code);
        Assert.NotEmpty(result.Error.MessageJa);
        Assert.NotEmpty(result.Error.MessageEn);
    }

    [Theory]
    [InlineData("Ｂ１０８２５４２０００２６")]
    [InlineData("b108254200026")]
    [InlineData("  B108254200026 ")]
    [InlineData("　ｂ１０８２５４２０００２６　")]
    public void Full_width_lower_case_and_padded_input_is_normalised(string text)
    {
        var result = SchoolCode.Parse(text);

        Assert.True(result.Success, result.ToString());
        Assert.Equal("B108254200026", result.Value.ToString());
    }

    [Fact]
    public void Create_computes_the_check_digit()
    {
        var code = SchoolCode.Create(SchoolType.Elementary, Prefecture.FromNumber(8).Value, Establishment.Public, "5420002");

        Assert.Equal("B108254200026", code.Value);
    }

    [Fact]
    public void Create_and_parse_agree_for_every_type_and_establishment()
    {
        foreach (var type in Enum.GetValues<SchoolType>())
        {
            foreach (var establishment in Enum.GetValues<Establishment>())
            {
                var code = SchoolCode.Create(type, Prefecture.FromNumber(47).Value, establishment, "1234567");

                var parsed = SchoolCode.Parse(code.ToString());

                Assert.True(parsed.Success, parsed.ToString());
                Assert.Equal(type, parsed.Value.SchoolType);
                Assert.Equal(establishment, parsed.Value.Establishment);
            }
        }
    }

    [Theory]
    [InlineData("0123456")]
    [InlineData("123456")]
    [InlineData("12345678")]
    [InlineData("12a4567")]
    public void Create_refuses_a_bad_school_number(string number) =>
        Assert.Throws<ArgumentException>(() =>
            SchoolCode.Create(SchoolType.Elementary, Prefecture.FromNumber(1).Value, Establishment.Public, number));

    [Fact]
    public void Create_refuses_the_default_prefecture() =>
        Assert.Throws<ArgumentException>(() =>
            SchoolCode.Create(SchoolType.Elementary, default, Establishment.Public, "1234567"));

    [Fact]
    public void Create_refuses_an_undefined_establishment() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SchoolCode.Create(SchoolType.Elementary, Prefecture.FromNumber(1).Value, (Establishment)4, "1234567"));

    [Theory]
    [InlineData("B1082542000")]
    [InlineData("b10825420002")]
    [InlineData("I10825420002")]
    [InlineData("B1082542000X")]
    public void ComputeCheckDigit_refuses_bad_input(string first12) =>
        Assert.Throws<ArgumentException>(() => SchoolCode.ComputeCheckDigit(first12));

    [Fact]
    public void ComputeCheckDigit_refuses_null() =>
        Assert.Throws<ArgumentNullException>(() => SchoolCode.ComputeCheckDigit(null!));

    [Theory]
    [MemberData(nameof(RealCodes))]
    public void ToString_round_trips(string text)
    {
        var code = SchoolCode.Parse(text).Value;

        Assert.Equal(code, SchoolCode.Parse(code.ToString()).Value);
    }

    [Fact]
    public void Default_is_empty_and_does_not_throw()
    {
        var code = default(SchoolCode);

        Assert.Equal(string.Empty, code.ToString());
        Assert.Equal(string.Empty, code.SchoolNumber);
        Assert.Equal(default, code.Prefecture);
        Assert.Equal(0, code.CheckDigit);
        Assert.Equal(default, code.SchoolType);
    }

    [Fact]
    public void Equality_and_ordering_follow_the_text()
    {
        var a = SchoolCode.Parse("B108254200026").Value;
        var b = SchoolCode.Parse("b108254200026").Value;
        var c = SchoolCode.Parse("F112310102342").Value;

        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != c);
        Assert.True(a < c);
    }

    [Fact]
    public void TryParse_reports_success_and_failure()
    {
        Assert.True(SchoolCode.TryParse("B108254200026", out var code));
        Assert.Equal("B108254200026", code.Value);
        Assert.False(SchoolCode.TryParse("B108254200027", out var bad));
        Assert.Equal(default, bad);
    }

    /// <summary>The error a one-digit change should give, judged from the structure alone.</summary>
    private static string ExpectedCodeForChange(string changed)
    {
        if (!SchoolTypes.TryFromCode(changed[..2], out _))
        {
            return "SP-VAL-012";
        }

        if (int.Parse(changed[2..4]) is < 1 or > 47)
        {
            return "SP-VAL-013";
        }

        if (changed[4] is < '1' or > '3')
        {
            return "SP-VAL-014";
        }

        return changed[5] == '0' ? "SP-VAL-015" : "SP-VAL-016";
    }
}
